/**
 * The checks read from Terraform plans: the stores are there, each keeps logs at
 * least the floor (and as long as the policy says), each is locked against deletion
 * for the floor, and the plan destroys none of them.
 */
import { makeCheck, type Check, type CheckStatus, type Location } from '@ai-act-gates/core'
import { formatRetention, meets, retentionJson } from './duration.js'
import { floorText, type Floor } from './floor.js'
import { RESOURCE_ITSELF, type Finding, type StoreEvaluation } from './plan/findings.js'
import { formatPath, type TextPosition } from './plan/locate.js'
import type { TerraformPlan } from './plan/read.js'
import type { DeclaredStore, StoreSelection } from './plan/stores.js'
import type { RetentionPolicy } from './policy.js'

/** Positions of every finding, by plan file and path. */
export type FindingPositions = Map<string, Map<string, TextPosition>>

/** Locates every finding in its plan file, one pass per file. */
export function locateFindings(plans: TerraformPlan[], evaluations: StoreEvaluation[]): FindingPositions {
  const out: FindingPositions = new Map()
  for (const plan of plans) {
    const paths = evaluations
      .flatMap(e => e.findings)
      .filter(f => f.file === plan.file)
      .map(f => f.path)
    out.set(plan.file, plan.locate(paths))
  }
  return out
}

function findingLocation(f: Finding, positions: FindingPositions): Location {
  const pos = positions.get(f.file)?.get(formatPath(f.path))
  return {
    file: f.file,
    ...(pos ? { line: pos.line, column: pos.column } : {}),
    resource: f.resource,
    field: f.attribute
  }
}

function findingJson(f: Finding): Record<string, unknown> {
  return { status: f.status, rule: f.rule, resource: f.resource, attribute: f.attribute, message: f.message }
}

function statusOf(findings: Finding[]): CheckStatus {
  if (findings.some(f => f.status === 'fail')) return 'fail'
  if (findings.some(f => f.status === 'unknown')) return 'unknown'
  return 'pass'
}

function summarize(findings: Finding[], positions: FindingPositions): { message: string; locations: Location[] } {
  const bad = findings.filter(f => f.status !== 'pass')
  return {
    message: bad
      .map(f => {
        const who = f.store === f.resource ? f.resource : `${f.store} via ${f.resource}`
        const what = f.attribute === RESOURCE_ITSELF ? '' : ` ${f.attribute}`
        return `${who}${what}: ${f.message}${f.status === 'unknown' ? ' [unknown]' : ''}`
      })
      .join('; '),
    locations: bad.map(f => findingLocation(f, positions))
  }
}

/** The stores the policy names are in the plan, and the plan is complete. */
export function storesCheck(
  selection: StoreSelection,
  evaluations: StoreEvaluation[],
  plans: TerraformPlan[],
  floor: Floor
): Check {
  const title = 'The log stores are in the plan'
  const stores = evaluations.map(e => ({ address: e.address, type: e.type, file: e.file, logTypes: e.logTypes }))
  const evidence = {
    plans: plans.map(p => ({
      file: p.file,
      sha256: p.sha256,
      formatVersion: p.formatVersion,
      terraformVersion: p.terraformVersion ?? null
    })),
    stores,
    undeclared: selection.undeclared
  }
  if (selection.missing.length > 0) {
    return makeCheck(
      'plan-log-stores',
      title,
      floor.articles,
      'fail',
      `${selection.missing.length} store(s) the policy names are not in the plan: ${selection.missing.map((m: DeclaredStore) => m.text).join(', ')}`,
      {
        locations: selection.missing.map(m => ({
          file: m.location.file,
          ...(m.location.line !== undefined ? { line: m.location.line } : {}),
          field: m.location.field,
          resource: m.text
        })),
        evidence
      }
    )
  }
  const incomplete = plans.filter(p => p.complete === false)
  if (incomplete.length > 0) {
    return makeCheck(
      'plan-log-stores',
      title,
      floor.articles,
      'unknown',
      `${incomplete.map(p => p.file).join(', ')}: Terraform marks the plan incomplete (complete: false), so stores outside it were not planned`,
      {
        locations: incomplete.map(p => ({ file: p.file, field: 'complete' })),
        evidence
      }
    )
  }
  const ignored =
    selection.undeclared.length > 0
      ? `; ${selection.undeclared.length} other log resource(s) not named by the policy are not judged`
      : ''
  return makeCheck(
    'plan-log-stores',
    title,
    floor.articles,
    'pass',
    `${evaluations.length} store(s): ${evaluations.map(e => e.address).join(', ')}${ignored}`,
    { evidence }
  )
}

/**
 * Adds a finding to each store that meets the floor but keeps logs shorter than the
 * policy says for the categories it holds: the policy would then describe a retention
 * the infrastructure does not have.
 */
export function addPolicyConsistency(evaluations: StoreEvaluation[], policy: RetentionPolicy): void {
  for (const e of evaluations) {
    if (e.deleted || e.retention === 'unknown') continue
    if (e.findings.some(f => f.aspect === 'retention' && f.status !== 'pass')) continue
    const retention = e.retention
    const short = e.logTypes
      .map(t => policy.categories.get(t))
      .filter((c): c is NonNullable<typeof c> => c?.retention !== undefined && !meets(retention, c.retention))
    if (short.length === 0) continue
    const claims = short.map(
      c =>
        `${c.name} ${formatRetention(c.retention!)} (${c.retentionAt.file}:${c.retentionAt.line ?? 1} ${c.retentionAt.field})`
    )
    e.findings.push({
      aspect: 'retention',
      status: 'fail',
      rule: 'policy.retention',
      store: e.address,
      resource: e.address,
      file: e.file,
      attribute: RESOURCE_ITSELF,
      path: e.path,
      message: `keeps logs ${formatRetention(retention)}, shorter than the policy says for the categories it holds: ${claims.join(', ')}`
    })
  }
}

/** Every store keeps logs at least the floor (and as long as the policy says). */
export function planRetentionCheck(evaluations: StoreEvaluation[], floor: Floor, positions: FindingPositions): Check {
  const title = 'Every log store keeps logs at least the floor'
  const live = evaluations.filter(e => !e.deleted)
  const findings = live.flatMap(e => e.findings.filter(f => f.aspect === 'retention'))
  const status = statusOf(findings)
  const rows = live.map(e => ({
    store: e.address,
    retention: e.retention === 'unknown' ? 'unknown' : retentionJson(e.retention),
    findings: e.findings.filter(f => f.aspect === 'retention').map(findingJson)
  }))
  if (status === 'pass') {
    const list = live.map(e => `${e.address} ${e.retention === 'unknown' ? 'unknown' : formatRetention(e.retention)}`)
    return makeCheck(
      'plan-retention',
      title,
      floor.articles,
      'pass',
      `${list.join(', ')}: every store meets ${floorText(floor)}`,
      {
        evidence: { stores: rows }
      }
    )
  }
  const { message, locations } = summarize(findings, positions)
  return makeCheck('plan-retention', title, floor.articles, status, message, { locations, evidence: { stores: rows } })
}

/** Every store locks logs against deletion (write once) for the floor. */
export function immutabilityCheck(
  evaluations: StoreEvaluation[],
  required: boolean,
  floor: Floor,
  positions: FindingPositions
): Check {
  const title = 'Every log store is write-once for the floor'
  const live = evaluations.filter(e => !e.deleted)
  const findings = live.flatMap(e => e.findings.filter(f => f.aspect === 'immutability'))
  const rows = live.map(e => ({
    store: e.address,
    lock: e.lock.mode,
    ...(e.lock.retention ? { lockedFor: retentionJson(e.lock.retention) } : {}),
    findings: e.findings.filter(f => f.aspect === 'immutability').map(findingJson)
  }))
  const status = statusOf(findings)
  const { message, locations } = summarize(findings, positions)
  if (status === 'pass') {
    return makeCheck(
      'plan-immutability',
      title,
      floor.articles,
      'pass',
      `${live.map(e => `${e.address} locked for ${formatRetention(e.lock.retention ?? 'forever')}`).join(', ')}`,
      { evidence: { required, stores: rows } }
    )
  }
  if (!required) {
    const weak = live.filter(
      e => e.lock.mode !== 'worm' || e.findings.some(f => f.aspect === 'immutability' && f.status !== 'pass')
    )
    return makeCheck(
      'plan-immutability',
      title,
      floor.articles,
      'skipped',
      `not required (require-immutable is false); ${weak.length} of ${live.length} store(s) are not write-once for the floor: ${weak.map(e => `${e.address} (${e.lock.mode})`).join(', ')}`,
      { evidence: { required, stores: rows } }
    )
  }
  return makeCheck('plan-immutability', title, floor.articles, status, message, {
    locations,
    evidence: { required, stores: rows }
  })
}

/** The plan destroys no log store. */
export function deletionCheck(evaluations: StoreEvaluation[], floor: Floor, positions: FindingPositions): Check {
  const title = 'The plan destroys no log store'
  const findings = evaluations.flatMap(e => e.findings.filter(f => f.aspect === 'deletion'))
  const status = statusOf(findings)
  if (status === 'pass')
    return makeCheck(
      'plan-deletion',
      title,
      floor.articles,
      'pass',
      `no store is destroyed or replaced (${evaluations.length} checked)`
    )
  const { message, locations } = summarize(findings, positions)
  return makeCheck('plan-deletion', title, floor.articles, status, message, {
    locations,
    evidence: { findings: findings.filter(f => f.status !== 'pass').map(findingJson) }
  })
}
