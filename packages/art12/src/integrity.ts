/**
 * Gate 3, integrity: seed 002's hash chain across the rotation set, the rotation
 * anchors, and (given `expected-head`) that the log still extends the head an
 * earlier run recorded.
 */
import { makeCheck, type Check, type Location } from '@ai-act-gates/core'
import {
  checkRotation,
  classifyBreaks,
  readEntryRange,
  storedOf,
  type LogSet,
  type PassReport
} from '@ai-act-gates/logs'
import { parseJson, type CanonicalMode } from '@ai-act-gates/canonical-json'
import { ARTICLES, MAX_LOCATIONS, short } from './checks.js'

/** A head recorded by an earlier run: entry count and hash. */
export interface ExpectedHead {
  count: number
  hash: string
}

/** Options of the integrity checks. */
export interface IntegrityOptions {
  canonicalization: CanonicalMode
  hashField: string
  genesis: string
  anchorField: string
  expectedHead?: ExpectedHead
  /** Set when the pass verified one slice of a sharded run (`shard: i/n`). */
  shard?: { index: number; count: number }
}

/** The integrity checks of a pass. */
export async function integrityChecks(
  set: LogSet,
  report: PassReport,
  options: IntegrityOptions
): Promise<{ checks: Check[]; outputs: Record<string, string>; metrics: Record<string, number> }> {
  const articles = ARTICLES.integrity
  const shard = options.shard
  const first = report.files[0]?.firstEntry ?? 0
  const rotation = options.anchorField ? checkRotation(report, first, { shardStart: (shard?.index ?? 1) > 1 }) : []
  for (const gap of shard ? [] : set.gaps) {
    rotation.push({
      kind: 'numbering-gap',
      file: gap.stem,
      message: `rotated file(s) ${gap.missing.map(n => `${gap.stem}.${n}`).join(', ')} missing from the numbering`
    })
  }
  const deletedBefore = new Set(
    rotation.filter(f => f.kind === 'count-mismatch' || f.kind === 'sequence-gap').map(f => f.entryIndex!)
  )
  const classes = await classifyBreaks(set, report, { ...options, deletedBefore })
  const kinds: Record<string, number> = {}
  const locations: Location[] = report.breaks.slice(0, MAX_LOCATIONS).map(b => ({
    file: b.file,
    line: b.line,
    entryIndex: b.entryIndex,
    ...(b.inputId !== undefined ? { inputId: b.inputId } : {}),
    field: options.hashField
  }))
  const details = report.breaks.slice(0, MAX_LOCATIONS).map(b => {
    const c = classes.get(b.entryIndex)
    if (c) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1
    return {
      entryIndex: b.entryIndex,
      file: b.file,
      line: b.line,
      ...(b.inputId !== undefined ? { inputId: b.inputId } : {}),
      kind: c?.kind ?? 'unclassified',
      note: c?.note ?? 'not classified (only the first breaks are)',
      stored: b.stored.kind === 'missing' ? null : b.stored.value,
      expected: b.expected
    }
  })
  const summary = Object.entries(kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')
  const checks: Check[] = [
    makeCheck(
      'integrity-chain',
      'Hash chain intact (seed 002)',
      articles,
      report.breakCount === 0 ? 'pass' : 'fail',
      report.breakCount === 0
        ? `${report.entries} entries in ${report.files.length} file(s) chain from ${shard && report.startPending.length > 0 ? `the head of slice ${shard.index - 1} (its first link checked by the reduce step)` : `'${short(options.genesis)}'`} to head ${short(report.head)} (${options.canonicalization})`
        : `${report.breakCount} broken link(s) in ${report.entries} entries${summary ? `: ${summary}` : ''}; first at entry ${report.breaks[0]!.entryIndex} (${report.breaks[0]!.file}:${report.breaks[0]!.line})`,
      {
        locations,
        evidence: {
          entries: report.entries,
          head: report.head,
          brokenLinks: report.breakCount,
          ...(details.length > 0 ? { breaks: details } : {})
        }
      }
    )
  ]
  const nonEmpty = report.files.filter(f => f.entries > 0).length
  checks.push(
    makeCheck(
      'integrity-rotation',
      'Rotation set complete and anchored',
      articles,
      rotation.length === 0 ? 'pass' : 'fail',
      rotation.length === 0
        ? nonEmpty <= 1 && report.anchors.length === 0
          ? 'one file, no rotation boundary to anchor'
          : `${nonEmpty} file(s), every boundary anchored to the previous file's close hash and count`
        : rotation
            .map(f => `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`)
            .slice(0, 5)
            .join('; '),
      {
        locations: rotation.map(f => ({
          file: f.file,
          ...(f.line !== undefined ? { line: f.line } : {}),
          ...(f.entryIndex !== undefined ? { entryIndex: f.entryIndex } : {}),
          field: options.anchorField || 'rotation'
        })),
        evidence: rotation.length > 0 ? { findings: rotation } : {}
      }
    )
  )
  if (shard) {
    const pending = report.startPending.length
    checks.push(
      makeCheck(
        'integrity-shard-start',
        'Links into the slice',
        articles,
        'skipped',
        pending === 0
          ? shard.index === 1
            ? `slice 1/${shard.count} starts at '${short(options.genesis)}'`
            : `slice ${shard.index}/${shard.count} holds no entry`
          : `the first ${pending} link(s) of slice ${shard.index}/${shard.count} chain from the slice before it: the reduce step checks them from the boundary file`
      )
    )
    checks.push(
      makeCheck(
        'integrity-head',
        'Log extends the recorded head',
        articles,
        'skipped',
        'a sharded run checks expected-head in the reduce step'
      )
    )
  } else checks.push(await headCheck(set, report, options))
  const outputs: Record<string, string> = {
    head: report.head,
    'entry-count': String(report.entries),
    'broken-links': String(report.breakCount)
  }
  if (!shard) outputs['head-anchor'] = `${report.entries}:${report.head}`
  return {
    checks,
    outputs,
    metrics: {
      entries: report.entries,
      brokenLinks: report.breakCount,
      exactPathLines: report.exactPath,
      wasmLines: report.wasmLines,
      runLines: report.runLines,
      crlfLines: report.crlf
    }
  }
}

async function headCheck(set: LogSet, report: PassReport, options: IntegrityOptions): Promise<Check> {
  const articles = ARTICLES.integrity
  const expected = options.expectedHead
  if (!expected) {
    return makeCheck(
      'integrity-head',
      'Log extends the recorded head',
      articles,
      'skipped',
      "input 'expected-head' is empty: a truncated or rewritten tail cannot be detected without the head an earlier run recorded"
    )
  }
  const first = report.files[0]?.firstEntry ?? 0
  if (report.entries < expected.count) {
    return makeCheck(
      'integrity-head',
      'Log extends the recorded head',
      articles,
      'fail',
      `the log holds ${report.entries} entries but an earlier run recorded ${expected.count} (head ${short(expected.hash)}): ${expected.count - report.entries} entries were removed from the tail`,
      { locations: [{ file: report.files[report.files.length - 1]?.file ?? '', entryIndex: report.entries }] }
    )
  }
  const [entry] = await readEntryRange(set, report.chunks, first + expected.count - 1, first + expected.count - 1)
  const value = entry ? parseJson(entry.text, { allowNonFinite: true }) : undefined
  const stored = value instanceof Map ? storedOf(value.get(options.hashField)) : undefined
  const loc: Location = {
    file: set.files[entry?.fileIndex ?? 0]!.display,
    ...(entry ? { line: entry.line } : {}),
    entryIndex: expected.count - 1,
    field: options.hashField
  }
  if (stored?.value !== expected.hash) {
    return makeCheck(
      'integrity-head',
      'Log extends the recorded head',
      articles,
      'fail',
      `entry ${expected.count - 1} no longer has the recorded hash ${short(expected.hash)} (it has ${short(stored?.value || 'none')}): the log was rewritten at or before it`,
      { locations: [loc] }
    )
  }
  return makeCheck(
    'integrity-head',
    'Log extends the recorded head',
    articles,
    'pass',
    `entry ${expected.count - 1} still has the recorded head ${short(expected.hash)}; ${report.entries - expected.count} entries were appended since`
  )
}
