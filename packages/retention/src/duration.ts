/**
 * Retention periods as calendar durations. A period given in years and one given in
 * days are compared without pretending a year has a fixed length: a store meets a
 * floor only if its shortest possible span is at least the floor's longest possible
 * span, so "3653 days" meets "10 years" (ten years hold at most three leap days) and
 * "10 years" meets "3652 days" but not "3653 days".
 */

/** Days in a common year. */
export const DAYS_PER_YEAR = 365

/** A period of whole years plus whole days. */
export interface Duration {
  /** Calendar years. */
  years: number
  /** Days added to the years. */
  days: number
}

/** A retention: a period, or `forever` for a store that never deletes on its own. */
export type Retention = Duration | 'forever'

/** A period of days. */
export function days(n: number): Duration {
  return { years: 0, days: n }
}

/** A period of calendar years. */
export function years(n: number): Duration {
  return { years: n, days: 0 }
}

/**
 * The fewest days a period can span: every four consecutive years hold at least one
 * 29 February, so N years hold at least floor(N / 4) leap days. (True for any span
 * that does not cross 1 March 2100, the next century year without a leap day.)
 */
export function minDays(d: Duration): number {
  return d.years * DAYS_PER_YEAR + Math.floor(d.years / 4) + d.days
}

/** The most days a period can span: N years hold at most ceil(N / 4) leap days. */
export function maxDays(d: Duration): number {
  return d.years * DAYS_PER_YEAR + Math.ceil(d.years / 4) + d.days
}

/** True when a retention keeps data at least as long as the floor, whatever the calendar. */
export function meets(retention: Retention, floor: Duration): boolean {
  if (retention === 'forever') return true
  if (retention.years >= floor.years && retention.days >= floor.days) return true
  return minDays(retention) >= maxDays(floor)
}

/** `183 days`, `5 years`, `10 years and 30 days`, `never expires`. */
export function formatRetention(r: Retention): string {
  if (r === 'forever') return 'never expires'
  const parts: string[] = []
  if (r.years > 0) parts.push(`${r.years} year${r.years === 1 ? '' : 's'}`)
  if (r.days > 0 || r.years === 0) parts.push(`${r.days} day${r.days === 1 ? '' : 's'}`)
  return parts.join(' and ')
}

/** The retention as JSON for evidence: `{ years, days }` or `"forever"`. */
export function retentionJson(r: Retention): Duration | 'forever' {
  return r === 'forever' ? 'forever' : { years: r.years, days: r.days }
}
