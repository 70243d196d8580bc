/**
 * Rebuilds dist/ and the generated sources and fails if anything differs from what
 * is committed: the bundles the actions run must be exactly the sources' build. That
 * covers the chunks of the CLI and the suite action: a stale chunk shows as modified,
 * one the commit lacks as untracked, and one the build no longer writes (it empties the
 * chunk folders first) as deleted.
 */
import { execFileSync } from 'node:child_process'
import { ROOT } from './actions.ts'

execFileSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' })
const paths = [
  'dist',
  'packages/action-kit/src/specs.generated.ts',
  'packages/action-kit/src/gate-result.validate.generated.ts',
  'packages/canonical-json/src/scan-wasm.generated.ts'
]
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { cwd: ROOT }).toString()
if (status.trim() !== '') {
  console.error('dist/ is out of step with the sources; run `npm run build` and commit the result:')
  console.error(status)
  console.error(execFileSync('git', ['diff', '--stat', '--', ...paths], { cwd: ROOT }).toString())
  process.exit(1)
}
execFileSync(process.execPath, ['scripts/docs.ts', '--check'], { cwd: ROOT, stdio: 'inherit' })
console.log('dist/ and generated files are in step with the sources')
