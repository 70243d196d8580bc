/**
 * Time for queries and columns: RFC 3339 / ISO 8601 date-times with a UTC offset to
 * microseconds since the epoch (sub-microsecond digits are truncated), UTC days for
 * partitions, and ISO 8601 durations (P3Y, P30D) for the retrieval test.
 */
import { GateError } from '@ai-act-gates/core'

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const MICROS_PER_DAY = 86400_000_000

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The date of a day number. */
export function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d }
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
}

/**
 * Microseconds since the epoch of a date-time with an offset (`Z`, `+02:00`,
 * `+0200`), or a reason it is not one. With `dateOnly`, `YYYY-MM-DD` is the start of
 * that day in UTC.
 */
export function parseDateTime(text: string, options: { dateOnly?: boolean } = {}): number | string {
  let m = DATE_TIME.exec(text)
  if (!m && options.dateOnly) {
    const d = DATE_ONLY.exec(text)
    if (d) m = [text, d[1]!, d[2]!, d[3]!, '00', '00', '00', undefined, 'Z'] as unknown as RegExpExecArray
  }
  if (!m) return 'not an ISO 8601 date-time (YYYY-MM-DDThh:mm:ss[.fraction] with Z or ±hh:mm)'
  if (m[8] === undefined && m[9] === undefined)
    return 'the date-time has no UTC offset (Z or ±hh:mm), so its instant is ambiguous'
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const h = Number(m[4])
  const mi = Number(m[5])
  const s = Number(m[6])
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return `${m[1]}-${m[2]}-${m[3]} is not a calendar date`
  if (h > 23 || mi > 59 || s > 60) return `${m[4]}:${m[5]}:${m[6]} is not a time of day`
  let offset = 0
  if (m[9] !== undefined) {
    const oh = Number(m[10])
    const om = Number(m[11])
    if (oh > 23 || om > 59) return `offset ${m[9]}${m[10]}:${m[11]} is out of range`
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const frac = m[7] === undefined ? 0 : Number((m[7] + '00000').slice(0, 6))
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60
  return seconds * 1_000_000 + frac
}

/** Digits buf[i, i + n) as a number, or -1 when any is not an ASCII digit. */
function digitsAt(buf: Uint8Array, i: number, n: number): number {
  let v = 0
  for (let k = i; k < i + n; k++) {
    const d = buf[k]! - 0x30
    if (d < 0 || d > 9) return -1
    v = v * 10 + d
  }
  return v
}

/**
 * {@link parseDateTime} of the bytes buf[start, end) (one byte per character, as a
 * string value without escapes is), for the forms it accepts; undefined for anything
 * else, including every date-time it refuses: the caller then takes the text path,
 * which gives the same number or the reason.
 */
export function dateTimeBytes(buf: Uint8Array, start: number, end: number): number | undefined {
  if (end - start < 19) return undefined
  const y = digitsAt(buf, start, 4)
  const mo = digitsAt(buf, start + 5, 2)
  const d = digitsAt(buf, start + 8, 2)
  const h = digitsAt(buf, start + 11, 2)
  const mi = digitsAt(buf, start + 14, 2)
  const s = digitsAt(buf, start + 17, 2)
  const t = buf[start + 10]
  if (
    y < 0 ||
    mo < 0 ||
    d < 0 ||
    h < 0 ||
    mi < 0 ||
    s < 0 ||
    buf[start + 4] !== 0x2d ||
    buf[start + 7] !== 0x2d ||
    (t !== 0x54 && t !== 0x74 && t !== 0x20) ||
    buf[start + 13] !== 0x3a ||
    buf[start + 16] !== 0x3a
  ) {
    return undefined
  }
  let i = start + 19
  // Fraction: the first six digits count (padded), the rest are truncated.
  let frac = 0
  if (i < end && (buf[i] === 0x2e || buf[i] === 0x2c)) {
    i++
    let n = 0
    while (i < end && buf[i]! >= 0x30 && buf[i]! <= 0x39) {
      if (n < 6) frac = frac * 10 + (buf[i]! - 0x30)
      n++
      i++
    }
    if (n === 0) return undefined
    for (let k = n; k < 6; k++) frac *= 10
  }
  let offset = 0
  const z = buf[i]
  if (i + 1 === end && (z === 0x5a || z === 0x7a)) i++
  else if (z === 0x2b || z === 0x2d) {
    const oh = digitsAt(buf, i + 1, 2)
    const colon = buf[i + 3] === 0x3a ? 1 : 0
    const om = digitsAt(buf, i + 3 + colon, 2)
    if (oh < 0 || om < 0 || i + 5 + colon !== end || oh > 23 || om > 59) return undefined
    offset = (z === 0x2d ? -1 : 1) * (oh * 60 + om)
    i = end
  } else return undefined
  if (i !== end) return undefined
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return undefined
  const seconds = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset * 60
  return seconds * 1_000_000 + frac
}

/** `YYYY-MM-DD` (UTC) of an instant in microseconds. */
export function utcDay(micros: number): string {
  const { y, m, d } = civilFromDays(Math.floor(micros / MICROS_PER_DAY))
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** ISO 8601 text (UTC, microseconds) of an instant. */
export function isoMicros(micros: number): string {
  const day = Math.floor(micros / MICROS_PER_DAY)
  let rest = micros - day * MICROS_PER_DAY
  const h = Math.floor(rest / 3600e6)
  rest -= h * 3600e6
  const mi = Math.floor(rest / 60e6)
  rest -= mi * 60e6
  const s = Math.floor(rest / 1e6)
  const us = rest - s * 1e6
  const p = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `${utcDay(micros)}T${p(h)}:${p(mi)}:${p(s)}.${p(us, 6)}Z`
}

/** Reads a date-time input; a bad one is INPUT_INVALID naming the input. */
export function dateTimeInput(name: string, text: string): number {
  const r = parseDateTime(text, { dateOnly: true })
  if (typeof r === 'string') {
    throw new GateError('INPUT_INVALID', `input '${name}' is '${text}': ${r}`, {
      field: name,
      hint: 'Give an ISO 8601 date-time with an offset, such as 2026-01-01T00:00:00Z or 2026-01-01T01:00:00+01:00, or a date (midnight UTC)'
    })
  }
  return r
}

/** A calendar duration: years, months and days. */
export interface Duration {
  years: number
  months: number
  days: number
  text: string
}

/** Reads an ISO 8601 duration of years, months, weeks and days (P3Y, P1Y6M, P30D, P2W). */
export function durationInput(name: string, text: string): Duration {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(text)
  if (!m || text === 'P') {
    throw new GateError(
      'INPUT_INVALID',
      `input '${name}' is '${text}'; give an ISO 8601 duration such as P3Y, P36M or P30D`,
      {
        field: name
      }
    )
  }
  return { years: Number(m[1] ?? 0), months: Number(m[2] ?? 0), days: Number(m[3] ?? 0) * 7 + Number(m[4] ?? 0), text }
}

/** `micros` moved back by a calendar duration (month ends clamp: 2024-02-29 minus P1Y is 2023-02-28). */
export function minusDuration(micros: number, d: Duration): number {
  const day = Math.floor(micros / MICROS_PER_DAY)
  const within = micros - day * MICROS_PER_DAY
  const { y, m, d: dd } = civilFromDays(day)
  let months = y * 12 + (m - 1) - (d.years * 12 + d.months)
  const ny = Math.floor(months / 12)
  const nm = months - ny * 12 + 1
  months = 0
  const nd = Math.min(dd, daysInMonth(ny, nm))
  return (daysFromCivil(ny, nm, nd) - d.days) * MICROS_PER_DAY + within
}

/** A duration as microseconds, for tolerances (years as 365 days, months as 30). */
export function durationMicros(d: Duration): number {
  return (d.years * 365 + d.months * 30 + d.days) * MICROS_PER_DAY
}
