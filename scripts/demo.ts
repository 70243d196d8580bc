/**
 * The main job on the example system: `ai-act-gates run` over
 * examples/recruitment-screening/ai-act-gates.yml with the built CLI, into a new
 * folder every time (nothing is overwritten). Signs with a key made for the run unless
 * AI_ACT_GATES_SIGNING_KEY names a PEM key file.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './actions.ts'

mkdirSync(join(ROOT, 'ai-act-gates-reports'), { recursive: true })
const out = relative(ROOT, mkdtempSync(join(ROOT, 'ai-act-gates-reports', 'demo-')))
const key = process.env.AI_ACT_GATES_SIGNING_KEY
const args = [
  'dist/cli/index.js',
  'run',
  '--config',
  'examples/recruitment-screening/ai-act-gates.yml',
  '--report-dir',
  out
]
if (key) args.push('--signing-key', key)
try {
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
} catch (error) {
  process.exitCode = (error as { status?: number }).status ?? 2
}
console.log(`\nopen ${out}/audit-report.md for the readable report; ${out}/audit-record.json is the record`)
