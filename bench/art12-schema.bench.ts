/**
 * art12-log-gates schema completeness against Python's jsonschema (Debian's
 * python3-jsonschema) on the same file and the same schema (seed 002's recruitment
 * schema), in the same run, two ways: seed 002's own loop (`jsonschema.validate` per
 * entry) and the fastest plain use (a Draft7Validator built once, every error of
 * every entry listed). The gate runs as the built CLI in its own process, before and
 * after the Draft7Validator run (the machine's speed drifts); the ratio is against the
 * mean of the two, and also printed without the projection (AI_ACT_GATES_PROJECTION=off)
 * and with the projection but every projection parsed (AI_ACT_GATES_QUICK_SCHEMA=off).
 *
 * npm run bench art12-schema [-- --entries=100000] [--no-seed-loop]
 */
import { join } from 'node:path'
import { arg, benchLog, type CliRun, load, PYTHON, runCli, timePython } from './lib/art12-data.ts'

const VALIDATE = `
import json, sys
from jsonschema import Draft7Validator
with open(sys.argv[2], encoding="utf-8") as f:
    validator = Draft7Validator(json.load(f))
bad = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        errors = list(validator.iter_errors(json.loads(line)))
        if errors:
            bad += 1
print(bad)
`

const SEED_LOOP = `
import json, sys
import jsonschema
with open(sys.argv[2], encoding="utf-8") as f:
    schema = json.load(f)
violations = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        entry = json.loads(line)
        try:
            jsonschema.validate(instance=entry, schema=schema)
        except jsonschema.ValidationError:
            violations += 1
print(violations)
`

const entries = arg('entries', 100000)
const log = benchLog(entries)
const schema = join(process.cwd(), 'schemas/log-profiles/recruitment.schema.json')
console.log(`${entries} entries, ${(log.bytes / 1e6).toFixed(0)} MB; load average before: ${load()}`)
// Seed 002's own loop takes about 15 minutes on 1,000,000 entries; --no-seed-loop leaves it out.
const seed = process.argv.includes('--no-seed-loop') ? undefined : timePython(SEED_LOOP, [log.path, schema])
if (seed) {
  console.log(
    `  seed 002's loop, jsonschema.validate per entry (${PYTHON}): ${seed.seconds.toFixed(2)} s wall, ${seed.cpuSeconds.toFixed(2)} s CPU, ${seed.stdout} invalid entries`
  )
}
const gate = (env: Record<string, string> = {}): CliRun => {
  const run = runCli(['art12-log-gates', '--logs', log.name, '--gates', 'schema', '--schema', 'recruitment'], env)
  if (run.result.status !== 'pass') throw new Error(`not a clean pass: ${JSON.stringify(run.result).slice(0, 2000)}`)
  return run
}
const describe = (label: string, run: CliRun): void => {
  const rm = run.result.metrics ?? {}
  console.log(
    `  art12-log-gates schema, ${label} (built CLI, ${rm.threads} threads): ${run.seconds.toFixed(2)} s wall, ` +
      `${run.cpuSeconds.toFixed(2)} s CPU, peak RSS ${run.peakRssMb.toFixed(0)} MB; ${rm.projectedLines ?? 0} lines through their projection, ` +
      `${rm.quickLines ?? 0} found valid from their members' spans`
  )
}
const whole = gate({ AI_ACT_GATES_PROJECTION: 'off' })
describe('every line parsed whole (AI_ACT_GATES_PROJECTION=off)', whole)
const parsed = gate({ AI_ACT_GATES_QUICK_SCHEMA: 'off' })
describe('every projection parsed (AI_ACT_GATES_QUICK_SCHEMA=off)', parsed)
const before = gate()
describe('before the Draft7Validator run', before)
const python = timePython(VALIDATE, [log.path, schema])
console.log(
  `  python3-jsonschema, Draft7Validator built once: ${python.seconds.toFixed(2)} s wall, ${python.cpuSeconds.toFixed(2)} s CPU, ${python.stdout} invalid entries`
)
const after = gate()
describe('after it', after)
if (python.stdout !== '0' || (seed && seed.stdout !== '0'))
  throw new Error('the Python validators found invalid entries')
const wall = (before.seconds + after.seconds) / 2
const cpu = (before.cpuSeconds + after.cpuSeconds) / 2
if (seed) console.log(`  ratio to seed 002's loop: ${(seed.seconds / wall).toFixed(1)}x wall-clock`)
console.log(
  `  ratio to the Draft7Validator (python / ours, mean of the runs before and after): ${(python.seconds / wall).toFixed(1)}x wall-clock ` +
    `(${python.seconds.toFixed(2)} s / ${wall.toFixed(2)} s); CPU ${(python.cpuSeconds / cpu).toFixed(1)}x less per entry, ` +
    `${((2 * python.cpuSeconds) / cpu).toFixed(1)}x at two threads' full speed; every line parsed whole ${(python.seconds / whole.seconds).toFixed(1)}x, ` +
    `every projection parsed ${(python.seconds / parsed.seconds).toFixed(1)}x`
)
console.log(`  load average after: ${load()}`)
