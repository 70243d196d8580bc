/**
 * `npm run bench [name...]`: bundles each bench/<name>.bench.ts with esbuild (so it
 * can import the workspace packages) and runs it on the Node that runs this script.
 * Benchmarks print ratios against a baseline measured in the same run.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { ROOT } from './actions.ts'

const wanted = process.argv.slice(2).filter(a => !a.startsWith('--'))
const passThrough = process.argv.slice(2).filter(a => a.startsWith('--'))
const names = readdirSync(join(ROOT, 'bench'))
  .filter(f => f.endsWith('.bench.ts'))
  .map(f => f.replace(/\.bench\.ts$/, ''))
  .filter(n => wanted.length === 0 || wanted.includes(n))
if (names.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`)
  process.exit(2)
}
const outDir = join(ROOT, 'bench/.data/build')
mkdirSync(outDir, { recursive: true })
for (const name of names) {
  const outfile = join(outDir, `${name}.mjs`)
  await build({
    entryPoints: [join(ROOT, 'bench', `${name}.bench.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    logLevel: 'warning'
  })
  console.log(`\n== ${name} ==`)
  execFileSync(process.execPath, ['--expose-gc', outfile, ...passThrough], { cwd: ROOT, stdio: 'inherit' })
}
