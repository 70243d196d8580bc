/**
 * Azure Blob Storage declared as a log store (a container or a whole account).
 * Immutability: a container's time-based retention policy
 * (`azurerm_storage_container_immutability_policy`: period and `locked`) or the
 * account's default (`immutability_policy`: `Disabled`, `Unlocked` or `Locked`); only
 * a locked policy cannot be shortened or removed. Deletion schedules:
 * `azurerm_storage_management_policy` rules that delete base blobs or versions.
 */
import { days, formatRetention, type Retention } from '../duration.js'
import { judgeManagementPolicies } from './azure-lifecycle.js'
import { linkSatellite, survives } from './link.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'
import type { RuleContext, RuleOutcome } from './rules.js'
import { attr, blockIndexes, boolAttr, elementPath, numberAttr, stringAttr } from './values.js'

function accountOf(ctx: RuleContext, container: PlanInstance): PlanInstance | 'unknown' | undefined {
  const byId = attr(container, ['storage_account_id'])
  const link =
    byId.state !== 'absent' && !(byId.state === 'known' && byId.value === null)
      ? linkSatellite(ctx.plan, container, 'storage_account_id', ['azurerm_storage_account'], ['id'])
      : linkSatellite(ctx.plan, container, 'storage_account_name', ['azurerm_storage_account'], ['name'])
  if (link.state === 'unresolved') return 'unknown'
  return link.targets[0]
}

/** The container's blob prefix as management policies write it: `container/prefix`. */
function blobPrefix(ctx: RuleContext, container: PlanInstance | undefined): string | undefined | 'unknown' {
  if (!container) return ctx.prefix
  const name = stringAttr(container, ['name'])
  if (name === 'unknown' || name.s === null) return 'unknown'
  return `${name.s}/${ctx.prefix ?? ''}`
}

function judgeLock(
  ctx: RuleContext,
  inst: PlanInstance,
  periodPath: JsonPath,
  lockPath: JsonPath,
  period: Retention,
  state: 'Locked' | 'Unlocked' | 'Disabled',
  rule: string
): RuleOutcome['lock'] {
  const { sink } = ctx
  if (state === 'Disabled') {
    sink.add(
      'immutability',
      'fail',
      rule,
      inst,
      lockPath,
      'the immutability policy is Disabled: blobs can be deleted at any time'
    )
    return { mode: 'none' }
  }
  if (state === 'Unlocked') {
    sink.add(
      'immutability',
      'fail',
      rule,
      inst,
      lockPath,
      `the immutability policy (${formatRetention(period)}) is not locked: it can be shortened or deleted`
    )
    return { mode: 'unlocked', retention: period }
  }
  sink.judgeAs('immutability', rule, inst, periodPath, period, {
    fail: `the locked immutability policy keeps blobs for only ${formatRetention(period)}`,
    pass: `a locked immutability policy keeps every blob unmodifiable and undeletable for ${formatRetention(period)}`
  })
  return { mode: 'worm', retention: period }
}

function accountLock(ctx: RuleContext, account: PlanInstance | 'unknown' | undefined): RuleOutcome['lock'] {
  const { sink, store } = ctx
  if (account === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      'azure.immutability_policy',
      store,
      ['storage_account_id'],
      'the storage account is known only after apply, so its immutability policy is too'
    )
    return { mode: 'unknown' }
  }
  if (!account) {
    sink.add(
      'immutability',
      'fail',
      'azure.immutability_policy',
      store,
      [],
      'no immutability policy protects this container (none on it, and its storage account is not in the plan)'
    )
    return { mode: 'none' }
  }
  const idx = blockIndexes(account, ['immutability_policy'])
  if (idx === 'unknown') {
    sink.add(
      'immutability',
      'unknown',
      'azure.immutability_policy',
      account,
      ['immutability_policy'],
      'immutability_policy is known only after apply'
    )
    return { mode: 'unknown' }
  }
  if (idx.length === 0) {
    sink.add(
      'immutability',
      'fail',
      'azure.immutability_policy',
      account,
      ['immutability_policy'],
      'no immutability policy protects these blobs: they can be deleted at any time'
    )
    return { mode: 'none' }
  }
  const base = elementPath(['immutability_policy'], idx[0]!)
  const state = stringAttr(account, [...base, 'state'])
  const period = numberAttr(account, [...base, 'period_since_creation_in_days'])
  if (state === 'unknown' || period === 'unknown' || period === 'invalid' || period.n === null) {
    sink.add(
      'immutability',
      'unknown',
      'azure.immutability_policy',
      account,
      [...base, 'state'],
      'the immutability policy is known only after apply'
    )
    return { mode: 'unknown' }
  }
  const s = state.s === 'Locked' || state.s === 'Unlocked' ? state.s : 'Disabled'
  return judgeLock(
    ctx,
    account,
    [...base, 'period_since_creation_in_days'],
    [...base, 'state'],
    days(period.n),
    s,
    'azure.immutability_policy'
  )
}

/** An Azure storage container declared as a log store. */
export function storageContainer(ctx: RuleContext): RuleOutcome {
  const { sink, store, plan } = ctx
  const account = accountOf(ctx, store)
  const retention = judgeManagementPolicies(ctx, account, blobPrefix(ctx, store))
  if (retention !== 'unknown' && retention === 'forever') {
    sink.add(
      'retention',
      'pass',
      'azure.management_policy',
      store,
      [],
      'no management policy deletes blobs in this container: they are kept until someone deletes them'
    )
  }
  const policies = plan.instances.filter(i => i.type === 'azurerm_storage_container_immutability_policy' && survives(i))
  let mine: PlanInstance | undefined
  for (const p of policies) {
    const link = linkSatellite(
      plan,
      p,
      'storage_container_resource_manager_id',
      ['azurerm_storage_container'],
      ['resource_manager_id', 'id']
    )
    if (link.state === 'unresolved') {
      sink.add(
        'immutability',
        'unknown',
        'azure.container_immutability_policy',
        p,
        ['storage_container_resource_manager_id'],
        `whether this immutability policy protects the container is known only after apply: ${link.reason}`
      )
      return { retention, lock: { mode: 'unknown' } }
    }
    if (link.targets.includes(store)) mine = p
  }
  if (!mine) return { retention, lock: accountLock(ctx, account) }
  const period = numberAttr(mine, ['immutability_period_in_days'])
  const locked = boolAttr(mine, ['locked'])
  if (period === 'unknown' || locked === 'unknown' || period === 'invalid' || period.n === null) {
    sink.add(
      'immutability',
      'unknown',
      'azure.container_immutability_policy',
      mine,
      [period === 'unknown' ? 'immutability_period_in_days' : 'locked'],
      'the immutability policy is known only after apply'
    )
    return { retention, lock: { mode: 'unknown' } }
  }
  return {
    retention,
    lock: judgeLock(
      ctx,
      mine,
      ['immutability_period_in_days'],
      ['locked'],
      days(period.n),
      locked.b === true ? 'Locked' : 'Unlocked',
      'azure.container_immutability_policy'
    )
  }
}

/** An Azure storage account declared as a log store. */
export function storageAccount(ctx: RuleContext): RuleOutcome {
  const { sink, store } = ctx
  const retention = judgeManagementPolicies(ctx, store, ctx.prefix)
  if (retention === 'forever') {
    sink.add(
      'retention',
      'pass',
      'azure.management_policy',
      store,
      [],
      'no management policy deletes blobs in this account: they are kept until someone deletes them'
    )
  }
  return { retention, lock: accountLock(ctx, store) }
}
