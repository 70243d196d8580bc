/**
 * The checks about getting logs back: a retrieval runbook exists, providers that hold
 * logs are bound by contract to hand them over, and (when asked) retrieval was tested
 * recently.
 */
import { makeCheck, type Check, type EvidenceFile } from '@ai-act-gates/core'
import { formatRetention, retentionJson } from './duration.js'
import { shortfallText, unmet, type Floor } from './floor.js'
import { loc } from './checks-policy.js'
import type { PolicyLocation, RetentionPolicy } from './policy.js'
import { resolveDocument } from './retrieval.js'

/** A check with the evidence files it hashed. */
export interface CheckWithFiles {
  check: Check
  files: EvidenceFile[]
}

/** A retrieval runbook exists: a URL, or a non-empty file hashed into the result. */
export async function runbookCheck(
  policy: RetentionPolicy | undefined,
  workspace: string,
  floor: Floor
): Promise<CheckWithFiles> {
  const title = 'Logs can be retrieved: a runbook exists'
  if (!policy) {
    return {
      check: makeCheck('retrieval-runbook', title, floor.articles, 'fail', 'no policy names a retrieval runbook'),
      files: []
    }
  }
  if (!policy.runbook) {
    const at = policy.locate(policy.form === 'seed-002' ? [] : ['retrieval'])
    return {
      check: makeCheck(
        'retrieval-runbook',
        title,
        floor.articles,
        'fail',
        'the policy names no retrieval runbook: add retrieval_runbook_url (or retrieval.runbook) with a URL or a file in the repository',
        {
          locations: [{ ...loc(at), field: policy.form === 'seed-002' ? 'retrieval_runbook_url' : 'retrieval.runbook' }]
        }
      ),
      files: []
    }
  }
  const { value, at } = policy.runbook
  const ref = await resolveDocument(
    value,
    policy.absolute,
    workspace,
    { file: at.file, ...(at.line !== undefined ? { line: at.line } : {}), field: at.field },
    { allowUrl: true, category: 'retrieval-runbook' }
  )
  if (ref.kind === 'url') {
    return {
      check: makeCheck(
        'retrieval-runbook',
        title,
        floor.articles,
        'pass',
        `runbook at ${ref.url} (a URL is recorded, not fetched: keep a copy in the repository to have its bytes hashed)`,
        { locations: [{ ...loc(at), url: ref.url }], evidence: { runbook: { url: ref.url } } }
      ),
      files: []
    }
  }
  if (ref.kind === 'missing') {
    return {
      check: makeCheck('retrieval-runbook', title, floor.articles, 'fail', `the runbook ${ref.path} ${ref.reason}`, {
        locations: [loc(at)],
        evidence: { runbook: { path: ref.path } }
      }),
      files: []
    }
  }
  return {
    check: makeCheck(
      'retrieval-runbook',
      title,
      floor.articles,
      'pass',
      `runbook ${ref.path} (${ref.evidence.size} bytes, sha256 ${ref.evidence.sha256})`,
      { evidence: { runbook: { path: ref.path, sha256: ref.evidence.sha256, size: ref.evidence.size } } }
    ),
    files: [ref.evidence]
  }
}

/** Providers holding logs: the access right, the retrieval mechanism and contract evidence, and a retention that meets the floor. */
export async function providerCheck(policy: RetentionPolicy, workspace: string, floor: Floor): Promise<CheckWithFiles> {
  const title = 'Logs held by a provider can be obtained under contract'
  if (policy.providers.length === 0) {
    return {
      check: makeCheck(
        'provider-access',
        title,
        floor.articles,
        'skipped',
        "the policy names no provider that holds logs: every category is under the deployer's own control"
      ),
      files: []
    }
  }
  const failures: Array<{ message: string; at: PolicyLocation }> = []
  const files: EvidenceFile[] = []
  const rows: Array<Record<string, unknown>> = []
  for (const p of policy.providers) {
    const row: Record<string, unknown> = { name: p.name, logTypes: p.logTypes }
    rows.push(row)
    const c = p.contract
    if (!c) {
      failures.push({
        message: `${p.name} holds ${p.logTypes.join(', ')} but the policy records no contract`,
        at: p.at
      })
      continue
    }
    if (c.reference) row.reference = c.reference.value
    if (!c.accessRight || c.accessRight.value.trim() === '') {
      failures.push({
        message: `${p.name}: no contractual right to obtain the logs recorded (contract.access_right)`,
        at: c.accessRight?.at ?? { ...p.contractAt, field: `${p.contractAt.field}.access_right` }
      })
    } else row.accessRight = c.accessRight.value
    if (!c.retrievalMechanism || c.retrievalMechanism.value.trim() === '') {
      failures.push({
        message: `${p.name}: no retrieval mechanism recorded (contract.retrieval_mechanism)`,
        at: c.retrievalMechanism?.at ?? { ...p.contractAt, field: `${p.contractAt.field}.retrieval_mechanism` }
      })
    } else row.retrievalMechanism = c.retrievalMechanism.value
    if (!c.retention) {
      failures.push({
        message: `${p.name}: the contract states no retention period (contract.retention_days)`,
        at: { ...p.contractAt, field: `${p.contractAt.field}.retention_days` }
      })
    } else {
      row.retention = retentionJson(c.retention.value)
      const missed = unmet(c.retention.value, floor)
      if (missed.length > 0)
        failures.push({
          message: `${p.name}: the contract keeps logs ${formatRetention(c.retention.value)}, ${shortfallText(missed)}`,
          at: c.retention.at
        })
    }
    if (c.evidence.length === 0) {
      failures.push({
        message: `${p.name}: no contract evidence file (contract.evidence)`,
        at: { ...p.contractAt, field: `${p.contractAt.field}.evidence` }
      })
    }
    const hashed: Array<Record<string, unknown>> = []
    for (const e of c.evidence) {
      const ref = await resolveDocument(
        e.value,
        policy.absolute,
        workspace,
        { file: e.at.file, ...(e.at.line !== undefined ? { line: e.at.line } : {}), field: e.at.field },
        { allowUrl: false, category: 'provider-contract' }
      )
      if (ref.kind === 'missing')
        failures.push({ message: `${p.name}: contract evidence ${ref.path} ${ref.reason}`, at: e.at })
      else if (ref.kind === 'file') {
        files.push(ref.evidence)
        hashed.push({ path: ref.path, sha256: ref.evidence.sha256, size: ref.evidence.size })
      }
    }
    row.evidence = hashed
  }
  if (failures.length > 0) {
    return {
      check: makeCheck('provider-access', title, floor.articles, 'fail', failures.map(f => f.message).join('; '), {
        locations: failures.map(f => loc(f.at)),
        evidence: { providers: rows }
      }),
      files
    }
  }
  return {
    check: makeCheck(
      'provider-access',
      title,
      floor.articles,
      'pass',
      policy.providers
        .map(
          p =>
            `${p.name} (${p.logTypes.join(', ')}): access right, retrieval mechanism and ${p.contract!.evidence.length} evidence file(s) recorded`
        )
        .join('; '),
      { evidence: { providers: rows } }
    ),
    files
  }
}

/** The last retrieval test is at most `maxAgeDays` old (seed 000: test retrieval annually). */
export function retrievalTestCheck(policy: RetentionPolicy, maxAgeDays: number, now: Date, floor: Floor): Check {
  const title = 'Retrieval was tested recently'
  if (!policy.testedOn) {
    const at = policy.locate(['retrieval'])
    return makeCheck(
      'retrieval-tested',
      title,
      floor.articles,
      'fail',
      `no retrieval test is recorded (retrieval.tested_on); the gate asks for one within ${maxAgeDays} days`,
      { locations: [{ ...loc(at), field: 'retrieval.tested_on' }] }
    )
  }
  const { value, at } = policy.testedOn
  const tested = Date.parse(`${value}T00:00:00Z`)
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const age = Math.round((today - tested) / 86_400_000)
  if (age < 0)
    return makeCheck(
      'retrieval-tested',
      title,
      floor.articles,
      'fail',
      `retrieval.tested_on is ${value}, a date in the future`,
      { locations: [loc(at)] }
    )
  if (age > maxAgeDays)
    return makeCheck(
      'retrieval-tested',
      title,
      floor.articles,
      'fail',
      `the last retrieval test was on ${value}, ${age} days ago, more than ${maxAgeDays}`,
      { locations: [loc(at)], evidence: { testedOn: value, ageDays: age } }
    )
  return makeCheck('retrieval-tested', title, floor.articles, 'pass', `retrieval tested on ${value}, ${age} days ago`, {
    evidence: { testedOn: value, ageDays: age }
  })
}
