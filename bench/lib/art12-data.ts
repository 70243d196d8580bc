/**
 * What the art12 benchmarks share: a log written by python3 with seed 002's own
 * compute_entry_hash (about 2 KB per entry, as json.dumps writes lines), and running
 * the built CLI in a child process under /usr/bin/time for wall time, CPU time and
 * peak RSS of the gate alone.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

/** The python3 the baselines run on: Debian's, where python3-jsonschema lives. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
/** Where generated logs live (gitignored). */
export const DATA = join(process.cwd(), 'bench/.data/art12')

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
             "decision_outcome": random.choice(["advance", "reject", "hold"]),
             "raw_output": {"score": round(random.random(), 4), "features": {("f%02d" % k): round(random.random() * 10, 3) for k in range(12)}},
             "explanation": " ".join(random.choice(words) for _ in range(150)), "region": "Île-de-France"}
        e["chain_hash"] = compute_entry_hash(e, prev)
        prev = e["chain_hash"]
        f.write(json.dumps(e) + "\\n")
`

/** The benchmark log of `entries` entries, written once by python3 (file name relative to {@link DATA}). */
export function benchLog(entries: number): { name: string; path: string; bytes: number } {
  mkdirSync(DATA, { recursive: true })
  const name = `screening-${entries}.jsonl`
  const path = join(DATA, name)
  if (!existsSync(path)) execFileSync(PYTHON, ['-c', GEN, String(entries), path], { stdio: 'inherit' })
  return { name, path, bytes: statSync(path).size }
}

/** Runs a python3 program over the log under /usr/bin/time; returns its stdout, wall and CPU time. */
export function timePython(program: string, args: string[]): { stdout: string; seconds: number; cpuSeconds: number } {
  const t = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', PYTHON, '-c', program, ...args], {
    maxBuffer: 1 << 26
  })
  const seconds = (performance.now() - t) / 1000
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr.toString())
  if (r.status !== 0 || !m) throw new Error(`python3 failed: ${r.stderr.toString()}`)
  return { stdout: r.stdout.toString().trim(), seconds, cpuSeconds: Number(m[2]) + Number(m[3]) }
}

/** One run of the built CLI: its GateResult and what /usr/bin/time measured. */
export interface CliRun {
  result: { status: string; metrics?: Record<string, number>; outputs?: Record<string, string>; error?: unknown }
  seconds: number
  cpuSeconds: number
  peakRssMb: number
}

/** Runs `node dist/cli/index.js <args> --json --report-dir ''` in DATA under /usr/bin/time, with `env` added to the environment. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const cli = join(process.cwd(), 'dist/cli/index.js')
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S %M', process.execPath, cli, ...args, '--json', '--report-dir', ''],
    {
      cwd: DATA,
      env: { ...process.env, ...env },
      maxBuffer: 1 << 28
    }
  )
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr.toString())
  if (!m) throw new Error(`the CLI did not run: ${r.stderr.toString()}`)
  return {
    result: JSON.parse(r.stdout.toString()) as CliRun['result'],
    seconds: Number(m[1]),
    cpuSeconds: Number(m[2]) + Number(m[3]),
    peakRssMb: Number(m[4]) / 1024
  }
}

/** `--name=value` from the command line. */
export function arg(name: string, fallback: number): number {
  const a = process.argv.find(x => x.startsWith(`--${name}=`))
  return a ? Number(a.split('=')[1]) : fallback
}

/** The load average, printed with each figure: other work on the machine slows the two threads first. */
export function load(): string {
  try {
    return execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')
  } catch {
    return 'unknown'
  }
}
