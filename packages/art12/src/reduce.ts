/**
 * The reduce step of a sharded integrity run (`shard-boundaries`): reads every
 * slice's boundary file and checks that the slices cover the rotation set once and
 * join into one chain; outputs the head and count of the whole set, and checks
 * `expected-head` against it.
 */
import { parseJson } from '@ai-act-gates/canonical-json'
import { loadConfig } from '@ai-act-gates/config'
import { GateError, makeCheck, type Check, type Location } from '@ai-act-gates/core'
import { expandGlobs } from '@ai-act-gates/files'
import type { GateContext, GateRun } from '@ai-act-gates/action-kit'
import { orderRotationSet, readEntryRange, resolveLogSet, storedOf } from '@ai-act-gates/logs'
import boundarySchema from '../../../schemas/art12-shard-boundary.schema.json' with { type: 'json' }
import { ARTICLES, MAX_LOCATIONS, short } from './checks.js'
import type { ExpectedHead } from './integrity.js'
import {
  reduceBoundaries,
  type LoadedBoundary,
  type Reduction,
  type ReduceFinding,
  type ShardBoundary
} from './shard.js'

/** What the reduce step needs. */
export interface ReduceInputs {
  shardBoundaries: string[]
  genesis: string
  hashField: string
  logs: string[]
  expectedHead?: ExpectedHead
}

const located = (fs: ReduceFinding[]): Location[] =>
  fs.slice(0, MAX_LOCATIONS).map(f => ({
    file: f.file,
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.entryIndex !== undefined ? { entryIndex: f.entryIndex } : {}),
    ...(f.inputId !== undefined ? { inputId: f.inputId } : {}),
    field: f.field
  }))

const listed = (fs: ReduceFinding[]): string =>
  fs
    .slice(0, 5)
    .map(f => `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`)
    .join('; ')

/** Runs the reduce step. */
export async function reduceRun(inputs: ReduceInputs, ctx: GateContext): Promise<GateRun> {
  const matched = await expandGlobs(inputs.shardBoundaries, { workspace: ctx.workspace, field: 'shard-boundaries' })
  const loaded: LoadedBoundary[] = []
  for (const m of matched) {
    loaded.push({ file: m.relative, boundary: await loadConfig<ShardBoundary>(m.absolute, boundarySchema, m.relative) })
  }
  const r = reduceBoundaries(loaded, inputs.genesis)
  const names = loaded[0]!.boundary.set.files.map(f => f.path)
  if (names.length > 0) {
    for (const gap of orderRotationSet(names, n => n, 'shard-boundaries').gaps) {
      r.coverage.push({
        file: loaded[0]!.file,
        field: 'set.files',
        message: `rotated file(s) ${gap.missing.map(n => `${gap.stem}.${n}`).join(', ')} missing from the numbering`
      })
    }
  }
  const articles = ARTICLES.integrity
  const checks: Check[] = [
    makeCheck(
      'shard-coverage',
      'Every slice of one cut of the rotation set is there once',
      articles,
      r.coverage.length === 0 ? 'pass' : 'fail',
      r.coverage.length === 0
        ? `${r.count} slice(s) of ${names.length} file(s), each once, cut from one listing with one chain configuration`
        : listed(r.coverage),
      { locations: located(r.coverage), evidence: r.coverage.length > 0 ? { findings: r.coverage } : {} }
    ),
    makeCheck(
      'shard-joins',
      'The slices join into one chain',
      articles,
      r.joins.length === 0 && r.coverage.length === 0 ? 'pass' : 'fail',
      r.joins.length > 0
        ? listed(r.joins)
        : r.coverage.length > 0
          ? 'the joins cannot be checked until every slice of one cut is there'
          : `${r.entries} entries chain from '${short(inputs.genesis)}' across ${r.count} slice(s) to head ${short(r.head)}: every slice starts from the head of the one before, and the counts and rotation anchors agree`,
      { locations: located(r.joins), evidence: r.joins.length > 0 ? { findings: r.joins } : {} }
    ),
    makeCheck(
      'shard-results',
      'Every slice passed its own checks',
      articles,
      r.failedSlices.length === 0 ? 'pass' : 'fail',
      r.failedSlices.length === 0
        ? `${loaded.length} slice(s) passed schema and integrity inside their files`
        : listed(r.failedSlices),
      { locations: located(r.failedSlices) }
    )
  ]
  if (r.entries === 0 && r.coverage.length === 0) {
    throw new GateError('EMPTY_INPUT', 'the slices hold no entries: an empty log is never a pass', {
      field: 'shard-boundaries'
    })
  }
  checks.push(await headCheck(inputs, r, ctx))
  return {
    subject: { shards: r.count, files: names.length, entries: r.entries },
    checks,
    metrics: { entries: r.entries, brokenLinks: r.brokenLinks, shards: loaded.length },
    outputs: {
      head: r.head,
      'entry-count': String(r.entries),
      'head-anchor': `${r.entries}:${r.head}`,
      'broken-links': String(r.brokenLinks)
    }
  }
}

async function headCheck(inputs: ReduceInputs, r: Reduction, ctx: GateContext): Promise<Check> {
  const articles = ARTICLES.integrity
  const expected = inputs.expectedHead
  const title = 'Log extends the recorded head'
  if (!expected) {
    return makeCheck(
      'integrity-head',
      title,
      articles,
      'skipped',
      "input 'expected-head' is empty: a truncated or rewritten tail cannot be detected without the head an earlier run recorded"
    )
  }
  if (r.entries < expected.count) {
    return makeCheck(
      'integrity-head',
      title,
      articles,
      'fail',
      `the slices hold ${r.entries} entries but an earlier run recorded ${expected.count} (head ${short(expected.hash)}): ${expected.count - r.entries} entries were removed from the tail`
    )
  }
  const k = expected.count - 1
  const file = r.files.find(f => f.entries > 0 && k >= f.firstEntry && k < f.firstEntry + f.entries)!
  let stored: string | undefined
  if (k === file.firstEntry + file.entries - 1 && file.head !== '') stored = file.head
  else {
    if (inputs.logs.length === 0) {
      throw new GateError(
        'INPUT_MISSING',
        `entry ${k} of the recorded head sits inside ${file.path}: give input 'logs' so the reduce step can read it`,
        { field: 'logs' }
      )
    }
    const set = await resolveLogSet(inputs.logs, ctx.workspace)
    const fileIndex = set.files.findIndex(f => f.display === file.path)
    if (fileIndex === -1) {
      throw new GateError('INPUT_CONFLICT', `input 'logs' does not match ${file.path}, a file of the slices`, {
        field: 'logs'
      })
    }
    const chunks = [{ fileIndex, offset: 0, firstLine: 1, firstEntry: file.firstEntry, lines: file.entries }]
    const [entry] = await readEntryRange(set, chunks, k, k)
    const value = entry ? parseJson(entry.text, { allowNonFinite: true }) : undefined
    stored = value instanceof Map ? storedOf(value.get(inputs.hashField)).value : undefined
  }
  const line = k - file.firstEntry + 1
  if (stored !== expected.hash) {
    return makeCheck(
      'integrity-head',
      title,
      articles,
      'fail',
      `entry ${k} (${file.path}:${line}) no longer has the recorded hash ${short(expected.hash)} (it has ${short(stored || 'none')}): the log was rewritten at or before it`,
      { locations: [{ file: file.path, line, entryIndex: k, field: inputs.hashField }] }
    )
  }
  return makeCheck(
    'integrity-head',
    title,
    articles,
    'pass',
    `entry ${k} still has the recorded head ${short(expected.hash)}; ${r.entries - expected.count} entries were appended since`
  )
}
