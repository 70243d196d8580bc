/**
 * CloudWatch Logs log groups: `retention_in_days` (0 or unset never expires; only a
 * fixed list of values is accepted, so a six-month floor means 365 or more), the
 * DELIVERY class that keeps events one day, and no way to lock events.
 */
import { days, type Retention } from '../duration.js'
import { unmet } from '../floor.js'
import { shorter } from './findings.js'
import type { RuleContext, RuleOutcome } from './rules.js'
import { boolAttr, numberAttr, stringAttr } from './values.js'

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
      cloudwatchHint(ctx)
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
