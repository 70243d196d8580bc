/**
 * One pass over a log set: reads every file in rotation order, processes its chunks
 * (in worker threads for large logs), and merges the results in order: the hash
 * chain across chunks and files, the broken links with their global entry index,
 * the rotation anchors, the input-id index and the schema violations.
 */
import { GateError } from '@ai-act-gates/core'
import { readChunks } from './chunks.js'
import { IdIndexBuilder, type IdIndex } from './id-index.js'
import { defaultThreads, ChunkPool } from './pool.js'
import { ChunkProcessor, linkHash, nextPrev } from './process.js'
import type { ChunkResult, ChunkTask, PassConfig, StoredHash } from './protocol.js'
import type { LogSet } from './source.js'

/** Logs at least this large are processed in worker threads unless told otherwise. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024
/** Broken links kept with their details; all are counted. */
export const MAX_BROKEN_DETAILS = 10000
/** Schema violations kept with their details; all are counted. */
export const MAX_VIOLATION_DETAILS = 10000

/** A broken link, located in the whole log. */
export interface LocatedBreak {
  /** 0-based index of the entry across the rotation set. */
  entryIndex: number
  fileIndex: number
  file: string
  line: number
  /** Byte offset of the line in the file's (decompressed) text. */
  offset: number
  stored: StoredHash
  expected: string
  inputId?: string
}

/** A rotation anchor, located. */
export interface LocatedAnchor {
  entryIndex: number
  fileIndex: number
  line: number
  /** The anchor's JSON text. */
  text: string
}

/** A schema violation, located. */
export interface LocatedViolation {
  entryIndex: number
  file: string
  line: number
  inputId?: string
  errors: Array<{ field: string; message: string }>
}

/** Where each chunk starts: a sparse map for random access to entries. */
export interface ChunkSpan {
  fileIndex: number
  offset: number
  firstLine: number
  firstEntry: number
  lines: number
}

/** Per file: where its entries sit in the whole log. */
export interface FileSpan {
  file: string
  firstEntry: number
  entries: number
  /** The hash the chain had before the file's first entry. */
  prevBefore: string
  /** The hash after its last entry (the file-close hash). */
  prevAfter: string
  unterminated: boolean
}

/** What one pass found. */
export interface PassReport {
  entries: number
  bytes: number
  /** `stored_hash or expected_hash` of the last entry: the head the next run anchors to. */
  head: string
  /** Stored hash of the last entry. */
  headStored: StoredHash | null
  files: FileSpan[]
  chunks: ChunkSpan[]
  breaks: LocatedBreak[]
  breakCount: number
  anchors: LocatedAnchor[]
  violations: LocatedViolation[]
  violationCount: number
  index?: IdIndex
  exactPath: number
  crlf: number
  threads: number
}

/** Options of a pass. */
export interface PassOptions {
  /** The value the first entry chains from. */
  genesis: string
  /** Worker threads; 0 processes in this thread. Defaults to one per core for large logs. */
  threads?: number
  /** Entry index of the first entry (for shards); defaults to 0. */
  firstEntry?: number
  /** Called with each chunk's violations as they are merged (to stream them to a file). */
  onViolations?: (violations: LocatedViolation[]) => void
  signal?: AbortSignal
}

function ownBuffer(buf: Buffer): Uint8Array {
  if (buf.byteOffset === 0 && buf.buffer.byteLength === buf.length) return buf
  const copy = new Uint8Array(buf.length)
  copy.set(buf)
  return copy
}

/** Runs the pass. Bad input throws a GateError naming the file and line. */
export async function scanLogs(set: LogSet, config: PassConfig, options: PassOptions): Promise<PassReport> {
  const totalBytes = set.files.reduce((n, f) => n + f.size, 0)
  const threads = options.threads ?? (totalBytes >= PARALLEL_MIN_BYTES ? defaultThreads() : 0)
  const merger = new Merger(set, config, options)
  const pool = threads > 0 ? new ChunkPool(config, threads) : undefined
  const local = pool ? undefined : new ChunkProcessor(config)
  let seq = 0
  try {
    const inFlight: Array<{
      promise: Promise<ChunkResult>
      fileIndex: number
      task: ChunkTask
      offset: number
      last: boolean
    }> = []
    for (const [fileIndex, file] of set.files.entries()) {
      merger.startFile(fileIndex)
      const chunks = readChunks(file)
      let next = await chunks.next()
      if (next.done) merger.endFile(fileIndex, false)
      while (!next.done) {
        if (options.signal?.aborted) throw new GateError('TIMEOUT', 'the pass was cancelled')
        const chunk = next.value
        next = await chunks.next()
        const task: ChunkTask = {
          seq: seq++,
          file: file.display,
          firstLine: chunk.firstLine,
          buf: pool ? ownBuffer(chunk.buf) : chunk.buf,
          unterminated: chunk.unterminated
        }
        const meta = {
          fileIndex,
          task: { ...task, buf: new Uint8Array(0) },
          offset: chunk.offset,
          last: next.done === true
        }
        if (pool) {
          inFlight.push({ promise: pool.submit(task), ...meta })
          while (inFlight.length >= pool.capacity) {
            const head = inFlight.shift()!
            merger.merge(await head.promise, head.fileIndex, head.task, head.offset, head.last)
          }
        } else merger.merge(local!.process(task), fileIndex, task, chunk.offset, meta.last)
      }
      if (pool) {
        // Drain before the next file so file boundaries merge in order.
        while (inFlight.length > 0) {
          const head = inFlight.shift()!
          merger.merge(await head.promise, head.fileIndex, head.task, head.offset, head.last)
        }
      }
    }
  } finally {
    await pool?.close()
  }
  return merger.report(totalBytes, threads)
}

/** Merges chunk results in order. */
class Merger {
  private prev: string | null = null
  private entries: number
  private headStored: StoredHash | null = null
  private readonly files: FileSpan[] = []
  private readonly chunks: ChunkSpan[] = []
  private readonly breaks: LocatedBreak[] = []
  private breakCount = 0
  private readonly anchors: LocatedAnchor[] = []
  private readonly violations: LocatedViolation[] = []
  private violationCount = 0
  private exactPath = 0
  private crlf = 0
  private readonly index: IdIndexBuilder | undefined

  constructor(
    private readonly set: LogSet,
    private readonly config: PassConfig,
    private readonly options: PassOptions
  ) {
    this.entries = options.firstEntry ?? 0
    this.index = config.index ? new IdIndexBuilder() : undefined
  }

  startFile(fileIndex: number): void {
    const prev = this.prev ?? this.options.genesis
    this.files[fileIndex] = {
      file: this.set.files[fileIndex]!.display,
      firstEntry: this.entries,
      entries: 0,
      prevBefore: prev,
      prevAfter: prev,
      unterminated: false
    }
  }

  endFile(fileIndex: number, unterminated: boolean): void {
    const span = this.files[fileIndex]!
    span.entries = this.entries - span.firstEntry
    span.prevAfter = this.prev ?? this.options.genesis
    span.unterminated = unterminated
  }

  merge(result: ChunkResult, fileIndex: number, task: ChunkTask, offset: number, last: boolean): void {
    const file = this.set.files[fileIndex]!
    if (result.error) {
      const e = result.error
      throw new GateError(e.code, e.message, {
        file: file.display,
        line: e.line,
        ...(e.column !== undefined ? { column: e.column } : {}),
        ...(e.field !== undefined ? { field: e.field } : {})
      })
    }
    const fileStart = this.files[fileIndex]!.firstEntry
    const entryOf = (line: number): number => fileStart + line - 1
    this.chunks.push({
      fileIndex,
      offset,
      firstLine: task.firstLine,
      firstEntry: entryOf(task.firstLine),
      lines: result.lines
    })
    if (this.config.chain) {
      for (const p of result.pending) {
        const prev = this.prev ?? this.options.genesis
        const expected = linkHash(prev, p.canonical)
        if (p.stored.kind !== 'string' || p.stored.value !== expected) {
          this.addBreak({
            entryIndex: entryOf(p.line),
            fileIndex,
            file: file.display,
            line: p.line,
            offset: offset + p.offset,
            stored: p.stored,
            expected,
            ...(p.inputId !== undefined ? { inputId: p.inputId } : {})
          })
        }
        this.prev = nextPrev(p.stored, expected)
      }
      for (const b of result.broken) {
        this.addBreak({
          entryIndex: entryOf(b.line),
          fileIndex,
          file: file.display,
          line: b.line,
          offset: offset + b.offset,
          stored: b.stored,
          expected: b.expected,
          ...(b.inputId !== undefined ? { inputId: b.inputId } : {})
        })
      }
      if (result.lastPrev !== null) this.prev = result.lastPrev
      if (result.lastStored) this.headStored = result.lastStored
    }
    for (const a of result.anchors)
      this.anchors.push({ entryIndex: entryOf(a.line), fileIndex, line: a.line, text: a.text })
    if (this.index) {
      const idx = result.index
      for (let i = 0; i < idx.length; i += 4)
        this.index.add(idx[i]!, entryOf(idx[i + 1]!), offset + idx[i + 2]!, idx[i + 3]!)
    }
    if (result.violations.length > 0) {
      const located = result.violations.map(v => ({ entryIndex: entryOf(v.line), file: file.display, ...v }))
      this.options.onViolations?.(located)
      for (const v of located) if (this.violations.length < MAX_VIOLATION_DETAILS) this.violations.push(v)
    }
    this.violationCount += result.violationCount
    this.exactPath += result.exactPath
    this.crlf += result.crlf
    this.entries += result.lines
    if (last) this.endFile(fileIndex, task.unterminated)
  }

  private addBreak(b: LocatedBreak): void {
    this.breakCount++
    if (this.breaks.length < MAX_BROKEN_DETAILS) this.breaks.push(b)
  }

  report(bytes: number, threads: number): PassReport {
    const index = this.index?.build(this.set)
    if (index) index.firstEntries = this.files.map(f => f.firstEntry)
    return {
      entries: this.entries - (this.options.firstEntry ?? 0),
      bytes,
      head: this.prev ?? this.options.genesis,
      headStored: this.headStored,
      files: this.files,
      chunks: this.chunks,
      breaks: this.breaks,
      breakCount: this.breakCount,
      anchors: this.anchors,
      violations: this.violations,
      violationCount: this.violationCount,
      ...(index ? { index } : {}),
      exactPath: this.exactPath,
      crlf: this.crlf,
      threads
    }
  }
}
