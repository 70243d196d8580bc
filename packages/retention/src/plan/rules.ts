/** What every store rule is given and returns. */
import type { Retention } from '../duration.js'
import type { Floor } from '../floor.js'
import type { FindingSink, LockMode } from './findings.js'
import type { PlanInstance, TerraformPlan } from './read.js'

/** The inputs of a store rule. */
export interface RuleContext {
  plan: TerraformPlan
  floor: Floor
  /** Today, for rules that compare dates (a fixed-date deletion). */
  now: Date
  /** The key prefix the policy says the logs are written under, if any. */
  prefix: string | undefined
  sink: FindingSink
  store: PlanInstance
}

/** What a store rule decides. */
export interface RuleOutcome {
  retention: Retention | 'unknown'
  lock: { mode: LockMode; retention?: Retention }
}

/**
 * Whether a lifecycle filter prefix can match the logs' prefix: always when either is
 * empty, otherwise when one starts with the other.
 */
export function prefixOverlaps(rulePrefix: string | null, storePrefix: string | undefined): boolean {
  if (rulePrefix === null || rulePrefix === '' || storePrefix === undefined || storePrefix === '') return true
  return storePrefix.startsWith(rulePrefix) || rulePrefix.startsWith(storePrefix)
}
