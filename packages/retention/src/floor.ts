/**
 * The floor a run applies: `min-days`, a sector preset and the ten-year horizon, each
 * kept with its sources. A retention passes only if it meets every one of them.
 */
import { days, formatRetention, maxDays, meets, retentionJson, type Duration, type Retention } from './duration.js'
import { ART19_FLOOR, PRESETS, TEN_YEAR_HORIZON, type Citation, type Preset } from './presets.js'

/** One requirement of the floor. */
export interface Requirement {
  /** Where it comes from: the `min-days` input, a preset, or the ten-year horizon. */
  source: 'min-days' | 'preset' | 'ten-year-horizon'
  /** How reports name it: `min-days`, `preset finance`, `ten-year horizon`. */
  label: string
  /** The period. */
  duration: Duration
  /** The instruments behind it. */
  citations: Citation[]
  /** What it does not cover. */
  limits: string[]
}

/** Everything the floor is made of. */
export interface Floor {
  requirements: Requirement[]
  /** AI Act articles for the checks. */
  articles: string[]
}

/** Options that shape the floor. */
export interface FloorOptions {
  minDays: number
  preset: Preset['name'] | undefined
  tenYearHorizon: boolean
  horizonMarginDays: number
}

/** Builds the floor from the inputs. */
export function buildFloor(options: FloorOptions): Floor {
  const requirements: Requirement[] = [
    {
      source: 'min-days',
      label: 'min-days',
      duration: days(options.minDays),
      citations: ART19_FLOOR,
      limits: ['Six calendar months span 181 to 184 days; 183 is the default. Set 184 for the longest six months.']
    }
  ]
  const articles = new Set(['Art.19(1)', 'Art.26(6)'])
  if (options.preset) {
    const p = PRESETS[options.preset]
    requirements.push({
      source: 'preset',
      label: `preset ${p.name}`,
      duration: p.duration,
      citations: p.citations,
      limits: p.limits
    })
    for (const a of p.articles) articles.add(a)
  }
  if (options.tenYearHorizon) {
    requirements.push({
      source: 'ten-year-horizon',
      label: 'ten-year horizon',
      duration: { years: TEN_YEAR_HORIZON.duration.years, days: options.horizonMarginDays },
      citations: TEN_YEAR_HORIZON.citations,
      limits: TEN_YEAR_HORIZON.limits
    })
  }
  return { requirements, articles: [...articles].sort(compareArticles) }
}

function compareArticles(a: string, b: string): number {
  const na = Number(/\d+/.exec(a)?.[0] ?? 0)
  const nb = Number(/\d+/.exec(b)?.[0] ?? 0)
  return na - nb || (a < b ? -1 : a > b ? 1 : 0)
}

/** The requirements a retention does not meet; empty when it meets the floor. */
export function unmet(retention: Retention, floor: Floor): Requirement[] {
  return floor.requirements.filter(r => !meets(retention, r.duration))
}

/** The requirement with the longest span: the one that binds (on a tie, the later, more specific one). */
export function binding(floor: Floor): Requirement {
  return floor.requirements.reduce((a, b) => (maxDays(b.duration) >= maxDays(a.duration) ? b : a))
}

/** The fewest days that meet every requirement whatever the calendar (for hints and outputs). */
export function floorDays(floor: Floor): number {
  return Math.max(...floor.requirements.map(r => maxDays(r.duration)))
}

/** `5 years (preset finance)`: the binding requirement, for messages. */
export function floorText(floor: Floor): string {
  const b = binding(floor)
  return `${formatRetention(b.duration)} (${b.label})`
}

/** Why a retention falls short, for messages: `below 5 years (preset finance)`. */
export function shortfallText(missed: Requirement[]): string {
  return `below ${missed.map(r => `${formatRetention(r.duration)} (${r.label})`).join(' and ')}`
}

/** The floor as evidence: every requirement with its sources and limits. */
export function floorEvidence(floor: Floor): Record<string, unknown> {
  return {
    floorDays: floorDays(floor),
    requirements: floor.requirements.map(r => ({
      source: r.label,
      period: retentionJson(r.duration),
      citations: r.citations,
      limits: r.limits
    }))
  }
}
