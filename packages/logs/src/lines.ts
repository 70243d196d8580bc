/**
 * The memory a chunk processor works in, and how a chunk's lines get into it. One
 * buffer per thread holds the chunk's lines followed by a work region (room for the
 * `prev:` prefix, then a line's canonical bytes and the scanner's side region), so
 * the scanner copies within one buffer and the hash reads the prefix and the
 * canonical bytes in one piece: nothing is allocated per line.
 *
 * A byte range of a plain file is read here, in the thread that processes it: the
 * chunk holds the lines that start in [start, end), the last one read past `end` up
 * to its line end.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { scanCapacity } from '@ai-act-gates/canonical-json'
import type { ChunkError, ChunkTask } from './protocol.js'

/** Room kept before the canonical bytes for `prev + ":"`. */
export const PREFIX_ROOM = 1024
/** Bytes read past a range's end, hoping its last line ends there. */
const READ_AHEAD = 64 * 1024
/** The work region kept for lines up to this long; longer lines grow the buffer for a while. */
const WORK_LINE_BYTES = 256 * 1024

/** The longest line (one log entry) accepted; a longer one is an error naming its line. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024

/** Where a chunk's lines sit in the buffer. */
export interface LoadedLines {
  /** First byte of the first line. */
  first: number
  /** End of the last line (after its `\n`, or the end of the file). */
  stop: number
  /** Offset of `first` in the file's text. */
  offset: number
  /** The last line has no `\n`: the file ends without a line terminator. */
  unterminated: boolean
}

/** A located problem while loading lines (line relative to the chunk). */
export class LoadError extends Error {
  constructor(readonly chunkError: ChunkError) {
    super(chunkError.message)
  }
}

/** The processor's buffer: input lines, then the work region. */
export class LineMemory {
  /** The buffer; replaced when it grows, so read it again after {@link work} or {@link input}. */
  mem: Buffer
  /** Bytes of the input region. */
  private inputCap: number

  /**
   * `backing`: memory to use while the buffer fits in it (the WebAssembly scanner's
   * region, where it scans lines without copying them); a larger buffer is allocated.
   */
  constructor(
    inputBytes: number,
    private readonly backing?: Buffer
  ) {
    this.inputCap = inputBytes
    this.mem = this.alloc(inputBytes + PREFIX_ROOM + scanCapacity(WORK_LINE_BYTES))
  }

  /** A buffer of `size` bytes: the start of the backing memory when it fits (16 bytes to spare), else new memory. */
  private alloc(size: number): Buffer {
    if (this.backing && size + 16 <= this.backing.length) return this.backing.subarray(0, size)
    return Buffer.allocUnsafeSlow(size)
  }

  /** Start of the work region: `prev:` goes right before `workStart + PREFIX_ROOM`. */
  get workStart(): number {
    return this.inputCap
  }

  /** Replaces the buffer with one of `size` bytes holding its first `keep` (no copy when both start the backing memory). */
  private grow(size: number, keep: number): void {
    const next = this.alloc(size)
    if (next.buffer !== this.mem.buffer || next.byteOffset !== this.mem.byteOffset) this.mem.copy(next, 0, 0, keep)
    this.mem = next
  }

  /** Makes the input region hold at least `bytes`, keeping its first `keep` bytes. */
  input(bytes: number, keep = 0): Buffer {
    if (bytes <= this.inputCap) return this.mem
    const cap = Math.max(bytes, Math.ceil(this.inputCap * 1.5))
    this.grow(cap + this.mem.length - this.inputCap, keep)
    this.inputCap = cap
    return this.mem
  }

  /** Makes the work region hold a line of `lineBytes`; returns the buffer. */
  work(lineBytes: number): Buffer {
    const need = this.inputCap + PREFIX_ROOM + scanCapacity(lineBytes)
    if (need <= this.mem.length) return this.mem
    this.grow(need, this.inputCap)
    return this.mem
  }

  /**
   * Gives back the room a very long line took, once its chunk is done; and goes back
   * to the backing memory after a line took the buffer out of it (else the next chunks
   * would lose the scanner's in-place path).
   */
  shrink(inputBytes: number): void {
    const normal = inputBytes + PREFIX_ROOM + scanCapacity(WORK_LINE_BYTES)
    const away = this.backing !== undefined && this.mem.buffer !== this.backing.buffer
    if (this.mem.length > 2 * normal || away) {
      this.mem = this.alloc(normal)
      this.inputCap = inputBytes
    }
  }

  /**
   * Copies a buffer of whole lines into the input region. A buffer transferred from
   * the reading thread (`release`) is freed at once rather than when the thread's
   * garbage collector gets to it, which keeps memory flat over gigabytes of gzip text.
   */
  loadBuffer(task: ChunkTask, release = false): LoadedLines {
    const buf = task.buf!
    const length = buf.length
    const mem = this.input(length)
    mem.set(buf, 0)
    if (release && buf.byteOffset === 0) {
      ;(buf.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0)
    }
    return { first: 0, stop: length, offset: task.offset ?? 0, unterminated: task.unterminated === true }
  }

  /** Reads the lines of a plain file's byte range. Throws a {@link LoadError} for bad input. */
  loadRange(task: ChunkTask): LoadedLines {
    const start = task.start!
    const end = task.end!
    const size = task.fileSize!
    const from = start === 0 ? 0 : start - 1
    const fd = openSync(task.path!, 'r')
    try {
      let got = this.read(fd, 0, Math.min(end + READ_AHEAD, size) - from, from, size)
      let mem = this.mem
      let first = 0
      if (start === 0) {
        if (got >= 3 && mem[0] === 0xef && mem[1] === 0xbb && mem[2] === 0xbf) {
          throw new LoadError({
            line: 0,
            column: 1,
            code: 'PARSE_ERROR',
            message: 'the file starts with a UTF-8 byte order mark; write it without a BOM'
          })
        }
      } else {
        // Lines start after a '\n'; the first one in this range after the '\n' at or after start - 1.
        const nl = mem.indexOf(10, 0)
        if (nl === -1 || nl >= got || from + nl + 1 >= end)
          return { first: 0, stop: 0, offset: start, unterminated: false }
        first = nl + 1
      }
      // The last line is the one holding byte end - 1; it ends at the next '\n'.
      let search = end - 1 - from
      for (;;) {
        const nl = mem.indexOf(10, search)
        if (nl !== -1 && nl < got) return { first, stop: nl + 1, offset: from + first, unterminated: false }
        if (from + got >= size) return { first, stop: got, offset: from + first, unterminated: got > first }
        const before = end - 2 - from
        const lineStart = Math.max(first, before >= 0 ? mem.lastIndexOf(10, before) + 1 : 0)
        if (got - lineStart > MAX_LINE_BYTES) {
          throw new LoadError({
            line: countLines(mem, first, lineStart),
            code: 'PARSE_ERROR',
            message: `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`
          })
        }
        search = got
        const more = Math.min(Math.max(READ_AHEAD, got), size - from - got)
        got += this.read(fd, got, more, from + got, size)
        mem = this.mem
      }
    } finally {
      closeSync(fd)
    }
  }

  /** Reads exactly `length` bytes at `position` into the input region at `at`. */
  private read(fd: number, at: number, length: number, position: number, size: number): number {
    const mem = this.input(at + length, at)
    let done = 0
    while (done < length) {
      const n = readSync(fd, mem, at + done, length - done, position + done)
      if (n === 0) {
        throw new LoadError({
          line: 0,
          code: 'PARSE_ERROR',
          message: `the file ended at byte ${position + done} while it was read, but it had ${size} bytes when the pass began: it changed during the check`
        })
      }
      done += n
    }
    return done
  }
}

/** Number of '\n' in buf[from, to). */
export function countLines(buf: Uint8Array, from: number, to: number): number {
  let n = 0
  const b = buf as Buffer
  for (let i = b.indexOf(10, from); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++
  return n
}
