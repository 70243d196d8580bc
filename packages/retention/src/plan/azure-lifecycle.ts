/**
 * Azure Blob Storage deletion schedules: `azurerm_storage_management_policy` rules that
 * delete base blobs or previous versions (`delete_after_days_since_*`), scoped by their
 * `prefix_match` filters.
 */
import { days, type Retention } from '../duration.js'
import { shortfallText, unmet } from '../floor.js'
import { shorter } from './findings.js'
import { linkSatellite, survives } from './link.js'
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'
import { prefixOverlaps, type RuleContext } from './rules.js'
import { attr, blockIndexes, boolAttr, elementPath, numberAttr } from './values.js'

/** Judges every management policy of `account`; returns the shortest retention they leave blobs under `scope`. */
export function judgeManagementPolicies(
  ctx: RuleContext,
  account: PlanInstance | 'unknown' | undefined,
  scope: string | undefined | 'unknown'
): Retention | 'unknown' {
  const { sink, plan } = ctx
  let retention: Retention | 'unknown' = 'forever'
  const policies = plan.instances.filter(i => i.type === 'azurerm_storage_management_policy' && survives(i))
  for (const p of policies) {
    const link = linkSatellite(plan, p, 'storage_account_id', ['azurerm_storage_account'], ['id'])
    if (link.state === 'unresolved' || account === 'unknown') {
      sink.add(
        'retention',
        'unknown',
        'azure.management_policy',
        p,
        ['storage_account_id'],
        `this management policy may delete these logs: ${link.state === 'unresolved' ? link.reason : 'the storage account is known only after apply'}`
      )
      retention = 'unknown'
      continue
    }
    if (!account || !link.targets.includes(account)) continue
    const rules = blockIndexes(p, ['rule'])
    if (rules === 'unknown') {
      sink.add('retention', 'unknown', 'azure.management_policy', p, ['rule'], 'its rules are known only after apply')
      retention = 'unknown'
      continue
    }
    for (const i of rules) retention = shorter(retention, judgeManagementRule(ctx, p, elementPath(['rule'], i), scope))
  }
  return retention
}

function judgeManagementRule(
  ctx: RuleContext,
  p: PlanInstance,
  base: JsonPath,
  scope: string | undefined | 'unknown'
): Retention | 'unknown' {
  const { sink } = ctx
  const enabled = boolAttr(p, [...base, 'enabled'])
  if (enabled === 'unknown') {
    sink.add(
      'retention',
      'unknown',
      'azure.management_policy',
      p,
      [...base, 'enabled'],
      'whether the rule is enabled is known only after apply'
    )
    return 'unknown'
  }
  if (enabled.b !== true) return 'forever'
  const prefixes = attr(p, [...base, 'filters', 0, 'prefix_match'])
  let soft = false
  if (prefixes.state === 'unknown') soft = true
  else if (prefixes.state === 'known' && Array.isArray(prefixes.value) && prefixes.value.length > 0) {
    if (scope === 'unknown') soft = true
    else if (!prefixes.value.some(x => prefixOverlaps(typeof x === 'string' ? x : null, scope))) return 'forever'
  }
  let retention: Retention | 'unknown' = 'forever'
  for (const block of ['base_blob', 'version']) {
    const blockPath: JsonPath = [...base, 'actions', 0, block, 0]
    const v = attr(p, blockPath)
    if (v.state === 'unknown') {
      sink.add(
        'retention',
        'unknown',
        'azure.management_policy',
        p,
        blockPath,
        `the ${block} actions are known only after apply`
      )
      retention = 'unknown'
      continue
    }
    if (v.state !== 'known' || typeof v.value !== 'object' || v.value === null) continue
    for (const key of Object.keys(v.value)
      .filter(k => k.startsWith('delete_after_days_since_'))
      .sort()) {
      const n = numberAttr(p, [...blockPath, key])
      if (n === 'unknown') {
        sink.add(
          'retention',
          'unknown',
          'azure.management_policy',
          p,
          [...blockPath, key],
          `${key} is known only after apply`
        )
        retention = 'unknown'
        continue
      }
      if (n === 'invalid' || n.n === null || n.n < 0) continue
      const what =
        block === 'version'
          ? `previous versions ${n.n} days after they are created`
          : `blobs once ${key
              .replace('delete_after_days_since_', '')
              .replace(/_greater_than$/, '')
              .replace(/_/g, ' ')} is more than ${n.n} days ago`
      const missed = unmet(days(n.n), ctx.floor)
      if (missed.length > 0) {
        sink.add(
          'retention',
          soft ? 'unknown' : 'fail',
          'azure.management_policy',
          p,
          [...blockPath, key],
          `deletes ${what}, ${shortfallText(missed)}${soft ? ' (whether its prefix filter matches the logs is known only after apply)' : ''}`
        )
      } else {
        sink.add(
          'retention',
          'pass',
          'azure.management_policy',
          p,
          [...blockPath, key],
          `deletes ${what}: not before the floor`
        )
      }
      if (block === 'base_blob') retention = shorter(retention, days(n.n))
    }
  }
  return retention
}
