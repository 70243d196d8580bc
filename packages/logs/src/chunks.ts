/**
 * Streams a log file (plain or gzip) as chunks of whole lines, with the 1-based line
 * number and byte offset (in the decompressed text) of each chunk's first line.
 * Memory stays bounded: one chunk in hand, and no line longer than
 * {@link MAX_LINE_BYTES}.
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { GateError, toGateError } from '@ai-act-gates/core'
import { MAX_LINE_BYTES } from './lines.js'
import type { LogFile } from './source.js'

export { MAX_LINE_BYTES }

/** Bytes read per chunk. */
export const CHUNK_BYTES = 4 * 1024 * 1024

/** Whole lines of one file. */
export interface Chunk {
  /** The bytes: complete lines, each ending in `\n`, except an unterminated last line of the file. */
  buf: Buffer
  /** Line number of the first line (1-based). */
  firstLine: number
  /** Number of lines in the chunk. */
  lines: number
  /** Offset of buf[0] in the file's (decompressed) text. */
  offset: number
  /** True when the last line has no `\n`: the file ends without a line terminator. */
  unterminated: boolean
  /**
   * With {@link ChunkOptions.reuse}: where each line ends, `lines` entries (the index
   * of its `\n`, or `buf.length` for an unterminated last line), so line i spans
   * [i === 0 ? 0 : ends[i - 1] + 1, ends[i]). Valid, like `buf`, until the next chunk.
   */
  ends?: Int32Array
}

/** Options for {@link readChunks}. */
export interface ChunkOptions {
  /** Chunk size; defaults to {@link CHUNK_BYTES}. */
  chunkBytes?: number
  /** Start reading at this offset of a plain file (for random access); defaults to 0. */
  start?: number
  /** Line number of the line at `start`; defaults to 1. */
  firstLine?: number
  /**
   * Read into two buffers kept for the whole file, taking turns: the next piece is
   * read while the caller works on the current chunk, a partial last line is copied
   * to the front of the other buffer rather than concatenated, and each chunk comes
   * with its line ends ({@link Chunk.ends}). A chunk's `buf` and `ends` are then
   * only valid until the caller asks for the next chunk: nothing may keep them, or
   * transfer them to a worker. Chunks, line numbers, offsets and errors are those of
   * the default mode.
   */
  reuse?: boolean
}

function countLines(buf: Buffer, end: number): number {
  let n = 0
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++
  return n
}

/** The bytes of a plain file in pieces of `size`, from `start`. */
async function* plainPieces(file: LogFile, start: number, size: number): AsyncGenerator<Buffer> {
  const handle = await open(file.absolute, 'r')
  try {
    let position = start
    for (;;) {
      const buf = Buffer.allocUnsafeSlow(size)
      const { bytesRead } = await handle.read(buf, 0, size, position)
      if (bytesRead === 0) return
      position += bytesRead
      yield bytesRead === size ? buf : buf.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/**
 * The text of a gzip file in pieces of about `size` bytes, each in a buffer of its
 * own (from offset 0, so it can be transferred to a worker): gunzip's small pieces are
 * copied once, into the piece they belong to.
 */
async function* gzipPieces(file: LogFile, size: number): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: Math.max(64, Math.min(256 * 1024, size)) })
  const stream = createReadStream(file.absolute, { highWaterMark: 1024 * 1024 }).pipe(gunzip)
  let acc = Buffer.allocUnsafeSlow(size + 256 * 1024)
  let length = 0
  for await (const piece of stream as AsyncIterable<Buffer>) {
    if (length + piece.length > acc.length) {
      const next = Buffer.allocUnsafeSlow(length + piece.length + 256 * 1024)
      acc.copy(next, 0, 0, length)
      acc = next
    }
    piece.copy(acc, length)
    length += piece.length
    if (length >= size) {
      yield acc.subarray(0, length)
      acc = Buffer.allocUnsafeSlow(size + 256 * 1024)
      length = 0
    }
  }
  if (length > 0) yield acc.subarray(0, length)
}

/**
 * Yields the file's chunks. Throws a GateError naming the file and line for a UTF-8
 * byte order mark, a line longer than {@link MAX_LINE_BYTES}, and a gzip stream that
 * ends early or is corrupt.
 */
export async function* readChunks(file: LogFile, options: ChunkOptions = {}): AsyncGenerator<Chunk> {
  if (options.reuse) {
    yield* readReused(file, options)
    return
  }
  const size = options.chunkBytes ?? CHUNK_BYTES
  let line = options.firstLine ?? 1
  let offset = options.start ?? 0
  let carry: Buffer | undefined
  let first = offset === 0
  const pieces = file.gzip ? gzipPieces(file, size) : plainPieces(file, offset, size)
  try {
    for await (const piece of pieces) {
      let data = carry === undefined ? piece : Buffer.concat([carry, piece])
      carry = undefined
      if (first && data.length >= 3) {
        first = false
        checkBom(file, data)
      }
      const last = data.lastIndexOf(10)
      if (last === -1) {
        if (data.length > MAX_LINE_BYTES) throw tooLong(file, line)
        carry = data.length === piece.length ? Buffer.from(data) : data
        continue
      }
      if (last + 1 < data.length) {
        carry = Buffer.from(data.subarray(last + 1))
        if (carry.length > MAX_LINE_BYTES) throw tooLong(file, line + countLines(data, last + 1))
        data = data.subarray(0, last + 1)
      }
      const lines = countLines(data, data.length)
      const bytes = data.length
      // data starts a buffer no one else uses (the carry was copied out), so it can be
      // transferred to a worker while this generator waits: nothing below reads it again.
      yield { buf: data, firstLine: line, lines, offset, unterminated: false }
      line += lines
      offset += bytes
    }
  } catch (error) {
    throw readError(error, file, line)
  }
  if (carry !== undefined && carry.length > 0) {
    if (first && carry.length >= 3) checkBom(file, carry)
    yield { buf: Buffer.from(carry), firstLine: line, lines: 1, offset, unterminated: true }
  }
}

/** A buffer that a filler may replace with a larger one. */
interface Slot {
  buf: Buffer
}

/** Fills a slot from `at` with the next piece: the bytes read (0 at the end of the file). */
interface Filler {
  fill(slot: Slot, at: number): Promise<number>
  close(): Promise<void>
}

/** Makes `slot` hold at least `need` bytes, keeping its first `keep`. */
function ensure(slot: Slot, need: number, keep: number): void {
  if (slot.buf.length >= need) return
  const next = Buffer.allocUnsafeSlow(Math.max(need, Math.ceil(slot.buf.length * 1.5)))
  slot.buf.copy(next, 0, 0, keep)
  slot.buf = next
}

/** Pieces of a plain file, `size` bytes each (as {@link plainPieces} reads them), from `start`. */
async function plainFiller(file: LogFile, start: number, size: number): Promise<Filler> {
  const handle = await open(file.absolute, 'r')
  let position = start
  return {
    async fill(slot, at) {
      ensure(slot, at + size, at)
      const { bytesRead } = await handle.read(slot.buf, at, size, position)
      position += bytesRead
      return bytesRead
    },
    close: () => handle.close()
  }
}

/** Pieces of a gzip file's text: whole pieces of gunzip's output until `size` bytes, as {@link gzipPieces} cuts them. */
function gzipFiller(file: LogFile, size: number): Filler {
  const gunzip = createGunzip({ chunkSize: Math.max(64, Math.min(256 * 1024, size)) })
  const source = createReadStream(file.absolute, { highWaterMark: 1024 * 1024 })
  const stream = source.pipe(gunzip)
  const pieces = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  return {
    async fill(slot, at) {
      let length = 0
      while (length < size) {
        const next = await pieces.next()
        if (next.done) break
        const piece = next.value
        ensure(slot, at + length + piece.length + 256 * 1024, at + length)
        piece.copy(slot.buf, at + length)
        length += piece.length
      }
      return length
    },
    async close() {
      source.destroy()
      await pieces.return?.()
    }
  }
}

/**
 * {@link readChunks} with `reuse`: two buffers take turns. While the caller works on
 * the chunk in one, the next piece is read into the other, behind the copy of the
 * partial line that ended the chunk.
 */
async function* readReused(file: LogFile, options: ChunkOptions): AsyncGenerator<Chunk> {
  const size = options.chunkBytes ?? CHUNK_BYTES
  let line = options.firstLine ?? 1
  let offset = options.start ?? 0
  let first = offset === 0
  const room = size + 256 * 1024
  let cur: Slot = { buf: Buffer.allocUnsafeSlow(room) }
  let other: Slot = { buf: Buffer.allocUnsafeSlow(room) }
  let ends = new Int32Array(4096)
  let filler: Filler | undefined
  let pending: Promise<number> | undefined
  /** Bytes of a partial line at the front of `cur`, before the piece being read. */
  let carry = 0
  try {
    filler = file.gzip ? gzipFiller(file, size) : await plainFiller(file, offset, size)
    pending = filler.fill(cur, 0)
    for (;;) {
      const got = await pending
      pending = undefined
      const length = carry + got
      const buf = cur.buf
      if (got === 0) {
        if (length === 0) return
        if (first && length >= 3) checkBom(file, buf)
        ends[0] = length
        yield { buf: buf.subarray(0, length), firstLine: line, lines: 1, offset, unterminated: true, ends }
        return
      }
      if (first && length >= 3) {
        first = false
        checkBom(file, buf)
      }
      const last = length > carry ? buf.lastIndexOf(10, length - 1) : -1
      if (last === -1) {
        if (length > MAX_LINE_BYTES) throw tooLong(file, line)
        carry = length
        pending = filler.fill(cur, carry)
        pending.catch(() => undefined)
        continue
      }
      // The line ends of this chunk, before the next piece is read.
      let lines = 0
      for (let i = -1; i < last;) {
        i = buf.indexOf(10, i + 1)
        if (lines === ends.length) {
          const grown = new Int32Array(ends.length * 2)
          grown.set(ends)
          ends = grown
        }
        ends[lines++] = i
      }
      const tail = length - last - 1
      if (tail > MAX_LINE_BYTES) throw tooLong(file, line + lines)
      ensure(other, tail + room, 0)
      buf.copy(other.buf, 0, last + 1, length)
      carry = tail
      pending = filler.fill(other, carry)
      // Awaited when the caller asks for the next chunk; its failure is reported then.
      pending.catch(() => undefined)
      yield { buf: buf.subarray(0, last + 1), firstLine: line, lines, offset, unterminated: false, ends }
      line += lines
      offset += last + 1
      const t = cur
      cur = other
      other = t
    }
  } catch (error) {
    throw readError(error, file, line)
  } finally {
    // A read still under way (the caller stopped early) must end before the file closes.
    if (pending) await pending.catch(() => undefined)
    await filler?.close().catch(() => undefined)
  }
}

/** Throws when `buf` (the file's first bytes) starts with a UTF-8 byte order mark. */
function checkBom(file: LogFile, buf: Buffer): void {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    throw new GateError('PARSE_ERROR', 'the file starts with a UTF-8 byte order mark; write it without a BOM', {
      file: file.display,
      line: 1,
      column: 1
    })
  }
}

/** A failure while reading the file (at `line`) as a GateError: a cut-short or corrupt gzip stream named as such. */
function readError(error: unknown, file: LogFile, line: number): GateError<string> {
  if (error instanceof GateError) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_INVALID_ARG_VALUE') {
    const what = code === 'Z_BUF_ERROR' ? 'the gzip stream ends early: the archive is truncated' : 'corrupt gzip data'
    return new GateError('PARSE_ERROR', `${what} (${(error as Error).message})`, { file: file.display, line })
  }
  return toGateError(error, file.display)
}

function tooLong(file: LogFile, line: number): GateError {
  return new GateError(
    'PARSE_ERROR',
    `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`,
    { file: file.display, line }
  )
}
