/**
 * art12-log-gates schema completeness against Python's jsonschema (Debian's
 * python3-jsonschema, a Draft7Validator built once, every error of every entry
 * listed) on the same file and the same schema (seed 002's recruitment schema), in
 * the same run. The gate runs as the built CLI in its own process.
 *
 * npm run bench art12-schema [-- --entries=100000]
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

const entries = arg('entries', 100000)
const log = benchLog(entries)
const schema = join(process.cwd(), 'schemas/log-profiles/recruitment.schema.json')
console.log(`${entries} entries, ${(log.bytes / 1e6).toFixed(0)} MB; load average before: ${load()}`)
const python = timePython(VALIDATE, [log.path, schema])
console.log(
  `  python3-jsonschema (${PYTHON}, Draft7Validator): ${python.seconds.toFixed(2)} s wall, ${python.cpuSeconds.toFixed(2)} s CPU, ${python.stdout} invalid entries`
)
const ours = runCli(['art12-log-gates', '--logs', log.name, '--gates', 'schema', '--schema', 'recruitment'])
const m = ours.result.metrics ?? {}
if (ours.result.status !== 'pass' || python.stdout !== '0') {
  throw new Error(`not a clean pass: ${JSON.stringify(ours.result).slice(0, 2000)}`)
}
console.log(
  `  art12-log-gates schema (built CLI, ${m.threads} threads): ${ours.seconds.toFixed(2)} s wall, ` +
    `${ours.cpuSeconds.toFixed(2)} s CPU, peak RSS ${ours.peakRssMb.toFixed(0)} MB`
)
console.log(
  `  ratio (python / ours): ${(python.seconds / ours.seconds).toFixed(1)}x wall-clock; ` +
    `CPU ${(python.cpuSeconds / ours.cpuSeconds).toFixed(1)}x less per entry, ${((2 * python.cpuSeconds) / ours.cpuSeconds).toFixed(1)}x at two threads' full speed`
)
console.log(`  load average after: ${load()}`)
