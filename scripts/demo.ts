/**
 * The main job on the example system: until the suite runner lands, it hashes the
 * example evidence pack and verifies it, then runs the Art.12 log gates on the logs the
 * example system writes, with the built CLI, into a fresh folder.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './actions.ts'

mkdirSync(join(ROOT, 'ai-act-gates-reports'), { recursive: true })
const out = mkdtempSync(join(ROOT, 'ai-act-gates-reports', 'demo-'))
const rel = relative(ROOT, out)
const cli = (args: string[]): void => {
  execFileSync(process.execPath, ['dist/cli/index.js', ...args], { cwd: ROOT, stdio: 'inherit' })
}
cli([
  'evidence-hash',
  '--paths',
  'examples/recruitment-screening/evidence/**',
  '--manifest',
  `${rel}/evidence-manifest.json`,
  '--category',
  'test-report',
  '--report-dir',
  rel
])
cli(['evidence-hash', '--mode', 'verify', '--manifest', `${rel}/evidence-manifest.json`, '--report-dir', rel])
// The Art.12 gates: the example system runs over its synthetic inputs and writes chained,
// rotated logs into the demo folder; all five gates then run on those logs.
const example = 'examples/recruitment-screening'
cli([
  'art12-log-gates',
  '--logs',
  `${rel}/logs/screening.jsonl*`,
  '--emission-command',
  `"${process.execPath}" ${example}/src/main.ts --log-dir ${rel}/logs`,
  '--synthetic-inputs',
  `${example}/synthetic-inputs.jsonl`,
  '--schema',
  `${example}/log-schema.json`,
  '--input-id',
  'cand-0004',
  '--storage-policy',
  `${example}/storage-policy.json`,
  '--index',
  `${rel}/input-id.index`,
  '--report-dir',
  rel
])
console.log(`reports in ${rel}/`)
