/**
 * Sharded integrity: a rotation set is cut by whole files into `n` contiguous
 * slices of about equal size; each matrix job verifies one slice (`shard: i/n`)
 * and writes a boundary file; the reduce step checks that the slices join.
 *
 * A slice cannot check the links of its first entries (they chain from the last
 * stored hash of the slice before it), so its boundary carries their canonical
 * bytes and stored hashes; the reduce step recomputes those links from the previous
 * slice's head, checks the rotation anchor the slice starts with against that head
 * and the entries counted before it, and adds up the counts. Together the slices
 * and the reduce step check exactly the links an unsharded run checks.
 */
import { createHash } from 'node:crypto'
import { parseJson, serializeCanonical, type CanonicalMode } from '@ai-act-gates/canonical-json'
import { GateError } from '@ai-act-gates/core'
import {
  linkHash,
  nextPrev,
  parseAnchor,
  readChunks,
  type LogFile,
  type LogSet,
  type PassReport,
  type RotationAnchor,
  type StoredHash
} from '@ai-act-gates/logs'

/** Which slice a job verifies: `index` of `count`, from 1. */
export interface ShardSpec {
  index: number
  count: number
}

/** The most slices a set can be cut into. */
export const MAX_SHARDS = 256

/** A shard boundary file (schemas/art12-shard-boundary.schema.json). */
export interface ShardBoundary {
  kind: 'art12-shard-boundary'
  version: 1
  shard: ShardSpec
  set: { files: Array<{ path: string; size: number; gzip: boolean }>; sha256: string }
  chain: { canonicalization: CanonicalMode; hashField: string; genesis: string; anchorField: string }
  files: { from: number; to: number }
  entries: number
  firstEntry: number | null
  start: {
    pending: Array<{
      index: number
      file: string
      line: number
      inputId?: string
      canonical: string
      stored: StoredHash
    }>
    anchor: RotationAnchor | null
  }
  end: { head: string | null }
  perFile: Array<{ path: string; entries: number; head: string }>
  result: { status: 'pass' | 'fail'; brokenLinks: number; schemaViolations: number; rotationFindings: number }
}

/** Reads `i/n` (1 <= i <= n <= {@link MAX_SHARDS}). */
export function parseShard(text: string, field = 'shard'): ShardSpec {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(text.trim())
  const index = m ? Number(m[1]) : NaN
  const count = m ? Number(m[2]) : NaN
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new GateError(
      'INPUT_INVALID',
      `input '${field}' is '${text}'; give <i>/<n> with 1 <= i <= n <= ${MAX_SHARDS}, such as 2/4 (the matrix job's slice)`,
      { field }
    )
  }
  return { index, count }
}

/**
 * Cuts files of the given sizes (in rotation order) into `count` contiguous slices
 * of about equal total size: file j goes to the slice its middle byte falls in.
 * Slices may be empty when there are fewer files than slices.
 */
export function partitionFiles(sizes: readonly number[], count: number): Array<{ from: number; to: number }> {
  const total = sizes.reduce((n, s) => n + s, 0)
  const slice = sizes.map(() => 0)
  let before = 0
  for (const [j, size] of sizes.entries()) {
    slice[j] =
      total === 0 ? Math.min(count - 1, j) : Math.min(count - 1, Math.floor((count * (before + size / 2)) / total))
    before += size
  }
  return Array.from({ length: count }, (_, k) => {
    const from = slice.findIndex(s => s >= k)
    const to = slice.findIndex(s => s > k)
    const f = from === -1 ? sizes.length : from
    return { from: f, to: to === -1 ? sizes.length : Math.max(f, to) }
  })
}

/** The listing every slice of a set is cut from, with its digest. */
export function setListing(set: LogSet): ShardBoundary['set'] {
  const files = set.files.map(f => ({ path: f.display, size: f.size, gzip: f.gzip }))
  return { files, sha256: createHash('sha256').update(JSON.stringify(files)).digest('hex') }
}

/** The rotation anchor of a file's first entry, or null (no anchor, or not a valid one). */
export async function firstAnchor(file: LogFile, anchorField: string): Promise<RotationAnchor | null> {
  if (!anchorField) return null
  for await (const chunk of readChunks(file, { chunkBytes: 256 * 1024 })) {
    const nl = chunk.buf.indexOf(10)
    const text = chunk.buf.toString('utf8', 0, nl === -1 ? chunk.buf.length : nl).replace(/\r$/, '')
    let value
    try {
      value = parseJson(text, { allowNonFinite: true })
    } catch {
      return null
    }
    const anchor = value instanceof Map ? value.get(anchorField) : undefined
    if (anchor === undefined) return null
    const parsed = parseAnchor(serializeCanonical(anchor, 'jcs'))
    return typeof parsed === 'string' ? null : parsed
  }
  return null
}

/** The boundary a slice writes after its pass. */
export function buildBoundary(options: {
  shard: ShardSpec
  whole: LogSet
  range: { from: number; to: number }
  report: PassReport | undefined
  chain: ShardBoundary['chain']
  firstEntry: number | null
  anchor: RotationAnchor | null
  result: ShardBoundary['result']
}): ShardBoundary {
  const { report } = options
  const base = report?.files[0]?.firstEntry ?? 0
  const known = report !== undefined && (report.startPending.length === 0 || hasHead(report.startPending))
  return {
    kind: 'art12-shard-boundary',
    version: 1,
    shard: options.shard,
    set: setListing(options.whole),
    chain: options.chain,
    files: options.range,
    entries: report?.entries ?? 0,
    firstEntry: options.firstEntry,
    start: {
      pending: (report?.startPending ?? []).map(p => ({
        index: p.entryIndex - base,
        file: p.file,
        line: p.line,
        ...(p.inputId !== undefined ? { inputId: p.inputId } : {}),
        canonical: Buffer.from(p.canonical).toString('base64'),
        stored: p.stored
      })),
      anchor: options.anchor
    },
    end: { head: report && report.entries > 0 && known ? report.head : null },
    perFile: (report?.files ?? []).map(f => ({ path: f.file, entries: f.entries, head: f.prevAfter })),
    result: options.result
  }
}

function hasHead(pending: PassReport['startPending']): boolean {
  const last = pending[pending.length - 1]!.stored
  return last.kind === 'string' || last.kind === 'other'
}

/** A boundary read by the reduce step, with the file it came from. */
export interface LoadedBoundary {
  file: string
  boundary: ShardBoundary
}

/** A problem the reduce step found, located at a boundary file or a log line. */
export interface ReduceFinding {
  file: string
  line?: number
  entryIndex?: number
  inputId?: string
  field: string
  message: string
}

/** What the reduce step concluded. */
export interface Reduction {
  count: number
  coverage: ReduceFinding[]
  joins: ReduceFinding[]
  failedSlices: ReduceFinding[]
  entries: number
  head: string
  brokenLinks: number
  /** Per file of the set: its first entry's global index and its entry count (for expected-head). */
  files: Array<{ path: string; firstEntry: number; entries: number; head: string }>
}

/**
 * Checks that the slices join: every slice of one cut of one listing is there once,
 * each slice's start links verify from the previous slice's head, its rotation
 * anchor names that head and the entries before it, and the counts add up.
 */
export function reduceBoundaries(loaded: LoadedBoundary[], genesisInput: string): Reduction {
  const coverage: ReduceFinding[] = []
  const joins: ReduceFinding[] = []
  const failedSlices: ReduceFinding[] = []
  const first = loaded[0]!
  const count = first.boundary.shard.count
  const ref = first.boundary
  for (const { file, boundary: b } of loaded) {
    if (b.shard.count !== count)
      coverage.push({ file, field: 'shard.count', message: `cut into ${b.shard.count} slices, not ${count}` })
    if (b.set.sha256 !== ref.set.sha256)
      coverage.push({ file, field: 'set', message: `cut from another listing of the log files than ${first.file}` })
    for (const k of ['canonicalization', 'hashField', 'genesis', 'anchorField'] as const) {
      if (b.chain[k] !== ref.chain[k])
        coverage.push({
          file,
          field: `chain.${k}`,
          message: `'${b.chain[k]}' where ${first.file} has '${ref.chain[k]}'`
        })
    }
  }
  if (ref.chain.genesis !== genesisInput) {
    coverage.push({
      file: first.file,
      field: 'chain.genesis',
      message: `the slices chain from '${ref.chain.genesis}' but this step's genesis is '${genesisInput}'`
    })
  }
  const bySlice = new Map<number, LoadedBoundary>()
  for (const l of loaded) {
    const other = bySlice.get(l.boundary.shard.index)
    if (other)
      coverage.push({
        file: l.file,
        field: 'shard.index',
        message: `slice ${l.boundary.shard.index} again (also ${other.file})`
      })
    else bySlice.set(l.boundary.shard.index, l)
  }
  for (let i = 1; i <= count; i++) {
    if (!bySlice.has(i))
      coverage.push({
        file: first.file,
        field: 'shard.index',
        message: `slice ${i}/${count} is missing: no boundary file for it`
      })
  }
  const parts = partitionFiles(
    ref.set.files.map(f => f.size),
    count
  )
  for (const [i, l] of bySlice) {
    const want = parts[i - 1]
    if (want && (l.boundary.files.from !== want.from || l.boundary.files.to !== want.to)) {
      coverage.push({
        file: l.file,
        field: 'files',
        message: `slice ${i} covers files ${l.boundary.files.from}-${l.boundary.files.to} but the cut gives ${want.from}-${want.to}`
      })
    }
  }
  let prev: string | null = ref.chain.genesis
  let entries = 0
  let brokenLinks = 0
  const files: Reduction['files'] = []
  for (let i = 1; i <= count; i++) {
    const l = bySlice.get(i)
    if (!l) {
      prev = null
      continue
    }
    const b = l.boundary
    brokenLinks += b.result.brokenLinks
    if (b.result.status !== 'pass') {
      failedSlices.push({
        file: l.file,
        field: 'result',
        message: `slice ${i} failed: ${b.result.brokenLinks} broken link(s), ${b.result.schemaViolations} schema violation(s), ${b.result.rotationFindings} rotation finding(s)`
      })
    }
    let at = entries
    for (const f of b.perFile) {
      files.push({ path: f.path, firstEntry: at, entries: f.entries, head: f.head })
      at += f.entries
    }
    if (b.entries === 0) continue
    const startFile = b.perFile.find(f => f.entries > 0)?.path ?? l.file
    if (b.firstEntry !== null && b.firstEntry !== entries && prev !== null) {
      joins.push({
        file: startFile,
        line: 1,
        entryIndex: entries,
        field: ref.chain.anchorField || 'rotation_anchor',
        message: `slice ${i} starts at entry ${b.firstEntry} by its rotation anchor, but the slices before it hold ${entries} entries`
      })
    }
    if (i > 1 && b.start.anchor && prev !== null && b.start.anchor.previous_head !== prev) {
      joins.push({
        file: startFile,
        line: 1,
        entryIndex: entries,
        field: ref.chain.anchorField || 'rotation_anchor',
        message: `slice ${i}'s rotation anchor names previous_head ${b.start.anchor.previous_head.slice(0, 16)}…, but slice ${i - 1} ends at ${prev.slice(0, 16)}…`
      })
    }
    for (const p of b.start.pending) {
      if (prev === null) break
      const expected = linkHash(prev, Buffer.from(p.canonical, 'base64'))
      if (p.stored.kind !== 'string' || p.stored.value !== expected) {
        brokenLinks++
        joins.push({
          file: p.file,
          line: p.line,
          entryIndex: entries + p.index,
          ...(p.inputId !== undefined ? { inputId: p.inputId } : {}),
          field: ref.chain.hashField,
          message: `entry ${entries + p.index} does not chain from slice ${i - 1}'s head ${prev.slice(0, 16)}… (expected ${expected.slice(0, 16)}…, stored ${p.stored.kind === 'missing' ? 'none' : p.stored.value.slice(0, 16) + '…'})`
        })
      }
      prev = nextPrev(p.stored, expected)
    }
    if (b.end.head !== null) prev = b.end.head
    entries += b.entries
  }
  return { count, coverage, joins, failedSlices, entries, head: prev ?? '', brokenLinks, files }
}
