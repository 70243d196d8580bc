/**
 * log-export on real logs from the example recruitment-screening system (chained,
 * rotated, archived as gzip): every query in every format through the built CLI and
 * the action; every Parquet and CSV file read back by DuckDB and compared with the
 * source, every manifest checked independently (sha256 of each file, row counts).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { runAction, validateGateResult } from '@ai-act-gates/action-kit'
import { logExportGate, validateManifest, type ExportManifest } from '@ai-act-gates/export'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli } from '../helpers/cli.js'
import { duck, lit } from '../helpers/duckdb.js'
import { ROOT } from '../helpers/paths.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const EXAMPLE = path.join(ROOT, 'examples/recruitment-screening')
let ws: string

/** The source lines in rotation order (oldest file first), read without the exporter. */
async function sourceLines(): Promise<string[]> {
  const dir = path.join(ws, 'logs')
  const names = (await readdir(dir)).filter(n => n.startsWith('screening.jsonl'))
  const rank = (n: string): number => (n === 'screening.jsonl' ? 0 : Number(n.split('.')[2]))
  names.sort((a, b) => rank(b) - rank(a))
  const lines: string[] = []
  for (const n of names) {
    const raw = await readFile(path.join(dir, n))
    const text = (n.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')
    lines.push(...text.split('\n').filter(l => l !== ''))
  }
  return lines
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

async function readManifest(out: string): Promise<ExportManifest> {
  const m = JSON.parse(await readFile(path.join(ws, out, 'manifest.json'), 'utf8'))
  validateManifest(m)
  // Independent checks: every file's digest and size, and DuckDB's own row counts.
  for (const f of m.files) {
    const abs = path.join(ws, out, f.path)
    const bytes = await readFile(abs)
    expect(sha256(bytes)).toBe(f.sha256)
    expect(bytes.length).toBe(f.size)
    if (f.format === 'parquet') {
      const [r] = await duck(`select count(*) n from read_parquet(${lit(abs)})`)
      expect(Number(r!.n)).toBe(f.rows)
    } else if (f.format === 'csv') {
      const [r] = await duck(`select count(*) n from read_csv(${lit(abs)}, header = true, all_varchar = true)`)
      expect(Number(r!.n)).toBe(f.rows)
    } else expect(bytes.toString('utf8').split('\n').length - 1).toBe(f.rows)
  }
  return m
}

const SCHEMA = 'log-schema.json'
const base = ['--logs', 'logs/screening.jsonl*', '--schema', SCHEMA, '--report-dir', '']

beforeAll(async () => {
  ws = await makeTempDir()
  await copyFile(path.join(EXAMPLE, 'log-schema.json'), path.join(ws, SCHEMA))
  execFileSync(
    process.execPath,
    [
      path.join(EXAMPLE, 'src/main.ts'),
      '--inputs',
      path.join(EXAMPLE, 'synthetic-inputs.jsonl'),
      '--log-dir',
      'logs',
      '--max-file-bytes',
      '6000'
    ],
    { cwd: ws }
  )
  // The rotation set must include archived gzip files for these tests to mean anything.
  expect((await readdir(path.join(ws, 'logs'))).filter(n => n.endsWith('.gz')).length).toBeGreaterThan(0)
})
afterAll(async () => removeDir(ws))

describe('time-range export', () => {
  test('every entry of the range in all three formats, matching the source value for value', async () => {
    const lines = await sourceLines()
    const entries = lines.map(l => JSON.parse(l) as Record<string, unknown>)
    const times = entries.map(e => Date.parse(String(e.timestamp)))
    // A range that cuts through the log: from the second distinct time (inclusive) to the last (exclusive).
    const distinct = [...new Set(times)].sort((a, b) => a - b)
    const lo = distinct[1]!
    const hi = distinct.length > 2 ? distinct[distinct.length - 1]! : lo + 1
    const from = new Date(lo).toISOString()
    const to = new Date(hi).toISOString()
    const inRange = (i: number): boolean => times[i]! >= lo && times[i]! < hi
    const expected = entries.filter((_e, i) => inRange(i))
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.length).toBeLessThan(entries.length)
    const run = await runDistCli(
      [
        'log-export',
        ...base,
        '--query',
        'time-range',
        '--from',
        from,
        '--to',
        to,
        '--format',
        'parquet,csv,jsonl',
        '--out',
        'exports/range',
        '--json'
      ],
      { cwd: ws }
    )
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    validateGateResult(result)
    expect(result.outputs['event-count']).toBe(String(expected.length))
    const m = await readManifest('exports/range')
    expect(m.status).toBe('pass')
    expect(m.eventCount).toBe(expected.length)
    expect(m.completeness).toEqual({
      sourceCount: expected.length,
      exported: { parquet: expected.length, csv: expected.length, jsonl: expected.length },
      complete: true
    })
    expect(m.chain).toMatchObject({ scope: 'log-set', status: 'intact', entries: lines.length, brokenLinks: 0 })
    expect(m.source.files.map(f => f.path)).toEqual(
      [
        'logs/screening.jsonl.3.gz',
        'logs/screening.jsonl.2.gz',
        'logs/screening.jsonl.1',
        'logs/screening.jsonl'
      ].filter(p => existsSync(path.join(ws, p)))
    )

    // JSON Lines: the original bytes of every selected entry, in log order.
    const jsonl = await readFile(path.join(ws, 'exports/range/events.jsonl'), 'utf8')
    expect(jsonl).toBe(
      lines
        .filter((_l, i) => inRange(i))
        .map(l => l + '\n')
        .join('')
    )

    // Parquet: real types, and the values of the source.
    const pq = path.join(ws, 'exports/range/events.parquet')
    const types = Object.fromEntries(
      (await duck(`describe select * from read_parquet(${lit(pq)})`)).map(r => [r.column_name, r.column_type])
    )
    expect(types).toMatchObject({
      log_entry_index: 'BIGINT',
      timestamp: 'TIMESTAMP WITH TIME ZONE',
      received_at: 'TIMESTAMP WITH TIME ZONE',
      output_prediction: 'DOUBLE',
      processing_duration_ms: 'BIGINT',
      human_review_required: 'BOOLEAN',
      input_id: 'VARCHAR',
      raw_output: 'VARCHAR',
      extra_fields: 'VARCHAR'
    })
    const rows = await duck(
      `select log_entry_index, log_line, epoch_ms(timestamp) ts, input_id, output_prediction, processing_duration_ms, human_review_required, raw_output, region, chain_hash, extra_fields from read_parquet(${lit(pq)}) order by log_entry_index`
    )
    expect(rows).toHaveLength(expected.length)
    rows.forEach((r, i) => {
      const e = expected[i]!
      expect(Number(r.log_entry_index)).toBe(entries.indexOf(e))
      expect(Number(r.ts)).toBe(Date.parse(String(e.timestamp)))
      expect(r.input_id ?? undefined).toBe(e.input_id)
      expect(r.output_prediction ?? undefined).toBe(e.output_prediction)
      expect(r.processing_duration_ms === null ? undefined : Number(r.processing_duration_ms)).toBe(
        e.processing_duration_ms
      )
      expect(r.human_review_required ?? undefined).toBe(e.human_review_required)
      expect(r.raw_output === null ? undefined : JSON.parse(String(r.raw_output))).toEqual(e.raw_output)
      expect(r.region ?? undefined).toBe(e.region)
      expect(r.chain_hash).toBe(e.chain_hash)
      if (r.extra_fields !== null) expect(Object.keys(JSON.parse(String(r.extra_fields)))).toEqual(['rotation_anchor'])
    })

    // CSV: DuckDB reads the same rows; numbers keep the log's lexemes.
    const csv = path.join(ws, 'exports/range/events.csv')
    const csvRows = await duck(
      `select input_id, output_prediction, region from read_csv(${lit(csv)}, header = true, all_varchar = true) order by log_entry_index::bigint`
    )
    expect(csvRows.map(r => r.input_id ?? undefined)).toEqual(expected.map(e => e.input_id))
    expect(csvRows.map(r => r.region ?? undefined)).toEqual(expected.map(e => e.region))
    const raw = lines.filter((_l, i) => inRange(i))
    csvRows.forEach((r, i) => {
      const lexeme = /"output_prediction":([^,}]+)/.exec(raw[i]!)?.[1]
      expect(r.output_prediction ?? undefined).toBe(lexeme)
    })
  })

  test('day partitions in Hive style that DuckDB reads with the day column', async () => {
    const lines = await sourceLines()
    const run = await runCli(
      [
        'log-export',
        ...base,
        '--query',
        'time-range',
        '--from',
        '2000-01-01',
        '--to',
        '2999-01-01T00:00:00+01:00',
        '--partition',
        'day',
        '--out',
        'exports/days'
      ],
      { cwd: ws }
    )
    expect(run.code).toBe(0)
    const m = await readManifest('exports/days')
    const days = [...new Set(lines.map(l => String(JSON.parse(l).timestamp).slice(0, 10)))].sort()
    expect(m.files.map(f => f.path)).toEqual(days.map(d => `parquet/day=${d}/part-0.parquet`))
    const r = await duck(
      `select day::varchar d, count(*) n from read_parquet(${lit(path.join(ws, 'exports/days/parquet/**/*.parquet'))}, hive_partitioning = true) group by d order by d`
    )
    expect(r.map(x => [x.d, Number(x.n)])).toEqual(
      days.map(d => [d, lines.filter(l => String(JSON.parse(l).timestamp).startsWith(d)).length])
    )
  })

  test('an empty range is a complete export of 0 rows, in a Parquet file DuckDB reads', async () => {
    const run = await runCli(
      [
        'log-export',
        ...base,
        '--query',
        'time-range',
        '--from',
        '2001-01-01',
        '--to',
        '2001-01-02',
        '--format',
        'parquet,csv',
        '--out',
        'exports/empty'
      ],
      {
        cwd: ws
      }
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('no event matches')
    const m = await readManifest('exports/empty')
    expect(m.completeness).toEqual({ sourceCount: 0, exported: { parquet: 0, csv: 0 }, complete: true })
    expect(m.files.map(f => f.rows)).toEqual([0, 0])
  })
})

describe('trace export', () => {
  test('every event of one request, through the index built in the pass and then through the index file', async () => {
    const entries = (await sourceLines()).map(l => JSON.parse(l) as Record<string, unknown>)
    const id = 'cand-0004'
    const correlations = new Set(entries.filter(e => e.input_id === id).map(e => e.correlation_id))
    const expected = entries
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.input_id === id || correlations.has(e.correlation_id))
    expect(expected.length).toBeGreaterThan(0)
    const first = await runCli(
      [
        'log-export',
        ...base,
        '--query',
        'trace',
        '--input-id',
        id,
        '--format',
        'parquet,jsonl',
        '--index',
        'trace.idx',
        '--out',
        'exports/trace1'
      ],
      {
        cwd: ws
      }
    )
    expect(first.code).toBe(0)
    const again = await runDistCli(
      [
        'log-export',
        ...base,
        '--query',
        'trace',
        '--input-id',
        id,
        '--format',
        'parquet,csv',
        '--index',
        'trace.idx',
        '--out',
        'exports/trace2'
      ],
      {
        cwd: ws
      }
    )
    expect(again.code).toBe(0)
    const m1 = await readManifest('exports/trace1')
    const m2 = await readManifest('exports/trace2')
    expect(m1.chain.scope).toBe('log-set')
    expect(m2.chain).toMatchObject({ scope: 'trace-links', status: 'intact', entries: expected.length, brokenLinks: 0 })
    for (const out of ['exports/trace1', 'exports/trace2']) {
      const r = await duck(
        `select log_entry_index i, event_type from read_parquet(${lit(path.join(ws, out, 'events.parquet'))}) order by i`
      )
      expect(r.map(x => [Number(x.i), x.event_type])).toEqual(expected.map(({ e, i }) => [i, e.event_type]))
    }
    expect(m2.eventCount).toBe(expected.length)
  })

  test('an input id with no entry fails: the trace cannot be given', async () => {
    const run = await runCli(
      ['log-export', ...base, '--query', 'trace', '--input-id', 'cand-9999', '--out', 'exports/none'],
      { cwd: ws }
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("no log entry has input_id 'cand-9999'")
    expect((await readManifest('exports/none')).status).toBe('fail')
  })
})

describe('cohort export', () => {
  test('every inference with the outcome for the subgroup', async () => {
    const entries = (await sourceLines()).map(l => JSON.parse(l) as Record<string, unknown>)
    const inf = entries.filter(e => e.event_type === 'inference' && e.decision_outcome !== undefined)
    // The most common (region, age band, outcome) among automatic decisions, so the cohort is not empty.
    const key = (e: Record<string, unknown>): string => `${e.region}|${e.age_band}|${e.decision_outcome}`
    const tally = new Map<string, number>()
    for (const e of inf) tally.set(key(e), (tally.get(key(e)) ?? 0) + 1)
    const [region, band, outcome] = [...tally].sort((a, b) => b[1] - a[1])[0]![0].split('|')
    const expected = entries.filter(
      e => e.event_type === 'inference' && e.region === region && e.age_band === band && e.decision_outcome === outcome
    )
    const io = fakeActionIO('log-export', {
      logs: 'logs/screening.jsonl*',
      schema: SCHEMA,
      query: 'cohort',
      cohort: `event_type=inference, region=${region}, age_band=${band}`,
      outcome: `decision_outcome=${outcome}`,
      format: 'parquet,csv,jsonl',
      out: 'exports/cohort',
      'report-dir': 'reports'
    })
    const result = await runAction(logExportGate, io, { workspace: ws, env: {} })
    expect(io.failed).toBeUndefined()
    expect(result?.status).toBe('pass')
    expect(io.outputs['event-count']).toBe(String(expected.length))
    const m = await readManifest('exports/cohort')
    expect(m.query).toEqual({
      kind: 'cohort',
      parameters: {
        where: [
          { field: 'event_type', value: 'inference' },
          { field: 'region', value: region },
          { field: 'age_band', value: band }
        ],
        outcome: { field: 'decision_outcome', value: outcome }
      }
    })
    const r = await duck(
      `select input_id from read_parquet(${lit(path.join(ws, 'exports/cohort/events.parquet'))}) order by log_entry_index`
    )
    expect(r.map(x => x.input_id)).toEqual(expected.map(e => e.input_id))
    expect(result!.evidence.map(e => e.path)).toContain('exports/cohort/manifest.json')
    // The same cohort with integrity: links checks each exported entry's link and gives the same rows.
    const links = await runCli(
      [
        'log-export',
        ...base,
        '--query',
        'cohort',
        '--cohort',
        `event_type=inference,region=${region},age_band=${band}`,
        '--outcome',
        `decision_outcome=${outcome}`,
        '--format',
        'parquet,csv,jsonl',
        '--integrity',
        'links',
        '--out',
        'exports/cohort-links'
      ],
      { cwd: ws }
    )
    expect(links.code).toBe(0)
    const ml = await readManifest('exports/cohort-links')
    expect(ml.chain).toMatchObject({
      scope: 'export-links',
      status: 'intact',
      entries: expected.length,
      brokenLinks: 0
    })
    expect(ml.files.find(f => f.format === 'jsonl')!.sha256).toBe(m.files.find(f => f.format === 'jsonl')!.sha256)
  })
})

test('a cohort value written with escapes (Python json.dumps) is still found', async () => {
  const dir = await makeTempDir()
  try {
    const gen = [
      'import json, hashlib',
      'prev = "genesis"',
      'with open("py.jsonl", "w") as f:',
      '    for i, r in enumerate(["Île-de-France", "Bayern", "Île-de-France", "Wien"]):',
      '        e = {"timestamp": "2026-01-0%dT00:00:00Z" % (i + 1), "system_id": "s", "model_version": "1", "input_id": "c%d" % i, "region": r}',
      '        e["chain_hash"] = hashlib.sha256((prev + ":" + json.dumps(e, sort_keys=True, separators=(",", ":"))).encode()).hexdigest()',
      '        prev = e["chain_hash"]',
      '        f.write(json.dumps(e) + "\\n")'
    ].join('\n')
    execFileSync('python3', ['-c', gen], { cwd: dir })
    expect(await readFile(path.join(dir, 'py.jsonl'), 'utf8')).toContain('\\u00cele-de-France')
    await writeFile(
      path.join(dir, 's.json'),
      JSON.stringify({
        allOf: [{ $ref: 'https://ai-act-gates.dev/schemas/log-profiles/base.schema.json' }],
        properties: { region: { type: 'string' } }
      })
    )
    for (const integrity of ['full', 'links']) {
      const run = await runCli(
        [
          'log-export',
          '--logs',
          'py.jsonl',
          '--schema',
          's.json',
          '--query',
          'cohort',
          '--cohort',
          'region=Île-de-France',
          '--outcome',
          'model_version=1',
          '--integrity',
          integrity,
          '--format',
          'csv,jsonl',
          '--out',
          `o-${integrity}`,
          '--report-dir',
          ''
        ],
        { cwd: dir }
      )
      expect(run.code).toBe(0)
      const csv = await readFile(path.join(dir, `o-${integrity}/events.csv`), 'utf8')
      expect(
        csv
          .split('\r\n')
          .filter(l => l.includes('Île-de-France'))
          .map(l => l.split(',')[0])
      ).toEqual(['0', '2'])
    }
  } finally {
    await removeDir(dir)
  }
})

describe('annual retrieval test', () => {
  test('retrieves an entry of the given age through the rotation set, and fails when the log does not reach back', async () => {
    const entries = (await sourceLines()).map(l => JSON.parse(l) as Record<string, unknown>)
    const t0 = Date.parse(String(entries[0]!.timestamp))
    const asOf = new Date(t0 + 3 * 365.25 * 86400e3).toISOString()
    const ok = await runCli(
      [
        'log-export',
        ...base,
        '--query',
        'retrieval',
        '--age',
        'P3Y',
        '--as-of',
        asOf,
        '--format',
        'jsonl',
        '--out',
        'exports/ret'
      ],
      { cwd: ws }
    )
    expect(ok.code).toBe(0)
    const m = await readManifest('exports/ret')
    expect(m.eventCount).toBe(1)
    const line = (await readFile(path.join(ws, 'exports/ret/events.jsonl'), 'utf8')).trimEnd()
    expect((await sourceLines()).includes(line)).toBe(true)
    const late = new Date(t0 + 5 * 365.25 * 86400e3).toISOString()
    const bad = await runCli(
      ['log-export', ...base, '--query', 'retrieval', '--age', 'P3Y', '--as-of', late, '--out', 'exports/ret2'],
      { cwd: ws }
    )
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/no entry within P30D of .*the oldest entry is from/)
  })
})

describe('fail closed', () => {
  test.each([
    [
      ['--query', 'time-range', '--from', '2026-02-01T00:00:00Z', '--to', '2026-01-01T00:00:00Z'],
      "the time range is inverted: 'from'"
    ],
    [
      ['--query', 'time-range', '--from', '2026-13-01T00:00:00Z', '--to', '2027-01-01T00:00:00Z'],
      "input 'from' is '2026-13-01T00:00:00Z'"
    ],
    [['--query', 'time-range', '--from', '2026-01-01T10:00:00', '--to', '2027-01-01T00:00:00Z'], 'has no UTC offset'],
    [
      ['--query', 'cohort', '--cohort', 'shoe_size=44', '--outcome', 'decision_outcome=reject'],
      "names field 'shoe_size', which the log profile does not declare"
    ],
    [['--query', 'cohort', '--cohort', 'region', '--outcome', 'decision_outcome=reject'], 'give field=value pairs'],
    [['--query', 'trace', '--input-id', 'x', '--format', 'xlsx'], "input 'format' names 'xlsx'"],
    [['--query', 'trace', '--input-id', 'x', '--from', '2026-01-01'], "input 'from' belongs to the time-range query"],
    [['--query', 'retrieval', '--age', '3 years'], "input 'age' is '3 years'"],
    [
      ['--query', 'trace', '--input-id', 'x', '--integrity', 'links'],
      'integrity: links serves the time-range and cohort queries'
    ]
  ])('%j is an error naming the input (exit 2)', async (args, message) => {
    const run = await runCli(['log-export', ...base, ...args, '--out', 'exports/bad'], { cwd: ws })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(message)
    expect(existsSync(path.join(ws, 'exports/bad'))).toBe(false)
  })

  test('an existing output location is never overwritten; a missing log set is an error', async () => {
    await writeFile(path.join(ws, 'taken'), 'mine')
    const run = await runCli(['log-export', ...base, '--query', 'trace', '--input-id', 'cand-0004', '--out', 'taken'], {
      cwd: ws
    })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('taken: out: the output location already exists')
    expect(await readFile(path.join(ws, 'taken'), 'utf8')).toBe('mine')
    const none = await runCli(
      [
        'log-export',
        '--logs',
        'archive/*.jsonl',
        '--query',
        'trace',
        '--input-id',
        'x',
        '--out',
        'exports/x',
        '--report-dir',
        ''
      ],
      { cwd: ws }
    )
    expect(none.code).toBe(2)
    expect(none.stdout).toContain("pattern 'archive/*.jsonl' matched no file")
  })

  test('a modified entry fails the export with the break in the manifest, unless told to export anyway', async () => {
    const tampered = await makeTempDir()
    try {
      execFileSync('cp', ['-r', path.join(ws, 'logs'), path.join(ws, SCHEMA), tampered])
      const live = path.join(tampered, 'logs/screening.jsonl')
      execFileSync('chmod', ['-R', 'u+w', path.join(tampered, 'logs')])
      const text = await readFile(live, 'utf8')
      await writeFile(live, text.replace(/"region":"([^"]+)"/, '"region":"Elsewhere"'))
      const args = [
        'log-export',
        ...base,
        '--query',
        'time-range',
        '--from',
        '2000-01-01',
        '--to',
        '2999-01-01',
        '--format',
        'parquet,jsonl'
      ]
      const run = await runCli([...args, '--out', 'strict'], { cwd: tampered })
      expect(run.code).toBe(1)
      const m = JSON.parse(await readFile(path.join(tampered, 'strict/manifest.json'), 'utf8')) as ExportManifest
      validateManifest(m)
      expect(m.status).toBe('fail')
      expect(m.chain.status).toBe('broken')
      expect(m.chain.breaks[0]!.file).toBe('logs/screening.jsonl')
      expect(m.files).toEqual([])
      expect(await readdir(path.join(tampered, 'strict'))).toEqual(['manifest.json'])
      const anyway = await runCli([...args, '--out', 'anyway', '--export-on-integrity-failure', 'true'], {
        cwd: tampered
      })
      expect(anyway.code).toBe(0)
      const m2 = JSON.parse(await readFile(path.join(tampered, 'anyway/manifest.json'), 'utf8')) as ExportManifest
      expect(m2.chain).toMatchObject({
        status: 'broken',
        exportedDespiteFailure: true,
        brokenLinksInExport: m2.chain.brokenLinks
      })
      expect(m2.chain.brokenLinks).toBeGreaterThan(0)
      expect(m2.completeness?.complete).toBe(true)
      // integrity: links finds the modified entry among the exported ones in the query pass.
      const links = await runCli([...args, '--out', 'links', '--integrity', 'links'], { cwd: tampered })
      expect(links.code).toBe(1)
      const m3 = JSON.parse(await readFile(path.join(tampered, 'links/manifest.json'), 'utf8')) as ExportManifest
      expect(m3.chain).toMatchObject({ scope: 'export-links', status: 'broken', brokenLinks: 1 })
      expect(m3.chain.breaks[0]).toMatchObject({
        file: 'logs/screening.jsonl',
        entryIndex: m.chain.breaks[0]!.entryIndex
      })
      expect(m3.files).toEqual([])
    } finally {
      await removeDir(tampered)
    }
  })

  test('with the chain pass beside the query pass, a broken chain still wins over an error of the query pass', async () => {
    // The modified entry breaks the chain and has a value the Parquet column cannot hold:
    // the export fails on the chain (manifest only), never with the query pass's error.
    const tampered = await makeTempDir()
    try {
      execFileSync('cp', ['-r', path.join(ws, 'logs'), path.join(ws, SCHEMA), tampered])
      const live = path.join(tampered, 'logs/screening.jsonl')
      execFileSync('chmod', ['-R', 'u+w', path.join(tampered, 'logs')])
      const text = await readFile(live, 'utf8')
      expect(text).toMatch(/"region":"[^"]+"/)
      await writeFile(live, text.replace(/"region":"[^"]+"/, '"region":7'))
      const args = ['log-export', ...base, '--query', 'time-range', '--from', '2000-01-01', '--to', '2999-01-01']
      const run = await runCli([...args, '--format', 'parquet,jsonl', '--out', 'strict'], { cwd: tampered })
      expect(run.code).toBe(1)
      const m = JSON.parse(await readFile(path.join(tampered, 'strict/manifest.json'), 'utf8')) as ExportManifest
      validateManifest(m)
      expect(m).toMatchObject({ status: 'fail', files: [], completeness: null })
      expect(m.chain).toMatchObject({ scope: 'log-set', status: 'broken', exportedDespiteFailure: false })
      expect(m.chain.breaks[0]!.file).toBe('logs/screening.jsonl')
      expect(await readdir(path.join(tampered, 'strict'))).toEqual(['manifest.json'])
      // Told to export anyway, the query pass's error is the outcome, and nothing is left behind.
      const anyway = await runCli(
        [...args, '--format', 'parquet', '--out', 'anyway', '--export-on-integrity-failure', 'true'],
        { cwd: tampered }
      )
      expect(anyway.code).toBe(2)
      expect(anyway.stdout + anyway.stderr).toContain('region')
      expect(existsSync(path.join(tampered, 'anyway'))).toBe(false)
    } finally {
      await removeDir(tampered)
    }
  })
})

test('the JSON Lines export of a range still verifies as a chain with art12-log-gates', async () => {
  const lines = await sourceLines()
  // The whole log exported as JSON Lines is a chain from genesis again (one file, so the
  // rotation anchors inside it are not file boundaries: the anchor check is off).
  const run = await runCli(
    [
      'log-export',
      ...base,
      '--query',
      'time-range',
      '--from',
      '2000-01-01',
      '--to',
      '2999-01-01',
      '--format',
      'jsonl',
      '--out',
      'exports/all'
    ],
    { cwd: ws }
  )
  expect(run.code).toBe(0)
  const verify = await runCli(
    [
      'art12-log-gates',
      '--logs',
      'exports/all/events.jsonl',
      '--gates',
      'integrity',
      '--anchor-field',
      '',
      '--report-dir',
      '',
      '--json'
    ],
    { cwd: ws }
  )
  expect(verify.code).toBe(0)
  expect(JSON.parse(verify.stdout).outputs['entry-count']).toBe(String(lines.length))
})
