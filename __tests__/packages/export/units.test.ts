/**
 * The export's parts on their own: date-times and durations, the top-level splitter
 * against JSON.parse, columns from profiles, and the Parquet writer read back by
 * DuckDB with every column type, nulls, 64-bit integers and repetitive strings.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { PROFILES } from '@ai-act-gates/art12'
import { parseJson, parseOptionsFor, type JsonObject } from '@ai-act-gates/canonical-json'
import {
  columnsFromSchema,
  dateTimeBytes,
  durationInput,
  isoMicros,
  keyText,
  KIND,
  LinkVerifier,
  Members,
  minusDuration,
  parseDateTime,
  plainInteger,
  splitObject,
  stringValue,
  utcDay
} from '@ai-act-gates/export'
import { plainDecimal } from '@ai-act-gates/canonical-json'
import { linkCanonical, linkHash } from '@ai-act-gates/logs'
import { ParquetWriter, readParquetFooter } from '@ai-act-gates/parquet'
import { duck, lit } from '../../helpers/duckdb.js'
import { fixture, HAVE_FIXTURES, ROOT } from '../../helpers/paths.js'
import { randomDocument, rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

const sha256Text = (s: string): string => createHash('sha256').update(s).digest('hex')

/** Without the shared fixtures, reported as skipped, never as passed. */
const testWithFixtures = HAVE_FIXTURES ? test : test.skip

describe('date-times', () => {
  test.each([
    ['2026-01-01T00:00:00Z', Date.parse('2026-01-01T00:00:00Z') * 1000],
    ['2026-01-01T01:00:00+01:00', Date.parse('2026-01-01T00:00:00Z') * 1000],
    ['2026-06-30T23:59:59.123456-02:30', Date.parse('2026-07-01T02:29:59.123Z') * 1000 + 456],
    ['1969-12-31T23:59:59.5Z', -500000],
    ['2024-02-29t12:00:00z', Date.parse('2024-02-29T12:00:00Z') * 1000]
  ])('%s is %d µs', (text, micros) => {
    expect(parseDateTime(text)).toBe(micros)
  })

  test.each([
    ['2026-02-29T00:00:00Z', 'not a calendar date'],
    ['2026-01-01T24:00:00Z', 'not a time of day'],
    ['2026-01-01T10:00:00', 'no UTC offset'],
    ['yesterday', 'not an ISO 8601 date-time']
  ])('%s is refused: %s', (text, reason) => {
    expect(parseDateTime(text)).toContain(reason)
  })

  test('days, ISO text and calendar durations', () => {
    const t = parseDateTime('2024-02-29T10:00:00Z') as number
    expect(utcDay(t)).toBe('2024-02-29')
    expect(isoMicros(t + 7)).toBe('2024-02-29T10:00:00.000007Z')
    expect(isoMicros(minusDuration(t, durationInput('age', 'P1Y')))).toBe('2023-02-28T10:00:00.000000Z')
    expect(isoMicros(minusDuration(t, durationInput('age', 'P3Y2W')))).toBe('2021-02-14T10:00:00.000000Z')
    expect(() => durationInput('age', 'P')).toThrow("input 'age' is 'P'")
  })
})

describe('the top-level splitter', () => {
  const lines = [
    '{"a":1,"b":"x","c":{"d":[1,{"e":"}"}]},"f":true,"g":null,"h":-1.5e-7,"i":"q\\"\\\\u00e9","j":[]}',
    '{ "k" : "Île" , "l\\u0041" : false }',
    '{}'
  ]
  test.each(lines)('%s splits into the members JSON.parse sees', line => {
    const buf = Buffer.from(line, 'utf8')
    const m = new Members()
    splitObject(buf, 0, buf.length, m)
    const parsed = JSON.parse(line) as Record<string, unknown>
    expect(m.count).toBe(Object.keys(parsed).length)
    for (let k = 0; k < m.count; k++) {
      const key = keyText(buf, m, k)
      const raw = buf.toString('utf8', m.valueStart[k]!, m.valueEnd[k]!)
      expect(JSON.parse(raw)).toEqual(parsed[key])
      if (m.kind[k] === KIND.STRING || m.kind[k] === KIND.ESCAPED) expect(stringValue(buf, m, k)).toBe(parsed[key])
    }
  })

  test('long strings skipped with one search split as JSON.parse reads them, escapes anywhere', () => {
    const r = rng(4)
    const piece = (): string => {
      const n = Math.floor(r() * r() * 200)
      let t = ''
      for (let k = 0; k < n; k++)
        t += r() < 0.97 ? 'aé東 '[Math.floor(r() * 4)]! : ['"', '\\', '\n', '/'][Math.floor(r() * 4)]!
      return t
    }
    const m = new Members()
    for (let i = 0; i < 3000; i++) {
      const value: Record<string, unknown> = {}
      const members = 1 + Math.floor(r() * 6)
      for (let k = 0; k < members; k++) {
        value[piece() + k] =
          r() < 0.7 ? piece() : r() < 0.5 ? { [piece()]: [piece(), 1.5, { x: piece() }] } : r() * 1000
      }
      const text = JSON.stringify(value)
      // The line sits between other bytes, as in a chunk; the hint is the first backslash from its start on.
      const buf = Buffer.from(`"\\${text}\n{"b":"\\"}`, 'utf8')
      const start = 2
      const end = start + Buffer.byteLength(text)
      const at = buf.indexOf(0x5c, start)
      for (const escape of [at === -1 ? buf.length : at, undefined]) {
        splitObject(buf, start, end, m, escape)
        expect(m.count).toBe(Object.keys(value).length)
        for (let k = 0; k < m.count; k++) {
          const key = keyText(buf, m, k)
          expect(JSON.parse(buf.toString('utf8', m.valueStart[k]!, m.valueEnd[k]!))).toEqual(value[key])
        }
      }
    }
  })

  testWithFixtures('the Python-written trap chain splits exactly as JSON.parse reads it', async () => {
    const text = await readFile(fixture('python-chain/traps.jsonl'), 'utf8')
    const m = new Members()
    for (const line of text.split('\n').filter(l => l !== '')) {
      const buf = Buffer.from(line, 'utf8')
      splitObject(buf, 0, buf.length, m)
      const keys = Array.from({ length: m.count }, (_, k) => keyText(buf, m, k))
      expect(new Set(keys)).toEqual(new Set((parseJson(line, { allowNonFinite: true }) as Map<string, unknown>).keys()))
    }
  })
})

test('columns follow the profile: typed declared fields, the hash, provenance and extra_fields', async () => {
  const schema = JSON.parse(await readFile(path.join(ROOT, 'examples/recruitment-screening/log-schema.json'), 'utf8'))
  const cols = columnsFromSchema(schema, {
    file: 'log-schema.json',
    profiles: Object.values(PROFILES),
    hashField: 'chain_hash'
  })
  const type = Object.fromEntries(cols.map(c => [c.name, c.type]))
  expect(cols.slice(0, 3).map(c => c.name)).toEqual(['log_entry_index', 'log_file', 'log_line'])
  expect(cols[cols.length - 1]!.name).toBe('extra_fields')
  expect(type).toMatchObject({
    timestamp: 'timestamp',
    event_type: 'string',
    output_prediction: 'double',
    processing_duration_ms: 'int64',
    human_review_required: 'boolean',
    approval_evidence: 'json',
    old_value: 'json',
    decision_outcome: 'string',
    chain_hash: 'string'
  })
  expect(() =>
    columnsFromSchema(
      { properties: { log_file: { type: 'string' } } },
      { file: 's.json', profiles: [], hashField: 'h' }
    )
  ).toThrow("s.json: properties.log_file: the schema declares 'log_file'")
})

test('the Parquet writer keeping its row-group buffers writes the same bytes as one that grows them again', async () => {
  const dir = await makeTempDir()
  try {
    const write = async (file: string, reuseBuffers: boolean): Promise<Buffer> => {
      const w = new ParquetWriter(
        file,
        [
          { name: 'i', type: 'int64' },
          { name: 'd', type: 'double' },
          { name: 'b', type: 'boolean' },
          { name: 's', type: 'string' },
          { name: 'u', type: 'string' },
          { name: 'j', type: 'json' },
          { name: 't', type: 'timestamp' }
        ],
        { rowGroupBytes: 128 * 1024, reuseBuffers }
      )
      for (let r = 0; r < 20000; r++) {
        w.appendInt64(0, BigInt(r) * 3n)
        if (r % 7 === 0) w.appendNull(1)
        else w.appendDouble(1, r / 3)
        w.appendBoolean(2, r % 3 === 0)
        // Few values early (dictionary), then too many (plain) from the second row group on.
        w.appendString(3, r < 8000 ? `region-${r % 5}` : `value-${r}`)
        w.appendString(4, `id-${r}-${'x'.repeat(r % 40)}`)
        if (r % 50 === 0) w.appendNull(5)
        else w.appendString(5, JSON.stringify({ r, s: 'é'.repeat(r % 3) }))
        w.appendTimestamp(6, 1767225600000000 + r * 1000)
        await w.endRow()
      }
      await w.close()
      return readFile(file)
    }
    const kept = await write(path.join(dir, 'kept.parquet'), true)
    const fresh = await write(path.join(dir, 'fresh.parquet'), false)
    expect((await readParquetFooter(path.join(dir, 'kept.parquet'))).rowGroupRows.length).toBeGreaterThan(2)
    expect(kept.equals(fresh)).toBe(true)
    const [r] = await duck(
      `select count(*) n, count(distinct s) ds, sum(length(u)) lu from read_parquet(${lit(path.join(dir, 'kept.parquet'))})`
    )
    let lu = 0
    for (let k = 0; k < 20000; k++) lu += `id-${k}-${'x'.repeat(k % 40)}`.length
    expect(r).toMatchObject({ n: 20000n, ds: BigInt(5 + 12000), lu: BigInt(lu) })
  } finally {
    await removeDir(dir)
  }
})

test('the Parquet writer: every type, nulls, 64-bit integers, dictionary and plain strings, several row groups', async () => {
  const dir = await makeTempDir()
  try {
    const file = path.join(dir, 't.parquet')
    const w = new ParquetWriter(
      file,
      [
        { name: 'i', type: 'int64' },
        { name: 'd', type: 'double' },
        { name: 'b', type: 'boolean' },
        { name: 's', type: 'string' },
        { name: 'u', type: 'string' },
        { name: 'j', type: 'json' },
        { name: 't', type: 'timestamp' }
      ],
      { rowGroupBytes: 256 * 1024, codec: 'gzip' }
    )
    const n = 30000
    const big = 9007199254740993n // 2^53 + 1
    for (let r = 0; r < n; r++) {
      if (r % 3 === 0) w.appendNull(0)
      else w.appendInt64(0, big * BigInt(r % 5) - BigInt(r))
      w.appendDouble(1, r / 7)
      if (r % 11 < 2) w.appendNull(2)
      else w.appendBoolean(2, r % 2 === 0)
      w.appendString(3, ['Île-de-France', 'Noord-Holland', 'Bayern'][r % 3]!)
      w.appendString(4, `id-${r}-${'é'.repeat(r % 9)}`)
      if (r % 100 === 99) w.appendNull(5)
      else w.appendString(5, JSON.stringify({ r }))
      w.appendTimestamp(6, 1767225600000000 + r * 1000003)
      await w.endRow()
    }
    const written = await w.close()
    const footer = await readParquetFooter(file)
    expect(footer.rows).toBe(n)
    expect(footer.rowGroupRows.length).toBeGreaterThan(1)
    expect(written.rowGroups).toBe(footer.rowGroupRows.length)
    const [r] = await duck(
      `select count(*) n, count(i) ni, sum(i)::varchar si, sum(d) sd, count(b) nb, sum(b::int) sb, count(*) filter (where s = 'Île-de-France') sf,
       sum(length(u)) lu, count(j) nj, sum(json_extract(j, '$.r')::bigint) sj, min(epoch_us(t)) t0, max(epoch_us(t)) t1 from read_parquet(${lit(file)})`
    )
    let si = 0n
    let lu = 0
    let sj = 0
    let sb = 0
    let nb = 0
    for (let k = 0; k < n; k++) {
      if (k % 3 !== 0) si += big * BigInt(k % 5) - BigInt(k)
      lu += `id-${k}-${'é'.repeat(k % 9)}`.length
      if (k % 100 !== 99) sj += k
      if (k % 11 >= 2) {
        nb++
        if (k % 2 === 0) sb++
      }
    }
    expect(r).toMatchObject({
      n: BigInt(n),
      ni: BigInt(n - Math.ceil(n / 3)),
      si: String(si),
      nb: BigInt(nb),
      sb: BigInt(sb),
      sf: BigInt(n / 3),
      lu: BigInt(lu),
      nj: BigInt(n - n / 100),
      sj: BigInt(sj)
    })
    expect(r!.sd as number).toBeCloseTo((n * (n - 1)) / 2 / 7, 3)
    expect(Number(r!.t0)).toBe(1767225600000000)
    expect(Number(r!.t1)).toBe(1767225600000000 + (n - 1) * 1000003)
  } finally {
    await removeDir(dir)
  }
})

describe('the byte paths agree with the text paths they stand in for', () => {
  /** Random text near the accepted forms: most valid, many broken in one place. */
  function nearDateTime(r: () => number): string {
    const d = (n: number, max: number): string => String(Math.floor(r() * max)).padStart(n, '0')
    const parts = [
      r() < 0.02 ? d(3, 999) : d(4, 3000),
      r() < 0.02 ? '/' : '-',
      r() < 0.05 ? d(2, 99) : d(2, 13),
      '-',
      r() < 0.05 ? d(2, 99) : d(2, 32),
      ['T', 't', ' ', 'T', 'T', 'x'][Math.floor(r() * 6)]!,
      r() < 0.05 ? d(2, 99) : d(2, 25),
      ':',
      r() < 0.05 ? d(2, 99) : d(2, 61),
      r() < 0.02 ? '-' : ':',
      r() < 0.05 ? d(2, 99) : d(2, 62),
      r() < 0.5 ? '' : `${r() < 0.5 ? '.' : ','}${d(1 + Math.floor(r() * 10), 1e10).slice(0, Math.floor(r() * 11))}`,
      [
        '',
        'Z',
        'z',
        'ZZ',
        `+${d(2, 30)}:${d(2, 70)}`,
        `-${d(2, 30)}${d(2, 70)}`,
        `+${d(1, 9)}:00`,
        `-${d(2, 24)}:${d(3, 100)}`,
        '+05:30x'
      ][Math.floor(r() * 9)]!
    ]
    return parts.join('')
  }

  test('date-times from bytes equal parseDateTime, or are left to it', () => {
    const r = rng(5)
    let fast = 0
    for (let i = 0; i < 200000; i++) {
      const text = nearDateTime(r)
      const buf = Buffer.from(`"${text}"`, 'latin1')
      const got = dateTimeBytes(buf, 1, buf.length - 1)
      const want = parseDateTime(text)
      if (got !== undefined) {
        fast++
        expect([text, got]).toEqual([text, want])
      }
    }
    // Most valid forms take the byte path.
    expect(fast).toBeGreaterThan(20000)
  })

  test('number lexemes from bytes equal Number() and BigInt(), or are left to them', () => {
    const r = rng(6)
    const lexemes = [
      '0',
      '-0',
      '-0.0',
      '00.5',
      '1.',
      '.5',
      '-',
      '',
      '1e5',
      '0x10',
      '+1',
      '1.2.3',
      '123456789012345',
      '1234567890123456'
    ]
    for (let i = 0; i < 200000; i++) {
      const digits = Array.from({ length: 1 + Math.floor(r() * 18) }, () => String(Math.floor(r() * 10))).join('')
      const dot = Math.floor(r() * (digits.length + 2))
      const body = dot < digits.length && r() < 0.7 ? `${digits.slice(0, dot)}.${digits.slice(dot)}` : digits
      lexemes.push(`${r() < 0.3 ? '-' : ''}${body}${r() < 0.05 ? 'e' + Math.floor(r() * 20) : ''}`)
    }
    let fastDecimal = 0
    let fastInteger = 0
    for (const text of lexemes) {
      const buf = Buffer.from(text, 'latin1')
      const d = plainDecimal(buf, 0, buf.length)
      if (d !== undefined) {
        fastDecimal++
        expect([text, Object.is(d, Number(text))]).toEqual([text, true])
      }
      const n = plainInteger(buf, 0, buf.length)
      if (n !== undefined) {
        fastInteger++
        expect([text, BigInt(n)]).toEqual([text, BigInt(text)])
      }
    }
    expect(fastDecimal).toBeGreaterThan(50000)
    expect(fastInteger).toBeGreaterThan(20000)
  })
})

test('INT64 statistics order values by their high and then their low half, as DuckDB reads them', async () => {
  const dir = await makeTempDir()
  try {
    const groups: bigint[][] = [
      [-3n, -5n, 7n, -1n, 6n],
      [4294967297n, 4294967305n, 4294967296n, 4294967300n],
      [-4294967296n, -4294967295n, -4294967297n, 0n],
      [-9223372036854775808n, 9223372036854775807n, -9223372036854775807n, 9223372036854775806n],
      [2147483648n, 2147483647n, -2147483648n, -2147483649n]
    ]
    const file = path.join(dir, 'i.parquet')
    const w = new ParquetWriter(file, [{ name: 'i', type: 'int64' }], { rowGroupBytes: 1 })
    for (const g of groups) {
      for (const v of g) {
        // Safe integers through the number path, the others as bigints.
        if (Number.isSafeInteger(Number(v))) w.appendInt64Number(0, Number(v))
        else w.appendInt64(0, v)
        await w.endRow()
      }
      await w.flush()
    }
    await w.close()
    const stats = await duck(
      `select row_group_id g, stats_min_value lo, stats_max_value hi from parquet_metadata(${lit(file)}) order by g`
    )
    expect(stats.map(s => [s.lo, s.hi])).toEqual(
      groups.map(g => {
        const sorted = [...g].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        return [String(sorted[0]), String(sorted[sorted.length - 1])]
      })
    )
    const values = await duck(`select i::varchar v from read_parquet(${lit(file)})`)
    expect(values.map(v => v.v)).toEqual(groups.flat().map(String))
  } finally {
    await removeDir(dir)
  }
})

test('a link checked in the query pass agrees with the exact path, whatever the stored hash before it', () => {
  for (const mode of ['python-json', 'jcs'] as const) {
    const links = new LinkVerifier(mode, 'chain_hash')
    let checked = 0
    for (let seed = 1; seed <= 400; seed++) {
      const doc = randomDocument(seed, { nonFinite: mode === 'python-json', escapedKeys: true, whitespace: true })
      let value
      try {
        value = parseJson(doc, parseOptionsFor(mode)) as JsonObject
      } catch {
        continue
      }
      if (!(value instanceof Map)) continue
      // The stored hash before it: usually 64 hex digits; now and then long, or not ASCII.
      const prev =
        seed % 13 === 0 ? 'é'.repeat(200) : seed % 7 === 0 ? 'p'.repeat(300) : sha256Text(String(seed)).slice(0, 64)
      const good = linkHash(prev, linkCanonical(value, 'chain_hash', mode))
      for (const stored of [good, good.replace(/^./, c => (c === '0' ? '1' : '0'))]) {
        const line = Buffer.from(`  ${doc}  `, 'utf8')
        expect(links.verify(line, 2, line.length - 2, prev, stored)).toBe(stored === good)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(400)
  }
})
