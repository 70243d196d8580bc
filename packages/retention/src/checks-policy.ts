/**
 * The checks read from the policy about retention: every category's retention meets
 * the floor, and every required category is covered.
 */
import { makeCheck, type Check, type Location } from '@ai-act-gates/core'
import { formatRetention, retentionJson } from './duration.js'
import { floorText, shortfallText, unmet, type Floor } from './floor.js'
import type { PolicyLocation, RetentionPolicy } from './policy.js'

/** Where the plan stands on each category, when a plan was judged. */
export interface PlanCoverage {
  /** True when the policy names its stores, so the plan can show where each category is. */
  storesDeclared: boolean
  /** Categories held by a surviving store, with the store addresses. */
  held: Map<string, string[]>
}

/** A policy location as a check location. */
export function loc(at: PolicyLocation): Location {
  return {
    file: at.file,
    ...(at.line !== undefined ? { line: at.line } : {}),
    ...(at.column !== undefined ? { column: at.column } : {}),
    field: at.field
  }
}

/** Every category the policy names keeps its logs at least the floor. */
export function policyFloorCheck(policy: RetentionPolicy, floor: Floor): Check {
  const failures: Array<{ message: string; at: PolicyLocation }> = []
  const rows: Array<Record<string, unknown>> = []
  for (const c of policy.categories.values()) {
    if (!c.retention) {
      failures.push({
        message: `${c.name}: no retention period (set retention_days or retention_years)`,
        at: c.retentionAt
      })
      rows.push({ category: c.name, retention: null })
      continue
    }
    const missed = unmet(c.retention, floor)
    rows.push({
      category: c.name,
      retention: retentionJson(c.retention),
      field: c.retentionAt.field,
      meetsFloor: missed.length === 0
    })
    if (missed.length > 0)
      failures.push({
        message: `${c.name}: ${formatRetention(c.retention)}, ${shortfallText(missed)}`,
        at: c.retentionAt
      })
  }
  if (policy.categories.size === 0) {
    const at = policy.locate(['retention_days'])
    failures.push({ message: 'the policy names no log category with a retention period', at })
  }
  const title = 'Every log category is kept at least the floor'
  if (failures.length > 0) {
    return makeCheck(
      'retention-floor',
      title,
      floor.articles,
      'fail',
      `${failures.length} shortfall(s) against ${floorText(floor)}: ${failures.map(f => f.message).join('; ')}`,
      {
        locations: failures.map(f => loc(f.at)),
        evidence: { categories: rows }
      }
    )
  }
  const list = [...policy.categories.values()].map(c => `${c.name} ${formatRetention(c.retention!)}`).join(', ')
  return makeCheck(
    'retention-floor',
    title,
    floor.articles,
    'pass',
    `${list}: every category meets ${floorText(floor)}`,
    { evidence: { categories: rows } }
  )
}

/** Every required category is covered by the policy (and, when it names stores, held by a store in the plan) or by a provider. */
export function coverageCheck(
  policy: RetentionPolicy | undefined,
  required: string[],
  floor: Floor,
  plan: PlanCoverage | undefined
): Check {
  const title = 'Every log category is covered'
  if (!policy) {
    return makeCheck(
      'categories-covered',
      title,
      floor.articles,
      'fail',
      `no policy names the log categories (${required.join(', ')}); a plan alone does not show which store holds which category`,
      { evidence: { required, uncovered: required } }
    )
  }
  const missing: Array<{ category: string; why: string }> = []
  const rows: Array<Record<string, unknown>> = []
  for (const name of required) {
    const inPolicy = policy.categories.has(name)
    const providers = policy.providers.filter(p => p.logTypes.includes(name)).map(p => p.name)
    const stores = plan?.held.get(name) ?? []
    rows.push({ category: name, policy: inPolicy, providers, stores })
    if (!inPolicy && providers.length === 0) {
      missing.push({ category: name, why: 'the policy gives it no retention and names no provider that holds it' })
    } else if (plan?.storesDeclared && providers.length === 0 && stores.length === 0) {
      missing.push({ category: name, why: 'no store the policy names holds it in the plan' })
    }
  }
  const extra = [...policy.categories.keys()].filter(c => !required.includes(c))
  if (missing.length > 0) {
    const at = policy.categoriesAt
    return makeCheck(
      'categories-covered',
      title,
      floor.articles,
      'fail',
      `${missing.length} of ${required.length} categories not covered: ${missing.map(m => `${m.category} (${m.why})`).join('; ')}`,
      {
        locations: [loc(at)],
        evidence: { required, uncovered: missing.map(m => m.category), categories: rows, alsoCovered: extra }
      }
    )
  }
  return makeCheck('categories-covered', title, floor.articles, 'pass', `${required.join(', ')}: all covered`, {
    evidence: { required, categories: rows, alsoCovered: extra }
  })
}
