/**
 * Reading `terraform show -json` output: the shapes of format versions 0.1 to 1.2,
 * modules and count/for_each instances, unknown values, and every kind of bad input
 * named by file, line and field.
 */
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { attr, parsePlan, readPlan, type TerraformPlan } from '@ai-act-gates/retention'
import { describeWithFixtures, fixture, ROOT } from '../../helpers/paths.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

export const PLANS = path.join(ROOT, '__tests__/fixtures/retention/plans')

async function plan(name: string): Promise<TerraformPlan> {
  return readPlan(path.join(PLANS, name), name)
}

function instance(p: TerraformPlan, address: string, deposed = false) {
  const i = p.instances.find(x => x.address === address && (x.deposed !== undefined) === deposed)
  if (!i) throw new Error(`test bug: ${address} not in ${p.file}`)
  return i
}

describe('plan shapes', () => {
  test.each([
    ['cloudwatch-count-v0.1.tfplan.json', '0.1', '0.13.7'],
    ['s3-inline-v0.1.tfplan.json', '0.1', '0.12.31'],
    ['s3-governance-lifecycle.tfplan.json', '1.0', '1.1.9'],
    ['s3-object-lock-compliance.tfplan.json', '1.1', '1.2.9'],
    ['cloudwatch-for-each.tfplan.json', '1.2', '1.9.8']
  ])('%s is format %s from Terraform %s', async (name, format, terraform) => {
    const p = await plan(name)
    expect(p.formatVersion).toBe(format)
    expect(p.terraformVersion).toBe(terraform)
  })

  test('module for_each instances keep their module path and string keys', async () => {
    const p = await plan('cloudwatch-for-each.tfplan.json')
    const i = instance(p, 'module.logging.aws_cloudwatch_log_group.category["model-version"]')
    expect(i.parsed.modules).toEqual([{ name: 'logging' }])
    expect(i.parsed.key).toBe('model-version')
    expect(attr(i, ['retention_in_days'])).toEqual({ state: 'known', value: 731 })
    expect(attr(i, ['arn'])).toEqual({ state: 'unknown' })
    expect(attr(i, ['no_such_attribute'])).toEqual({ state: 'absent' })
  })

  test('count instances inside a counted module keep both keys', async () => {
    const p = await plan('s3-object-lock-compliance.tfplan.json')
    const i = instance(p, 'module.archive[0].aws_s3_bucket_object_lock_configuration.this')
    expect(i.parsed.modules).toEqual([{ name: 'archive', key: 0 }])
    expect(attr(i, ['bucket'])).toEqual({ state: 'unknown' })
    expect(attr(i, ['rule', 0, 'default_retention', 0, 'mode'])).toEqual({ state: 'known', value: 'COMPLIANCE' })
  })

  test('a value unknown until apply is unknown, never a number', async () => {
    const p = await plan('cloudwatch-count-v0.1.tfplan.json')
    expect(attr(instance(p, 'aws_cloudwatch_log_group.model_version'), ['retention_in_days'])).toEqual({
      state: 'unknown'
    })
    expect(attr(instance(p, 'aws_cloudwatch_log_group.logs[1]'), ['retention_in_days'])).toEqual({
      state: 'known',
      value: 30
    })
  })

  test('deleted and deposed objects are read with their actions', async () => {
    const p = await plan('cloudwatch-changes.tfplan.json')
    expect(instance(p, 'aws_cloudwatch_log_group.old_errors').actions).toEqual(['delete'])
    expect(instance(p, 'aws_cloudwatch_log_group.old_errors').after).toBeNull()
    expect(instance(p, 'aws_cloudwatch_log_group.inference').actions).toEqual(['delete', 'create'])
    expect(instance(p, 'aws_cloudwatch_log_group.decision', true).deposed).toBe('5f2c07a1')
    expect(instance(p, 'aws_cloudwatch_log_group.decision').actions).toEqual(['create'])
  })

  test('without resource_changes, planned_values is read, and a missing attribute there is unknown', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'cloudwatch-count-v0.1.tfplan.json'), 'utf8'))
    delete doc.resource_changes
    const p = parsePlan(JSON.stringify(doc), 'planned-only.json')
    expect(p.instances.map(i => i.source)).toEqual([
      'planned_values',
      'planned_values',
      'planned_values',
      'planned_values'
    ])
    expect(attr(instance(p, 'aws_cloudwatch_log_group.model_version'), ['retention_in_days'])).toEqual({
      state: 'unknown'
    })
    expect(attr(instance(p, 'aws_cloudwatch_log_group.decision'), ['retention_in_days'])).toEqual({
      state: 'known',
      value: 210
    })
  })

  test('in planned_values only a missing top-level attribute is unknown; inside a known one, missing is absent', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 's3-governance-lifecycle.tfplan.json'), 'utf8'))
    delete doc.resource_changes
    const lc = instance(
      parsePlan(JSON.stringify(doc), 'planned-only.json'),
      'aws_s3_bucket_lifecycle_configuration.logs'
    )
    expect(attr(lc, ['id'])).toEqual({ state: 'unknown' })
    expect(attr(lc, ['rule', 0, 'expiration', 0, 'days'])).toEqual({ state: 'known', value: 90 })
    expect(attr(lc, ['rule', 0, 'filter', 0, 'and', 0, 'prefix'])).toEqual({ state: 'absent' })
  })

  test('a single-line plan, as terraform show -json writes it, is located by column', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'cloudwatch-count-v0.1.tfplan.json'), 'utf8'))
    const text = JSON.stringify(doc)
    const p = parsePlan(text, 'one-line.json')
    const i = instance(p, 'aws_cloudwatch_log_group.logs[1]')
    const pos = p.locate([[...i.afterPath, 'retention_in_days']])
    const entry = text.indexOf('"address":"aws_cloudwatch_log_group.logs[1]"', text.indexOf('"resource_changes"'))
    expect([...pos.values()]).toEqual([{ line: 1, column: text.indexOf('"retention_in_days"', entry) + 1 }])
  })
})

describe('bad plans are errors naming the file, line and field', () => {
  let ws: string
  beforeAll(async () => (ws = await makeTempDir()))
  afterAll(async () => removeDir(ws))

  async function error(
    name: string,
    text: string
  ): Promise<{ code: string; message: string; location: Record<string, unknown> }> {
    await writeFile(path.join(ws, name), text)
    try {
      await readPlan(path.join(ws, name), name)
    } catch (e) {
      const g = e as { code: string; message: string; location: Record<string, unknown> }
      return { code: g.code, message: g.message, location: g.location }
    }
    throw new Error('test bug: the plan was accepted')
  }

  test('truncated JSON names the line and column where it stops', async () => {
    const full = await readFile(path.join(PLANS, 'cloudwatch-for-each.tfplan.json'), 'utf8')
    const cut = full.slice(0, full.indexOf('"retention_in_days": 731') + 10)
    const e = await error('truncated.json', cut)
    expect(e.code).toBe('PARSE_ERROR')
    expect(e.location).toMatchObject({ file: 'truncated.json', line: cut.split('\n').length })
    expect(e.message).toMatch(/^truncated\.json:\d+:\d+: unterminated string/)
  })

  test('an empty file says it is empty', async () => {
    expect((await error('empty.json', '  \n')).code).toBe('EMPTY_INPUT')
  })

  test('JSON that is not a plan says what is missing', async () => {
    const e = await error('object.json', '{"hello": "world"}')
    expect(e).toMatchObject({ code: 'NOT_A_PLAN', location: { file: 'object.json', line: 1, column: 1 } })
    expect(e.message).toMatch(/format_version is missing/)
    expect((await error('array.json', '[1, 2]')).message).toMatch(/the JSON is not an object/)
  })

  test('a state file is recognized as a state, not a plan', async () => {
    const e = await error('state.json', await readFile(path.join(PLANS, 'state-not-a-plan.json'), 'utf8'))
    expect(e.code).toBe('NOT_A_PLAN')
    expect(e.message).toMatch(/a Terraform state, not a plan/)
  })

  test('an errored plan proves nothing', async () => {
    const text = await readFile(path.join(PLANS, 'errored.tfplan.json'), 'utf8')
    const e = await error('errored.json', text)
    expect(e.code).toBe('NOT_A_PLAN')
    expect(e.location).toMatchObject({
      field: 'errored',
      line: text.split('\n').findIndex(l => l.includes('"errored"')) + 1
    })
  })

  test('a future major format version is refused', async () => {
    const e = await error('v2.json', '{\n  "format_version": "2.0",\n  "planned_values": {}\n}')
    expect(e).toMatchObject({ code: 'UNSUPPORTED', location: { field: 'format_version', line: 2, column: 3 } })
  })

  test('a malformed resource change names its field and line, and lists the others', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'cloudwatch-count-v0.1.tfplan.json'), 'utf8'))
    doc.resource_changes[1].change.actions = 'create'
    doc.resource_changes[3].address = 'not an address'
    const text = JSON.stringify(doc, null, 2)
    const e = await error('malformed.json', text)
    const lines = text.split('\n')
    const actionsLine = lines.findIndex(l => l.includes('"actions": "create"')) + 1
    expect(e).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      location: { field: 'resource_changes[1].change.actions', line: actionsLine }
    })
    expect(e.message).toMatch(/resource_changes\[3\]\.address: 'not an address' is not a resource address/)
  })
})

describeWithFixtures(
  'the shared real plans (terraform show -json from checkov, regula, terrascan, terraform-validator)',
  () => {
    const dir = (...p: string[]) => fixture('terraform-plan', ...p)

    test.each([
      ['checkov/plan_root_module_resources_no_values__tfplan_route53.json', '1.0'],
      ['checkov/plan_with_tf_modules_for_enrichment__tfplan.json', '0.1'],
      ['checkov/plan_nested_child_modules_with_connections__tfplan.json', '1.1'],
      ['regula/resource_view_05_tf_v1_0_infra.json', '0.2'],
      ['terrascan/valid-tfplan.json', '0.1'],
      ['terraform-validator/full_storage_bucket.tfplan.json', '0.1']
    ])('%s reads as format %s', async (name, format) => {
      const p = await readPlan(dir(name), name)
      expect(p.formatVersion).toBe(format)
      expect(p.instances.length).toBeGreaterThan(0)
    })

    test('CloudWatch retention values are read as EXPECTED.md lists them, modules and count included', async () => {
      const read = async (name: string) => {
        const p = await readPlan(dir(name), name)
        return Object.fromEntries(
          p.instances
            .filter(i => i.type === 'aws_cloudwatch_log_group')
            .map(i => [i.address, attr(i, ['retention_in_days'])])
        )
      }
      expect(await read('checkov/plan_root_module_resources_no_values__tfplan_route53.json')).toEqual({
        'aws_cloudwatch_log_group.aws_route53_example_com': { state: 'known', value: 30 }
      })
      expect(await read('checkov/plan_with_tf_modules_for_enrichment__tfplan.json')).toEqual({
        'module.log_group_external.aws_cloudwatch_log_group.this[0]': { state: 'known', value: 0 },
        'module.log_group_local.aws_cloudwatch_log_group.not_encrypted': { state: 'known', value: 30 }
      })
    })

    test('not JSON, and JSON that is not a plan, are errors with a location', async () => {
      await expect(readPlan(dir('terrascan/invalid-json.json'), 'invalid-json.json')).rejects.toMatchObject({
        code: 'PARSE_ERROR',
        location: { file: 'invalid-json.json', line: 1, column: 1 }
      })
      await expect(readPlan(dir('terrascan/invalid-tfplan.json'), 'invalid-tfplan.json')).rejects.toMatchObject({
        code: 'NOT_A_PLAN'
      })
    })

    test('reading a plan leaves its bytes as they were', async () => {
      const file = dir('checkov/plan_with_tf_modules_for_enrichment__tfplan.json')
      const before = await readFile(file)
      const p = await readPlan(file, 'p.json')
      expect(p.size).toBe(before.length)
      expect(await readFile(file)).toEqual(before)
    })
  }
)
