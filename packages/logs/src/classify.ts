/**
 * Says what kind of tampering each broken link shows, where the chain can tell. With
 * seed 002's rule (a link continues from the STORED hash), each broken link is
 * checked against the stored hashes of its neighbours:
 *
 * - hash-altered: the next entry chains from this entry's recomputed hash, so the
 *   content is intact and only the stored hash was replaced;
 * - inserted: the entries on either side link to each other around it;
 * - reordered: the entry's true predecessor sits elsewhere in the log;
 * - restarted: the entry chains from the genesis value in the middle of the log;
 * - deleted: a rotation anchor shows entries or files missing before it;
 * - modified: its content matches no predecessor's hash — modified, or entries
 *   before it were deleted (the chain alone cannot tell these apart);
 * - missing-hash: the entry has no hash;
 * - follows-break: the link broke only because of the entry before it.
 */
import { parseJson, parseOptionsFor, type CanonicalMode, type JsonObject } from '@ai-act-gates/canonical-json'
import { readEntryRange } from './entries.js'
import { linkCanonical, linkHash, nextPrev, storedOf } from './process.js'
import type { PassReport } from './pass.js'
import type { LogSet } from './source.js'
import type { StoredHash } from './protocol.js'

/** The kinds of tampering a broken link can show. */
export type BreakKind =
  'modified' | 'hash-altered' | 'inserted' | 'reordered' | 'restarted' | 'deleted' | 'missing-hash' | 'follows-break'

/** Breaks classified per pass; more are reported unclassified. */
export const MAX_CLASSIFIED = 200
/** Entries searched on each side of a break for its true predecessor. */
export const WINDOW = 8

/** A classification. */
export interface BreakClass {
  kind: BreakKind
  note: string
}

interface Neighbour {
  canonical: Buffer
  stored: StoredHash
}

/**
 * Classifies the first {@link MAX_CLASSIFIED} breaks of a pass by re-reading the
 * entries around them. `deletedBefore` holds entry indices that a rotation check
 * found missing entries before.
 */
export async function classifyBreaks(
  set: LogSet,
  report: PassReport,
  options: { canonicalization: CanonicalMode; hashField: string; genesis: string; deletedBefore: Set<number> }
): Promise<Map<number, BreakClass>> {
  const result = new Map<number, BreakClass>()
  const breaks = report.breaks.slice(0, MAX_CLASSIFIED)
  if (breaks.length === 0) return result
  const firstEntry = report.files[0]?.firstEntry ?? 0
  const lastEntry = firstEntry + report.entries - 1
  // Merge the windows, then read each merged range once.
  const ranges: Array<[number, number]> = []
  for (const b of breaks) {
    const from = Math.max(firstEntry, b.entryIndex - WINDOW - 2)
    const to = Math.min(lastEntry, b.entryIndex + WINDOW)
    const last = ranges[ranges.length - 1]
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else ranges.push([from, to])
  }
  const entries = new Map<number, Neighbour>()
  for (const [from, to] of ranges) {
    for (const e of await readEntryRange(set, report.chunks, from, to)) {
      const value = parseJson(e.text, parseOptionsFor(options.canonicalization)) as JsonObject
      const stored = storedOf(value.get(options.hashField))
      entries.set(e.entryIndex, {
        canonical: linkCanonical(value, options.hashField, options.canonicalization),
        stored
      })
    }
  }
  // The hash each link was checked against, recomputed along each range.
  const prevUsed = new Map<number, string>()
  const recomputed = new Map<number, string>()
  for (const [from, to] of ranges) {
    let prev = from === firstEntry ? (report.files[0]?.prevBefore ?? options.genesis) : undefined
    for (let i = from; i <= to; i++) {
      const e = entries.get(i)
      if (!e) break
      if (prev !== undefined) {
        prevUsed.set(i, prev)
        const h = linkHash(prev, e.canonical)
        recomputed.set(i, h)
        prev = nextPrev(e.stored, h)
      } else prev = e.stored.kind === 'string' || e.stored.kind === 'other' ? e.stored.value : undefined
    }
  }
  const chainsFrom = (i: number, prev: string): boolean => {
    const e = entries.get(i)
    return e !== undefined && e.stored.kind === 'string' && linkHash(prev, e.canonical) === e.stored.value
  }
  const storedText = (i: number): string | undefined => {
    const s = entries.get(i)?.stored
    return s && (s.kind === 'string' || s.kind === 'other') ? s.value : undefined
  }
  const inserted = new Set<number>()
  for (const b of breaks) {
    const k = b.entryIndex
    const e = entries.get(k)
    if (!e) continue
    if (e.stored.kind === 'missing' || e.stored.kind === 'falsy') {
      result.set(k, { kind: 'missing-hash', note: `the entry has no ${options.hashField}` })
      continue
    }
    const before = recomputed.get(k - 1)
    if (before !== undefined && storedText(k - 1) !== before && chainsFrom(k, before)) {
      result.set(k - 1, {
        kind: 'hash-altered',
        note: `the stored hash of entry ${k - 1} was replaced; its content is intact`
      })
      result.set(k, { kind: 'follows-break', note: `follows the altered hash of entry ${k - 1}` })
      continue
    }
    if (k > firstEntry && chainsFrom(k, options.genesis)) {
      result.set(k, { kind: 'restarted', note: 'the chain starts again from the genesis value here' })
      continue
    }
    let pred: number | undefined
    for (let j = k - WINDOW - 2; j <= k + WINDOW; j++) {
      if (j === k - 1 || j === k) continue
      const s = storedText(j)
      if (s !== undefined && chainsFrom(k, s)) {
        pred = j
        break
      }
    }
    if (pred !== undefined && pred < k - 1) {
      // Entries pred+1..k-1 are skipped by k's chain: inserted unless something else chains from them.
      const skipped: number[] = []
      for (let j = pred + 1; j < k; j++) skipped.push(j)
      const linkedElsewhere = skipped.some(j => {
        const s = storedText(j)
        // A copy that repeats this entry's own hash is not a predecessor of anything.
        if (s === undefined || s === storedText(k)) return false
        for (let m = k; m <= k + WINDOW; m++) if (chainsFrom(m, s)) return true
        return false
      })
      if (linkedElsewhere)
        result.set(k, { kind: 'reordered', note: `chains from entry ${pred}, not from the entry before it` })
      else {
        for (const j of skipped) inserted.add(j)
        result.set(k, {
          kind: 'follows-break',
          note: `chains from entry ${pred}: the ${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} between were inserted`
        })
      }
      continue
    }
    if (pred !== undefined) {
      result.set(k, { kind: 'reordered', note: `chains from entry ${pred}, which comes after it` })
      continue
    }
    if (options.deletedBefore.has(k)) {
      result.set(k, {
        kind: 'deleted',
        note: 'entries or a whole file before this entry are missing (see the rotation check)'
      })
      continue
    }
    if (!result.has(k)) {
      result.set(k, {
        kind: 'modified',
        note: 'the content does not match its hash: the entry was modified, or entries before it were deleted'
      })
    }
  }
  for (const j of inserted) result.set(j, { kind: 'inserted', note: 'its neighbours link to each other around it' })
  void prevUsed
  return result
}
