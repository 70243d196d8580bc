/**
 * The order of a rotation set, oldest file first, from the file names alone:
 * logrotate's numbered names (`app.log.3.gz`, `app.log.2.gz`, `app.log.1`,
 * `app.log`), numbers before the extension (`app.2.jsonl`), and date-stamped names
 * (`app.log-20260101.gz`, `app-2026-01-01.jsonl`, Python's `app.log.2026-01-01_10-00`).
 * Dated files come first (oldest date first), then numbered files (highest number
 * first), then the live file.
 */
import * as path from 'node:path'
import { GateError } from '@ai-act-gates/core'

/** How a file's name places it in its rotation set. */
export interface RotationName {
  /** The name with the rotation token (and `.gz`) removed: files with the same stem form one set. */
  stem: string
  /** `live` (no token), `numbered` or `dated`. */
  kind: 'live' | 'numbered' | 'dated'
  /** The number of a numbered file. */
  number?: number
  /** The date of a dated file as digits (`20260101` or `20260101103000`), for ordering. */
  date?: string
  /** True when the name ends in `.gz`. */
  gzipName: boolean
}

const DATED =
  /^(.*?)[-._](\d{4})-?(\d{2})-?(\d{2})(?:[T_-]?(\d{2})[-:]?(\d{2})(?:[-:]?(\d{2}))?)?((?:\.[A-Za-z][A-Za-z0-9]*)*)$/
const NUMBERED_LAST = /^(.*)\.(\d{1,6})$/
const NUMBERED_BEFORE_EXT = /^(.*)\.(\d{1,6})(\.[A-Za-z][A-Za-z0-9]*)$/

/** Reads the rotation token of one file name. */
export function parseRotationName(fileName: string): RotationName {
  const gzipName = /\.gz$/i.test(fileName)
  const name = gzipName ? fileName.slice(0, -3) : fileName
  const dated = DATED.exec(name)
  if (dated && validDate(dated[2]!, dated[3]!, dated[4]!)) {
    const date = dated
      .slice(2, 8)
      .map(d => d ?? '')
      .join('')
    return { stem: `${dated[1]}${dated[8] ?? ''}`, kind: 'dated', date, gzipName }
  }
  const last = NUMBERED_LAST.exec(name)
  if (last) return { stem: last[1]!, kind: 'numbered', number: Number(last[2]), gzipName }
  const before = NUMBERED_BEFORE_EXT.exec(name)
  if (before) return { stem: `${before[1]}${before[3]}`, kind: 'numbered', number: Number(before[2]), gzipName }
  return { stem: name, kind: 'live', gzipName }
}

function validDate(y: string, m: string, d: string): boolean {
  const year = Number(y)
  const month = Number(m)
  const day = Number(d)
  return year >= 1970 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** A file with its place in the rotation set. */
export interface RotatedFile<F> {
  file: F
  rotation: RotationName
}

/** A hole in the numbering of a rotation set, such as `app.log.2` between `.3` and `.1`. */
export interface RotationGap {
  /** The stem of the set. */
  stem: string
  /** The missing numbers. */
  missing: number[]
}

/**
 * Orders files into one rotation set, oldest first. Files whose stems differ belong
 * to different logs and are an INPUT_CONFLICT, as are two files in the same place
 * (`app.log.1` and `app.log.1.gz`). Returns the order and any numbering gaps.
 */
export function orderRotationSet<F>(
  files: readonly F[],
  nameOf: (f: F) => string,
  field = 'logs'
): { ordered: Array<RotatedFile<F>>; gaps: RotationGap[] } {
  const rotated = files.map(file => ({ file, rotation: parseRotationName(path.basename(nameOf(file))) }))
  const stems = [...new Set(rotated.map(r => r.rotation.stem))]
  if (stems.length > 1) {
    throw new GateError(
      'INPUT_CONFLICT',
      `the log files form ${stems.length} rotation sets (${stems.join(', ')}); one chain needs one set`,
      { field, hint: 'Give the files of one log per run, or name them so they share one stem' }
    )
  }
  const rank = (r: RotationName): number => (r.kind === 'dated' ? 0 : r.kind === 'numbered' ? 1 : 2)
  rotated.sort((a, b) => {
    const ra = a.rotation
    const rb = b.rotation
    if (rank(ra) !== rank(rb)) return rank(ra) - rank(rb)
    if (ra.kind === 'dated') return ra.date! < rb.date! ? -1 : ra.date! > rb.date! ? 1 : 0
    if (ra.kind === 'numbered') return rb.number! - ra.number!
    return 0
  })
  for (let i = 1; i < rotated.length; i++) {
    const a = rotated[i - 1]!.rotation
    const b = rotated[i]!.rotation
    if (a.kind === b.kind && a.number === b.number && a.date === b.date) {
      throw new GateError(
        'INPUT_CONFLICT',
        `${nameOf(rotated[i - 1]!.file)} and ${nameOf(rotated[i]!.file)} hold the same place in the rotation set`,
        { field }
      )
    }
  }
  const numbers = rotated.filter(r => r.rotation.kind === 'numbered').map(r => r.rotation.number!)
  const gaps: RotationGap[] = []
  if (numbers.length > 0) {
    const have = new Set(numbers)
    const low = rotated.some(r => r.rotation.kind === 'live') ? 1 : Math.min(...numbers)
    const missing: number[] = []
    for (let n = low; n < Math.max(...numbers); n++) if (!have.has(n)) missing.push(n)
    if (missing.length > 0) gaps.push({ stem: stems[0]!, missing })
  }
  return { ordered: rotated, gaps }
}
