/**
 * art12-log-gates integrity against seed 002's Python reference verifier on the same
 * file, in the same run; the gate runs as the built CLI in its own process (both
 * cores), in two configurations:
 * - integrity alone (`--gates integrity`): the work the Python verifier does;
 * - integrity with the input-id index built in the same pass and one trail
 *   reconstructed from it (`--gates integrity,reconstruction --index ...`).
 * Then a second process reconstructs another trail from the saved index alone. Prints
 * the ratios, CPU time, peak RSS and the reconstruction latencies, and, once, the
 * JavaScript scanner alone (AI_ACT_GATES_SCANNER=js) against the WebAssembly fast path
 * in front of it (the default).
 *
 * The machine's speed drifts (a shared VM): each Python run is bracketed by runs of
 * both configurations before and after it, and each ratio is taken against the mean
 * of its two; with --rounds=N, N Python runs (each bracketed) and the median of their
 * ratios.
 *
 * npm run bench art12-integrity [-- --entries=1000000] [--rounds=3]
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { arg, benchLog, type CliRun, DATA, load, PYTHON, runCli, timePython } from './lib/art12-data.ts'

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

const entries = arg('entries', 100000)
const log = benchLog(entries)
const index = join(DATA, `screening-${entries}.idx`)
const id = (n: number): string => `cand-${String(n).padStart(7, '0')}`
console.log(`${entries} entries, ${(log.bytes / 1e6).toFixed(0)} MB; load average before: ${load()}`)

const rounds = arg('rounds', 1)

/** One run of the gate: integrity alone, or with the input-id index built in the same pass and one trail reconstructed from it. */
function gate(env: Record<string, string>, withIndex = true): CliRun {
  rmSync(index, { force: true })
  const args = withIndex
    ? [
        '--gates',
        'integrity,reconstruction',
        '--input-id',
        id(Math.floor(entries / 2)),
        '--index',
        index.slice(DATA.length + 1)
      ]
    : ['--gates', 'integrity']
  const run = runCli(['art12-log-gates', '--logs', log.name, ...args, '--retention-days', '100000'], env)
  const m = run.result.metrics ?? {}
  if (run.result.status !== 'pass' || m.brokenLinks !== 0) {
    throw new Error(`not a clean pass: ${JSON.stringify(run.result).slice(0, 2000)}`)
  }
  return run
}

function describe(label: string, run: CliRun): void {
  const rm = run.result.metrics ?? {}
  console.log(
    `  art12-log-gates ${label} (built CLI, ${rm.threads} threads): ${run.seconds.toFixed(2)} s wall, ` +
      `${run.cpuSeconds.toFixed(2)} s CPU, peak RSS ${run.peakRssMb.toFixed(0)} MB; pass ${((rm.passMs ?? 0) / 1000).toFixed(2)} s, ` +
      `${rm.wasmLines ?? 0} WebAssembly lines, ${rm.exactPathLines} exact-path lines`
  )
}

const FULL = 'integrity+index+reconstruction'
const ALONE = 'integrity alone'

// The JavaScript scanner alone (AI_ACT_GATES_SCANNER=js) first, then the WebAssembly fast
// path (the default) around each Python run; the default's last index is the one the
// reconstruction below reads.
const js = gate({ AI_ACT_GATES_SCANNER: 'js' })
describe(`${FULL}, JS scanner (AI_ACT_GATES_SCANNER=js)`, js)
let alone = gate({}, false)
describe(`${ALONE}, WebAssembly fast path (default)`, alone)
let ours = gate({})
describe(`${FULL}, WebAssembly fast path (default)`, ours)
const ratios: number[] = []
const aloneRatios: number[] = []
for (let r = 1; r <= rounds; r++) {
  const python = timePython(VERIFY, [log.path])
  if (python.stdout !== '0') throw new Error(`the Python verifier found ${python.stdout} violations`)
  console.log(
    `  python reference (${PYTHON}), round ${r}: ${python.seconds.toFixed(2)} s wall, ${python.cpuSeconds.toFixed(2)} s CPU, ${python.stdout} violations`
  )
  const before = ours
  const aloneBefore = alone
  alone = gate({}, false)
  describe(`${ALONE}, WebAssembly fast path (default)`, alone)
  ours = gate({})
  describe(`${FULL}, WebAssembly fast path (default)`, ours)
  const aloneWall = (aloneBefore.seconds + alone.seconds) / 2
  aloneRatios.push(python.seconds / aloneWall)
  const wall = (before.seconds + ours.seconds) / 2
  const cpu = (before.cpuSeconds + ours.cpuSeconds) / 2
  ratios.push(python.seconds / wall)
  console.log(
    `    ratio (python / ours, the gate's runs before and after it): ${ALONE} ${(python.seconds / aloneWall).toFixed(1)}x ` +
      `(${python.seconds.toFixed(2)} s / ${aloneWall.toFixed(2)} s); ${FULL} ${(python.seconds / wall).toFixed(1)}x ` +
      `(${wall.toFixed(2)} s), CPU ${(python.cpuSeconds / cpu).toFixed(1)}x less per entry, ` +
      `${((2 * python.cpuSeconds) / cpu).toFixed(1)}x at two threads' full speed; JS scanner alone ${(python.seconds / js.seconds).toFixed(1)}x`
  )
}
const summary = (label: string, xs: number[]): void => {
  const sorted = [...xs].sort((a, b) => a - b)
  console.log(
    `  ${label}, ratio over ${rounds} round(s): median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(1)}x, ` +
      `lowest ${sorted[0]!.toFixed(1)}x, highest ${sorted[sorted.length - 1]!.toFixed(1)}x`
  )
}
summary(ALONE, aloneRatios)
summary(FULL, ratios)
const m = ours.result.metrics ?? {}
console.log(
  `  WebAssembly fast path / JS scanner: ${(js.seconds / ours.seconds).toFixed(2)}x wall-clock, ${(js.cpuSeconds / ours.cpuSeconds).toFixed(2)}x CPU`
)
console.log(`  reconstruction of ${id(Math.floor(entries / 2))} in the same run: ${m.reconstructionMs} ms`)
const again = runCli([
  'art12-log-gates',
  '--logs',
  log.name,
  '--gates',
  'reconstruction',
  '--input-id',
  id(entries - 7),
  '--index',
  index.slice(DATA.length + 1),
  '--retention-days',
  '100000'
])
if (again.result.status !== 'pass')
  throw new Error(`reconstruction failed: ${JSON.stringify(again.result).slice(0, 2000)}`)
console.log(
  `  reconstruction of ${id(entries - 7)} from the saved index: ${again.result.metrics?.reconstructionMs} ms ` +
    `(${again.seconds.toFixed(2)} s for the whole process, peak RSS ${again.peakRssMb.toFixed(0)} MB)`
)
console.log(`  load average after: ${load()}`)
