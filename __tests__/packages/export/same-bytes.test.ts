/**
 * The bytes of exports and of the Parquet writer, pinned: a deterministic log whose
 * values take every form the faster paths special-case (number lexemes of every
 * shape, date-times with every offset and fraction form, escaped strings and keys,
 * repeated and distinct strings, nulls, missing and undeclared fields) is exported in
 * every format, and the sha256 of each file must be what the exporter wrote before
 * its speed work (computed then, with the plain text paths: Number(), BigInt(),
 * the date-time regular expression, a Map of strings for dictionaries).
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { executeGate } from '@ai-act-gates/action-kit'
import { logExportGate } from '@ai-act-gates/export'
import { ParquetWriter } from '@ai-act-gates/parquet'
import { rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
})
afterAll(async () => removeDir(ws))

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

const DOUBLES = [
  '0',
  '-0',
  '-0.0',
  '0.0',
  '1.5',
  '0.1',
  '0.30000000000000004',
  '3.141592653589793',
  '123456789012345',
  '1234567890123456',
  '123456789012345678',
  '12345678901234.5',
  '9007199254740993',
  '1e5',
  '1E-7',
  '-2.5e+3',
  '5e-324',
  '1.7976931348623157e308',
  '0.000001',
  '100.25',
  '-99999999999999.9',
  '0.123456789012345',
  '0.1234567890123456',
  'NaN',
  'Infinity',
  '-Infinity'
]
const INTEGERS = [
  '0',
  '-0',
  '42',
  '-17',
  '999999999999999',
  '1000000000000000',
  '4294967296',
  '-4294967297',
  '9007199254740993',
  '-9007199254740993',
  '9223372036854775807',
  '-9223372036854775808',
  '1.0',
  '1e3',
  '-2.5e1'
]

function timestamp(r: () => number, i: number): string {
  const day = 1 + (i % 9)
  const base = `2026-03-0${day}`
  const h = String(Math.floor(r() * 24)).padStart(2, '0')
  const mi = String(Math.floor(r() * 60)).padStart(2, '0')
  const s = r() < 0.01 ? '60' : String(Math.floor(r() * 60)).padStart(2, '0')
  const frac =
    r() < 0.3
      ? ''
      : `${r() < 0.5 ? '.' : ','}${String(Math.floor(r() * 1e9))
          .padStart(9, '0')
          .slice(0, 1 + Math.floor(r() * 9))}`
  const sep = r() < 0.8 ? 'T' : r() < 0.5 ? 't' : ' '
  const zone = ['Z', 'z', '+00:00', '+02:00', '-05:30', '+0100', '-1145', '+23:59'][Math.floor(r() * 8)]!
  return `${base}${sep}${h}:${mi}:${s}${frac}${zone}`
}

function logLines(seed: number, count: number): string[] {
  const r = rng(seed)
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const members: string[] = []
    members.push(`"timestamp":"${timestamp(r, i)}"`)
    if (r() < 0.9)
      members.push(
        `"amount":${r() < 0.5 ? pick(DOUBLES) : (r() * 10 ** Math.floor(r() * 12)).toFixed(Math.floor(r() * 8))}`
      )
    else if (r() < 0.5) members.push('"amount":null')
    if (r() < 0.9)
      members.push(
        `"count":${r() < 0.5 ? pick(INTEGERS) : String(Math.floor((r() - 0.5) * 10 ** Math.floor(r() * 17)))}`
      )
    members.push(`"flag":${pick(['true', 'false', 'null'])}`)
    members.push(
      `"${r() < 0.05 ? 'lab\\u0065l' : 'label'}":"${pick(['Bayern', 'B\\u0061yern', 'Wien', 'Île-de-France', '\\u00cele-de-France', '', 'x'])}"`
    )
    const noteLength = Math.floor(r() * r() * 3000)
    let note = ''
    for (let k = 0; k < noteLength; k++) note += pick(['a', 'b', ' ', 'é', '東', '\\"', '\\\\', '\\n', '\\u0041', '-'])
    members.push(`"note":"${note}"`)
    members.push(`"id":"id-${i}-${'z'.repeat(Math.floor(r() * 40))}"`)
    if (r() < 0.5) members.push(`"obj":{"a":[1,2,{"b":"}]"}],"c":${pick(DOUBLES)}}`)
    if (r() < 0.3) members.push(`"extra_${Math.floor(r() * 3)}":${pick(['1', '"v"', '[true]', '{"k":null}'])}`)
    if (r() < 0.05) members.push('"ext\\u0072a_esc":"e"')
    members.push(`"chain_hash":"${createHash('sha256').update(String(i)).digest('hex')}"`)
    // Now and then the members come in another order.
    if (r() < 0.1) members.reverse()
    lines.push(`{${members.join(r() < 0.1 ? ' , ' : ',')}}`)
  }
  return lines
}

const SCHEMA = {
  properties: {
    timestamp: { type: 'string', format: 'date-time' },
    amount: { type: 'number' },
    count: { type: 'integer' },
    flag: { type: 'boolean' },
    label: { type: 'string' },
    note: { type: 'string' },
    id: { type: 'string' },
    obj: { type: 'object' },
    chain_hash: { type: 'string' }
  }
}

/** Every data file of an export: path → sha256. */
async function digests(out: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name)
      if (e.isDirectory()) await walk(abs)
      else if (e.name !== 'manifest.json') result[path.relative(path.join(ws, out), abs)] = sha256(await readFile(abs))
    }
  }
  await walk(path.join(ws, out))
  return Object.fromEntries(Object.entries(result).sort())
}

const RUNS: Record<string, Record<string, string>> = {
  all: { query: 'time-range', from: '2026-01-01', to: '2027-01-01', format: 'parquet,csv,jsonl' },
  days: {
    query: 'time-range',
    from: '2026-03-02T12:00:00Z',
    to: '2026-03-06',
    format: 'parquet,csv',
    partition: 'day',
    integrity: 'links'
  },
  cohort: {
    query: 'cohort',
    cohort: 'label=Bayern',
    outcome: 'flag=true',
    format: 'parquet,jsonl',
    integrity: 'links'
  },
  gzip: { query: 'time-range', from: '2026-01-01', to: '2027-01-01', format: 'parquet', compression: 'gzip' }
}

/** What the exporter wrote before the speed work. */
const PINNED: Record<string, Record<string, string>> = {
  all: {
    'events.csv': '27dfaaef6001d3119670853cc7b31525a3b8ee885097a5374aaf1382da81ac17',
    'events.jsonl': 'a0aeab5d462b6301cc1565dfda6c29f0d407acaa4af8b62f640da2b9d7436731',
    'events.parquet': '6da68bf8d6017504ea0714f9ff1ed4af07ed8904a6e9776a5621d1a37a212506'
  },
  days: {
    'csv/day=2026-03-02/part-0.csv': 'bcb502d44355eaabe9dbcf3e316facce2612a7b603fcd12be53bdf4ea5f307c1',
    'csv/day=2026-03-03/part-0.csv': '25cb1dbd0709c5aa6df247800fdde797b12dcbefdabba25e6b81c0abd27e2dec',
    'csv/day=2026-03-04/part-0.csv': '7da144841c8008c6565dfe5a5b810da96212aecd6c020fc04bdb57b46e312bb6',
    'csv/day=2026-03-05/part-0.csv': '9dd450168ab185a17df0985af89fc355019df4d9b28af32a61e65ef84fb1b984',
    'parquet/day=2026-03-02/part-0.parquet': '338f51e36e0dd91202c230c95b34887c65ce026c1a0d8a4dfac1ff398a048dfc',
    'parquet/day=2026-03-03/part-0.parquet': '3ca876c4b8120ec207415ebdaa81c57b42fa6bb77045eeedd6d94c15042f9a56',
    'parquet/day=2026-03-04/part-0.parquet': '4566a5099aa21534c5e399bf7ed7824b044520247552cd48c28233b5b90967cb',
    'parquet/day=2026-03-05/part-0.parquet': '0e24e701972a01a857e86254ec6c691547b1717fe23acd205994f00de70e2f3b'
  },
  cohort: {
    'events.jsonl': 'd6dfedc2533f9d44d183e7641d3ba4c79b261129a6eb44ee6f1b756061e82da5',
    'events.parquet': '53faf84a09b613c0f75e18ae16f672ccb7a16d47c7a9e32ff737e700934609db'
  },
  gzip: {
    'events.parquet': '28f014ea564e0123040cfd233dd80bbd052406586bd42e4fd72a6cf6bd1812de'
  }
}

test('exports of every form of value are byte for byte what they were', async () => {
  await writeFile(path.join(ws, 'log.jsonl'), logLines(1, 4000).join('\n') + '\n')
  await writeFile(path.join(ws, 'schema.json'), JSON.stringify(SCHEMA))
  const found: Record<string, Record<string, string>> = {}
  for (const [name, inputs] of Object.entries(RUNS)) {
    const r = await executeGate(
      logExportGate,
      {
        logs: 'log.jsonl',
        schema: 'schema.json',
        out: `out-${name}`,
        'report-dir': '',
        // The hashes are random: every link is broken, and the entries are exported anyway.
        'export-on-integrity-failure': 'true',
        ...inputs
      },
      { workspace: ws }
    )
    expect(r.error).toBeUndefined()
    found[name] = await digests(`out-${name}`)
    expect(Object.keys(found[name]!).length).toBeGreaterThan(0)
  }
  if (process.env.PRINT_PINNED) console.log(JSON.stringify(found, null, 2))
  expect(found).toEqual(PINNED)
})

test('the Parquet writer writes the bytes it wrote before, with and without kept buffers', async () => {
  const found: Record<string, string> = {}
  for (const reuseBuffers of [false, true]) {
    for (const codec of ['none', 'gzip'] as const) {
      const file = path.join(ws, `w-${reuseBuffers}-${codec}.parquet`)
      const w = new ParquetWriter(
        file,
        [
          { name: 'i', type: 'int64' },
          { name: 'd', type: 'double' },
          { name: 'b', type: 'boolean' },
          { name: 'few', type: 'string' },
          { name: 'many', type: 'string' },
          { name: 'j', type: 'json' },
          { name: 't', type: 'timestamp' },
          { name: 'long', type: 'json' }
        ],
        { codec, rowGroupBytes: 200 * 1024, reuseBuffers, metadata: { k: 'v' } }
      )
      const rr = rng(3)
      for (let row = 0; row < 30000; row++) {
        const x = rr()
        if (x < 0.1) w.appendNull(0)
        else if (x < 0.4) w.appendInt64(0, BigInt(Math.floor((rr() - 0.5) * 2 ** 62)) * 2n + 1n)
        else w.appendInt64(0, BigInt(Math.floor((rr() - 0.5) * 2 ** 40)))
        if (rr() < 0.05) w.appendNull(1)
        else w.appendDouble(1, (rr() - 0.5) * 10 ** Math.floor(rr() * 30))
        w.appendBoolean(2, rr() < 0.3)
        // Three values, then (from row 20000) thousands: the dictionary gives up.
        w.appendString(3, row < 20000 ? ['', 'a', 'Bayern'][row % 3]! : `v${Math.floor(rr() * 5000)}`)
        w.appendString(4, `${row}-${'é'.repeat(Math.floor(rr() * 30))}`)
        if (rr() < 0.2) w.appendNull(5)
        else w.appendWith(5, sink => sink.bytes(Buffer.from(`{"r":${row}}`)))
        w.appendTimestamp(6, Math.floor((rr() - 0.3) * 4e15))
        // Long values: a few, repeated, some differing from each other only in one middle
        // byte (the same sampled hash), then (from row 25000) thousands of distinct ones.
        const pick = row < 25000 ? Math.floor(rr() * 40) : row
        const long = Buffer.alloc(200 + (pick % 7) * 300, 0x61 + (pick % 5))
        long[Math.floor(long.length / 2) + 1] = 0x30 + (pick % 10)
        long.writeUInt32LE(Math.floor(pick / 10), 100)
        w.appendBytes(7, long, 0, long.length)
        await w.endRow()
      }
      await w.close()
      found[`${reuseBuffers}-${codec}`] = sha256(await readFile(file))
    }
  }
  if (process.env.PRINT_PINNED) console.log(JSON.stringify(found, null, 2))
  expect(found['true-none']).toBe(found['false-none'])
  expect(found['true-gzip']).toBe(found['false-gzip'])
  expect(found).toEqual(WRITER_PINNED)
})

const WRITER_PINNED: Record<string, string> = {
  'false-none': 'c9ed260331f5356c512ca1da714125e13448d1b3d03b4b6689e688714b12e2e4',
  'false-gzip': 'e698111e23d4abc6bb618680cac27944095888452a526f96f7494b17724503bc',
  'true-none': 'c9ed260331f5356c512ca1da714125e13448d1b3d03b4b6689e688714b12e2e4',
  'true-gzip': 'e698111e23d4abc6bb618680cac27944095888452a526f96f7494b17724503bc'
}
