/**
 * Which resources of a plan are log stores, and their judgement. CloudWatch log
 * groups and Cloud Logging buckets hold nothing but logs, so every one is a store
 * unless the policy names its stores. S3 buckets, Azure storage and Cloud Storage
 * buckets hold anything, so they are stores only when the policy names them.
 */
import { GateError } from '@ai-act-gates/core'
import type { Floor } from '../floor.js'
import { matchesAddress, type ResourceAddress } from './address.js'
import { cloudwatchLogGroup } from './cloudwatch.js'
import { s3Bucket } from './s3.js'
import { storageAccount, storageContainer } from './azure.js'
import { FindingSink, type StoreEvaluation } from './findings.js'
import { storageBucket } from './gcs.js'
import { loggingBucket } from './logging.js'
import type { PlanInstance, TerraformPlan } from './read.js'
import type { RuleContext, RuleOutcome } from './rules.js'

/** Resource types that only ever hold logs. */
export const LOG_ONLY_TYPES = [
  'aws_cloudwatch_log_group',
  'google_logging_project_bucket_config',
  'google_logging_folder_bucket_config',
  'google_logging_organization_bucket_config',
  'google_logging_billing_account_bucket_config'
] as const

/** Resource types that are log stores when the policy names them. */
export const DECLARABLE_TYPES = [
  'aws_s3_bucket',
  'azurerm_storage_account',
  'azurerm_storage_container',
  'google_storage_bucket'
] as const

const RULES: Record<string, (ctx: RuleContext) => RuleOutcome> = {
  aws_cloudwatch_log_group: cloudwatchLogGroup,
  aws_s3_bucket: s3Bucket,
  azurerm_storage_account: storageAccount,
  azurerm_storage_container: storageContainer,
  google_storage_bucket: storageBucket,
  google_logging_project_bucket_config: loggingBucket,
  google_logging_folder_bucket_config: loggingBucket,
  google_logging_organization_bucket_config: loggingBucket,
  google_logging_billing_account_bucket_config: loggingBucket
}

/** A store as the policy declares it. */
export interface DeclaredStore {
  /** The address pattern, parsed. */
  address: ResourceAddress
  /** The address as written. */
  text: string
  logTypes: string[]
  prefix?: string
  /** Where in the policy it is, for errors. */
  location: { file: string; line?: number; column?: number; field: string }
}

/** A resource chosen as a store. */
export interface SelectedStore {
  plan: TerraformPlan
  instance: PlanInstance
  logTypes: string[]
  prefix: string | undefined
}

/** What the selection found. */
export interface StoreSelection {
  stores: SelectedStore[]
  /** Declared stores with no instance in any plan. */
  missing: DeclaredStore[]
  /** Log-only resources the policy does not name, so not judged. */
  undeclared: string[]
}

/** Rejects declared stores of a type the gate cannot judge, naming the policy line. */
export function checkDeclaredTypes(declared: DeclaredStore[]): void {
  for (const d of declared) {
    const t = d.address.type
    if (!(t in RULES)) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `${t} is not a store type this gate can judge; it knows ${Object.keys(RULES).join(', ')}`,
        {
          file: d.location.file,
          ...(d.location.line !== undefined ? { line: d.location.line } : {}),
          ...(d.location.column !== undefined ? { column: d.location.column } : {}),
          field: d.location.field
        }
      )
    }
  }
}

/** Chooses the stores: the declared ones when the policy names any, otherwise every log-only resource. */
export function selectStores(plans: TerraformPlan[], declared: DeclaredStore[] | undefined): StoreSelection {
  const stores: SelectedStore[] = []
  const missing: DeclaredStore[] = []
  const undeclared: string[] = []
  const all = plans.flatMap(plan => plan.instances.map(instance => ({ plan, instance })))
  if (declared && declared.length > 0) {
    const byKey = new Map<PlanInstance, SelectedStore>()
    for (const d of declared) {
      const hits = all.filter(x => matchesAddress(d.address, x.instance.parsed))
      if (hits.length === 0) missing.push(d)
      for (const h of hits) {
        const s = byKey.get(h.instance)
        if (s) {
          for (const t of d.logTypes) if (!s.logTypes.includes(t)) s.logTypes.push(t)
          s.prefix ??= d.prefix
        } else {
          const sel: SelectedStore = { plan: h.plan, instance: h.instance, logTypes: [...d.logTypes], prefix: d.prefix }
          byKey.set(h.instance, sel)
          stores.push(sel)
        }
      }
    }
    for (const x of all) {
      if ((LOG_ONLY_TYPES as readonly string[]).includes(x.instance.type) && !byKey.has(x.instance)) {
        undeclared.push(x.instance.address)
      }
    }
  } else {
    for (const x of all) {
      if ((LOG_ONLY_TYPES as readonly string[]).includes(x.instance.type)) {
        stores.push({ plan: x.plan, instance: x.instance, logTypes: [], prefix: undefined })
      }
    }
  }
  stores.sort(
    (a, b) =>
      cmp(a.instance.file, b.instance.file) ||
      cmp(a.instance.address, b.instance.address) ||
      cmp(a.instance.deposed ?? '', b.instance.deposed ?? '')
  )
  return { stores, missing, undeclared: [...new Set(undeclared)].sort(cmp) }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function before(inst: PlanInstance, name: string): unknown {
  return inst.before ? inst.before[name] : undefined
}

/** Judges one store. */
export function evaluateStore(sel: SelectedStore, floor: Floor, now: Date): StoreEvaluation {
  const { plan, instance } = sel
  const sink = new FindingSink(plan, instance, floor)
  const out: StoreEvaluation = {
    address: instance.deposed ? `${instance.address} (deposed ${instance.deposed})` : instance.address,
    type: instance.type,
    file: instance.file,
    path: instance.afterPath,
    logTypes: sel.logTypes,
    retention: 'unknown',
    lock: { mode: 'unknown' },
    deleted: false,
    findings: sink.findings
  }
  const actions = instance.actions
  const shown = `actions: ${actions.join(', ')}`
  if (instance.deposed !== undefined) {
    sink.addChange(
      'fail',
      'plan.deposed',
      instance,
      'deposed',
      `the plan destroys a deposed object of this store (${instance.deposed}), and the logs in it`
    )
    out.deleted = true
    return out
  }
  if (actions.includes('forget')) {
    sink.addChange(
      'unknown',
      'plan.forget',
      instance,
      'actions',
      'the plan removes this store from Terraform state without destroying it: the logs stay, but this plan no longer shows how long'
    )
    out.deleted = true
    return out
  }
  if (actions.includes('delete')) {
    if (
      instance.type === 'aws_cloudwatch_log_group' &&
      before(instance, 'skip_destroy') === true &&
      !actions.includes('create')
    ) {
      sink.addChange(
        'unknown',
        'plan.delete',
        instance,
        'actions',
        `the plan removes this log group from Terraform state (${shown}); skip_destroy keeps the group and its events, but this plan no longer shows how long`
      )
      out.deleted = true
      return out
    }
    const s3 =
      instance.type === 'aws_s3_bucket'
        ? before(instance, 'force_destroy') === true
          ? '; force_destroy deletes every object in it'
          : '; the delete fails while the bucket holds objects, but the plan intends to remove the store'
        : ''
    const verb = actions.includes('create') ? 'replaces' : 'destroys'
    sink.addChange(
      'fail',
      'plan.delete',
      instance,
      'actions',
      `the plan ${verb} this store (${shown}): the logs it holds are destroyed with it${s3}`
    )
    if (!actions.includes('create')) {
      out.deleted = true
      return out
    }
  } else {
    sink.addChange(
      'pass',
      'plan.delete',
      instance,
      'actions',
      `the plan keeps this store (${actions.length > 0 ? shown : 'planned_values'})`
    )
  }
  const rule = RULES[instance.type]
  if (!rule) throw new GateError('INTERNAL', `no rule for ${instance.type}`)
  const outcome = rule({ plan, floor, now, prefix: sel.prefix, sink, store: instance })
  out.retention = outcome.retention
  out.lock = outcome.lock
  return out
}
