/**
 * log-export on a 1,000,000-entry (~2 GB) chained log, ratios measured in one run:
 *
 * - time-range export of every entry to Parquet against merely reading and parsing
 *   the same lines (the chunked reader + JSON.parse of every line), each in a child
 *   process that reports its own peak RSS;
 * - a trace query through an existing index file (no pass over the log);
 * - a cohort query to Parquet against DuckDB's own JSON reader answering the same
 *   question over the same file (COPY ... WHERE ... TO parquet).
 *
 * npm run bench log-export [-- --entries=1000000]
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type * as DuckDBApi from '@duckdb/node-api'
import { executeGate } from '@ai-act-gates/action-kit'
import { logExportGate } from '@ai-act-gates/export'
import { readChunks, resolveLogSet } from '@ai-act-gates/logs'
import { generateLog } from './log-export-gen.ts'

const arg = (name: string, fallback: string): string =>
  process.argv.find(x => x.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const entries = Number(arg('entries', '1000000'))
const dir = join(process.cwd(), 'bench/.data/export')
const file = `log-${entries}.jsonl`
const SCHEMA = 'log-schema.json'

async function exportRun(
  name: string,
  inputs: Record<string, string>
): Promise<{ ms: number; status: string; events: string }> {
  const out = join(dir, `out-${name}`)
  rmSync(out, { recursive: true, force: true })
  const t = performance.now()
  const r = await executeGate(
    logExportGate,
    { logs: file, schema: SCHEMA, out: `out-${name}`, 'report-dir': '', ...inputs },
    { workspace: dir }
  )
  const ms = performance.now() - t
  if (r.status !== 'pass') throw new Error(`${name}: ${r.status} ${JSON.stringify(r.error ?? r.checks)}`)
  return { ms, status: r.status, events: r.outputs['event-count'] ?? '' }
}

// Child modes: one measurement per process, so peak RSS is its own.
const child = arg('child', '')
if (child === 'parse') {
  const set = await resolveLogSet([file], dir)
  const t = performance.now()
  let n = 0
  for await (const chunk of readChunks(set.files[0]!)) {
    const text = chunk.buf.toString('utf8')
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      JSON.parse(text.slice(start, nl))
      n++
      start = nl + 1
    }
  }
  console.log(JSON.stringify({ ms: performance.now() - t, rss: process.resourceUsage().maxRSS / 1024, n }))
  process.exit(0)
}
if (child === 'export') {
  const r = await exportRun('range', { query: 'time-range', from: '2000-01-01', to: '2100-01-01', format: 'parquet' })
  console.log(JSON.stringify({ ...r, rss: process.resourceUsage().maxRSS / 1024 }))
  process.exit(0)
}

mkdirSync(dir, { recursive: true })
copyFileSync(join(process.cwd(), 'examples/recruitment-screening/log-schema.json'), join(dir, SCHEMA))
if (!existsSync(join(dir, file))) {
  console.log(`generating ${file} ...`)
  generateLog(join(dir, file), entries)
}
const bytes = statSync(join(dir, file)).size
const self = process.argv[1]!
const runChild = (mode: string): { ms: number; rss: number; events?: string } =>
  JSON.parse(
    execFileSync(process.execPath, [self, `--child=${mode}`, `--entries=${entries}`])
      .toString()
      .trim()
      .split('\n')
      .pop()!
  )

const parse = runChild('parse')
const exp = runChild('export')
const pq = join(dir, 'out-range/events.parquet')
console.log(
  `${entries} entries, ${(bytes / 1e6).toFixed(0)} MB. read+JSON.parse ${(parse.ms / 1000).toFixed(2)} s (peak RSS ${parse.rss.toFixed(0)} MB); ` +
    `time-range export to Parquet (chain pass beside query pass + Parquet + manifest) ${(exp.ms / 1000).toFixed(2)} s (peak RSS ${exp.rss.toFixed(0)} MB), ` +
    `ratio ${(exp.ms / parse.ms).toFixed(2)}x (target <= 3); ${exp.events} rows, Parquet ${(statSync(pq).size / 1e6).toFixed(0)} MB`
)

// Trace: the index file is written once by a trace with a pass, then a trace reads through it.
rmSync(join(dir, 'trace.idx'), { force: true })
const id = `cand-${String(Math.floor(entries * 0.73)).padStart(7, '0')}`
const build = await exportRun('trace-build', {
  query: 'trace',
  'input-id': id,
  index: 'trace.idx',
  format: 'parquet,jsonl'
})
const trace = await exportRun('trace', {
  query: 'trace',
  'input-id': id,
  index: 'trace.idx',
  format: 'parquet,csv,jsonl'
})
console.log(
  `trace of ${id}: with a pass that writes the index ${(build.ms / 1000).toFixed(2)} s; through the index file ${trace.ms.toFixed(0)} ms (target < 1000 ms), ${trace.events} events`
)

// Cohort against DuckDB's JSON reader on the same question.
const where = { region: 'Bayern', age_band: '30-39', outcome: 'reject' }
const cohortInputs = {
  query: 'cohort',
  cohort: `event_type=inference,region=${where.region},age_band=${where.age_band}`,
  outcome: `decision_outcome=${where.outcome}`,
  format: 'parquet'
}
const cohort = await exportRun('cohort', { ...cohortInputs, integrity: 'links' })
const cohortFull = await exportRun('cohort-full', cohortInputs)
// DuckDB is a native addon: loaded at run time, not bundled by the bench runner.
const duckdbModule = ['@duckdb', 'node-api'].join('/')
const { DuckDBInstance } = (await import(duckdbModule)) as typeof DuckDBApi
const db = await (await DuckDBInstance.create(':memory:')).connect()
const duckOut = join(dir, 'duck-cohort.parquet')
rmSync(duckOut, { force: true })
let t = performance.now()
await db.run(
  `COPY (SELECT * FROM read_json('${join(dir, file)}', format = 'newline_delimited') WHERE event_type = 'inference' AND region = '${where.region}' AND age_band = '${where.age_band}' AND decision_outcome = '${where.outcome}') TO '${duckOut}' (FORMAT parquet)`
)
const duck = performance.now() - t
t = performance.now()
const counted = await db.runAndReadAll(
  `SELECT count(*) n FROM read_json('${join(dir, file)}', format = 'newline_delimited') WHERE event_type = 'inference' AND region = '${where.region}' AND age_band = '${where.age_band}' AND decision_outcome = '${where.outcome}'`
)
const duckCount = performance.now() - t
const n = Number(counted.getRowObjects()[0]!.n)
if (String(n) !== cohort.events) throw new Error(`cohort: ours ${cohort.events}, DuckDB ${n}`)
console.log(
  `cohort ${JSON.stringify(where)}: log-export with integrity: links (query pass verifying each exported entry's link + Parquet) ${(cohort.ms / 1000).toFixed(2)} s, ` +
    `with integrity: full (whole-chain pass beside the query pass) ${(cohortFull.ms / 1000).toFixed(2)} s; DuckDB read_json COPY to Parquet ${(duck / 1000).toFixed(2)} s ` +
    `(count only ${(duckCount / 1000).toFixed(2)} s), ratio DuckDB/ours ${(duck / cohort.ms).toFixed(2)}x with links (target >= 1), ${(duck / cohortFull.ms).toFixed(2)}x with full; ${n} events`
)
for (const d of ['out-range', 'out-trace-build', 'out-trace', 'out-cohort', 'out-cohort-full'])
  rmSync(join(dir, d), { recursive: true, force: true })
rmSync(duckOut, { force: true })
