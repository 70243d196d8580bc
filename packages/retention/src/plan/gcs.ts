/**
 * Cloud Storage buckets named as log stores: lifecycle `Delete` rules, and a
 * `retention_policy` whose period (in seconds) is a lock once `is_locked`.
 */
import { days, formatRetention, type Retention } from '../duration.js'
import { floorDays } from '../floor.js'
import { shorter } from './findings.js'
import type { JsonPath } from './locate.js'
import { prefixOverlaps, type RuleContext, type RuleOutcome } from './rules.js'
import { attr, blockIndexes, boolAttr, elementPath, numberAttr, stringAttr } from './values.js'

/** Seconds in a day, for Cloud Storage retention periods. */
const SECONDS_PER_DAY = 86_400

/** A Cloud Storage bucket declared as a log store. */
export function storageBucket(ctx: RuleContext): RuleOutcome {
  const { sink, store } = ctx
  let retention: Retention | 'unknown' = 'forever'
  const rules = blockIndexes(store, ['lifecycle_rule'])
  if (rules === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      'gcs.lifecycle_rule',
      store,
      ['lifecycle_rule'],
      'lifecycle_rule is known only after apply'
    )
    retention = 'unknown'
  } else {
    let deleting = 0
    for (const i of rules) {
      const r = judgeDeleteRule(ctx, elementPath(['lifecycle_rule'], i))
      if (r !== undefined) {
        deleting++
        retention = shorter(retention, r)
      }
    }
    if (deleting === 0)
      sink.add(
        'retention',
        'pass',
        'gcs.lifecycle_rule',
        store,
        ['lifecycle_rule'],
        'no lifecycle rule deletes objects in this bucket: they are kept until someone deletes them'
      )
  }
  const policy = blockIndexes(store, ['retention_policy'])
  if (policy === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      'gcs.retention_policy',
      store,
      ['retention_policy'],
      'retention_policy is known only after apply'
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  if (policy.length === 0) {
    sink.add(
      'immutability',
      'fail',
      'gcs.retention_policy',
      store,
      ['retention_policy'],
      'the bucket has no retention policy: objects can be deleted at any time'
    )
    return { retention, lock: { mode: 'none' } }
  }
  const base = elementPath(['retention_policy'], policy[0]!)
  const seconds = numberAttr(store, [...base, 'retention_period'])
  const locked = boolAttr(store, [...base, 'is_locked'])
  if (seconds === 'unknown' || locked === 'unknown' || seconds === 'invalid' || seconds.n === null) {
    sink.add(
      'immutability',
      'unknown',
      'gcs.retention_policy',
      store,
      [...base, seconds === 'unknown' ? 'retention_period' : 'is_locked'],
      'the retention policy is known only after apply'
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  const period = days(Math.floor(seconds.n / SECONDS_PER_DAY))
  const what = `retention_period is ${seconds.n} seconds (${formatRetention(period)})`
  if (locked.b !== true) {
    sink.add(
      'immutability',
      'fail',
      'gcs.retention_policy',
      store,
      [...base, 'is_locked'],
      `${what} but the policy is not locked: it can be shortened or removed`
    )
    return { retention, lock: { mode: 'unlocked', retention: period } }
  }
  sink.judgeAs('immutability', 'gcs.retention_policy', store, [...base, 'retention_period'], period, {
    fail: `${what}, locked`,
    pass: `${what}, locked: no object can be deleted or replaced sooner`
  })
  return { retention, lock: { mode: 'worm', retention: period } }
}

/** Judges one lifecycle rule; returns the retention it imposes when it deletes, undefined when it does not. */
function judgeDeleteRule(ctx: RuleContext, base: JsonPath): Retention | 'unknown' | undefined {
  const { sink, store } = ctx
  const unknown = (path: JsonPath, message: string): 'unknown' => {
    sink.add('retention', 'unknown', 'gcs.lifecycle_rule', store, path, message)
    return 'unknown'
  }
  const type = stringAttr(store, [...base, 'action', 0, 'type'])
  if (type === 'unknown')
    return unknown([...base, 'action', 0, 'type'], 'the lifecycle action is known only after apply')
  if (type.s !== 'Delete') return undefined
  const cond: JsonPath = [...base, 'condition', 0]
  const prefixes = attr(store, [...cond, 'matches_prefix'])
  if (prefixes.state === 'known' && Array.isArray(prefixes.value) && prefixes.value.length > 0) {
    if (!prefixes.value.some(p => prefixOverlaps(typeof p === 'string' ? p : null, ctx.prefix))) return undefined
  }
  const age = numberAttr(store, [...cond, 'age'])
  if (age === 'unknown') return unknown([...cond, 'age'], 'the age of a Delete rule is known only after apply')
  // age 0 (or unset, which older providers write as 0) sets no minimum age; the other conditions decide.
  if (age !== 'invalid' && age.n !== null && age.n > 0) {
    sink.judge(
      'retention',
      'gcs.lifecycle_rule',
      store,
      [...cond, 'age'],
      days(age.n),
      `a Delete rule removes objects ${age.n} days after they are written`
    )
    return days(age.n)
  }
  const before = stringAttr(store, [...cond, 'created_before'])
  if (before === 'unknown') return unknown([...cond, 'created_before'], 'created_before is known only after apply')
  if (before.s !== null && before.s !== '') {
    const cutoff = Date.parse(`${before.s}T00:00:00Z`)
    const newestAgeDays = Math.floor((ctx.now.getTime() - cutoff) / 86_400_000)
    if (Number.isNaN(cutoff) || newestAgeDays < floorDays(ctx.floor)) {
      sink.add(
        'retention',
        'fail',
        'gcs.lifecycle_rule',
        store,
        [...cond, 'created_before'],
        `a Delete rule removes every object created before ${before.s}, some of them younger than the floor`
      )
      return days(Math.max(0, newestAgeDays))
    }
    sink.add(
      'retention',
      'pass',
      'gcs.lifecycle_rule',
      store,
      [...cond, 'created_before'],
      `a Delete rule removes objects created before ${before.s}, all older than the floor`
    )
    return 'forever'
  }
  const noncurrent = numberAttr(store, [...cond, 'days_since_noncurrent_time'])
  if (noncurrent === 'unknown')
    return unknown([...cond, 'days_since_noncurrent_time'], 'days_since_noncurrent_time is known only after apply')
  if (noncurrent !== 'invalid' && noncurrent.n !== null && noncurrent.n > 0) {
    sink.judge(
      'retention',
      'gcs.lifecycle_rule',
      store,
      [...cond, 'days_since_noncurrent_time'],
      days(noncurrent.n),
      `a Delete rule removes noncurrent versions ${noncurrent.n} days after they are replaced, so a deleted or overwritten log is gone after ${noncurrent.n} days`
    )
    return 'forever'
  }
  const custom = numberAttr(store, [...cond, 'days_since_custom_time'])
  if (custom !== 'unknown' && custom !== 'invalid' && custom.n !== null && custom.n > 0)
    return unknown(
      [...cond, 'days_since_custom_time'],
      `a Delete rule removes objects ${custom.n} days after a custom time that each writer sets; the plan cannot show it is not sooner than the floor`
    )
  sink.add('retention', 'fail', 'gcs.lifecycle_rule', store, cond, 'a Delete rule removes objects with no minimum age')
  return days(0)
}
