/**
 * S3 buckets named as log stores. Lifecycle rules (s3-lifecycle.ts) decide how long
 * objects are kept; Object Lock in COMPLIANCE mode with a default retention at least
 * the floor is the only lock no one can lift: GOVERNANCE yields to
 * s3:BypassGovernanceRetention.
 */
import { days, formatRetention, years, type Retention } from '../duration.js'
import { shorter } from './findings.js'
import { configured, linkSatellite, survives } from './link.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'
import type { RuleContext, RuleOutcome } from './rules.js'
import { configurationLifecycle, inlineLifecycle, judgeLifecycle, type LifecycleRuleView } from './s3-lifecycle.js'
import { blockIndexes, boolAttr, numberAttr, stringAttr } from './values.js'

interface LockView {
  inst: PlanInstance
  base: JsonPath
  rule: string
}

function lockEnabled(ctx: RuleContext, locks: PlanInstance[]): boolean | 'unknown' {
  const { store, plan } = ctx
  if (
    locks.some(l => {
      const t = stringAttr(l, ['token'])
      return t !== 'unknown' && t.s !== null && t.s !== ''
    })
  )
    return true
  const v4 = boolAttr(store, ['object_lock_enabled'])
  if (v4 !== 'unknown' && v4.b === true) return true
  const v3 = stringAttr(store, ['object_lock_configuration', 0, 'object_lock_enabled'])
  if (v3 !== 'unknown' && v3.s === 'Enabled') return true
  if (v4 === 'unknown') {
    // Optional and computed in provider 4+: unknown on create when not configured, which leaves it off.
    const set = configured(plan, store, 'object_lock_enabled')
    if (set !== false || !store.actions.includes('create')) return 'unknown'
  }
  return false
}

/** S3 bucket declared as a log store. */
export function s3Bucket(ctx: RuleContext): RuleOutcome {
  const { sink, store, plan } = ctx
  let retention: Retention | 'unknown' = 'forever'
  const views: LifecycleRuleView[] = []
  const satellites = (type: string) =>
    plan.instances
      .filter(i => i.type === type && survives(i))
      .map(i => ({ inst: i, link: linkSatellite(plan, i, 'bucket', ['aws_s3_bucket'], ['bucket', 'id']) }))
  let ownConfiguration = false
  for (const { inst, link } of satellites('aws_s3_bucket_lifecycle_configuration')) {
    if (link.state === 'unresolved') {
      sink.add(
        'retention',
        'unknown',
        's3.lifecycle_configuration',
        inst,
        ['bucket'],
        `this lifecycle configuration may expire these logs: ${link.reason}`
      )
      retention = 'unknown'
      continue
    }
    if (!link.targets.includes(store)) continue
    ownConfiguration = true
    const rules = configurationLifecycle(inst)
    if (rules === 'unknown') {
      sink.add(
        'retention',
        'unknown',
        's3.lifecycle_configuration',
        inst,
        ['rule'],
        'its rules are known only after apply'
      )
      retention = 'unknown'
    } else views.push(...rules)
  }
  // Provider 4+ computes lifecycle_rule from the bucket as it is now; when the plan
  // configures the bucket's lifecycle in its own resource, that resource is what applies.
  const inlineIsComputed = configured(plan, store, 'lifecycle_rule') === false
  if (!(inlineIsComputed && ownConfiguration)) {
    const inline = inlineLifecycle(store)
    if (inline !== 'unknown') views.push(...inline)
    else if (!inlineIsComputed) {
      sink.add(
        'retention',
        'unknown',
        's3.lifecycle_rule',
        store,
        ['lifecycle_rule'],
        'lifecycle_rule is known only after apply'
      )
      retention = 'unknown'
    }
  }
  const before = sink.findings.length
  for (const v of views) retention = shorter(retention, judgeLifecycle(ctx, v))
  if (sink.findings.length === before && retention !== 'unknown') {
    sink.add(
      'retention',
      'pass',
      's3.lifecycle',
      store,
      [],
      'no enabled lifecycle rule expires objects in this bucket: they are kept until someone deletes them'
    )
  }

  // Object Lock.
  const locks: LockView[] = []
  const unresolvedLocks: PlanInstance[] = []
  for (const { inst, link } of satellites('aws_s3_bucket_object_lock_configuration')) {
    if (link.state === 'unresolved') unresolvedLocks.push(inst)
    else if (link.targets.includes(store))
      locks.push({ inst, base: ['rule', 0, 'default_retention', 0], rule: 's3.object_lock_configuration' })
  }
  if (locks.length === 0) {
    const inlineRule = blockIndexes(store, ['object_lock_configuration', 0, 'rule'])
    if (inlineRule !== 'unknown' && inlineRule.length > 0) {
      locks.push({
        inst: store,
        base: ['object_lock_configuration', 0, 'rule', 0, 'default_retention', 0],
        rule: 's3.object_lock_configuration'
      })
    } else if (inlineRule === 'unknown' && configured(plan, store, 'object_lock_configuration') !== false) {
      sink.add(
        'immutability',
        'unknown',
        's3.object_lock_configuration',
        store,
        ['object_lock_configuration'],
        'object_lock_configuration is known only after apply'
      )
      return { retention, lock: { mode: 'unknown' } }
    }
  }
  if (unresolvedLocks.length > 0 && locks.length === 0) {
    for (const u of unresolvedLocks)
      sink.add(
        'immutability',
        'unknown',
        's3.object_lock_configuration',
        u,
        ['bucket'],
        'whether this Object Lock configuration locks the bucket is known only after apply'
      )
    return { retention, lock: { mode: 'unknown' } }
  }
  const enabled = lockEnabled(
    ctx,
    locks.map(l => l.inst)
  )
  if (enabled === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      's3.object_lock_enabled',
      store,
      ['object_lock_enabled'],
      'whether Object Lock is enabled on the bucket is known only after apply'
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  if (!enabled) {
    sink.add(
      'immutability',
      'fail',
      's3.object_lock_enabled',
      store,
      ['object_lock_enabled'],
      'Object Lock is not enabled on the bucket: any principal allowed s3:DeleteObject can delete logs before the floor'
    )
    return { retention, lock: { mode: 'none' } }
  }
  if (locks.length > 1) {
    sink.add(
      'immutability',
      'unknown',
      's3.object_lock_configuration',
      locks[1]!.inst,
      ['bucket'],
      `${locks.length} Object Lock configurations target this bucket; which one applies last is not in the plan`
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  const lock = locks[0]
  if (!lock) {
    sink.add(
      'immutability',
      'fail',
      's3.object_lock_default_retention',
      store,
      ['object_lock_configuration'],
      'Object Lock is enabled but sets no default retention: objects are locked only if every writer sets a retention period on each object'
    )
    return { retention, lock: { mode: 'none' } }
  }
  return { retention, lock: judgeDefaultRetention(ctx, lock) }
}

function judgeDefaultRetention(ctx: RuleContext, lock: LockView): RuleOutcome['lock'] {
  const { sink } = ctx
  const mode = stringAttr(lock.inst, [...lock.base, 'mode'])
  const d = numberAttr(lock.inst, [...lock.base, 'days'])
  const y = numberAttr(lock.inst, [...lock.base, 'years'])
  const modePath = [...lock.base, 'mode']
  if (mode === 'unknown' || d === 'unknown' || y === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      lock.rule,
      lock.inst,
      mode === 'unknown' ? modePath : [...lock.base, d === 'unknown' ? 'days' : 'years'],
      'the default retention is known only after apply'
    )
    return { mode: 'unknown' }
  }
  const dn = d === 'invalid' ? null : d.n
  const yn = y === 'invalid' ? null : y.n
  if (mode.s === null || mode.s === '') {
    sink.add(
      'immutability',
      'fail',
      's3.object_lock_default_retention',
      lock.inst,
      lock.base,
      'Object Lock sets no default retention: objects are locked only if every writer sets a retention period on each object'
    )
    return { mode: 'none' }
  }
  let period: Retention | undefined
  if (yn !== null && yn > 0 && dn !== null && dn > 0) {
    sink.add(
      'immutability',
      'fail',
      lock.rule,
      lock.inst,
      lock.base,
      'the default retention sets both days and years; S3 accepts exactly one'
    )
    return { mode: 'unknown' }
  }
  if (yn !== null && yn > 0) period = years(yn)
  else if (dn !== null && dn > 0) period = days(dn)
  const periodPath = [...lock.base, yn !== null && yn > 0 ? 'years' : 'days']
  if (!period) {
    sink.add(
      'immutability',
      'fail',
      lock.rule,
      lock.inst,
      periodPath,
      'the default retention gives neither days nor years'
    )
    return { mode: 'none' }
  }
  if (mode.s === 'GOVERNANCE') {
    sink.add(
      'immutability',
      'fail',
      lock.rule,
      lock.inst,
      modePath,
      `Object Lock mode is GOVERNANCE (${formatRetention(period)}): principals allowed s3:BypassGovernanceRetention can delete or shorten the lock; use COMPLIANCE`
    )
    return { mode: 'bypassable', retention: period }
  }
  if (mode.s !== 'COMPLIANCE') {
    sink.add(
      'immutability',
      'fail',
      lock.rule,
      lock.inst,
      modePath,
      `Object Lock mode is '${mode.s}', neither COMPLIANCE nor GOVERNANCE`
    )
    return { mode: 'none' }
  }
  sink.judgeAs('immutability', lock.rule, lock.inst, periodPath, period, {
    fail: `Object Lock COMPLIANCE locks new objects for only ${formatRetention(period)}`,
    pass: `Object Lock COMPLIANCE locks every new object for ${formatRetention(period)}: no one, the root user included, can delete it sooner`
  })
  return { mode: 'worm', retention: period }
}
