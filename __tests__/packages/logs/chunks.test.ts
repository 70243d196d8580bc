/**
 * The chunk reader's two modes: `reuse` (two buffers taking turns, the next piece read
 * while the caller works, line ends found once) must give exactly the chunks, line
 * numbers, offsets and errors of the default mode, for plain and gzip files, at any
 * chunk size, and must close its file when the caller stops early.
 */
import { existsSync, readdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describeLogFile, MAX_LINE_BYTES, parseRotationName, readChunks, type LogFile } from '@ai-act-gates/logs'
import { rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let dir: string
beforeAll(async () => {
  dir = await makeTempDir()
})
afterAll(async () => removeDir(dir))

let n = 0
async function logFile(content: string | Buffer, gzip: boolean): Promise<LogFile> {
  const name = `f${n++}.jsonl${gzip ? '.gz' : ''}`
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  await writeFile(path.join(dir, name), gzip ? gzipSync(bytes) : bytes)
  return describeLogFile(path.join(dir, name), name, parseRotationName(name))
}

interface Seen {
  text: string
  firstLine: number
  lines: number
  offset: number
  unterminated: boolean
}

/** Every chunk (copied) and the error that ended the reading, if any. */
async function collect(
  file: LogFile,
  options: Parameters<typeof readChunks>[1]
): Promise<{ chunks: Seen[]; error?: unknown }> {
  const chunks: Seen[] = []
  try {
    for await (const c of readChunks(file, options)) {
      chunks.push({
        text: c.buf.toString('latin1'),
        firstLine: c.firstLine,
        lines: c.lines,
        offset: c.offset,
        unterminated: c.unterminated
      })
      if (options?.reuse) {
        // The line ends cut the buffer into exactly its lines.
        const ends = c.ends!
        let start = 0
        for (let i = 0; i < c.lines; i++) {
          const e = ends[i]!
          expect(e).toBeGreaterThanOrEqual(start)
          expect(c.buf.subarray(start, e).includes(10)).toBe(false)
          if (e < c.buf.length) expect(c.buf[e]).toBe(10)
          else expect(c.unterminated).toBe(true)
          start = e + 1
        }
        expect(start).toBe(c.buf.length + (c.unterminated ? 1 : 0))
      }
    }
  } catch (error) {
    return { chunks, error }
  }
  return { chunks }
}

function randomLines(seed: number, count: number): string {
  const r = rng(seed)
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const len = Math.floor(r() * r() * 300)
    lines.push(`{"i":${i},"s":"${'abcdé\\u00e9 '.repeat(len).slice(0, len)}"}${r() < 0.2 ? '\r' : ''}`)
  }
  return lines.join('\n') + '\n'
}

const contents: Array<[string, string | Buffer]> = [
  ['empty', ''],
  ['one line', '{"a":1}\n'],
  ['no final line end', '{"a":1}\n{"b":2}\r\n{"c":3}'],
  ['blank lines', '\n\n{"a":1}\n\n'],
  ['a line longer than a chunk', `{"a":1}\n{"s":"${'x'.repeat(5000)}"}\n{"b":2}\n`],
  ['random lines', randomLines(7, 400)],
  ['random lines without a final line end', randomLines(8, 150).slice(0, -1)]
]

describe('reuse mode reads what the default mode reads', () => {
  test.each(contents.flatMap(([name, text]) => [true, false].map(gzip => ({ name, text, gzip }))))(
    '$name (gzip $gzip)',
    async ({ text, gzip }) => {
      const file = await logFile(text, gzip)
      for (const chunkBytes of [1, 2, 7, 64, 999, 4096, undefined]) {
        const options = chunkBytes === undefined ? {} : { chunkBytes }
        const plain = await collect(file, options)
        const reused = await collect(file, { ...options, reuse: true })
        expect(plain.error).toBeUndefined()
        expect(reused.error).toBeUndefined()
        expect(reused.chunks).toEqual(plain.chunks)
        const all = reused.chunks.map(c => c.text).join('')
        expect(Buffer.from(all, 'latin1').equals(Buffer.from(text))).toBe(true)
        if (chunkBytes !== undefined && chunkBytes < 100 && plain.chunks.reduce((k, c) => k + c.lines, 0) > 100) {
          expect(reused.chunks.length).toBeGreaterThan(10)
        }
      }
    }
  )

  test('from a start offset with a first line number, as random access reads a plain file', async () => {
    const text = randomLines(9, 120)
    const file = await logFile(text, false)
    const lines = text.split('\n')
    const start = Buffer.byteLength(lines.slice(0, 37).join('\n') + '\n')
    for (const chunkBytes of [5, 333, undefined]) {
      const options = { start, firstLine: 38, ...(chunkBytes ? { chunkBytes } : {}) }
      const plain = await collect(file, options)
      const reused = await collect(file, { ...options, reuse: true })
      expect(reused).toEqual(plain)
      expect(reused.chunks[0]!.firstLine).toBe(38)
      expect(reused.chunks[0]!.offset).toBe(start)
    }
  })
})

describe('reuse mode fails as the default mode fails', () => {
  const failure = (e: unknown): unknown => {
    const g = e as { code?: string; message?: string; location?: unknown }
    return { code: g.code, message: g.message, location: g.location }
  }

  test.each([false, true])('a byte order mark (gzip %s)', async gzip => {
    const file = await logFile('\ufeff{"a":1}\n', gzip)
    const plain = await collect(file, {})
    const reused = await collect(file, { reuse: true })
    expect(plain.error).toBeDefined()
    expect(failure(reused.error)).toEqual(failure(plain.error))
    expect((reused.error as Error).message).toContain('byte order mark')
    expect(reused.chunks).toEqual([])
  })

  test.each([false, true])('a line longer than the limit, after other lines (gzip %s)', async gzip => {
    // Longer than the limit by more than a piece, so the partial line outgrows it before it ends.
    const long = `{"a":1}\n{"b":2}\n{"s":"${'y'.repeat(MAX_LINE_BYTES + 5 * 1024 * 1024)}"}\n{"c":3}\n`
    const file = await logFile(long, gzip)
    const plain = await collect(file, {})
    const reused = await collect(file, { reuse: true })
    expect(plain.error).toBeDefined()
    expect(failure(reused.error)).toEqual(failure(plain.error))
    expect(reused.error).toMatchObject({ location: { line: 3 } })
    expect(reused.chunks).toEqual(plain.chunks)
  })

  test('a truncated and a corrupt gzip archive', async () => {
    const whole = gzipSync(Buffer.from(randomLines(10, 3000)))
    for (const bytes of [
      whole.subarray(0, Math.floor(whole.length / 2)),
      Buffer.concat([whole.subarray(0, 40), Buffer.alloc(200, 0x55)])
    ]) {
      const file = await logFile(bytes, false)
      // Named .jsonl, but the content is gzip: read as gzip.
      expect(file.gzip).toBe(true)
      for (const chunkBytes of [1000, undefined]) {
        const options = chunkBytes ? { chunkBytes } : {}
        const plain = await collect(file, options)
        const reused = await collect(file, { ...options, reuse: true })
        expect(plain.error).toBeDefined()
        expect(failure(reused.error)).toEqual(failure(plain.error))
        expect(reused.chunks).toEqual(plain.chunks)
      }
    }
  })
})

test.each([false, true])('a caller that stops early leaves no file open (gzip %s)', async gzip => {
  const file = await logFile(randomLines(11, 2000), gzip)
  const fds = (): number => readdirSync('/proc/self/fd').length
  const before = existsSync('/proc/self/fd') ? fds() : 0
  for (let k = 0; k < 5; k++) {
    let chunks = 0
    for await (const c of readChunks(file, { reuse: true, chunkBytes: 512 })) {
      expect(c.lines).toBeGreaterThan(0)
      // The next piece is being read now: stop here.
      if (++chunks === 2) break
    }
    expect(chunks).toBe(2)
  }
  if (existsSync('/proc/self/fd')) {
    // Streams close on the next turns of the event loop.
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(fds()).toBeLessThanOrEqual(before)
  }
})
