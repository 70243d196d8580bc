/**
 * Cloud Logging buckets (`google_logging_*_bucket_config`): logs are deleted after
 * `retention_days` (0 or unset at creation means the 30-day default), and a `locked`
 * bucket's retention can no longer be changed.
 */
import { days, formatRetention, type Retention } from '../duration.js'
import type { RuleContext, RuleOutcome } from './rules.js'
import { boolAttr, numberAttr } from './values.js'

/** Cloud Logging's default retention for a new bucket when retention_days is 0 or unset. */
export const LOGGING_DEFAULT_RETENTION_DAYS = 30

/** A Cloud Logging bucket configuration. */
export function loggingBucket(ctx: RuleContext): RuleOutcome {
  const { sink, store } = ctx
  const n = numberAttr(store, ['retention_days'])
  let retention: Retention | 'unknown'
  if (n === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      'logging.retention_days',
      store,
      ['retention_days'],
      'retention_days is known only after apply'
    )
    retention = 'unknown'
  } else if (n === 'invalid') {
    sink.add('retention', 'fail', 'logging.retention_days', store, ['retention_days'], 'retention_days is not a number')
    retention = 'unknown'
  } else {
    const value = n.n === null || n.n === 0 ? LOGGING_DEFAULT_RETENTION_DAYS : n.n
    const why =
      n.n === null || n.n === 0
        ? `retention_days is ${n.n === null ? 'unset' : '0'}, so Cloud Logging applies its default of ${value} days`
        : `retention_days is ${value}`
    sink.judge(
      'retention',
      'logging.retention_days',
      store,
      ['retention_days'],
      days(value),
      `${why}: log entries are deleted after ${value} days`
    )
    retention = days(value)
  }
  const locked = boolAttr(store, ['locked'])
  if (locked === 'unknown') {
    sink.add('immutability', 'unknown', 'logging.locked', store, ['locked'], 'locked is known only after apply')
    return { retention, lock: { mode: 'unknown' } }
  }
  if (locked.b !== true) {
    sink.add(
      'immutability',
      'fail',
      'logging.locked',
      store,
      ['locked'],
      'the bucket is not locked: its retention can be shortened and the bucket deleted with its logs'
    )
    return { retention, lock: { mode: 'unlocked', ...(retention !== 'unknown' ? { retention } : {}) } }
  }
  if (retention === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      'logging.locked',
      store,
      ['locked'],
      'the bucket is locked, for a retention known only after apply'
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  sink.judgeAs('immutability', 'logging.locked', store, ['locked'], retention, {
    fail: `the bucket is locked, but for only ${formatRetention(retention)}`,
    pass: `the bucket is locked: its ${formatRetention(retention)} retention cannot be shortened and it cannot be deleted while it holds logs`
  })
  return { retention, lock: { mode: 'worm', retention } }
}
