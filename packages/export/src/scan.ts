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

/**
 * Runs the query pass over every file in rotation order. With `counts` (from the
 * chain pass) each file's line count is checked against it; without, the counts
 * this pass finds are returned for the caller to check later. `prev` always holds
 * the line before the current one (across chunks and files).
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
  const cursors = new Array<number>(needles?.length ?? 0).fill(0)
  const ref: LineRef = { buf: Buffer.alloc(0), start: 0, end: 0, entryIndex: 0, file: '', line: 0 }
  for (const [fileIndex, file] of set.files.entries()) {
    const expect = counts?.[fileIndex] ?? { firstEntry: total, entries: -1 }
    let lineNo = 0
    for await (const chunk of readChunks(file)) {
      if (options.signal?.aborted) throw new GateError('TIMEOUT', 'the export was cancelled')
      const buf = chunk.buf
      let start = 0
      lineNo = chunk.firstLine - 1
      let nextEscape = buf.length
      if (needles) {
        for (let j = 0; j < needles.length; j++) {
          const at = buf.indexOf(needles[j]!)
          cursors[j] = at === -1 ? buf.length : at
        }
        const at = buf.indexOf(0x5c)
        nextEscape = at === -1 ? buf.length : at
      }
      let lastStart = 0
      let lastEnd = 0
      while (start < buf.length) {
        let nl = buf.indexOf(10, start)
        if (nl === -1) nl = buf.length
        let end = nl
        if (options.allowCrlf && end > start && buf[end - 1] === 0x0d) end--
        lineNo++
        let candidate = true
        if (needles) {
          if (nextEscape >= nl) {
            for (let j = 0; j < needles.length; j++) {
              if (cursors[j]! >= nl) {
                candidate = false
                break
              }
            }
          }
          // Move every cursor past this line.
          for (let j = 0; j < needles.length; j++) {
            if (cursors[j]! < nl) {
              const at = buf.indexOf(needles[j]!, nl)
              cursors[j] = at === -1 ? buf.length : at
            }
          }
          if (nextEscape < nl) {
            const at = buf.indexOf(0x5c, nl)
            nextEscape = at === -1 ? buf.length : at
          }
        }
        if (candidate) {
          // One reused LineRef: onLine must not keep it past its call.
          ref.buf = buf
          ref.start = start
          ref.end = end
          ref.entryIndex = expect.firstEntry + lineNo - 1
          ref.file = file.display
          ref.line = lineNo
          try {
            splitObject(buf, start, end, m)
            const r = options.onLine(ref, m)
            if (r) await r
          } catch (error) {
            throw lineError(error, file.display, lineNo)
          }
        }
        if (prev.line) {
          prev.line.buf = buf
          prev.line.start = start
          prev.line.end = end
        } else prev.line = { buf, start, end }
        lastStart = start
        lastEnd = end
        start = nl + 1
      }
      // The next chunk's buffer may reuse memory: keep a copy of the last line.
      if (prev.line?.buf === buf)
        prev.line = { buf: Buffer.from(buf.subarray(lastStart, lastEnd)), start: 0, end: lastEnd - lastStart }
    }
    found.push({ firstEntry: expect.firstEntry, entries: lineNo })
    if (counts) checkCounts(set, counts, found)
    total += lineNo
  }
  return found
}
