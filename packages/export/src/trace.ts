/**
 * The trace query through the input-id index: every entry with the input id, then
 * every entry sharing a correlation id those entries carry (as art12's
 * reconstruction does), read by byte range. With an index file from an earlier run
 * no pass is made; the chain is then checked link by link for the exported entries:
 * each entry's hash must be sha256(predecessor's stored hash + ":" + canonical
 * entry), with the predecessor read from the log (the line before it, or the last
 * line of the previous file).
 */
import { open } from 'node:fs/promises'
import { parseJson, parseOptionsFor, type CanonicalMode, type JsonObject } from '@ai-act-gates/canonical-json'
import { toGateError } from '@ai-act-gates/core'
import {
  KEY_CORRELATION,
  KEY_INPUT,
  keyHash,
  linkCanonical,
  linkHash,
  readChunks,
  readRefs,
  storedOf,
  type EntryText,
  type IdIndex,
  type LogFile,
  type LogSet
} from '@ai-act-gates/logs'
import { KIND, keyText, Members, splitObject, stringValue } from './split.js'

/** The text of a top-level field (a string, or a number's lexeme), or undefined. */
export function fieldText(text: string, field: string): string | undefined {
  const buf = Buffer.from(text, 'utf8')
  const m = new Members()
  splitObject(buf, 0, buf.length, m)
  let found: string | undefined
  for (let k = 0; k < m.count; k++) {
    if (keyText(buf, m, k) !== field) continue
    const kind = m.kind[k]!
    found =
      kind === KIND.STRING || kind === KIND.ESCAPED
        ? stringValue(buf, m, k)
        : kind === KIND.NUMBER
          ? buf.toString('latin1', m.valueStart[k]!, m.valueEnd[k]!)
          : undefined
  }
  return found
}

/** The entries of one request, in log order, and the correlation ids that linked them. */
export async function traceEntries(
  set: LogSet,
  index: IdIndex,
  inputId: string,
  fields: { idField: string; correlationField: string }
): Promise<{ entries: EntryText[]; correlationIds: string[] }> {
  const lookup = async (kind: number, field: string, key: string): Promise<EntryText[]> => {
    const refs = index.lookup(keyHash(kind, Buffer.from(key, 'utf8')))
    const texts = await readRefs(set, refs, index.firstEntries)
    return texts.filter(t => fieldText(t.text, field) === key)
  }
  const direct = await lookup(KEY_INPUT, fields.idField, inputId)
  const all = new Map<number, EntryText>(direct.map(e => [e.entryIndex, e]))
  const correlationIds: string[] = []
  if (fields.correlationField) {
    for (const e of direct) {
      const c = fieldText(e.text, fields.correlationField)
      if (c !== undefined && !correlationIds.includes(c)) correlationIds.push(c)
    }
    for (const c of correlationIds)
      for (const e of await lookup(KEY_CORRELATION, fields.correlationField, c)) all.set(e.entryIndex, e)
  }
  return { entries: [...all.values()].sort((a, b) => a.entryIndex - b.entryIndex), correlationIds }
}

function stripCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s
}

/** The line ending just before `offset` in a file (offset > 0). */
async function lineBefore(file: LogFile, offset: number): Promise<string> {
  if (file.gzip) {
    let prev = ''
    for await (const chunk of readChunks(file)) {
      let start = 0
      while (start < chunk.buf.length) {
        let nl = chunk.buf.indexOf(10, start)
        if (nl === -1) nl = chunk.buf.length
        if (chunk.offset + start >= offset) return stripCr(prev)
        prev = chunk.buf.toString('utf8', start, nl)
        start = nl + 1
      }
    }
    return stripCr(prev)
  }
  const handle = await open(file.absolute, 'r').catch((e: unknown) => {
    throw toGateError(e, file.display)
  })
  try {
    let window = 64 * 1024
    for (;;) {
      const from = Math.max(0, offset - 1 - window)
      const buf = Buffer.alloc(offset - 1 - from)
      await handle.read(buf, 0, buf.length, from)
      const nl = buf.lastIndexOf(10)
      if (nl !== -1 || from === 0) return stripCr(buf.toString('utf8', nl + 1))
      window *= 4
    }
  } finally {
    await handle.close()
  }
}

/** The last line of a file, or undefined when it is empty. */
async function lastLine(file: LogFile): Promise<string | undefined> {
  if (file.gzip) {
    let last: string | undefined
    for await (const chunk of readChunks(file)) {
      const text = chunk.buf.toString('utf8').replace(/\r?\n$/, '')
      const nl = text.lastIndexOf('\n')
      if (text !== '') last = text.slice(nl + 1)
    }
    return last === undefined ? undefined : stripCr(last)
  }
  if (file.size === 0) return undefined
  const handle = await open(file.absolute, 'r')
  try {
    const end = file.size
    const last = Buffer.alloc(1)
    await handle.read(last, 0, 1, end - 1)
    const stop = last[0] === 10 ? end - 1 : end
    return await lineBefore(file, stop + 1)
  } finally {
    await handle.close()
  }
}

/** A link that does not verify. */
export interface LinkBreak {
  entryIndex: number
  file: string
  line: number
  reason: string
}

/** Verifies the chain link of every entry (against its predecessor in the log). */
export async function verifyLinks(
  set: LogSet,
  entries: EntryText[],
  firstEntries: number[],
  options: { canonicalization: CanonicalMode; hashField: string; genesis: string }
): Promise<{ verified: number; breaks: LinkBreak[] }> {
  const parse = (text: string): JsonObject => parseJson(text, parseOptionsFor(options.canonicalization)) as JsonObject
  const breaks: LinkBreak[] = []
  for (const e of entries) {
    const file = set.files[e.fileIndex]!
    const at = { entryIndex: e.entryIndex, file: file.display, line: e.line }
    let prev: string | undefined
    if (e.entryIndex === (firstEntries[0] ?? 0)) prev = options.genesis
    else {
      let prevText: string | undefined
      if (e.line > 1) prevText = await lineBefore(file, e.offset)
      else for (let f = e.fileIndex - 1; f >= 0 && prevText === undefined; f--) prevText = await lastLine(set.files[f]!)
      const stored = prevText === undefined ? undefined : storedOf(parse(prevText).get(options.hashField))
      prev = stored && (stored.kind === 'string' || stored.kind === 'other') ? stored.value : undefined
    }
    const value = parse(e.text)
    const stored = storedOf(value.get(options.hashField))
    if (prev === undefined) {
      breaks.push({ ...at, reason: `its predecessor has no ${options.hashField}` })
      continue
    }
    const expected = linkHash(prev, linkCanonical(value, options.hashField, options.canonicalization))
    if (stored.kind !== 'string' || stored.value !== expected) {
      breaks.push({
        ...at,
        reason: `the stored ${options.hashField} is not sha256(predecessor hash + ":" + canonical entry)`
      })
    }
  }
  return { verified: entries.length - breaks.length, breaks }
}
