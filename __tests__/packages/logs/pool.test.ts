/**
 * The worker pool after a worker has failed. The pass awaits chunk results in order, so
 * a chunk the pool refuses because of the failure must reject when it is awaited and
 * must not count as an unhandled rejection before then: Node would end the process
 * with exit code 1 instead of the gate reporting the worker's error. Run in a child
 * process, where Node's own handling of unhandled rejections applies.
 */
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'
import type { PassConfig } from '@ai-act-gates/logs'
import { ROOT } from '../../helpers/paths.js'

const CONFIG: PassConfig = {
  chain: true,
  canonicalization: 'python-json',
  hashField: 'chain_hash',
  anchorField: '',
  idField: 'input_id',
  correlationField: '',
  index: false,
  allowCrlf: false,
  maxViolationsPerChunk: 10
}

// Resolves `./x.js` to `./x.ts`, so that Node runs the sources as they are.
const HOOK = `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context) } catch (error) {
    if (/^\\.{1,2}\\//.test(specifier) && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context)
    throw error
  }
}`
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(
  `data:text/javascript,${encodeURIComponent(HOOK)}`
)});`

const SCRIPT = `
import { ChunkPool } from ${JSON.stringify(path.join(ROOT, 'packages/logs/src/pool.ts'))}
const pool = new ChunkPool(${JSON.stringify(CONFIG)}, 1)
// What the pool does when a worker emits 'error' or stops early.
pool.fail(new Error('the worker stopped'))
const refused = pool.submit({ seq: 0, file: 'app.jsonl', buf: new Uint8Array(0), offset: 0 })
// A timer: Node reports unhandled rejections once the microtasks of a task have run.
await new Promise(resolve => setTimeout(resolve, 50))
const outcome = await refused.then(() => 'resolved', error => 'rejected: ' + error.message)
await pool.close()
console.log(outcome)
`

test('a chunk submitted after a worker failed rejects with that failure, and not as an unhandled rejection', () => {
  const child = spawnSync(
    process.execPath,
    [
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      `data:text/javascript,${encodeURIComponent(REGISTER)}`,
      '--input-type=module',
      '-e',
      SCRIPT
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 60000 }
  )
  expect(child.stderr).toBe('')
  expect(child.stdout).toBe('rejected: the worker stopped\n')
  expect(child.status).toBe(0)
})
