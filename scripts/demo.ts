/**
 * The main job on the example system: until the suite runner lands, it hashes the
 * example evidence pack and verifies it, with the built CLI, into a fresh folder.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './actions.ts'

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
console.log(`reports in ${rel}/`)
