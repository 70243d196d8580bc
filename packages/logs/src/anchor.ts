/**
 * The rotation anchor: seed 002's fix for "Hash chain breaks after log rotation" — "a
 * file-close hash stored in the new file's first entry". When a writer rotates, the
 * first entry of the new file carries (in `rotation_anchor` by default):
 *
 *   {"v": 1, "file_seq": 7, "previous_head": "<chain hash of the previous file's last entry>",
 *    "previous_count": 5400, "previous_file_entries": 800}
 *
 * `file_seq` numbers the files of the chain from 1; `previous_count` is the number of
 * entries before this one in the whole chain (so it is this entry's global index);
 * `previous_file_entries` the number in the closed file. The first file's first entry
 * carries `file_seq: 1, previous_head: <genesis>, previous_count: 0`. The anchor is an
 * ordinary field: it is covered by the entry's own chain hash, and the chain itself
 * continues across the boundary, so seed 002's verifier accepts the files as one list.
 */
import { parseJson, toPlain } from '@ai-act-gates/canonical-json'
import type { PassReport } from './pass.js'

/** A parsed anchor. */
export interface RotationAnchor {
  v: 1
  file_seq: number
  previous_head: string
  previous_count: number
  previous_file_entries?: number
}

/** A problem at a rotation boundary. */
export interface RotationFinding {
  kind:
    | 'missing-anchor'
    | 'invalid-anchor'
    | 'mid-file-anchor'
    | 'head-mismatch'
    | 'count-mismatch'
    | 'sequence-gap'
    | 'starts-mid-chain'
    | 'numbering-gap'
  file: string
  line?: number
  entryIndex?: number
  message: string
}

/** Parses an anchor's JSON text; returns a reason when it is not a v1 anchor. */
export function parseAnchor(text: string): RotationAnchor | string {
  let value: unknown
  try {
    value = toPlain(parseJson(text))
  } catch {
    return 'not valid JSON'
  }
  const a = value as Partial<RotationAnchor> | null
  if (a === null || typeof a !== 'object' || Array.isArray(a)) return 'not an object'
  if (a.v !== 1) return "field 'v' must be 1"
  if (!Number.isInteger(a.file_seq) || a.file_seq! < 1) return "field 'file_seq' must be an integer from 1"
  if (typeof a.previous_head !== 'string' || a.previous_head === '') return "field 'previous_head' must be a string"
  if (!Number.isInteger(a.previous_count) || a.previous_count! < 0)
    return "field 'previous_count' must be a whole number"
  return a as RotationAnchor
}

/**
 * Checks every rotation boundary of a pass: each non-empty file starts with an
 * anchor whose head and count match what the chain had before the file, and whose
 * sequence number follows the previous file's. A single file without an anchor is
 * fine; several files without anchors are not (a deleted file could not be told
 * from deleted entries).
 */
export function checkRotation(
  report: PassReport,
  firstEntry = 0,
  options: { shardStart?: boolean } = {}
): RotationFinding[] {
  const findings: RotationFinding[] = []
  const byFile = new Map<number, { line: number; entryIndex: number; text: string }[]>()
  for (const a of report.anchors) byFile.set(a.fileIndex, [...(byFile.get(a.fileIndex) ?? []), a])
  const nonEmpty = report.files.map((f, i) => ({ f, i })).filter(x => x.f.entries > 0)
  if (report.anchors.length === 0) {
    if (nonEmpty.length > 1) {
      for (const { f } of nonEmpty.slice(1)) {
        findings.push({
          kind: 'missing-anchor',
          file: f.file,
          line: 1,
          entryIndex: f.firstEntry,
          message: 'the file starts without a rotation anchor, so a deleted file before it cannot be detected as such'
        })
      }
    }
    return findings
  }
  let previousSeq: number | undefined
  // The count the next anchor should hold: the previous anchor's count plus the previous file's entries.
  let expectedCount: number | undefined
  for (const [n, { f, i }] of nonEmpty.entries()) {
    const anchors = byFile.get(i) ?? []
    for (const a of anchors.filter(a => a.line !== 1)) {
      findings.push({
        kind: 'mid-file-anchor',
        file: f.file,
        line: a.line,
        entryIndex: a.entryIndex,
        message: 'a rotation anchor in the middle of a file: files were joined or entries moved'
      })
    }
    const first = anchors.find(a => a.line === 1)
    if (!first) {
      findings.push({
        kind: 'missing-anchor',
        file: f.file,
        line: 1,
        entryIndex: f.firstEntry,
        message: 'the file starts without a rotation anchor'
      })
      previousSeq = undefined
      expectedCount = undefined
      continue
    }
    const anchor = parseAnchor(first.text)
    if (typeof anchor === 'string') {
      findings.push({
        kind: 'invalid-anchor',
        file: f.file,
        line: 1,
        entryIndex: f.firstEntry,
        message: `the rotation anchor is invalid: ${anchor}`
      })
      previousSeq = undefined
      expectedCount = undefined
      continue
    }
    const at = { file: f.file, line: 1, entryIndex: f.firstEntry }
    const holds = expectedCount ?? f.firstEntry
    if (n === 0 && options.shardStart) {
      // A shard's first boundary: the reduce step checks it against the shard before.
    } else if (n === 0 && anchor.previous_count > firstEntry) {
      findings.push({
        kind: 'starts-mid-chain',
        ...at,
        message: `the set starts at file ${anchor.file_seq}, after ${anchor.previous_count} entries that are not in it; give genesis: ${anchor.previous_head} (the head an earlier run recorded) or include the earlier files`
      })
    } else if (anchor.previous_count !== holds) {
      const d = anchor.previous_count - holds
      findings.push({
        kind: 'count-mismatch',
        ...at,
        message:
          d > 0
            ? `${d} entries before this file are missing (the anchor counts ${anchor.previous_count}, the files before it hold ${holds}): a deleted file or deleted entries`
            : `${-d} more entries before this file than its anchor counts (${anchor.previous_count}): inserted entries`
      })
    }
    if (
      anchor.previous_head !== f.prevBefore &&
      !(n === 0 && (options.shardStart || anchor.previous_count > firstEntry))
    ) {
      findings.push({
        kind: 'head-mismatch',
        ...at,
        message: `the anchor's previous_head ${anchor.previous_head.slice(0, 16)}… is not the chain's hash before this file (${f.prevBefore.slice(0, 16)}…)`
      })
    }
    if (previousSeq !== undefined && anchor.file_seq !== previousSeq + 1) {
      const missing = anchor.file_seq - previousSeq - 1
      findings.push({
        kind: 'sequence-gap',
        ...at,
        message:
          missing > 0
            ? `${missing} file(s) of the rotation set are missing before this one (file_seq ${previousSeq + 1}${missing > 1 ? `–${anchor.file_seq - 1}` : ''})`
            : `file_seq ${anchor.file_seq} does not follow ${previousSeq}: files are out of order or repeated`
      })
    }
    previousSeq = anchor.file_seq
    expectedCount = anchor.previous_count + f.entries
  }
  return findings
}
