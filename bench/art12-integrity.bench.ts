/**
 * art12-log-gates integrity against seed 002's Python reference verifier on the same
 * file, in the same run; also peak RSS and a reconstruction lookup through the index.
 * The log is written by Python with the seed's compute_entry_hash (json.dumps lines).
 *
 * npm run bench art12-integrity [-- --entries=1000000]
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { resolveLogSet, scanLogs, keyHash, KEY_INPUT, readRefs } from '@ai-act-gates/logs'

const arg = (name: string, fallback: number): number => {
  const a = process.argv.find(x => x.startsWith(`--${name}=`))
  return a ? Number(a.split('=')[1]) : fallback
}
const entries = arg('entries', 200000)
const dir = join(process.cwd(), 'bench/.data/art12')
mkdirSync(dir, { recursive: true })
const file = join(dir, `log-${entries}.jsonl`)
const GEN = `
import json, hashlib, random, sys
random.seed(1)
def compute_entry_hash(entry, prev_hash):
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}:{canonical}".encode()).hexdigest()
words = ["skills", "match", "experience", "Python", "team", "lead", "years", "degree", "München", "Zürich", "review"]
prev = "genesis"
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1])):
        e = {"timestamp": "2026-11-22T10:00:00.%06dZ" % (i % 1000000), "event_type": "inference", "system_id": "recruit-screen-eu-1",
             "model_version": "2.3.1", "version_id": "model=2.3.1;data=holdout-2026-10;code=4f2a9c1;config=7",
             "input_id": "cand-%07d" % i, "correlation_id": "corr-%07d" % i, "input_hash": hashlib.sha256(str(i).encode()).hexdigest(),
             "output_prediction": round(random.random(), 4), "output_confidence": round(random.random(), 4), "decision_threshold": 0.6,
             "processing_duration_ms": random.randint(1, 400), "operator_id": "op-hr-17", "human_review_required": random.random() < 0.2,
             "raw_output": {"score": round(random.random(), 4), "features": {("f%02d" % k): round(random.random() * 10, 3) for k in range(12)}},
             "explanation": " ".join(random.choice(words) for _ in range(150)), "region": "Île-de-France"}
        e["chain_hash"] = compute_entry_hash(e, prev)
        prev = e["chain_hash"]
        f.write(json.dumps(e) + "\\n")
`
const VERIFY = `
import json, hashlib, sys
def compute_entry_hash(entry: dict, prev_hash: str) -> str:
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    chain_input = f"{prev_hash}:{canonical}"
    return hashlib.sha256(chain_input.encode()).hexdigest()
violations = []
prev_hash = "genesis"
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        entry = json.loads(line)
        stored_hash = entry.pop("chain_hash", None)
        expected_hash = compute_entry_hash(entry, prev_hash)
        if stored_hash != expected_hash:
            violations.append(i)
        prev_hash = stored_hash or expected_hash
print(len(violations))
`
try {
  statSync(file)
} catch {
  execFileSync('python3', ['-c', GEN, String(entries), file], { stdio: 'inherit' })
}
const bytes = statSync(file).size
let t = performance.now()
const pyViolations = execFileSync('python3', ['-c', VERIFY, file]).toString().trim()
const python = performance.now() - t
const set = await resolveLogSet([file.slice(dir.length + 1)], dir)
const config = {
  chain: true,
  canonicalization: 'python-json' as const,
  hashField: 'chain_hash',
  anchorField: 'rotation_anchor',
  idField: 'input_id',
  correlationField: 'correlation_id',
  index: true,
  allowCrlf: false,
  maxViolationsPerChunk: 100
}
t = performance.now()
const report = await scanLogs(set, config, { genesis: 'genesis', threads: 2 })
const ours = performance.now() - t
if (report.breakCount !== 0 || pyViolations !== '0')
  throw new Error(`violations: ours ${report.breakCount}, python ${pyViolations}`)
t = performance.now()
const refs = report.index!.lookup(
  keyHash(KEY_INPUT, Buffer.from(`cand-${String(Math.floor(entries / 2)).padStart(7, '0')}`))
)
const found = await readRefs(set, refs, report.index!.firstEntries)
const lookup = performance.now() - t
console.log(
  `${entries} entries, ${(bytes / 1e6).toFixed(0)} MB: python reference ${(python / 1000).toFixed(2)} s, integrity+index (2 threads) ${(ours / 1000).toFixed(2)} s, ` +
    `ratio ${(python / ours).toFixed(1)}x; exact-path lines ${report.exactPath}; reconstruction lookup ${lookup.toFixed(1)} ms (${found.length} entries); ` +
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
)
