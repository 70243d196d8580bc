/**
 * S3 lifecycle rules, inline on the bucket (provider 3.x `lifecycle_rule`) or in an
 * `aws_s3_bucket_lifecycle_configuration`: an enabled rule that can reach the logs and
 * expires them, or their noncurrent versions, before the floor, or on a fixed date. A
 * deletion schedule is never a retention floor.
 */
import { days, type Retention } from '../duration.js'
import { shortfallText, unmet } from '../floor.js'
import { shorter } from './findings.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'
import { prefixOverlaps, type RuleContext } from './rules.js'
import { attributeName, blockIndexes, boolAttr, elementPath, numberAttr, stringAttr } from './values.js'

/** One lifecycle rule, wherever it is written, with the paths of the attributes that decide it. */
export interface LifecycleRuleView {
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
export function inlineLifecycle(store: PlanInstance): LifecycleRuleView[] | 'unknown' {
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
export function configurationLifecycle(inst: PlanInstance): LifecycleRuleView[] | 'unknown' {
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

/** Judges one rule; returns the retention it leaves the logs. */
export function judgeLifecycle(ctx: RuleContext, view: LifecycleRuleView): Retention | 'unknown' {
  const { sink } = ctx
  const unknown = (path: JsonPath, message: string): 'unknown' => {
    sink.add('retention', 'unknown', view.rule, view.inst, path, message)
    return 'unknown'
  }
  if (view.enabled === 'unknown')
    return unknown(view.base, `whether lifecycle rule ${attributeName(view.base)} is enabled is known only after apply`)
  if (view.enabled.b !== true) return 'forever'
  const scope = applies(view, ctx.prefix)
  if (scope === 'no') return 'forever'
  let retention: Retention | 'unknown' = 'forever'
  const soften = (status: 'fail' | 'unknown'): 'fail' | 'unknown' => (scope === 'unknown' ? 'unknown' : status)
  const scopeNote = scope === 'unknown' ? ' (whether its filter matches the log prefix is known only after apply)' : ''
  const exp = numberAttr(view.inst, view.expirationDays)
  if (exp === 'unknown') retention = unknown(view.expirationDays, 'expiration days are known only after apply')
  else if (exp !== 'invalid' && exp.n !== null && exp.n > 0) {
    const missed = unmet(days(exp.n), ctx.floor)
    if (missed.length > 0) {
      sink.add(
        'retention',
        soften('fail'),
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days: a deletion schedule shorter than the floor, ${shortfallText(missed)}${scopeNote}`
      )
    } else {
      sink.add(
        'retention',
        'pass',
        view.rule,
        view.inst,
        view.expirationDays,
        `a lifecycle rule expires objects after ${exp.n} days: not before the floor (an expiration is a deletion schedule, not a retention guarantee)`
      )
    }
    retention = shorter(retention, days(exp.n))
  }
  const date = stringAttr(view.inst, view.expirationDate)
  if (date === 'unknown') retention = unknown(view.expirationDate, 'the expiration date is known only after apply')
  else if (date.s !== null && date.s !== '') {
    sink.add(
      'retention',
      soften('fail'),
      view.rule,
      view.inst,
      view.expirationDate,
      `a lifecycle rule expires every object on ${date.s}, however recently it was written${scopeNote}`
    )
    retention = shorter(retention, days(0))
  }
  const nc = numberAttr(view.inst, view.noncurrentDays)
  if (nc === 'unknown')
    retention = unknown(view.noncurrentDays, 'noncurrent version expiration is known only after apply')
  else if (nc !== 'invalid' && nc.n !== null && nc.n > 0) {
    const missed = unmet(days(nc.n), ctx.floor)
    if (missed.length > 0) {
      sink.add(
        'retention',
        soften('fail'),
        view.rule,
        view.inst,
        view.noncurrentDays,
        `a lifecycle rule deletes noncurrent versions ${nc.n} days after they are replaced: a log deleted or overwritten is gone after ${nc.n} days, ${shortfallText(missed)}${scopeNote}`
      )
    }
  }
  return retention
}
