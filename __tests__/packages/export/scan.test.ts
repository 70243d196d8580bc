/**
 * The query pass against a plain model of it: every line, or with needles every line
 * that holds all of them or a backslash, visited once in order, with its global entry
 * index, file, line number, bytes and the line before it (across chunks and files);
 * per-file counts exact. Small chunk sizes put needles, lines and line ends across
 * chunk boundaries; rotation sets mix gzip and plain files.
 */
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { scanLines, type PrevLine } from '@ai-act-gates/export'
import { resolveLogSet } from '@ai-act-gates/logs'
import { rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let dir: string
beforeAll(async () => {
  dir = await makeTempDir()
})
afterAll(async () => removeDir(dir))

interface Visit {
  entryIndex: number
  file: string
  line: number
  text: string
  prev: string | undefined
  members: number
}

/** The files of a rotation set: name → lines (a line may end in \r; `open` leaves the last line unterminated). */
type SetSpec = Array<{ name: string; lines: string[]; open?: boolean }>

let setNo = 0
async function writeSet(spec: SetSpec): Promise<string> {
  const sub = `set${setNo++}`
  for (const f of spec) {
    const text = f.lines.join('\n') + (f.open ? '' : '\n')
    const bytes = Buffer.from(text, 'utf8')
    await writeFile(path.join(dir, `${sub}-${f.name}`), f.name.endsWith('.gz') ? gzipSync(bytes) : bytes)
  }
  return `${sub}-app.log*`
}

/** What the query pass must visit, computed from the lines directly. */
function model(spec: SetSpec, sub: string, needles: string[] | undefined, allowCrlf: boolean): Visit[] {
  const out: Visit[] = []
  let entry = 0
  let prev: string | undefined
  for (const f of spec) {
    f.lines.forEach((raw, i) => {
      const text = allowCrlf && raw.endsWith('\r') ? raw.slice(0, -1) : raw
      const wanted = !needles || text.includes('\\') || needles.every(n => text.includes(n))
      if (wanted) {
        out.push({
          entryIndex: entry,
          file: `${sub}-${f.name}`,
          line: i + 1,
          text,
          prev,
          members: Object.keys(JSON.parse(text) as object).length
        })
      }
      prev = text
      entry++
    })
  }
  return out
}

async function run(
  pattern: string,
  needles: string[] | undefined,
  chunkBytes: number,
  allowCrlf = false
): Promise<{ visits: Visit[]; counts: Array<{ firstEntry: number; entries: number }> }> {
  const set = await resolveLogSet([pattern], dir)
  const visits: Visit[] = []
  const prev: { line?: PrevLine } = {}
  const counts = await scanLines(
    set,
    undefined,
    {
      allowCrlf,
      chunkBytes,
      ...(needles ? { needles: needles.map(n => Buffer.from(n, 'utf8')) } : {}),
      onLine: (line, m) => {
        const p = prev.line
        visits.push({
          entryIndex: line.entryIndex,
          file: line.file,
          line: line.line,
          text: line.buf.toString('utf8', line.start, line.end),
          prev: p ? p.buf.toString('utf8', p.start, p.end) : undefined,
          members: m.count
        })
        // Now and then the query waits (back-pressure of a writer).
        if (line.entryIndex % 7 === 0) return new Promise<void>(resolve => setImmediate(resolve))
      }
    },
    prev
  )
  return { visits, counts }
}

const REGIONS = ['Bayern', 'B\\u0061yern', 'Bay\\u0065rn', 'Wien', 'Bayernwald', 'Île-de-France', '\\u00cele-de-France']
const BANDS = ['30-39', '30\\u002d39', '18-29', '30-3', '330-399']

/** Random entries; some spell values or keys with escapes, some hold a needle in another field only. */
function entries(seed: number, count: number, crlf = false): string[] {
  const r = rng(seed)
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const regionKey = r() < 0.1 ? 'reg\\u0069on' : 'region'
    const note =
      r() < 0.15
        ? 'Bayern 30-39 reject'
        : r() < 0.1
          ? 'a\\/b'
          : r() < 0.2
            ? // An escaped quote after a long run: the splitter's one-search skip must not take it.
              `${'x'.repeat(40 + Math.floor(r() * 40))}\\"}${'y'.repeat(Math.floor(r() * 40))}`
            : 'x'.repeat(Math.floor(r() * 80))
    const line =
      `{"i":${i},"${regionKey}":"${pick(REGIONS)}","age_band":"${pick(BANDS)}",` +
      `"note":"${note}","decision_outcome":"${r() < 0.5 ? 'reject' : 'advance'}","nested":{"a":[1,{"b":"Bayern"}]}}`
    lines.push(crlf && r() < 0.5 ? `${line}\r` : line)
  }
  return lines
}

const NEEDLE_SETS: Array<string[] | undefined> = [
  undefined,
  ['Bayern', '30-39', 'reject'],
  ['reject'],
  // One needle in every line, one in none.
  ['"i":', 'Wien'],
  ['absent-everywhere'],
  // Needles inside each other.
  ['Bayern', 'Bayernwald', 'ayer'],
  ['Île-de-France', '30-39']
]

describe('the query pass visits exactly the lines of its model', () => {
  test.each([13, 64, 200, 1000, 100000])('one plain file, chunks of %d bytes', async chunkBytes => {
    const spec: SetSpec = [{ name: 'app.log', lines: entries(1, 300) }]
    const pattern = await writeSet(spec)
    const sub = pattern.replace('-app.log*', '')
    for (const needles of NEEDLE_SETS) {
      const { visits, counts } = await run(pattern, needles, chunkBytes)
      expect(visits).toEqual(model(spec, sub, needles, false))
      expect(counts).toEqual([{ firstEntry: 0, entries: 300 }])
    }
  })

  test.each([50, 333, 4096])('a rotation set of gzip and plain files, chunks of %d bytes', async chunkBytes => {
    const spec: SetSpec = [
      { name: 'app.log.3.gz', lines: entries(2, 120) },
      { name: 'app.log.2.gz', lines: entries(3, 1) },
      { name: 'app.log.1', lines: entries(4, 75) },
      { name: 'app.log', lines: entries(5, 90), open: true }
    ]
    const pattern = await writeSet(spec)
    const sub = pattern.replace('-app.log*', '')
    for (const needles of NEEDLE_SETS) {
      const { visits, counts } = await run(pattern, needles, chunkBytes)
      expect(visits).toEqual(model(spec, sub, needles, false))
      expect(counts).toEqual([
        { firstEntry: 0, entries: 120 },
        { firstEntry: 120, entries: 1 },
        { firstEntry: 121, entries: 75 },
        { firstEntry: 196, entries: 90 }
      ])
    }
  })

  test.each([17, 256, 100000])('CRLF line ends, with and without allow-crlf, chunks of %d bytes', async chunkBytes => {
    const spec: SetSpec = [
      { name: 'app.log.1.gz', lines: entries(6, 80, true) },
      { name: 'app.log', lines: entries(7, 80, true) }
    ]
    const pattern = await writeSet(spec)
    const sub = pattern.replace('-app.log*', '')
    for (const needles of NEEDLE_SETS) {
      const { visits } = await run(pattern, needles, chunkBytes, true)
      expect(visits).toEqual(model(spec, sub, needles, true))
      expect(visits.every(v => !v.text.endsWith('\r') && !(v.prev ?? '').endsWith('\r'))).toBe(true)
      // Without allow-crlf the CR stays part of the line (the chain pass refuses it first).
      const kept = await run(pattern, needles, chunkBytes, false)
      expect(kept.visits).toEqual(model(spec, sub, needles, false))
      expect(kept.visits.some(v => v.text.endsWith('\r'))).toBe(true)
    }
  })

  test('a last line without a line end that holds one needle but not the other is not a candidate', async () => {
    const spec: SetSpec = [
      // 'zzz' is the more common needle, so the pass searches for 'needle' and checks 'zzz' in its lines.
      {
        name: 'app.log',
        lines: ['{"k":"needle","z":"zzz"}', '{"z":"zzz"}', '{"z":"zzz"}', '{"z":"zzz"}', '{"k":"needle"}'],
        open: true
      }
    ]
    const pattern = await writeSet(spec)
    for (const chunkBytes of [4, 1000]) {
      const { visits, counts } = await run(pattern, ['needle', 'zzz'], chunkBytes)
      expect(visits.map(v => v.line)).toEqual([1])
      expect(counts).toEqual([{ firstEntry: 0, entries: 5 }])
    }
  })

  test('a matched entry whose line before it is the last of the previous file', async () => {
    const spec: SetSpec = [
      { name: 'app.log.1.gz', lines: ['{"k":"other","n":1}', '{"k":"other","n":2}'] },
      { name: 'app.log', lines: ['{"k":"needle","n":3}', '{"k":"other","n":4}', '{"k":"needle","n":5}'] }
    ]
    const pattern = await writeSet(spec)
    for (const chunkBytes of [5, 1000]) {
      const { visits } = await run(pattern, ['needle'], chunkBytes)
      expect(visits.map(v => [v.entryIndex, v.line, v.prev])).toEqual([
        [2, 1, '{"k":"other","n":2}'],
        [4, 3, '{"k":"other","n":4}']
      ])
    }
  })
})

describe('the query pass names the line of a bad entry', () => {
  test('a candidate line that is not JSON, in the second file', async () => {
    const spec: SetSpec = [
      { name: 'app.log.1.gz', lines: entries(8, 40) },
      { name: 'app.log', lines: [...entries(9, 4), '{"region":"Bayern" 30-39 reject', ...entries(10, 3)] }
    ]
    const pattern = await writeSet(spec)
    for (const chunkBytes of [16, 100000]) {
      for (const needles of [undefined, ['Bayern', '30-39', 'reject']]) {
        await expect(run(pattern, needles, chunkBytes)).rejects.toMatchObject({
          code: 'PARSE_ERROR',
          location: { file: `${pattern.replace('*', '')}`, line: 5 }
        })
      }
      // Without the needles on that line, it is only counted: the chain pass judges it.
      const { counts } = await run(pattern, ['Wien', 'absent'], chunkBytes)
      expect(counts[1]).toEqual({ firstEntry: 40, entries: 8 })
    }
  })
})
