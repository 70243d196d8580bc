/**
 * Random access to entries: by byte range (what the index returns) and by entry
 * index (through the chunk map a pass records). Plain files are read at their
 * offsets; a gzip file is inflated from its start up to the entries wanted.
 */
import { open } from 'node:fs/promises'
import { toGateError } from '@ai-act-gates/core'
import { readChunks } from './chunks.js'
import type { EntryRef } from './id-index.js'
import type { ChunkSpan } from './pass.js'
import type { LogSet } from './source.js'

/** An entry's text with its place in the log. */
export interface EntryText {
  entryIndex: number
  fileIndex: number
  /** 1-based line in its file. */
  line: number
  /** Byte offset of the line in its file's (decompressed) text. */
  offset: number
  /** The line without its terminator (and without a CR before it). */
  text: string
}

function lineText(buf: Buffer, start: number, end: number): string {
  if (end > start && buf[end - 1] === 0x0d) end--
  return buf.toString('utf8', start, end)
}

/**
 * Reads the entries named by `refs` (byte ranges from the index). `firstEntries`
 * gives each file's first entry index, to compute lines.
 */
export async function readRefs(set: LogSet, refs: EntryRef[], firstEntries: number[]): Promise<EntryText[]> {
  const out: EntryText[] = []
  const byFile = new Map<number, EntryRef[]>()
  for (const r of refs) byFile.set(r.fileIndex, [...(byFile.get(r.fileIndex) ?? []), r])
  for (const [fileIndex, list] of byFile) {
    const file = set.files[fileIndex]!
    const line = (r: EntryRef): number => r.entryIndex - firstEntries[fileIndex]! + 1
    if (!file.gzip) {
      const handle = await open(file.absolute, 'r').catch((e: unknown) => {
        throw toGateError(e, file.display)
      })
      try {
        for (const r of list) {
          const buf = Buffer.alloc(r.length)
          await handle.read(buf, 0, r.length, r.offset)
          out.push({
            entryIndex: r.entryIndex,
            fileIndex,
            line: line(r),
            offset: r.offset,
            text: lineText(buf, 0, buf.length)
          })
        }
      } finally {
        await handle.close()
      }
      continue
    }
    const wanted = [...list].sort((a, b) => a.offset - b.offset)
    let w = 0
    for await (const chunk of readChunks(file)) {
      while (w < wanted.length && wanted[w]!.offset + wanted[w]!.length <= chunk.offset + chunk.buf.length) {
        const r = wanted[w++]!
        const at = r.offset - chunk.offset
        out.push({
          entryIndex: r.entryIndex,
          fileIndex,
          line: line(r),
          offset: r.offset,
          text: lineText(chunk.buf, at, at + r.length)
        })
      }
      if (w === wanted.length) break
    }
  }
  return out.sort((a, b) => a.entryIndex - b.entryIndex)
}

/** Reads the entries with index in [from, to] using the chunk map of a pass. */
export async function readEntryRange(set: LogSet, chunks: ChunkSpan[], from: number, to: number): Promise<EntryText[]> {
  const out: EntryText[] = []
  let c = 0
  while (c + 1 < chunks.length && chunks[c + 1]!.firstEntry <= from) c++
  while (c < chunks.length && out.length < to - from + 1) {
    const span = chunks[c]!
    const file = set.files[span.fileIndex]!
    const options = file.gzip ? {} : { start: span.offset, firstLine: span.firstLine }
    let done = false
    for await (const chunk of readChunks(file, options)) {
      let start = 0
      let line = chunk.firstLine
      while (start < chunk.buf.length) {
        let nl = chunk.buf.indexOf(10, start)
        if (nl === -1) nl = chunk.buf.length
        const entryIndex = span.firstEntry + (line - span.firstLine)
        if (line >= span.firstLine && entryIndex >= from && entryIndex <= to) {
          out.push({
            entryIndex,
            fileIndex: span.fileIndex,
            line,
            offset: chunk.offset + start,
            text: lineText(chunk.buf, start, nl)
          })
        }
        if (entryIndex >= to) done = true
        start = nl + 1
        line++
      }
      if (done) break
    }
    if (done) break
    // Continue with the next file's first chunk.
    c++
    while (c < chunks.length && chunks[c]!.fileIndex === span.fileIndex) c++
  }
  return out
}
