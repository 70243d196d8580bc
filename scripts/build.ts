/**
 * Bundles each action into one self-contained ESM file, dist/<action>/index.js,
 * the CLI into dist/cli/index.js and the suite action into dist/index.js, after
 * regenerating the generated sources (action specs, the embedded WebAssembly scanner).
 * Deterministic: rebuilding from the same sources gives the same bytes, which CI checks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build, type BuildOptions } from 'esbuild'
import { buildScanWasm, generatedSource, SCAN_WASM_TARGET } from '../packages/canonical-json/assembly/build.ts'
import { LOG_WORKER_FILE, WORKER_MARK } from '../packages/logs/src/worker-file.ts'
import { readActions, ROOT } from './actions.ts'
import { renderSpecs } from './specs.ts'

// Bundled CommonJS dependencies call require(); give ESM output a real one.
const BANNER = [
  "import { createRequire as __aagCreateRequire } from 'node:module';",
  'const require = __aagCreateRequire(import.meta.url);'
].join('\n')

const specsFile = join(ROOT, 'packages/action-kit/src/specs.generated.ts')
const specs = renderSpecs()
if (!existsSync(specsFile) || readFileSync(specsFile, 'utf8') !== specs) writeFileSync(specsFile, specs)

// The WebAssembly scanner, compiled from AssemblyScript with fixed options and embedded
// in a generated source (so the bundles stay self-contained); check:dist compares it.
const wasmText = generatedSource(await buildScanWasm())
if (!existsSync(SCAN_WASM_TARGET) || readFileSync(SCAN_WASM_TARGET, 'utf8') !== wasmText) {
  writeFileSync(SCAN_WASM_TARGET, wasmText)
  console.log(`wrote ${relative(ROOT, SCAN_WASM_TARGET)}`)
}

const entries: Array<{ entry: string; out: string }> = readActions().map(a => ({
  entry: join(a.dir, 'src/index.ts'),
  out: join(ROOT, 'dist', a.name, 'index.js')
}))
entries.push({ entry: join(ROOT, 'packages/cli/src/bin.ts'), out: join(ROOT, 'dist/cli/index.js') })
const suite = join(ROOT, 'packages/suite/src/action.ts')
if (existsSync(suite)) entries.push({ entry: suite, out: join(ROOT, 'dist/index.js') })

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  banner: { js: BANNER },
  legalComments: 'eof',
  charset: 'utf8',
  absWorkingDir: ROOT,
  logLevel: 'warning',
  loader: { '.node': 'empty' },
  // Optional peers of @cyclonedx/cyclonedx-library (XML and draft-2019 validation),
  // required only inside its try/catch plugin loader; the suite uses neither.
  external: ['libxmljs2', 'xmlbuilder2', 'ajv-formats-draft2019']
}

// The log worker threads' own bundle: only what a worker runs (the chunk processor,
// the scanners, the schema validator), so each thread loads a fraction of an action's
// bundle and holds less memory. Written beside every bundle that starts log workers
// (they look for it there, and fall back to starting themselves).
const worker = await build({
  ...common,
  entryPoints: [join(ROOT, 'packages/logs/src/worker.ts')],
  outfile: 'log-worker.js',
  write: false
})
const workerText = worker.outputFiles[0]!.contents

for (const { entry, out } of entries) {
  if (!existsSync(entry)) throw new Error(`missing entry point ${relative(ROOT, entry)}`)
  mkdirSync(join(out, '..'), { recursive: true })
  await build({ ...common, entryPoints: [entry], outfile: out })
  console.log(`built ${relative(ROOT, out)}`)
  if (readFileSync(out, 'utf8').includes(WORKER_MARK)) {
    const beside = join(out, '..', LOG_WORKER_FILE)
    writeFileSync(beside, workerText)
    console.log(`built ${relative(ROOT, beside)}`)
  }
}
