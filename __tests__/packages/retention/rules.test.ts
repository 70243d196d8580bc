/**
 * The store rules, each with a passing and a failing fixture in the shapes Terraform
 * writes. Findings are asserted by resource address, attribute and status, and their
 * line in the plan against a search of the file's text.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import {
  buildFloor,
  evaluateStore,
  parseAddress,
  parsePlan,
  readPlan,
  selectStores,
  formatPath,
  type DeclaredStore,
  type Finding,
  type FloorOptions,
  type ResourceAddress,
  type StoreEvaluation,
  type TerraformPlan
} from '@ai-act-gates/retention'
import { describeWithFixtures, fixture, ROOT } from '../../helpers/paths.js'

const PLANS = path.join(ROOT, '__tests__/fixtures/retention/plans')
const NOW = new Date('2026-06-01T12:00:00Z')

function declared(resource: string, logTypes: string[] = ['inference'], prefix?: string): DeclaredStore {
  const d: DeclaredStore = {
    address: parseAddress(resource) as ResourceAddress,
    text: resource,
    logTypes,
    location: { file: 'policy.yaml', field: 'stores[0].resource' }
  }
  if (prefix !== undefined) d.prefix = prefix
  return d
}

interface Judged {
  plans: TerraformPlan[]
  stores: StoreEvaluation[]
  store(address: string): StoreEvaluation
  find(store: string, rule: string, attribute?: string): Finding
  line(f: Finding): number | undefined
}

async function judgePlans(
  plans: TerraformPlan[],
  stores?: DeclaredStore[],
  floor: Partial<FloorOptions> = {}
): Promise<Judged> {
  const f = buildFloor({ minDays: 183, preset: undefined, tenYearHorizon: false, horizonMarginDays: 0, ...floor })
  const selection = selectStores(plans, stores)
  const evaluations = selection.stores.map(s => evaluateStore(s, f, NOW))
  const store = (address: string): StoreEvaluation => {
    const e = evaluations.find(x => x.address === address)
    if (!e) throw new Error(`test bug: no store ${address}; have ${evaluations.map(x => x.address).join(', ')}`)
    return e
  }
  return {
    plans,
    stores: evaluations,
    store,
    find(address, rule, attribute) {
      const all = store(address).findings
      const hits = all.filter(x => x.rule === rule && (attribute === undefined || x.attribute === attribute))
      if (hits.length !== 1)
        throw new Error(`test bug: ${hits.length} findings ${rule} ${attribute ?? ''}: ${JSON.stringify(all, null, 1)}`)
      return hits[0]!
    },
    line(finding) {
      const p = plans.find(x => x.file === finding.file)!
      return p.locate([finding.path]).get(formatPath(finding.path))?.line
    }
  }
}

async function judge(name: string, stores?: DeclaredStore[], floor: Partial<FloorOptions> = {}): Promise<Judged> {
  return judgePlans([await readPlan(path.join(PLANS, name), name)], stores, floor)
}

/** The line of `"key"` in the `after` object (or another part) of a resource change, found by searching the text. */
async function lineOf(name: string, address: string, key: string, nth = 1, within = 'after'): Promise<number> {
  const lines = (await readFile(path.join(PLANS, name), 'utf8')).split('\n')
  let i = lines.findIndex(l => l.includes('"resource_changes"'))
  i = lines.findIndex((l, j) => j > i && l.includes(`"address": ${JSON.stringify(address)}`))
  i = lines.findIndex((l, j) => j > i && l.includes(`"${within}":`))
  for (let n = 0; n < nth; n++) i = lines.findIndex((l, j) => j > i && l.includes(`"${key}"`))
  return i + 1
}

describe('CloudWatch Logs: retention_in_days', () => {
  test('pass: 731 days in module for_each instances, 0 never expires', async () => {
    const j = await judge('cloudwatch-for-each.tfplan.json')
    expect(j.stores.map(s => s.address)).toEqual([
      'aws_cloudwatch_log_group.audit',
      'module.logging.aws_cloudwatch_log_group.category["decision"]',
      'module.logging.aws_cloudwatch_log_group.category["error"]',
      'module.logging.aws_cloudwatch_log_group.category["inference"]',
      'module.logging.aws_cloudwatch_log_group.category["model-version"]'
    ])
    expect(j.find('aws_cloudwatch_log_group.audit', 'cloudwatch.retention_in_days')).toMatchObject({
      status: 'pass',
      message: 'retention_in_days is 0: log events never expire'
    })
    expect(j.store('aws_cloudwatch_log_group.audit').retention).toBe('forever')
    const error = 'module.logging.aws_cloudwatch_log_group.category["error"]'
    expect(j.find(error, 'cloudwatch.retention_in_days').status).toBe('pass')
    expect(j.store(error).retention).toEqual({ years: 0, days: 731 })
  })

  test('fail: error logs deleted after 30 days while inference logs are kept 365 (seed 002)', async () => {
    const j = await judge('cloudwatch-count-v0.1.tfplan.json')
    expect(j.find('aws_cloudwatch_log_group.logs[0]', 'cloudwatch.retention_in_days').status).toBe('pass')
    const f = j.find('aws_cloudwatch_log_group.logs[1]', 'cloudwatch.retention_in_days')
    expect(f).toMatchObject({
      status: 'fail',
      resource: 'aws_cloudwatch_log_group.logs[1]',
      attribute: 'retention_in_days'
    })
    expect(f.message).toBe(
      'retention_in_days is 30: log events are deleted after 30 days, below 183 days (min-days); the smallest CloudWatch value that meets the floor is 365'
    )
    expect(j.line(f)).toBe(
      await lineOf('cloudwatch-count-v0.1.tfplan.json', 'aws_cloudwatch_log_group.logs[1]', 'retention_in_days')
    )
  })

  test('fail: a value CloudWatch does not accept (210 days, as in the seed example)', async () => {
    const j = await judge('cloudwatch-count-v0.1.tfplan.json')
    const f = j.find('aws_cloudwatch_log_group.decision', 'cloudwatch.retention_in_days')
    expect(f.status).toBe('fail')
    expect(f.message).toMatch(/^retention_in_days is 210, which CloudWatch Logs does not accept/)
  })

  test('unknown: a retention known only after apply', async () => {
    const j = await judge('cloudwatch-count-v0.1.tfplan.json')
    expect(j.find('aws_cloudwatch_log_group.model_version', 'cloudwatch.retention_in_days')).toMatchObject({
      status: 'unknown',
      message: 'retention_in_days is known only after apply'
    })
    expect(j.store('aws_cloudwatch_log_group.model_version').retention).toBe('unknown')
  })

  test('the hint follows the floor: a five-year preset needs 1827', async () => {
    const j = await judge('cloudwatch-count-v0.1.tfplan.json', undefined, { preset: 'finance' })
    const f = j.find('aws_cloudwatch_log_group.logs[0]', 'cloudwatch.retention_in_days')
    expect(f.status).toBe('fail')
    expect(f.message).toMatch(
      /below 5 years \(preset finance\); the smallest CloudWatch value that meets the floor is 1827$/
    )
  })

  test('fail: the DELIVERY class keeps events one day whatever retention_in_days says', async () => {
    const j = await judge('cloudwatch-changes.tfplan.json')
    expect(j.find('aws_cloudwatch_log_group.delivery', 'cloudwatch.log_group_class').status).toBe('fail')
    expect(j.find('aws_cloudwatch_log_group.delivery', 'cloudwatch.retention_in_days').status).toBe('pass')
    expect(j.store('aws_cloudwatch_log_group.delivery').retention).toEqual({ years: 0, days: 1 })
  })

  test('CloudWatch cannot be write-once', async () => {
    const j = await judge('cloudwatch-for-each.tfplan.json')
    expect(j.find('aws_cloudwatch_log_group.audit', 'cloudwatch.lock')).toMatchObject({
      status: 'fail',
      attribute: '(resource)'
    })
    expect(j.store('aws_cloudwatch_log_group.audit').lock.mode).toBe('not-lockable')
  })
})

describe('the plan destroys no store', () => {
  test('pass: created and unchanged stores', async () => {
    const j = await judge('cloudwatch-for-each.tfplan.json')
    for (const s of j.stores) expect(s.findings.find(f => f.aspect === 'deletion')?.status).toBe('pass')
  })

  test('fail: a replaced, a destroyed and a deposed log group; unknown: one removed from state by skip_destroy', async () => {
    const name = 'cloudwatch-changes.tfplan.json'
    const j = await judge(name)
    const replaced = j.find('aws_cloudwatch_log_group.inference', 'plan.delete')
    expect(replaced).toMatchObject({ status: 'fail', attribute: 'change.actions' })
    expect(replaced.message).toMatch(/^the plan replaces this store \(actions: delete, create\)/)
    expect(j.store('aws_cloudwatch_log_group.inference').deleted).toBe(false)
    expect(j.find('aws_cloudwatch_log_group.old_errors', 'plan.delete').status).toBe('fail')
    expect(j.store('aws_cloudwatch_log_group.old_errors').deleted).toBe(true)
    const deposed = j.find('aws_cloudwatch_log_group.decision (deposed 5f2c07a1)', 'plan.deposed')
    expect(deposed).toMatchObject({ status: 'fail', attribute: 'deposed' })
    expect(j.find('aws_cloudwatch_log_group.kept', 'plan.delete')).toMatchObject({ status: 'unknown' })
    expect(j.line(replaced)).toBe(await lineOf(name, 'aws_cloudwatch_log_group.inference', 'actions', 1, 'change'))
  })
})

describe('S3: Object Lock', () => {
  const all = ['inference', 'decision', 'error', 'model-version']

  test('pass: COMPLIANCE for 731 days, tied to a module bucket whose id is unknown until apply', async () => {
    const j = await judge('s3-object-lock-compliance.tfplan.json', [declared('module.archive.aws_s3_bucket.this', all)])
    const s = j.store('module.archive[0].aws_s3_bucket.this')
    const f = j.find(s.address, 's3.object_lock_configuration')
    expect(f).toMatchObject({
      status: 'pass',
      resource: 'module.archive[0].aws_s3_bucket_object_lock_configuration.this',
      attribute: 'rule[0].default_retention[0].days'
    })
    expect(s.lock).toEqual({ mode: 'worm', retention: { years: 0, days: 731 } })
    expect(j.line(f)).toBe(await lineOf('s3-object-lock-compliance.tfplan.json', f.resource, 'days'))
  })

  test('fail: GOVERNANCE, which s3:BypassGovernanceRetention lifts, tied by the known bucket name', async () => {
    const j = await judge('s3-governance-lifecycle.tfplan.json', [
      declared('aws_s3_bucket.logs', ['inference'], 'logs/inference/')
    ])
    const f = j.find('aws_s3_bucket.logs', 's3.object_lock_configuration')
    expect(f).toMatchObject({
      status: 'fail',
      resource: 'aws_s3_bucket_object_lock_configuration.logs',
      attribute: 'rule[0].default_retention[0].mode'
    })
    expect(f.message).toMatch(/GOVERNANCE \(400 days\): principals allowed s3:BypassGovernanceRetention/)
    expect(j.store('aws_s3_bucket.logs').lock.mode).toBe('bypassable')
  })

  test('fail: COMPLIANCE for only 30 days (provider 3.x inline block); fail: Object Lock not enabled', async () => {
    const j = await judge('s3-inline-v0.1.tfplan.json', [
      declared('aws_s3_bucket.ledger'),
      declared('aws_s3_bucket.audit')
    ])
    expect(j.find('aws_s3_bucket.ledger', 's3.object_lock_configuration')).toMatchObject({
      status: 'fail',
      attribute: 'object_lock_configuration[0].rule[0].default_retention[0].days',
      message: 'Object Lock COMPLIANCE locks new objects for only 30 days, below 183 days (min-days)'
    })
    expect(j.find('aws_s3_bucket.audit', 's3.object_lock_enabled')).toMatchObject({
      status: 'fail',
      attribute: 'object_lock_enabled'
    })
    expect(j.store('aws_s3_bucket.audit').lock.mode).toBe('none')
  })

  test('configurations in other modules are tied to the bucket through a module output and an input variable', async () => {
    const j = await judge('s3-across-modules.tfplan.json', [declared('module.storage.aws_s3_bucket.this')])
    const s = j.store('module.storage.aws_s3_bucket.this')
    expect(j.find(s.address, 's3.object_lock_configuration')).toMatchObject({
      status: 'pass',
      resource: 'module.lock.aws_s3_bucket_object_lock_configuration.this',
      attribute: 'rule[0].default_retention[0].years'
    })
    expect(s.lock).toEqual({ mode: 'worm', retention: { years: 1, days: 0 } })
    expect(j.find(s.address, 's3.lifecycle_configuration', 'rule[0].expiration[0].days')).toMatchObject({
      status: 'fail',
      resource: 'aws_s3_bucket_lifecycle_configuration.decisions'
    })
  })

  test('unknown: a lock configuration whose bucket the plan cannot tie to any bucket', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 's3-object-lock-compliance.tfplan.json'), 'utf8'))
    delete doc.configuration
    const j = await judgePlans(
      [parsePlan(JSON.stringify(doc), 'no-config.json')],
      [declared('module.archive.aws_s3_bucket.this', all)]
    )
    const s = j.store('module.archive[0].aws_s3_bucket.this')
    expect(s.lock.mode).toBe('unknown')
    expect(s.retention).toBe('unknown')
    expect(j.find(s.address, 's3.lifecycle_configuration').message).toMatch(
      /may expire these logs: bucket is unknown until apply and the plan has no configuration/
    )
  })
})

describe('S3: lifecycle expiration', () => {
  test('pass: expiration after 3653 days is not before the floor', async () => {
    const j = await judge('s3-object-lock-compliance.tfplan.json', [declared('module.archive.aws_s3_bucket.this')])
    const s = j.store('module.archive[0].aws_s3_bucket.this')
    expect(j.find(s.address, 's3.lifecycle_configuration', 'rule[0].expiration[0].days').status).toBe('pass')
    expect(s.retention).toEqual({ years: 0, days: 3653 })
  })

  test('fail: 90-day expiration and 30-day noncurrent expiration on the logs prefix; rules on other prefixes and disabled rules are not applied', async () => {
    const name = 's3-governance-lifecycle.tfplan.json'
    const j = await judge(name, [declared('aws_s3_bucket.logs', ['inference'], 'logs/inference/')])
    const s = j.store('aws_s3_bucket.logs')
    const exp = j.find(s.address, 's3.lifecycle_configuration', 'rule[0].expiration[0].days')
    expect(exp).toMatchObject({ status: 'fail', resource: 'aws_s3_bucket_lifecycle_configuration.logs' })
    expect(exp.message).toBe(
      'a lifecycle rule expires objects after 90 days: a deletion schedule shorter than the floor, below 183 days (min-days)'
    )
    expect(j.line(exp)).toBe(await lineOf(name, exp.resource, 'days'))
    expect(
      j.find(s.address, 's3.lifecycle_configuration', 'rule[0].noncurrent_version_expiration[0].noncurrent_days').status
    ).toBe('fail')
    expect(s.findings.filter(f => /rule\[[12]\]/.test(f.attribute))).toEqual([])
    expect(s.retention).toEqual({ years: 0, days: 90 })
  })

  test('with no log prefix in the policy, a rule on any prefix may reach the logs', async () => {
    const j = await judge('s3-governance-lifecycle.tfplan.json', [declared('aws_s3_bucket.logs')])
    expect(j.find('aws_s3_bucket.logs', 's3.lifecycle_configuration', 'rule[1].expiration[0].days').status).toBe('fail')
  })

  test("provider 4+: the bucket's computed lifecycle_rule yields to its own lifecycle configuration, and counts without one", async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 's3-governance-lifecycle.tfplan.json'), 'utf8'))
    const bucket = doc.resource_changes.find((r: any) => r.address === 'aws_s3_bucket.logs')
    const stale = {
      abort_incomplete_multipart_upload_days: 0,
      enabled: true,
      expiration: [{ date: '', days: 7, expired_object_delete_marker: false }],
      id: 'old',
      noncurrent_version_expiration: [],
      noncurrent_version_transition: [],
      prefix: '',
      tags: {},
      transition: []
    }
    bucket.change.before.lifecycle_rule = [stale]
    bucket.change.after.lifecycle_rule = [stale]
    const managed = await judgePlans(
      [parsePlan(JSON.stringify(doc), 'managed.json')],
      [declared('aws_s3_bucket.logs', ['inference'], 'logs/inference/')]
    )
    expect(managed.store('aws_s3_bucket.logs').findings.filter(f => f.attribute.startsWith('lifecycle_rule'))).toEqual(
      []
    )
    const other = (r: any) => r.type !== 'aws_s3_bucket_lifecycle_configuration'
    doc.resource_changes = doc.resource_changes.filter(other)
    doc.planned_values.root_module.resources = doc.planned_values.root_module.resources.filter(other)
    doc.configuration.root_module.resources = doc.configuration.root_module.resources.filter(other)
    const outOfBand = await judgePlans(
      [parsePlan(JSON.stringify(doc), 'out-of-band.json')],
      [declared('aws_s3_bucket.logs', ['inference'], 'logs/inference/')]
    )
    expect(
      outOfBand.find('aws_s3_bucket.logs', 's3.lifecycle_rule', 'lifecycle_rule[0].expiration[0].days').status
    ).toBe('fail')
  })

  test('a lifecycle rule that only moves objects to another storage class deletes nothing', async () => {
    const j = await judge('s3-across-modules.tfplan.json', [declared('module.storage.aws_s3_bucket.this')])
    expect(j.store('module.storage.aws_s3_bucket.this').retention).toEqual({ years: 0, days: 30 })
    const example = await readPlan(
      path.join(ROOT, 'examples/recruitment-screening/retention/logging.tfplan.json'),
      'logging.tfplan.json'
    )
    const e = await judgePlans([example], [declared('module.log_archive.aws_s3_bucket.this')])
    expect(e.find('module.log_archive.aws_s3_bucket.this', 's3.lifecycle')).toMatchObject({
      status: 'pass',
      message: 'no enabled lifecycle rule expires objects in this bucket: they are kept until someone deletes them'
    })
  })

  test('fail: inline 3.x rules, 30 days, and an expiration date that deletes everything that day', async () => {
    const j = await judge('s3-inline-v0.1.tfplan.json', [
      declared('aws_s3_bucket.audit'),
      declared('aws_s3_bucket.ledger')
    ])
    expect(j.find('aws_s3_bucket.audit', 's3.lifecycle_rule', 'lifecycle_rule[0].expiration[0].days').status).toBe(
      'fail'
    )
    expect(j.find('aws_s3_bucket.ledger', 's3.lifecycle_rule', 'lifecycle_rule[0].expiration[0].date')).toMatchObject({
      status: 'fail',
      message: 'a lifecycle rule expires every object on 2026-01-01, however recently it was written'
    })
  })
})

describe('Azure Blob Storage', () => {
  test('pass: a locked 400-day container policy, and a management policy that deletes after 3660 days', async () => {
    const name = 'azure-container-locked.tfplan.json'
    const j = await judge(name, [declared('azurerm_storage_container.ai_logs')])
    const s = j.store('azurerm_storage_container.ai_logs')
    const lock = j.find(s.address, 'azure.container_immutability_policy')
    expect(lock).toMatchObject({
      status: 'pass',
      resource: 'azurerm_storage_container_immutability_policy.ai_logs',
      attribute: 'immutability_period_in_days'
    })
    expect(j.line(lock)).toBe(await lineOf(name, lock.resource, 'immutability_period_in_days'))
    expect(s.lock).toEqual({ mode: 'worm', retention: { years: 0, days: 400 } })
    expect(s.retention).toEqual({ years: 0, days: 3660 })
    expect(s.findings.filter(f => f.status !== 'pass')).toEqual([])
  })

  test('fail: an unlocked account policy, an unlocked container policy, and a management policy deleting after 90 days', async () => {
    const j = await judge('azure-unlocked.tfplan.json', [
      declared('azurerm_storage_container.ai_logs'),
      declared('azurerm_storage_container.decisions')
    ])
    expect(j.find('azurerm_storage_container.ai_logs', 'azure.immutability_policy')).toMatchObject({
      status: 'fail',
      resource: 'azurerm_storage_account.logs',
      attribute: 'immutability_policy[0].state',
      message: 'the immutability policy (30 days) is not locked: it can be shortened or deleted'
    })
    expect(j.find('azurerm_storage_container.decisions', 'azure.container_immutability_policy')).toMatchObject({
      status: 'fail',
      attribute: 'locked'
    })
    const del = j.find(
      'azurerm_storage_container.ai_logs',
      'azure.management_policy',
      'rule[0].actions[0].base_blob[0].delete_after_days_since_creation_greater_than'
    )
    expect(del.status).toBe('fail')
    expect(j.store('azurerm_storage_container.ai_logs').retention).toEqual({ years: 0, days: 90 })
  })

  test('pass: the same account with its policy Locked for 400 days', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'azure-unlocked.tfplan.json'), 'utf8'))
    const account = doc.resource_changes.find((r: any) => r.address === 'azurerm_storage_account.logs')
    account.change.after.immutability_policy[0] = {
      allow_protected_append_writes: true,
      period_since_creation_in_days: 400,
      state: 'Locked'
    }
    const j = await judgePlans(
      [parsePlan(JSON.stringify(doc, null, 2), 'locked.json')],
      [declared('azurerm_storage_container.ai_logs')]
    )
    expect(j.find('azurerm_storage_container.ai_logs', 'azure.immutability_policy')).toMatchObject({
      status: 'pass',
      attribute: 'immutability_policy[0].period_since_creation_in_days'
    })
  })
})

describe('Google Cloud Logging buckets', () => {
  test('pass: 400 days, locked', async () => {
    const j = await judge('google-logging-locked.tfplan.json')
    const s = j.store('google_logging_project_bucket_config.ai_logs')
    expect(j.find(s.address, 'logging.retention_days').status).toBe('pass')
    expect(j.find(s.address, 'logging.locked').status).toBe('pass')
    expect(s.lock).toEqual({ mode: 'worm', retention: { years: 0, days: 400 } })
  })

  test('fail: retention_days 0 means the 30-day default, and the bucket is not locked; unknown: a retention known after apply', async () => {
    const j = await judge('google-logging-default.tfplan.json')
    expect(j.find('google_logging_project_bucket_config.errors', 'logging.retention_days').message).toBe(
      'retention_days is 0, so Cloud Logging applies its default of 30 days: log entries are deleted after 30 days, below 183 days (min-days)'
    )
    expect(j.find('google_logging_project_bucket_config.errors', 'logging.locked').status).toBe('fail')
    expect(j.find('google_logging_folder_bucket_config.audit', 'logging.retention_days').status).toBe('unknown')
  })
})

describe('Google Cloud Storage buckets', () => {
  test('pass: a locked 366-day retention policy, Delete after 3660 days, a Delete rule on tmp/ that cannot reach logs/', async () => {
    const j = await judge('gcs-locked-retention.tfplan.json', [
      declared('google_storage_bucket.archive', ['error'], 'logs/')
    ])
    const s = j.store('google_storage_bucket.archive')
    expect(s.findings.filter(f => f.status !== 'pass')).toEqual([])
    expect(s.lock).toEqual({ mode: 'worm', retention: { years: 0, days: 366 } })
    expect(s.retention).toEqual({ years: 0, days: 3660 })
  })

  test('a Delete rule on objects created before a date passes only when that date is older than the floor', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'gcs-locked-retention.tfplan.json'), 'utf8'))
    const rule = doc.resource_changes[0].change.after.lifecycle_rule[0].condition[0]
    rule.age = 0
    rule.created_before = '2026-03-01'
    const recent = await judgePlans(
      [parsePlan(JSON.stringify(doc), 'recent.json')],
      [declared('google_storage_bucket.archive')]
    )
    expect(
      recent.find(
        'google_storage_bucket.archive',
        'gcs.lifecycle_rule',
        'lifecycle_rule[0].condition[0].created_before'
      ).status
    ).toBe('fail')
    rule.created_before = '2025-01-01'
    const old = await judgePlans(
      [parsePlan(JSON.stringify(doc), 'old.json')],
      [declared('google_storage_bucket.archive')]
    )
    expect(
      old.find('google_storage_bucket.archive', 'gcs.lifecycle_rule', 'lifecycle_rule[0].condition[0].created_before')
        .status
    ).toBe('pass')
  })
})

describeWithFixtures('rules on the shared real plans', () => {
  test('terraform-validator full_storage_bucket: locked, but for 42 seconds', async () => {
    const name = 'terraform-validator/full_storage_bucket.tfplan.json'
    const j = await judgePlans(
      [await readPlan(fixture('terraform-plan', name), name)],
      [declared('google_storage_bucket.full-list-default')]
    )
    const s = j.store('google_storage_bucket.full-list-default')
    expect(j.find(s.address, 'gcs.retention_policy')).toMatchObject({
      status: 'fail',
      attribute: 'retention_policy[0].retention_period',
      message: 'retention_period is 42 seconds (0 days), locked, below 183 days (min-days)'
    })
    expect(s.retention).toBe('forever')
  })

  test('checkov modules: module.log_group_local keeps 30 days; the external module group never expires', async () => {
    const name = 'checkov/plan_with_tf_modules_for_enrichment__tfplan.json'
    const j = await judgePlans([await readPlan(fixture('terraform-plan', name), name)])
    expect(
      j.find('module.log_group_local.aws_cloudwatch_log_group.not_encrypted', 'cloudwatch.retention_in_days').status
    ).toBe('fail')
    expect(
      j.find('module.log_group_external.aws_cloudwatch_log_group.this[0]', 'cloudwatch.retention_in_days').status
    ).toBe('pass')
  })

  test('regula issue355: S3 buckets without Object Lock, named as stores', async () => {
    const name = 'regula/issue355_infra.json'
    const j = await judgePlans(
      [await readPlan(fixture('terraform-plan', name), name)],
      [declared('aws_s3_bucket.logging')]
    )
    expect(j.find('aws_s3_bucket.logging', 's3.object_lock_enabled').status).toBe('fail')
    expect(j.store('aws_s3_bucket.logging').retention).toBe('forever')
  })
})

describe('a lock judged against the floor: whole messages', () => {
  // plan, declared store (undefined: the plan's own), store, rule, message when it meets the floor, when a 800-day floor is not met
  const locks: Array<[string, DeclaredStore[] | undefined, string, string, string, string]> = [
    [
      's3-object-lock-compliance.tfplan.json',
      [declared('module.archive.aws_s3_bucket.this')],
      'module.archive[0].aws_s3_bucket.this',
      's3.object_lock_configuration',
      'Object Lock COMPLIANCE locks every new object for 731 days: no one, the root user included, can delete it sooner',
      'Object Lock COMPLIANCE locks new objects for only 731 days, below 800 days (min-days)'
    ],
    [
      'azure-container-locked.tfplan.json',
      [declared('azurerm_storage_container.ai_logs')],
      'azurerm_storage_container.ai_logs',
      'azure.container_immutability_policy',
      'a locked immutability policy keeps every blob unmodifiable and undeletable for 400 days',
      'the locked immutability policy keeps blobs for only 400 days, below 800 days (min-days)'
    ],
    [
      'google-logging-locked.tfplan.json',
      undefined,
      'google_logging_project_bucket_config.ai_logs',
      'logging.locked',
      'the bucket is locked: its 400 days retention cannot be shortened and it cannot be deleted while it holds logs',
      'the bucket is locked, but for only 400 days, below 800 days (min-days)'
    ],
    [
      'gcs-locked-retention.tfplan.json',
      [declared('google_storage_bucket.archive', ['error'], 'logs/')],
      'google_storage_bucket.archive',
      'gcs.retention_policy',
      'retention_period is 31622400 seconds (366 days), locked: no object can be deleted or replaced sooner',
      'retention_period is 31622400 seconds (366 days), locked, below 800 days (min-days)'
    ]
  ]

  test.each(locks)(
    '%s: pass under the default floor, fail under 800 days',
    async (name, stores, store, rule, pass, fail) => {
      const met = await judge(name, stores)
      expect(met.find(store, rule)).toMatchObject({ status: 'pass', message: pass })
      const short = await judge(name, stores, { minDays: 800 })
      expect(short.find(store, rule)).toMatchObject({ status: 'fail', message: fail })
    }
  )
})
