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
}

/** Options for {@link readChunks}. */
export interface ChunkOptions {
  /** Chunk size; defaults to {@link CHUNK_BYTES}. */
  chunkBytes?: number
  /** Start reading at this offset of a plain file (for random access); defaults to 0. */
  start?: number
  /** Line number of the line at `start`; defaults to 1. */
  firstLine?: number
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
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
          throw new GateError('PARSE_ERROR', 'the file starts with a UTF-8 byte order mark; write it without a BOM', {
            file: file.display,
            line: 1,
            column: 1
          })
        }
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
    if (error instanceof GateError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' || code === 'ERR_INVALID_ARG_VALUE') {
      const what = code === 'Z_BUF_ERROR' ? 'the gzip stream ends early: the archive is truncated' : 'corrupt gzip data'
      throw new GateError('PARSE_ERROR', `${what} (${(error as Error).message})`, { file: file.display, line })
    }
    throw toGateError(error, file.display)
  }
  if (carry !== undefined && carry.length > 0) {
    if (first && carry.length >= 3 && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) {
      throw new GateError('PARSE_ERROR', 'the file starts with a UTF-8 byte order mark; write it without a BOM', {
        file: file.display,
        line: 1,
        column: 1
      })
    }
    yield { buf: Buffer.from(carry), firstLine: line, lines: 1, offset, unterminated: true }
  }
}

function tooLong(file: LogFile, line: number): GateError {
  return new GateError(
    'PARSE_ERROR',
    `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`,
    { file: file.display, line }
  )
}
