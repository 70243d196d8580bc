/**
 * Which resource a satellite resource configures: the Object Lock or lifecycle
 * configuration of a bucket, the immutability policy of a container, the management
 * policy of a storage account. By the known value of its target argument when the
 * plan has it, otherwise by following the configuration's references; when neither
 * settles it, the satellite is unresolved and may apply to any store of the type.
 */
import { moduleConfigPath, type ResourceAddress } from './address.js'
import { expressionReferences, moduleAt, resolveReferences, type ResourceConfig } from './config.js'
import type { PlanInstance, TerraformPlan } from './read.js'
import { stringAttr } from './values.js'

/** How a satellite was tied to its target. */
export type LinkResult =
  { state: 'resolved'; targets: PlanInstance[]; by: 'value' | 'reference' } | { state: 'unresolved'; reason: string }

/** True when an instance still exists after the plan (not deleted, forgotten or deposed). */
export function survives(inst: PlanInstance): boolean {
  if (inst.deposed !== undefined) return false
  if (inst.actions.length === 0) return true
  return !(inst.actions.includes('delete') && !inst.actions.includes('create')) && !inst.actions.includes('forget')
}

/** The configuration block an instance was planned from. */
export function configOf(plan: TerraformPlan, inst: PlanInstance): ResourceConfig | undefined {
  const path = inst.parsed.modules.map(m => m.name)
  return moduleAt(plan.config, path)?.resources.get(`${inst.parsed.type}.${inst.parsed.name}`)
}

/** True when the configuration sets `name` (so an unknown value is not merely computed by the provider). */
export function configured(plan: TerraformPlan, inst: PlanInstance, name: string): boolean | 'unknown' {
  const cfg = configOf(plan, inst)
  if (!cfg) return 'unknown'
  return cfg.expressions[name] !== undefined
}

function sameModuleKeys(a: ResourceAddress, b: ResourceAddress, depth: number): boolean {
  for (let i = 0; i < depth; i++) {
    const x = a.modules[i]
    const y = b.modules[i]
    if (!x || !y || x.name !== y.name || x.key !== y.key) return false
  }
  return true
}

function commonModuleDepth(a: ResourceAddress, path: string[]): number {
  let i = 0
  while (i < a.modules.length && i < path.length && a.modules[i]!.name === path[i]) i++
  return i
}

/** Ties `satellite` to instances of `targetTypes` through its argument `argument`. */
export function linkSatellite(
  plan: TerraformPlan,
  satellite: PlanInstance,
  argument: string,
  targetTypes: readonly string[],
  matchAttributes: readonly string[]
): LinkResult {
  const candidates = plan.instances.filter(i => targetTypes.includes(i.type) && survives(i))
  const value = stringAttr(satellite, [argument])
  if (value !== 'unknown' && value.s === null) return { state: 'resolved', targets: [], by: 'value' }
  if (value !== 'unknown' && value.s !== null) {
    const known = candidates.filter(c =>
      matchAttributes.some(m => {
        const v = stringAttr(c, [m])
        return v !== 'unknown' && v.s === value.s
      })
    )
    const undecided = candidates.some(c => matchAttributes.every(m => stringAttr(c, [m]) === 'unknown'))
    if (known.length > 0 || !undecided) return { state: 'resolved', targets: known, by: 'value' }
  }
  const cfg = configOf(plan, satellite)
  if (!cfg)
    return {
      state: 'unresolved',
      reason: `${argument} is unknown until apply and the plan has no configuration to follow`
    }
  const refs = expressionReferences(cfg.expressions[argument])
  const modulePath = satellite.parsed.modules.map(m => m.name)
  const targets = resolveReferences(plan.config, modulePath, refs).filter(t =>
    targetTypes.includes(t.resource.split('.')[0]!)
  )
  if (targets.length === 0) {
    return {
      state: 'unresolved',
      reason: `${argument} is unknown until apply and does not refer to a resource in the plan`
    }
  }
  const linked: PlanInstance[] = []
  for (const t of targets) {
    const path = t.modulePath.join('.')
    const depth = commonModuleDepth(satellite.parsed, t.modulePath)
    let found = candidates.filter(
      c =>
        `${c.parsed.type}.${c.parsed.name}` === t.resource &&
        moduleConfigPath(c.parsed.modules) === path &&
        sameModuleKeys(c.parsed, satellite.parsed, depth)
    )
    if (t.key !== undefined) found = found.filter(c => c.parsed.key === t.key)
    if (found.length > 1) {
      const sameKey = found.filter(c => c.parsed.key === satellite.parsed.key)
      if (sameKey.length !== 1) {
        return {
          state: 'unresolved',
          reason: `${argument} refers to ${t.resource}, which has ${found.length} instances, and the plan does not say which`
        }
      }
      found = sameKey
    }
    linked.push(...found)
  }
  return { state: 'resolved', targets: linked, by: 'reference' }
}
