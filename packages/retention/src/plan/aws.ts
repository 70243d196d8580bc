/**
 * AWS stores. CloudWatch Logs: `retention_in_days` (0 or unset never expires; only a
 * fixed list of values is accepted; the DELIVERY class keeps events one day). S3: a
 * lifecycle expiration shorter than the floor deletes logs; Object Lock in COMPLIANCE
 * mode with a default retention at least the floor is the only lock no one can lift,
 * GOVERNANCE can be bypassed with s3:BypassGovernanceRetention.
 */
import { days, formatRetention, years, type Retention } from '../duration.js'
import { shortfallText, unmet } from '../floor.js'
import { shorter } from './findings.js'
import { configured, linkSatellite, survives } from './link.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'
import { prefixOverlaps, type RuleContext, type RuleOutcome } from './rules.js'
import { blockIndexes, boolAttr, elementPath, numberAttr, stringAttr } from './values.js'

/** The values CloudWatch Logs accepts for a retention policy (PutRetentionPolicy). 0 in Terraform removes it. */
export const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653
]

/** CloudWatch Logs log group. */
export function cloudwatchLogGroup(ctx: RuleContext): RuleOutcome {
  const { sink, store } = ctx
  let retention: Retention | 'unknown' = 'forever'
  const cls = stringAttr(store, ['log_group_class'])
  if (cls === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      'cloudwatch.log_group_class',
      store,
      ['log_group_class'],
      'log_group_class is known only after apply; the DELIVERY class keeps events one day'
    )
    retention = 'unknown'
  } else if (cls.s === 'DELIVERY') {
    sink.add(
      'retention',
      'fail',
      'cloudwatch.log_group_class',
      store,
      ['log_group_class'],
      'log_group_class is DELIVERY: CloudWatch Logs keeps events of this class for one day, whatever retention_in_days says'
    )
    retention = days(1)
  }
  const n = numberAttr(store, ['retention_in_days'])
  if (n === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      'cloudwatch.retention_in_days',
      store,
      ['retention_in_days'],
      'retention_in_days is known only after apply'
    )
    retention = 'unknown'
  } else if (n === 'invalid') {
    sink.add(
      'retention',
      'fail',
      'cloudwatch.retention_in_days',
      store,
      ['retention_in_days'],
      'retention_in_days is not a number'
    )
  } else if (n.n === null || n.n === 0) {
    sink.add(
      'retention',
      'pass',
      'cloudwatch.retention_in_days',
      store,
      ['retention_in_days'],
      `retention_in_days is ${n.n === null ? 'unset' : '0'}: log events never expire`
    )
  } else if (!CLOUDWATCH_RETENTION_DAYS.includes(n.n)) {
    sink.add(
      'retention',
      'fail',
      'cloudwatch.retention_in_days',
      store,
      ['retention_in_days'],
      `retention_in_days is ${n.n}, which CloudWatch Logs does not accept (it takes ${CLOUDWATCH_RETENTION_DAYS.join(', ')}, or 0 for never)${cloudwatchHint(ctx)}`
    )
    retention = shorter(retention, days(n.n))
  } else {
    sink.judge(
      'retention',
      'cloudwatch.retention_in_days',
      store,
      ['retention_in_days'],
      days(n.n),
      `retention_in_days is ${n.n}: log events are deleted after ${n.n} days`,
      unmet(days(n.n), ctx.floor).length > 0 ? cloudwatchHint(ctx) : ''
    )
    retention = shorter(retention, days(n.n))
  }
  const protection = boolAttr(store, ['deletion_protection_enabled'])
  const note =
    protection !== 'unknown' && protection.b === true
      ? '; deletion_protection_enabled blocks deleting the group but can be switched off and does not stop a shorter retention'
      : ''
  sink.add(
    'immutability',
    'fail',
    'cloudwatch.lock',
    store,
    [],
    `CloudWatch Logs cannot lock log events: a principal allowed logs:PutRetentionPolicy, logs:DeleteLogStream or logs:DeleteLogGroup can shorten or delete them${note}`
  )
  return { retention, lock: { mode: 'not-lockable' } }
}

function cloudwatchHint(ctx: RuleContext): string {
  const ok = CLOUDWATCH_RETENTION_DAYS.find(v => unmet(days(v), ctx.floor).length === 0)
  return ok === undefined
    ? '; no CloudWatch value meets the floor except 0 (never expire)'
    : `; the smallest CloudWatch value that meets the floor is ${ok}`
}

interface LifecycleRuleView {
  inst: PlanInstance
  base: JsonPath
  enabled: { b: boolean | null } | 'unknown'
  prefixes: Array<{ s: string | null } | 'unknown'>
  expirationDays: JsonPath
  expirationDate: JsonPath
  noncurrentDays: JsonPath
  rule: string
}

/** Lifecycle rules written inline on the bucket (provider 3.x, or still set in 4.x). */
function inlineLifecycle(store: PlanInstance): LifecycleRuleView[] | 'unknown' {
  const idx = blockIndexes(store, ['lifecycle_rule'])
  if (idx === 'unknown') return 'unknown'
  return idx.map(i => {
    const base = elementPath(['lifecycle_rule'], i)
    return {
      inst: store,
      base,
      enabled: boolAttr(store, [...base, 'enabled']),
      prefixes: [stringAttr(store, [...base, 'prefix'])],
      expirationDays: [...base, 'expiration', 0, 'days'],
      expirationDate: [...base, 'expiration', 0, 'date'],
      noncurrentDays: [...base, 'noncurrent_version_expiration', 0, 'days'],
      rule: 's3.lifecycle_rule'
    }
  })
}

/** Rules of an aws_s3_bucket_lifecycle_configuration. */
function configurationLifecycle(inst: PlanInstance): LifecycleRuleView[] | 'unknown' {
  const idx = blockIndexes(inst, ['rule'])
  if (idx === 'unknown') return 'unknown'
  return idx.map(i => {
    const base = elementPath(['rule'], i)
    const status = stringAttr(inst, [...base, 'status'])
    return {
      inst,
      base,
      enabled: status === 'unknown' ? 'unknown' : { b: status.s === 'Enabled' },
      prefixes: [
        stringAttr(inst, [...base, 'prefix']),
        stringAttr(inst, [...base, 'filter', 0, 'prefix']),
        stringAttr(inst, [...base, 'filter', 0, 'and', 0, 'prefix'])
      ],
      expirationDays: [...base, 'expiration', 0, 'days'],
      expirationDate: [...base, 'expiration', 0, 'date'],
      noncurrentDays: [...base, 'noncurrent_version_expiration', 0, 'noncurrent_days'],
      rule: 's3.lifecycle_configuration'
    }
  })
}

function applies(view: LifecycleRuleView, prefix: string | undefined): 'yes' | 'no' | 'unknown' {
  if (prefix === undefined) return 'yes'
  let sawUnknown = false
  for (const p of view.prefixes) {
    if (p === 'unknown') sawUnknown = true
    else if (p.s !== null && p.s !== '' && !prefixOverlaps(p.s, prefix)) return 'no'
  }
  return sawUnknown ? 'unknown' : 'yes'
}

function judgeLifecycle(ctx: RuleContext, view: LifecycleRuleView): Retention | 'unknown' {
  const { sink } = ctx
  const where = view.inst === ctx.store ? '' : ` (${view.inst.address})`
  if (view.enabled === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      view.rule,
      view.inst,
      view.base,
      `whether lifecycle rule ${view.base.join('.')} is enabled is known only after apply${where}`
    )
    return 'unknown'
  }
  if (view.enabled.b !== true) return 'forever'
  const scope = applies(view, ctx.prefix)
  if (scope === 'no') return 'forever'
  let retention: Retention | 'unknown' = 'forever'
  const soften = (status: 'fail' | 'unknown'): 'fail' | 'unknown' => (scope === 'unknown' ? 'unknown' : status)
  const scopeNote = scope === 'unknown' ? ' (whether its filter matches the log prefix is known only after apply)' : ''
  const exp = numberAttr(view.inst, view.expirationDays)
  if (exp === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      view.rule,
      view.inst,
      view.expirationDays,
      `expiration days are known only after apply${where}`
    )
    retention = 'unknown'
  } else if (exp !== 'invalid' && exp.n !== null && exp.n > 0) {
    const missed = unmet(days(exp.n), ctx.floor)
    if (missed.length > 0) {
      sink.add(
        'retention',
        soften('fail'),
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days${where}: a deletion schedule shorter than the floor, ${shortfallText(missed)}${scopeNote}`
      )
    } else {
      sink.add(
        'retention',
        'pass',
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days${where}: not before the floor (an expiration is a deletion schedule, not a retention guarantee)`
      )
    }
    retention = shorter(retention, days(exp.n))
  }
  const date = stringAttr(view.inst, view.expirationDate)
  if (date === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      view.rule,
      view.inst,
      view.expirationDate,
      `the expiration date is known only after apply${where}`
    )
    retention = 'unknown'
  } else if (date.s !== null && date.s !== '') {
    sink.add(
      'retention',
      soften('fail'),
      view.rule,
      view.inst,
      view.expirationDate,
      `a lifecycle rule expires every object on ${date.s}${where}, however recently it was written${scopeNote}`
    )
    retention = shorter(retention, days(0))
  }
  const nc = numberAttr(view.inst, view.noncurrentDays)
  if (nc === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      view.rule,
      view.inst,
      view.noncurrentDays,
      `noncurrent version expiration is known only after apply${where}`
    )
    retention = 'unknown'
  } else if (nc !== 'invalid' && nc.n !== null && nc.n > 0) {
    const missed = unmet(days(nc.n), ctx.floor)
    if (missed.length > 0) {
      sink.add(
        'retention',
        soften('fail'),
        view.rule,
        view.inst,
        view.noncurrentDays,
        `a lifecycle rule deletes noncurrent versions ${nc.n} days after they are replaced${where}: a log deleted or overwritten is gone after ${nc.n} days, ${shortfallText(missed)}${scopeNote}`
      )
    }
  }
  return retention
}

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
  const inline = inlineLifecycle(store)
  if (inline === 'unknown') {
    if (configured(plan, store, 'lifecycle_rule') !== false) {
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
  } else views.push(...inline)
  const satellites = (type: string) =>
    plan.instances
      .filter(i => i.type === type && survives(i))
      .map(i => ({ inst: i, link: linkSatellite(plan, i, 'bucket', ['aws_s3_bucket'], ['bucket', 'id']) }))
  for (const { inst, link } of satellites('aws_s3_bucket_lifecycle_configuration')) {
    if (link.state === 'unresolved') {
      sink.add(
        'retention',
        'unknown',
        's3.lifecycle_configuration',
        inst,
        ['bucket'],
        `${inst.address} may expire these logs: ${link.reason}`
      )
      retention = 'unknown'
      continue
    }
    if (!link.targets.includes(store)) continue
    const rules = configurationLifecycle(inst)
    if (rules === 'unknown') {
      sink.add(
        'retention',
        'unknown',
        's3.lifecycle_configuration',
        inst,
        ['rule'],
        `the rules of ${inst.address} are known only after apply`
      )
      retention = 'unknown'
    } else views.push(...rules)
  }
  for (const v of views) retention = shorter(retention, judgeLifecycle(ctx, v))
  if (views.length === 0 && retention !== 'unknown') {
    sink.add(
      'retention',
      'pass',
      's3.lifecycle',
      store,
      [],
      'no lifecycle rule expires objects in this bucket: they are kept until someone deletes them'
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
        `whether ${u.address} locks this bucket is known only after apply`
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
  const missed = unmet(period, ctx.floor)
  if (missed.length > 0) {
    sink.add(
      'immutability',
      'fail',
      lock.rule,
      lock.inst,
      periodPath,
      `Object Lock COMPLIANCE locks new objects for only ${formatRetention(period)}, ${shortfallText(missed)}`
    )
  } else {
    sink.add(
      'immutability',
      'pass',
      lock.rule,
      lock.inst,
      periodPath,
      `Object Lock COMPLIANCE locks every new object for ${formatRetention(period)}: no one, the root user included, can delete it sooner`
    )
  }
  return { mode: 'worm', retention: period }
}
