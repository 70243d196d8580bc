/**
 * art12-log-gates schema completeness against Python's jsonschema (Debian's
 * python3-jsonschema) on the same file and the same schema (seed 002's recruitment
 * schema), in the same run, two ways: seed 002's own loop (`jsonschema.validate` per
 * entry) and the fastest plain use (a Draft7Validator built once, every error of
 * every entry listed). The gate runs as the built CLI in its own process.
 *
 * npm run bench art12-schema [-- --entries=100000] [--no-seed-loop]
 */
import { join } from 'node:path'
import { arg, benchLog, load, PYTHON, runCli, timePython } from './lib/art12-data.ts'

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
const python = timePython(VALIDATE, [log.path, schema])
console.log(
  `  python3-jsonschema, Draft7Validator built once: ${python.seconds.toFixed(2)} s wall, ${python.cpuSeconds.toFixed(2)} s CPU, ${python.stdout} invalid entries`
)
const ours = runCli(['art12-log-gates', '--logs', log.name, '--gates', 'schema', '--schema', 'recruitment'])
const m = ours.result.metrics ?? {}
if (ours.result.status !== 'pass' || python.stdout !== '0' || (seed && seed.stdout !== '0')) {
  throw new Error(`not a clean pass: ${JSON.stringify(ours.result).slice(0, 2000)}`)
}
console.log(
  `  art12-log-gates schema (built CLI, ${m.threads} threads): ${ours.seconds.toFixed(2)} s wall, ` +
    `${ours.cpuSeconds.toFixed(2)} s CPU, peak RSS ${ours.peakRssMb.toFixed(0)} MB`
)
if (seed) console.log(`  ratio to seed 002's loop: ${(seed.seconds / ours.seconds).toFixed(1)}x wall-clock`)
console.log(
  `  ratio to the Draft7Validator (python / ours): ${(python.seconds / ours.seconds).toFixed(1)}x wall-clock; ` +
    `CPU ${(python.cpuSeconds / ours.cpuSeconds).toFixed(1)}x less per entry, ${((2 * python.cpuSeconds) / ours.cpuSeconds).toFixed(1)}x at two threads' full speed`
)
console.log(`  load average after: ${load()}`)
