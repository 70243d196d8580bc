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
import { ChunkProcessor, defaultScanner, linkHash, nextPrev } from './process.js'
import type { ChunkResult, ChunkTask, PassConfig, StoredHash } from './protocol.js'
import type { LogSet } from './source.js'

/** Logs at least this large are processed in worker threads unless told otherwise. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024
/** Broken links kept with their details; all are counted. */
export const MAX_BROKEN_DETAILS = 10000
/** Entries a shard may start with before one carries a hash to chain from. */
export const MAX_START_PENDING = 10000
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
  /** Lines canonicalized by the WebAssembly fast path. */
  wasmLines: number
  /** Lines validated against the schema through their projection (see LogValidator.projection). */
  projectedLines: number
  /** Of those, lines found valid from their members' spans without being parsed (see QuickCheck). */
  quickLines: number
  /** Lines linked in runs of lines (see PassConfig.lineRuns). */
  runLines: number
  crlf: number
  /** Threads that processed chunks (this one included when it took a share); 0 when this thread did alone. */
  threads: number
  /** Chunks this thread processed beside the workers (see PassOptions.shareThisThread). */
  chunksHere: number
  /**
   * With `genesis: null` (a shard): the first entries, up to and including the first
   * with a truthy stored hash, whose links need the hash before the shard; the reduce
   * step checks them. Empty otherwise.
   */
  startPending: LocatedPending[]
}

/** An entry whose link is checked where the hash before it is known. */
export interface LocatedPending {
  entryIndex: number
  fileIndex: number
  file: string
  line: number
  offset: number
  /** Its canonical bytes (without its hash). */
  canonical: Uint8Array
  stored: StoredHash
  inputId?: string
}

/** Options of a pass. */
export interface PassOptions {
  /**
   * The value the first entry chains from; null when it is not known here (a shard
   * of a rotation set), and the first links are left in `startPending`.
   */
  genesis: string | null
  /**
   * Worker threads; 0 processes in this thread. By default, for large logs, one per core
   * but one, and this thread takes a share of the chunks too (see `shareThisThread`).
   */
  threads?: number
  /**
   * Whether this thread also processes chunks beside the workers (it starts at once,
   * while they boot). Defaults to true when `threads` is not given and the log is large;
   * false then gives a worker to every core (for a caller whose thread has other work).
   */
  shareThisThread?: boolean
  /** Entry index of the first entry (for shards); defaults to 0. */
  firstEntry?: number
  /** Bytes per chunk (a byte range of a plain file, inflated text of a gzip file); defaults to {@link RANGE_BYTES}. */
  rangeBytes?: number
  /** Called with each chunk's violations as they are merged (to stream them to a file). */
  onViolations?: (violations: LocatedViolation[]) => void
  signal?: AbortSignal
}

/**
 * Bytes of a plain file one chunk covers; the processor reads them itself. 1 MiB
 * measured faster than 4 MiB with two threads: the chunk is still in the core's cache
 * when the scanner reaches it.
 */
export const RANGE_BYTES = 1024 * 1024

/**
 * The chunk's bytes in a buffer that can be transferred: the chunk reader hands out
 * buffers that start their memory and share it with nothing else, except small ones
 * that may sit in Node's shared pool, which are copied.
 */
function ownBuffer(buf: Buffer): Uint8Array {
  if (buf.byteOffset === 0 && buf.buffer.byteLength > Buffer.poolSize) return buf
  const copy = new Uint8Array(buf.length)
  copy.set(buf)
  return copy
}

/** A step of the pass in order: a file starts, a chunk's result (in flight or done), a file ends. */
type Step =
  | { kind: 'start' | 'end'; fileIndex: number }
  | { kind: 'chunk'; fileIndex: number; result: Promise<ChunkResult> | ChunkResult; bytes?: number }

/**
 * Runs the pass. Plain files are split into byte ranges that the worker threads read
 * themselves; gzip files are inflated here and their chunks handed over. Results are
 * merged in order. Bad input throws a GateError naming the file and line.
 */
export async function scanLogs(set: LogSet, given: PassConfig, options: PassOptions): Promise<PassReport> {
  // Decided here once: a worker's environment is its own copy.
  const config: PassConfig = {
    ...given,
    scanner: given.scanner ?? defaultScanner(),
    projection: given.projection ?? process.env.AI_ACT_GATES_PROJECTION !== 'off',
    quickSchema: given.quickSchema ?? process.env.AI_ACT_GATES_QUICK_SCHEMA !== 'off'
  }
  const totalBytes = set.files.reduce((n, f) => n + f.size, 0)
  // By default a large log takes every core: a worker per core but one, and this thread,
  // which would otherwise only wait for the workers (and for their boot); or a worker per
  // core when this thread has other work (shareThisThread: false).
  const cores = defaultThreads()
  const parallel = options.threads === undefined && totalBytes >= PARALLEL_MIN_BYTES && cores > 1
  const share = options.shareThisThread ?? parallel
  const workers = options.threads ?? (parallel ? (share ? cores - 1 : cores) : 0)
  const here = workers > 0 && share
  const merger = new Merger(set, config, options)
  const pool = workers > 0 ? new ChunkPool(config, workers, here) : undefined
  const local = pool ? undefined : new ChunkProcessor(config)
  const steps: Step[] = []
  let inFlight = 0
  let seq = 0
  const mergeHead = async (): Promise<void> => {
    const step = steps.shift()!
    if (step.kind === 'chunk') {
      inFlight--
      merger.merge(await step.result, step.fileIndex, step.bytes)
    } else if (step.kind === 'start') merger.startFile(step.fileIndex)
    else merger.endFile(step.fileIndex)
  }
  const submit = async (fileIndex: number, task: ChunkTask): Promise<void> => {
    if (options.signal?.aborted) throw new GateError('TIMEOUT', 'the pass was cancelled')
    // A buffer's length is taken before it is transferred; its result must account for every byte.
    const bytes = task.buf?.length
    steps.push({
      kind: 'chunk',
      fileIndex,
      result: pool ? pool.submit(task) : local!.process(task),
      ...(bytes !== undefined ? { bytes } : {})
    })
    inFlight++
    // Buffers of inflated text are memory in flight; ranges are not.
    while (inFlight > (pool ? (task.buf ? pool.capacity / 2 : pool.capacity) : 0)) await mergeHead()
  }
  try {
    for (const [fileIndex, file] of set.files.entries()) {
      steps.push({ kind: 'start', fileIndex })
      if (!file.gzip) {
        const step = options.rangeBytes ?? RANGE_BYTES
        for (let start = 0; start < file.size; start += step) {
          const end = Math.min(file.size, start + step)
          await submit(fileIndex, {
            seq: seq++,
            file: file.display,
            path: file.absolute,
            start,
            end,
            fileSize: file.size
          })
        }
      } else {
        try {
          for await (const chunk of readChunks(file, { chunkBytes: options.rangeBytes ?? RANGE_BYTES })) {
            const buf = pool ? ownBuffer(chunk.buf) : chunk.buf
            await submit(fileIndex, {
              seq: seq++,
              file: file.display,
              buf,
              offset: chunk.offset,
              unterminated: chunk.unterminated
            })
          }
        } catch (error) {
          // An earlier chunk's problem comes first.
          while (steps.length > 0) await mergeHead()
          throw error
        }
      }
      steps.push({ kind: 'end', fileIndex })
    }
    while (steps.length > 0) await mergeHead()
  } finally {
    await pool?.close()
  }
  return merger.report(totalBytes, pool?.threads ?? 0, pool?.chunksHere ?? 0)
}

/** Merges chunk results in order. */
class Merger {
  private prev: string | null = null
  private entries: number
  private headStored: StoredHash | null = null
  private readonly files: FileSpan[] = []
  private readonly chunks: ChunkSpan[] = []
  private readonly breaks: LocatedBreak[] = []
  private readonly startPending: LocatedPending[] = []
  private breakCount = 0
  private readonly anchors: LocatedAnchor[] = []
  private readonly violations: LocatedViolation[] = []
  private violationCount = 0
  private exactPath = 0
  private wasmLines = 0
  private projectedLines = 0
  private quickLines = 0
  private runLines = 0
  private crlf = 0
  private readonly index: IdIndexBuilder | undefined
  /** In the current file: the line number of the next chunk's first line, and the bytes merged. */
  private nextLine = 1
  private fileBytes = 0
  private unterminated = false

  constructor(
    private readonly set: LogSet,
    private readonly config: PassConfig,
    private readonly options: PassOptions
  ) {
    this.entries = options.firstEntry ?? 0
    this.index = config.index ? new IdIndexBuilder() : undefined
  }

  startFile(fileIndex: number): void {
    const prev = this.prev ?? this.options.genesis ?? ''
    this.files[fileIndex] = {
      file: this.set.files[fileIndex]!.display,
      firstEntry: this.entries,
      entries: 0,
      prevBefore: prev,
      prevAfter: prev,
      unterminated: false
    }
    this.nextLine = 1
    this.fileBytes = 0
    this.unterminated = false
  }

  endFile(fileIndex: number): void {
    const file = this.set.files[fileIndex]!
    if (!file.gzip && this.fileBytes !== file.size) {
      throw new GateError('INTERNAL', `read ${this.fileBytes} of the file's ${file.size} bytes`, { file: file.display })
    }
    const span = this.files[fileIndex]!
    span.entries = this.entries - span.firstEntry
    span.prevAfter = this.prev ?? this.options.genesis ?? ''
    span.unterminated = this.unterminated
  }

  merge(result: ChunkResult, fileIndex: number, bytes?: number): void {
    const file = this.set.files[fileIndex]!
    const firstLine = this.nextLine
    if (result.error) {
      const e = result.error
      throw new GateError(e.code, e.message, {
        file: file.display,
        line: firstLine + e.line,
        ...(e.column !== undefined ? { column: e.column } : {}),
        ...(e.field !== undefined ? { field: e.field } : {})
      })
    }
    if (bytes !== undefined && result.bytes !== bytes) {
      throw new GateError('INTERNAL', `a chunk of ${bytes} bytes came back with ${result.bytes}`, {
        file: file.display,
        line: firstLine
      })
    }
    if (result.lines === 0) return
    if (result.offset !== this.fileBytes) {
      throw new GateError('INTERNAL', `chunks do not join at byte ${this.fileBytes} (next at ${result.offset})`, {
        file: file.display
      })
    }
    this.fileBytes = result.offset + result.bytes
    this.unterminated = result.unterminated
    const base = this.entries
    const at = (line: number, offset: number) => ({
      entryIndex: base + line,
      fileIndex,
      file: file.display,
      line: firstLine + line,
      offset: result.offset + offset
    })
    this.chunks.push({ fileIndex, offset: result.offset, firstLine, firstEntry: base, lines: result.lines })
    if (this.config.chain) {
      for (const p of result.pending) {
        const prev = this.prev ?? this.options.genesis
        if (prev === null) {
          this.startPending.push({
            ...at(p.line, p.offset),
            canonical: p.canonical,
            stored: p.stored,
            ...(p.inputId !== undefined ? { inputId: p.inputId } : {})
          })
          if (p.stored.kind === 'string' || p.stored.kind === 'other') this.prev = p.stored.value
          else if (this.startPending.length >= MAX_START_PENDING) {
            throw new GateError(
              'UNSUPPORTED',
              `the first ${MAX_START_PENDING} entries of this shard carry no hash to chain from; verify these files without sharding`,
              { file: file.display, line: firstLine + p.line, field: this.config.hashField }
            )
          }
          continue
        }
        const expected = linkHash(prev, p.canonical)
        if (p.stored.kind !== 'string' || p.stored.value !== expected) {
          this.addBreak({
            ...at(p.line, p.offset),
            stored: p.stored,
            expected,
            ...(p.inputId !== undefined ? { inputId: p.inputId } : {})
          })
        }
        this.prev = nextPrev(p.stored, expected)
      }
      for (const b of result.broken) {
        this.addBreak({
          ...at(b.line, b.offset),
          stored: b.stored,
          expected: b.expected,
          ...(b.inputId !== undefined ? { inputId: b.inputId } : {})
        })
      }
      if (result.lastPrev !== null) this.prev = result.lastPrev
      if (result.lastStored) this.headStored = result.lastStored
    }
    for (const a of result.anchors)
      this.anchors.push({ entryIndex: base + a.line, fileIndex, line: firstLine + a.line, text: a.text })
    this.index?.addChunk(result.index, base, result.offset)
    if (result.violations.length > 0) {
      const located = result.violations.map(v => ({
        entryIndex: base + v.line,
        file: file.display,
        line: firstLine + v.line,
        ...(v.inputId !== undefined ? { inputId: v.inputId } : {}),
        errors: v.errors
      }))
      this.options.onViolations?.(located)
      for (const v of located) if (this.violations.length < MAX_VIOLATION_DETAILS) this.violations.push(v)
    }
    this.violationCount += result.violationCount
    this.exactPath += result.exactPath
    this.wasmLines += result.wasmLines
    this.projectedLines += result.projectedLines
    this.quickLines += result.quickLines
    this.runLines += result.runLines
    this.crlf += result.crlf
    this.entries += result.lines
    this.nextLine += result.lines
  }
  private addBreak(b: LocatedBreak): void {
    this.breakCount++
    if (this.breaks.length < MAX_BROKEN_DETAILS) this.breaks.push(b)
  }

  report(bytes: number, threads: number, chunksHere: number): PassReport {
    const index = this.index?.build(this.set)
    if (index) index.firstEntries = this.files.map(f => f.firstEntry)
    return {
      entries: this.entries - (this.options.firstEntry ?? 0),
      bytes,
      head: this.prev ?? this.options.genesis ?? '',
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
      wasmLines: this.wasmLines,
      projectedLines: this.projectedLines,
      quickLines: this.quickLines,
      runLines: this.runLines,
      crlf: this.crlf,
      threads,
      chunksHere,
      startPending: this.startPending
    }
  }
}
