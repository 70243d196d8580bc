/**
 * What the rules say about each store: one finding per attribute that decides
 * retention, immutability or deletion, with the resource address and attribute that
 * a reader fixes, and the effective retention and lock of the store.
 */
import { minDays, type Retention } from '../duration.js'
import { unmet, shortfallText, type Floor } from '../floor.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance, TerraformPlan } from './read.js'
import { attributeName } from './values.js'

/** The attribute name of a finding about a resource as a whole, such as "CloudWatch cannot lock". */
export const RESOURCE_ITSELF = '(resource)'

/** The outcome of one finding. */
export type FindingStatus = 'pass' | 'fail' | 'unknown'

/** What a finding is about. */
export type Aspect = 'retention' | 'immutability' | 'deletion'

/** One finding. */
export interface Finding {
  aspect: Aspect
  status: FindingStatus
  /** Stable rule id, such as `cloudwatch.retention_in_days`. */
  rule: string
  /** The store the finding is about. */
  store: string
  /** The resource that holds the attribute (the store, or a satellite such as its lifecycle configuration). */
  resource: string
  /** The plan file. */
  file: string
  /** The attribute, such as `rule[0].expiration[0].days`. */
  attribute: string
  /** Where the attribute is in the plan file. */
  path: JsonPath
  /** One sentence a reader can act on. */
  message: string
}

/** How a store is protected against deletion before the floor. */
export type LockMode = 'worm' | 'bypassable' | 'unlocked' | 'none' | 'not-lockable' | 'unknown'

/** The judgement of one store. */
export interface StoreEvaluation {
  /** Address of the store. */
  address: string
  /** Resource type. */
  type: string
  /** Plan file. */
  file: string
  /** Where the store's attributes are in the plan file. */
  path: JsonPath
  /** Categories it holds, from the policy. */
  logTypes: string[]
  /** The shortest time anything in its configuration keeps a log, or `unknown`. */
  retention: Retention | 'unknown'
  /** How the logs are locked, and for how long. */
  lock: { mode: LockMode; retention?: Retention }
  /** True when the plan deletes or replaces it. */
  deleted: boolean
  findings: Finding[]
}

/** The shorter of two retentions. */
export function shorter(a: Retention | 'unknown', b: Retention | 'unknown'): Retention | 'unknown' {
  if (a === 'unknown' || b === 'unknown') return 'unknown'
  if (a === 'forever') return b
  if (b === 'forever') return a
  return minDays(b) < minDays(a) ? b : a
}

/** Collects the findings of one store. */
export class FindingSink {
  readonly findings: Finding[] = []

  constructor(
    readonly plan: TerraformPlan,
    readonly store: PlanInstance,
    readonly floor: Floor
  ) {}

  add(aspect: Aspect, status: FindingStatus, rule: string, inst: PlanInstance, path: JsonPath, message: string): void {
    this.findings.push({
      aspect,
      status,
      rule,
      store: this.store.address,
      resource: inst.address,
      file: inst.file,
      attribute: path.length === 0 ? RESOURCE_ITSELF : attributeName(path),
      path: [...inst.afterPath, ...path],
      message
    })
  }

  /** Adds a finding about the planned change itself (`change.actions`, `deposed`) rather than an attribute. */
  addChange(
    status: FindingStatus,
    rule: string,
    inst: PlanInstance,
    field: 'actions' | 'deposed',
    message: string
  ): void {
    const change = inst.source === 'resource_changes'
    const entry = inst.afterPath.slice(0, -2)
    this.findings.push({
      aspect: 'deletion',
      status,
      rule,
      store: this.store.address,
      resource: inst.address,
      file: inst.file,
      attribute: change ? (field === 'actions' ? 'change.actions' : 'deposed') : RESOURCE_ITSELF,
      path: change ? (field === 'actions' ? [...entry, 'change', 'actions'] : [...entry, 'deposed']) : inst.afterPath,
      message
    })
  }

  /** Adds a pass or fail finding for a retention against the floor; returns whether it met it. */
  judge(
    aspect: Aspect,
    rule: string,
    inst: PlanInstance,
    path: JsonPath,
    retention: Retention,
    what: string,
    hint = ''
  ): boolean {
    return this.judgeAs(aspect, rule, inst, path, retention, { pass: `${what}: meets the floor`, fail: what, hint })
  }

  /**
   * As `judge`, with the pass message given whole: a fail reads `text.fail`, then the
   * shortfall, then `text.hint`.
   */
  judgeAs(
    aspect: Aspect,
    rule: string,
    inst: PlanInstance,
    path: JsonPath,
    retention: Retention,
    text: { pass: string; fail: string; hint?: string }
  ): boolean {
    const missed = unmet(retention, this.floor)
    if (missed.length === 0) {
      this.add(aspect, 'pass', rule, inst, path, text.pass)
      return true
    }
    this.add(aspect, 'fail', rule, inst, path, `${text.fail}, ${shortfallText(missed)}${text.hint ?? ''}`)
    return false
  }
}
