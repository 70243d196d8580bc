/**
 * Bundles each action into one self-contained ESM file, dist/<action>/index.js. The
 * two front doors that run any gate, the CLI (dist/cli/index.js) and the suite action
 * (dist/index.js), are split: an entry file and the chunks it imports when a gate or a
 * command runs (dist/cli/chunks/, dist/chunks/), so that a run loads only the gates it
 * runs. First regenerates the generated sources (action specs, the embedded
 * WebAssembly scanner). Deterministic: rebuilding from the same sources gives the same
 * bytes, chunk names included, which CI checks.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { build, type BuildOptions, type Metafile } from 'esbuild'
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
const splitEntries: Array<{ entry: string; dir: string }> = [
  { entry: join(ROOT, 'packages/cli/src/bin.ts'), dir: join(ROOT, 'dist/cli') }
]
const suite = join(ROOT, 'packages/suite/src/action.ts')
if (existsSync(suite)) splitEntries.push({ entry: suite, dir: join(ROOT, 'dist') })

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
// bundle and holds less memory. The pool looks for it beside the file the pool itself
// was bundled into (and falls back to starting the threads from that file), so it is
// written beside every output file that holds the pool: an action's bundle, or the
// chunk of the CLI or of the suite action that holds it.
const worker = await build({
  ...common,
  entryPoints: [join(ROOT, 'packages/logs/src/worker.ts')],
  outfile: 'log-worker.js',
  write: false
})
const workerText = worker.outputFiles[0]!.contents
const POOL_SOURCE = 'packages/logs/src/pool.ts'
const CHUNKS_DIR = 'chunks'

function writeLogWorkers(metafile: Metafile): void {
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    if (!(POOL_SOURCE in inputs)) continue
    const file = join(ROOT, output)
    // Without log-worker.js the threads start from this very file: it must hold their guard.
    if (!readFileSync(file, 'utf8').includes(WORKER_MARK))
      throw new Error(`${output} holds the log worker pool but not the worker guard (${WORKER_MARK})`)
    const beside = join(dirname(file), LOG_WORKER_FILE)
    writeFileSync(beside, workerText)
    console.log(`built ${relative(ROOT, beside)}`)
  }
}

for (const { entry, out } of entries) {
  if (!existsSync(entry)) throw new Error(`missing entry point ${relative(ROOT, entry)}`)
  mkdirSync(join(out, '..'), { recursive: true })
  const { metafile } = await build({ ...common, entryPoints: [entry], outfile: out, metafile: true })
  console.log(`built ${relative(ROOT, out)}`)
  writeLogWorkers(metafile)
}

// The CLI and the suite action, split: the entry holds what every run needs (the
// command line or the action's inputs, the action specs); each gate and each command is
// a chunk imported when it runs, and what several of them share is in chunks of its own.
// (Bundled whole, the gates' dynamic imports would make esbuild wrap their modules in
// lazy initializers, the log worker guard among them, so that a thread started from the
// bundle itself would run the front door before the guard.) Chunk names carry a hash of
// their content: a rebuild of the same sources names them alike. The chunks folder and
// the entry's old worker bundle are removed first, so that nothing of an earlier build
// lingers beside the new files.
for (const { entry, dir } of splitEntries) {
  if (!existsSync(entry)) throw new Error(`missing entry point ${relative(ROOT, entry)}`)
  rmSync(join(dir, CHUNKS_DIR), { recursive: true, force: true })
  rmSync(join(dir, LOG_WORKER_FILE), { force: true })
  const { metafile } = await build({
    ...common,
    entryPoints: { index: entry },
    outdir: dir,
    splitting: true,
    entryNames: '[name]',
    chunkNames: `${CHUNKS_DIR}/[name]-[hash]`,
    metafile: true
  })
  const chunks = Object.keys(metafile.outputs).length - 1
  console.log(
    `built ${relative(ROOT, join(dir, 'index.js'))} and ${chunks} chunks in ${relative(ROOT, join(dir, CHUNKS_DIR))}/`
  )
  writeLogWorkers(metafile)
}
