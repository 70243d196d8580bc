/**
 * The query pass: reads the log set again (after the chain pass, through the same
 * chunked plain/gzip reader), splits each line and hands it to the query. The line
 * count of every file must equal what the chain pass counted, so a log that changes
 * between the passes is an error, never a silently different export.
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

/** Runs the query pass over every file in rotation order. */
export async function scanLines(set: LogSet, counts: FileCounts[], options: LinePassOptions): Promise<number> {
  const m = new Members()
  let total = 0
  for (const [fileIndex, file] of set.files.entries()) {
    const expect = counts[fileIndex]!
    let lineNo = 0
    for await (const chunk of readChunks(file)) {
      if (options.signal?.aborted) throw new GateError('TIMEOUT', 'the export was cancelled')
      const buf = chunk.buf
      let start = 0
      lineNo = chunk.firstLine - 1
      while (start < buf.length) {
        let nl = buf.indexOf(10, start)
        if (nl === -1) nl = buf.length
        let end = nl
        if (options.allowCrlf && end > start && buf[end - 1] === 0x0d) end--
        lineNo++
        const ref: LineRef = {
          buf,
          start,
          end,
          entryIndex: expect.firstEntry + lineNo - 1,
          file: file.display,
          line: lineNo
        }
        try {
          splitObject(buf, start, end, m)
          const r = options.onLine(ref, m)
          if (r) await r
        } catch (error) {
          throw lineError(error, file.display, lineNo)
        }
        start = nl + 1
      }
    }
    if (lineNo !== expect.entries) {
      throw new GateError(
        'INPUT_CONFLICT',
        `the file holds ${lineNo} entries now but ${expect.entries} when its chain was checked: the log changed during the export`,
        { file: file.display, hint: 'Export from files that are no longer written to (rotated, or a copy)' }
      )
    }
    total += lineNo
  }
  return total
}
