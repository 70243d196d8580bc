/**
 * The art19-retention gate. Seed 002, gate 3: logs kept too briefly, kept only for
 * some categories, or kept where nobody can retrieve them do not comply with
 * Art.19(1) and Art.26(6). Seed 000: logs are kept write-once, and retrieval is
 * tested.
 */
import { GateError, type Check, type EvidenceFile } from '@ai-act-gates/core'
import { resolveInside, toPosixRelative } from '@ai-act-gates/files'
import type { GateContext, GateDefinition, GateRun, RawInputs } from '@ai-act-gates/action-kit'
import { DEFAULT_LOG_TYPES, requireCategory } from './categories.js'
import {
  addPolicyConsistency,
  deletionCheck,
  immutabilityCheck,
  locateFindings,
  planRetentionCheck,
  storesCheck
} from './checks-plan.js'
import { coverageCheck, policyFloorCheck, type PlanCoverage } from './checks-policy.js'
import { providerCheck, retrievalTestCheck, runbookCheck } from './checks-retrieval.js'
import { buildFloor, floorDays, floorEvidence, type Floor } from './floor.js'
import type { StoreEvaluation } from './plan/findings.js'
import { readPlan, type TerraformPlan } from './plan/read.js'
import { checkDeclaredTypes, DECLARABLE_TYPES, evaluateStore, LOG_ONLY_TYPES, selectStores } from './plan/stores.js'
import { readPolicy, type RetentionPolicy } from './policy.js'
import { DEFAULT_MIN_DAYS, PRESET_NAMES, type Preset } from './presets.js'

/** The longest floor accepted from `min-days`: a hundred years. */
export const MAX_MIN_DAYS = 36_525

/** Typed inputs of the gate. */
export interface RetentionInputs {
  /** The policy file, absolute and as displayed. */
  policy?: { absolute: string; display: string }
  /** Plan files. */
  plans: Array<{ absolute: string; display: string }>
  /** Floor options. */
  minDays: number
  preset: Preset['name'] | undefined
  tenYearHorizon: boolean
  horizonMarginDays: number
  /** Categories that must be covered, in normal form. */
  logTypes: string[]
  /** Fail stores that are not write-once for the floor. */
  requireImmutable: boolean
  /** Maximum age of the last retrieval test; 0 does not check it. */
  retrievalTestMaxAgeDays: number
  /** Today. */
  now: Date
}

async function inputPath(
  ctx: GateContext,
  value: string,
  field: string
): Promise<{ absolute: string; display: string }> {
  const absolute = await resolveInside(ctx.workspace, value, { field, mustExist: true })
  return { absolute, display: toPosixRelative(ctx.workspace, absolute) }
}

async function parseInputs(raw: RawInputs, ctx: GateContext): Promise<RetentionInputs> {
  const policyInput = raw.optional('policy')
  const planInputs = raw.lines('terraform-plan')
  if (policyInput === undefined && planInputs.length === 0) {
    throw new GateError('INPUT_MISSING', "give input 'policy', input 'terraform-plan', or both", { field: 'policy' })
  }
  const typesText = raw.optional('log-types')
  const logTypes =
    typesText === undefined
      ? DEFAULT_LOG_TYPES
      : raw.list('log-types').map(t => requireCategory(t, { input: 'log-types' }))
  if (logTypes.length === 0)
    throw new GateError('INPUT_INVALID', "input 'log-types' names no category", { field: 'log-types' })
  const preset = raw.oneOf('preset', PRESET_NAMES, 'none')
  const tenYearHorizon = raw.boolean('ten-year-horizon', false)
  const horizonMarginDays = raw.integer('horizon-margin-days', { min: 0, max: 3653, fallback: 0 })!
  if (horizonMarginDays > 0 && !tenYearHorizon) {
    throw new GateError(
      'INPUT_CONFLICT',
      "input 'horizon-margin-days' is a margin on the ten-year horizon; set ten-year-horizon to true or remove it",
      { field: 'horizon-margin-days' }
    )
  }
  const retrievalTestMaxAgeDays = raw.integer('retrieval-test-max-age-days', { min: 0, max: 3653, fallback: 0 })!
  if (retrievalTestMaxAgeDays > 0 && policyInput === undefined) {
    throw new GateError(
      'INPUT_CONFLICT',
      "input 'retrieval-test-max-age-days' needs a policy that records retrieval.tested_on",
      { field: 'retrieval-test-max-age-days' }
    )
  }
  const inputs: RetentionInputs = {
    plans: [],
    minDays: raw.integer('min-days', { min: DEFAULT_MIN_DAYS, max: MAX_MIN_DAYS, fallback: DEFAULT_MIN_DAYS })!,
    preset: preset === 'none' ? undefined : preset,
    tenYearHorizon,
    horizonMarginDays,
    logTypes: [...new Set(logTypes)],
    requireImmutable: raw.boolean('require-immutable', true),
    retrievalTestMaxAgeDays,
    now: new Date()
  }
  if (policyInput !== undefined) inputs.policy = await inputPath(ctx, policyInput, 'policy')
  for (const p of planInputs) inputs.plans.push(await inputPath(ctx, p, 'terraform-plan'))
  return inputs
}

function nothingFound(plans: TerraformPlan[], policy: RetentionPolicy | undefined): GateError {
  const where = plans.length > 1 ? ` in ${plans.map(p => p.file).join(', ')}` : ''
  if (policy?.stores && policy.stores.length > 0) {
    return new GateError(
      'EMPTY_INPUT',
      `no logging resources found${where}: none of the ${policy.stores.length} store(s) the policy names (${policy.stores.map(s => s.text).join(', ')}) is in the plan`,
      { file: plans[0]!.file, hint: 'An empty plan proves nothing about retention' }
    )
  }
  return new GateError(
    'EMPTY_INPUT',
    `no logging resources found${where}: no ${LOG_ONLY_TYPES.join(', ')}; ${DECLARABLE_TYPES.join(', ')} count as log stores only when the policy names them under stores`,
    { file: plans[0]!.file, hint: 'An empty plan proves nothing about retention' }
  )
}

/** Runs the gate. */
export async function runRetention(inputs: RetentionInputs, workspace: string): Promise<GateRun> {
  const floor: Floor = buildFloor(inputs)
  const policy = inputs.policy ? await readPolicy(inputs.policy.absolute, inputs.policy.display) : undefined
  if (policy?.stores) checkDeclaredTypes(policy.stores)
  const plans: TerraformPlan[] = []
  for (const p of inputs.plans) plans.push(await readPlan(p.absolute, p.display))

  const checks: Check[] = []
  const files: EvidenceFile[] = []
  if (policy) {
    files.push({
      path: policy.file,
      sha256: policy.sha256,
      size: policy.size,
      role: 'input',
      category: 'retention-policy'
    })
    checks.push(policyFloorCheck(policy, floor))
  }
  let evaluations: StoreEvaluation[] = []
  let coverage: PlanCoverage | undefined
  if (plans.length > 0) {
    for (const p of plans)
      files.push({ path: p.file, sha256: p.sha256, size: p.size, role: 'input', category: 'terraform-plan' })
    const selection = selectStores(plans, policy?.stores)
    if (selection.stores.length === 0) throw nothingFound(plans, policy)
    evaluations = selection.stores.map(s => evaluateStore(s, floor, inputs.now))
    if (policy) addPolicyConsistency(evaluations, policy)
    const positions = locateFindings(plans, evaluations)
    coverage = { storesDeclared: (policy?.stores?.length ?? 0) > 0, held: new Map() }
    for (const e of evaluations) {
      if (e.deleted) continue
      for (const t of e.logTypes) coverage.held.set(t, [...(coverage.held.get(t) ?? []), e.address])
    }
    checks.push(coverageCheck(policy, inputs.logTypes, floor, coverage))
    checks.push(storesCheck(selection, evaluations, plans, floor))
    checks.push(planRetentionCheck(evaluations, floor, positions))
    checks.push(immutabilityCheck(evaluations, inputs.requireImmutable, floor, positions))
    checks.push(deletionCheck(evaluations, floor, positions))
  } else {
    checks.push(coverageCheck(policy, inputs.logTypes, floor, undefined))
  }
  const runbook = await runbookCheck(policy, workspace, floor)
  checks.push(runbook.check)
  files.push(...runbook.files)
  if (policy) {
    const provider = await providerCheck(policy, workspace, floor)
    checks.push(provider.check)
    files.push(...provider.files)
    if (inputs.retrievalTestMaxAgeDays > 0)
      checks.push(retrievalTestCheck(policy, inputs.retrievalTestMaxAgeDays, inputs.now, floor))
  }
  // The floor and its sources go with the check that first applies it, so the result explains its number.
  const carrier =
    checks.find(c => c.id === 'retention-floor') ?? checks.find(c => c.id === 'plan-retention') ?? checks[0]!
  carrier.evidence = { floor: floorEvidence(floor), ...(carrier.evidence ?? {}) }

  // Immutability findings count only when immutability is required.
  const counted = (f: { aspect: string }) => inputs.requireImmutable || f.aspect !== 'immutability'
  const failed = evaluations.filter(e => e.findings.some(f => counted(f) && f.status === 'fail')).map(e => e.address)
  const unknown = evaluations
    .filter(e => e.findings.some(f => counted(f) && f.status === 'unknown'))
    .map(e => e.address)
  const coverageResult = checks.find(c => c.id === 'categories-covered')
  const uncovered = (coverageResult?.evidence?.uncovered as string[] | undefined) ?? []
  const subject: Record<string, string | number | boolean> = { floorDays: floorDays(floor) }
  if (policy?.systemId) subject.systemId = policy.systemId
  if (policy) {
    subject.policy = policy.file
    subject.policySha256 = policy.sha256
  }
  if (plans.length > 0) subject.terraformPlans = plans.map(p => p.file).join('\n')
  const findings = evaluations.flatMap(e => e.findings)
  return {
    subject,
    checks,
    evidence: dedupe(files),
    metrics: {
      plans: plans.length,
      stores: evaluations.length,
      findingsFailed: findings.filter(f => f.status === 'fail').length,
      findingsUnknown: findings.filter(f => f.status === 'unknown').length,
      categoriesRequired: inputs.logTypes.length,
      floorDays: floorDays(floor)
    },
    outputs: {
      'floor-days': String(floorDays(floor)),
      'store-count': String(evaluations.length),
      'failed-stores': failed.join('\n'),
      'unknown-stores': unknown.join('\n'),
      uncovered: uncovered.join('\n')
    }
  }
}

function dedupe(files: EvidenceFile[]): EvidenceFile[] {
  const seen = new Set<string>()
  return files.filter(f => (seen.has(f.path) ? false : (seen.add(f.path), true)))
}

/** The art19-retention gate definition. */
export const art19RetentionGate: GateDefinition<RetentionInputs> = {
  name: 'art19-retention',
  parseInputs,
  run: (inputs, ctx) => runRetention(inputs, ctx.workspace)
}
