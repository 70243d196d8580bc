/**
 * The query pass: reads the log set again (after or beside the chain pass, through
 * the same chunked plain/gzip reader), splits each line and hands it to the query.
 * The line count of every file must equal what the chain pass counted, so a log that
 * changes between the passes is an error, never a silently different export.
 */
import { GateError } from '@ai-act-gates/core'
import { readChunks, type LogSet } from '@ai-act-gates/logs'
import { CellTypeError, type LineRef } from './rows.js'
import { Members, splitObject, SplitError } from './split.js'

/** What the chain pass counted per file. */
export interface FileCounts {
  firstEntry: number
  entries: number
}

/** Options of a query pass. */
export interface LinePassOptions {
  allowCrlf: boolean
  signal?: AbortSignal
  /** Called for every line; may return a promise. */
  onLine(line: LineRef, m: Members): void | Promise<void>
  /**
   * Byte strings that every line the query can select contains when it holds no
   * escape: a line without a backslash that lacks any of them is counted, not split.
   */
  needles?: Buffer[]
  /** Bytes the reader reads at a time (tests use small ones); defaults to the reader's. */
  chunkBytes?: number
}

/** The line before the current one, for chain links. */
export interface PrevLine {
  buf: Buffer
  start: number
  end: number
}

/** Turns an error of one line into a GateError naming file, line and field. */
export function lineError(error: unknown, file: string, line: number): unknown {
  if (error instanceof SplitError) {
    return new GateError('PARSE_ERROR', error.message, { file, line, column: error.column })
  }
  if (error instanceof CellTypeError) {
    return new GateError('SCHEMA_VIOLATION', error.message, {
      file,
      line,
      field: error.field,
      hint: 'Check the log with art12-log-gates (gates: schema), or export it as jsonl, which keeps every entry as written'
    })
  }
  return error
}

/**
 * Throws when a file's line count in `found` differs from what the chain pass
 * counted: the log changed between (or during) the passes.
 */
export function checkCounts(set: LogSet, counts: FileCounts[], found: FileCounts[]): void {
  for (const [i, f] of found.entries()) {
    const expected = counts[i]?.entries
    if (f.entries !== expected) {
      throw new GateError(
        'INPUT_CONFLICT',
        `the file holds ${f.entries} entries now but ${expected} when its chain was checked: the log changed during the export`,
        { file: set.files[i]!.display, hint: 'Export from files that are no longer written to (rotated, or a copy)' }
      )
    }
  }
}

/** Lines visited between two turns of the event loop (a power of two). */
const YIELD_LINES = 256

/** Bytes at the start of a chunk in which the needles' hits are counted, to pick the rarest. */
const SAMPLE_BYTES = 256 * 1024

/**
 * The needle to search a chunk for: the one with the fewest hits in its first
 * {@link SAMPLE_BYTES} (the longer one on a tie). `last` (the previous chunk's pick)
 * is counted first, so the others stop counting as soon as they have more hits.
 */
function rarestNeedle(buf: Buffer, needles: Buffer[], last: number): number {
  const sample = buf.length > SAMPLE_BYTES ? buf.subarray(0, SAMPLE_BYTES) : buf
  let best = -1
  let bestHits = 0
  for (let n = 0; n < needles.length; n++) {
    const j = n === 0 ? last : n === last ? 0 : n
    const needle = needles[j]!
    let hits = 0
    for (let at = sample.indexOf(needle); at !== -1; at = sample.indexOf(needle, at + 1)) {
      hits++
      if (best !== -1 && hits > bestHits) break
    }
    if (best === -1 || hits < bestHits || (hits === bestHits && needle.length > needles[best]!.length)) {
      best = j
      bestHits = hits
    }
  }
  return best
}

/**
 * Runs the query pass over every file in rotation order. With `counts` (from the
 * chain pass) each file's line count is checked against it; without, the counts
 * this pass finds are returned for the caller to check later. `prev` always holds
 * the line before the current one (across chunks and files).
 *
 * With needles, a chunk is searched for one of them only (the rarest in the chunk,
 * see {@link rarestNeedle}): each hit's line is a candidate when it holds every other
 * needle too. A line with a backslash anywhere is always a candidate (its strings
 * may spell a needle with escapes), so backslashes are searched for as well. Every
 * other line is only counted, from the line ends the reader found.
 */
export async function scanLines(
  set: LogSet,
  counts: FileCounts[] | undefined,
  options: LinePassOptions,
  prev: { line?: PrevLine } = {}
): Promise<FileCounts[]> {
  const m = new Members()
  const found: FileCounts[] = []
  let total = 0
  const needles = options.needles && options.needles.length > 0 ? options.needles : undefined
  const cursors = new Int32Array(needles?.length ?? 0)
  let pivot = 0
  /** How often each needle was missing from a hit's line: the other needles are checked most-missing first. */
  const misses = new Float64Array(needles?.length ?? 0)
  const order: number[] = []
  const ref: LineRef = { buf: Buffer.alloc(0), start: 0, end: 0, entryIndex: 0, file: '', line: 0 }
  /** The last line of the previous chunk (or file), copied: the line before a chunk's first line. */
  let before: PrevLine | undefined = prev.line
  const crlf = options.allowCrlf
  for (const [fileIndex, file] of set.files.entries()) {
    const expect = counts?.[fileIndex] ?? { firstEntry: total, entries: -1 }
    let lineNo = 0
    for await (const chunk of readChunks(file, {
      reuse: true,
      ...(options.chunkBytes ? { chunkBytes: options.chunkBytes } : {})
    })) {
      if (options.signal?.aborted) throw new GateError('TIMEOUT', 'the export was cancelled')
      const buf = chunk.buf
      const ends = chunk.ends!
      const lines = chunk.lines
      const firstLine = chunk.firstLine
      /** The first backslash at or after the visited line's start (the chunk's length when none). */
      let lineEscape = -1
      const lineEnd = (i: number): number => {
        const e = ends[i]!
        return crlf && e > 0 && (i === 0 || e > ends[i - 1]! + 1) && buf[e - 1] === 0x0d ? e - 1 : e
      }
      /** Splits line i of the chunk and hands it to the query, with the line before it in `prev`. */
      const visit = (i: number): void | Promise<void> => {
        // For line 0, prev.line is already the copy of the line before the chunk.
        if (i > 0) {
          const p = (prev.line ??= { buf, start: 0, end: 0 })
          p.buf = buf
          p.start = i === 1 ? 0 : ends[i - 2]! + 1
          p.end = lineEnd(i - 1)
        }
        const start = i === 0 ? 0 : ends[i - 1]! + 1
        const end = lineEnd(i)
        const lineNumber = firstLine + i
        // One reused LineRef: onLine must not keep it past its call.
        ref.buf = buf
        ref.start = start
        ref.end = end
        ref.entryIndex = expect.firstEntry + lineNumber - 1
        ref.file = file.display
        ref.line = lineNumber
        if (lineEscape < start) {
          lineEscape = buf.indexOf(0x5c, start)
          if (lineEscape === -1) lineEscape = buf.length
        }
        try {
          splitObject(buf, start, end, m, lineEscape)
          const r = options.onLine(ref, m)
          if (r) return r.catch((error: unknown) => Promise.reject(lineError(error, file.display, lineNumber)))
        } catch (error) {
          throw lineError(error, file.display, lineNumber)
        }
      }
      if (!needles) {
        for (let i = 0; i < lines; i++) {
          const r = visit(i)
          if (r) await r
          // Let the event loop run now and then: the chain pass beside this one hands its
          // worker threads their next ranges from here, and they must not wait a whole chunk.
          if ((i & (YIELD_LINES - 1)) === YIELD_LINES - 1) await new Promise<void>(resolve => setImmediate(resolve))
        }
      } else {
        const length = buf.length
        const needle = needles[(pivot = rarestNeedle(buf, needles, pivot))]!
        cursors.fill(-1)
        order.length = 0
        for (let j = 0; j < needles.length; j++) if (j !== pivot) order.push(j)
        order.sort((a, b) => misses[b]! - misses[a]!)
        let hit = buf.indexOf(needle)
        if (hit === -1) hit = length
        let escape = buf.indexOf(0x5c)
        if (escape === -1) escape = length
        let i = 0
        for (;;) {
          const at = hit < escape ? hit : escape
          if (at >= length) break
          while (ends[i]! < at) i++
          const start = i === 0 ? 0 : ends[i - 1]! + 1
          const nl = ends[i]!
          let candidate = escape < nl
          if (!candidate) {
            candidate = true
            for (let q = 0; q < order.length; q++) {
              const j = order[q]!
              let c = cursors[j]!
              if (c < start) {
                c = buf.indexOf(needles[j]!, start)
                cursors[j] = c = c === -1 ? length : c
              }
              if (c >= nl) {
                misses[j]!++
                candidate = false
                break
              }
            }
          }
          if (candidate) {
            // The search's own cursor: no line skipped since the last visit holds a backslash.
            lineEscape = escape
            const r = visit(i)
            if (r) await r
          }
          if (hit <= nl) {
            hit = buf.indexOf(needle, nl + 1)
            if (hit === -1) hit = length
          }
          if (escape <= nl) {
            escape = buf.indexOf(0x5c, nl + 1)
            if (escape === -1) escape = length
          }
          i++
        }
      }
      lineNo = firstLine + lines - 1
      // The buffer is read into again for a later chunk: keep a copy of the last line.
      const lastStart = lines === 1 ? 0 : ends[lines - 2]! + 1
      const lastEnd = lineEnd(lines - 1)
      before = { buf: Buffer.from(buf.subarray(lastStart, lastEnd)), start: 0, end: lastEnd - lastStart }
      prev.line = before
    }
    found.push({ firstEntry: expect.firstEntry, entries: lineNo })
    if (counts) checkCounts(set, counts, found)
    total += lineNo
  }
  return found
}
