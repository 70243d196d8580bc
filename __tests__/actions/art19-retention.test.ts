/**
 * The art19-retention gate through its three front doors: the GitHub Action (with a
 * typed stand-in for @actions/core), the CLI in this process, and the built bundle.
 */
import { cp, readFile, writeFile, mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { executeGate, runAction, validateGateResult } from '@ai-act-gates/action-kit'
import type { GateResult } from '@ai-act-gates/core'
import { sha256Hex } from '@ai-act-gates/files'
import { art19RetentionGate } from '@ai-act-gates/retention'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli } from '../helpers/cli.js'
import { describeWithFixtures, fixture, ROOT } from '../helpers/paths.js'
import { makeTempDir, removeDir, writeTree } from '../helpers/tmp.js'

const EXAMPLE = 'examples/recruitment-screening/retention'
const PLANS = path.join(ROOT, '__tests__/fixtures/retention/plans')
const SEED_002 = {
  retention_days: 210,
  covered_log_types: ['inference_logs', 'decision_logs', 'error_logs', 'model_version_logs'],
  retrieval_runbook_url: 'https://runbooks.example.eu/ai/log-retrieval'
}

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  await cp(path.join(ROOT, EXAMPLE), path.join(ws, 'retention'), { recursive: true })
  await mkdir(path.join(ws, 'plans'))
  await cp(PLANS, path.join(ws, 'plans'), { recursive: true })
})
afterEach(async () => removeDir(ws))

async function gate(inputs: Record<string, string>): Promise<GateResult> {
  return executeGate(
    art19RetentionGate,
    { 'report-dir': '', ...inputs },
    { workspace: ws, env: {}, log: { info: () => {}, warning: () => {}, debug: () => {} } }
  )
}

function check(result: GateResult, id: string) {
  const c = result.checks.find(x => x.id === id)
  if (!c) throw new Error(`test bug: no check ${id} in ${result.checks.map(x => x.id).join(', ')}`)
  return c
}

function daysAgo(n: number): string {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)
}

describe('art19-retention as a GitHub Action', () => {
  test('the example system passes, with every input it judged hashed into the result', async () => {
    const io = fakeActionIO('art19-retention', {
      policy: 'retention/retention-policy.yaml',
      'terraform-plan': 'retention/logging.tfplan.json',
      preset: 'employment'
    })
    const result = await runAction(art19RetentionGate, io, {
      workspace: ws,
      env: { GITHUB_ACTIONS: 'true', GITHUB_ACTION: 'retention' }
    })
    expect(io.failed).toBeUndefined()
    expect(result?.status).toBe('pass')
    expect(result?.checks.map(c => [c.id, c.status])).toEqual([
      ['retention-floor', 'pass'],
      ['categories-covered', 'pass'],
      ['plan-log-stores', 'pass'],
      ['plan-retention', 'pass'],
      ['plan-immutability', 'pass'],
      ['plan-deletion', 'pass'],
      ['retrieval-runbook', 'pass'],
      ['provider-access', 'pass']
    ])
    expect(io.outputs).toMatchObject({
      status: 'pass',
      'floor-days': '183',
      'store-count': '1',
      'failed-stores': '',
      uncovered: ''
    })
    for (const [file, category] of [
      ['retention/retention-policy.yaml', 'retention-policy'],
      ['retention/logging.tfplan.json', 'terraform-plan'],
      ['retention/runbook.md', 'retrieval-runbook'],
      ['retention/contracts/parsewell-dpa-annex-4.md', 'provider-contract']
    ] as const) {
      const bytes = await readFile(path.join(ws, file))
      expect(result?.evidence).toContainEqual({
        path: file,
        sha256: sha256Hex(bytes),
        size: bytes.length,
        role: 'input',
        category
      })
    }
    const floor = (check(result!, 'retention-floor').evidence as any).floor
    expect(floor.requirements.map((r: any) => r.source)).toEqual(['min-days', 'preset employment'])
    expect(floor.requirements[1].limits.join(' ')).toMatch(/National law decides/)
    validateGateResult(JSON.parse(await readFile(path.join(ws, io.outputs['result-path']!), 'utf8')))
  })

  test('the failure seed 002 names: error logs gone after 30 days while inference logs are kept', async () => {
    await writeTree(ws, {
      'policy.yaml': [
        'log_types:',
        '  inference: {retention_days: 365}',
        '  decision: {retention_days: 365}',
        '  error: {retention_days: 30}',
        '  model-version: {retention_days: 365}',
        'stores:',
        '  - resource: aws_cloudwatch_log_group.logs[0]',
        '    log_types: [inference, decision, model-version]',
        '  - resource: aws_cloudwatch_log_group.logs[1]',
        '    log_types: [error]',
        'retrieval_runbook_url: https://runbooks.example.eu/ai/log-retrieval',
        ''
      ].join('\n')
    })
    const io = fakeActionIO('art19-retention', {
      policy: 'policy.yaml',
      'terraform-plan': 'plans/cloudwatch-count-v0.1.tfplan.json',
      'require-immutable': 'false'
    })
    const result = await runAction(art19RetentionGate, io, { workspace: ws, env: {} })
    expect(result?.status).toBe('fail')
    expect(check(result!, 'retention-floor')).toMatchObject({
      status: 'fail',
      message: '1 shortfall(s) against 183 days (min-days): error: 30 days, below 183 days (min-days)',
      locations: [{ file: 'policy.yaml', line: 4, field: 'log_types.error.retention_days' }]
    })
    const plan = check(result!, 'plan-retention')
    expect(plan.status).toBe('fail')
    expect(plan.locations).toContainEqual(
      expect.objectContaining({
        file: 'plans/cloudwatch-count-v0.1.tfplan.json',
        resource: 'aws_cloudwatch_log_group.logs[1]',
        field: 'retention_in_days'
      })
    )
    expect(check(result!, 'plan-immutability').status).toBe('skipped')
    expect(io.outputs['failed-stores']).toBe('aws_cloudwatch_log_group.logs[1]')
    expect(io.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'policy.yaml', line: 4 }))
    expect(io.annotations).toContainEqual(expect.objectContaining({ file: 'plans/cloudwatch-count-v0.1.tfplan.json' }))
    const sarif = JSON.parse(await readFile(path.join(ws, io.outputs['sarif-path']!), 'utf8'))
    expect(sarif.runs[0].results.map((r: any) => r.properties?.resource).filter(Boolean)).toContain(
      'aws_cloudwatch_log_group.logs[1]'
    )
    expect(io.failed).toMatch(/^art19-retention failed/)
  })
})

describe('policy checks', () => {
  test("seed 002's configuration file passes as it is", async () => {
    await writeTree(ws, { 'config/log-retention.json': JSON.stringify(SEED_002, null, 2) })
    const r = await runCli(['art19-retention', '--policy', 'config/log-retention.json', '--report-dir', ''], {
      cwd: ws
    })
    expect(r.stdout).toMatch(/art19-retention: PASS/)
    expect(r.code).toBe(0)
  })

  test('a missing category fails and is named in the outputs', async () => {
    await writeTree(ws, {
      'p.json': JSON.stringify({ ...SEED_002, covered_log_types: ['inference_logs', 'decision_logs'] })
    })
    const result = await gate({ policy: 'p.json' })
    expect(check(result, 'categories-covered')).toMatchObject({ status: 'fail' })
    expect(check(result, 'categories-covered').message).toMatch(
      /2 of 4 categories not covered: error .*; model-version/
    )
    expect(result.outputs.uncovered).toBe('error\nmodel-version')
    const text = JSON.stringify({ ...SEED_002, covered_log_types: ['inference_logs', 'decision_logs'] })
    expect(check(result, 'categories-covered').locations).toEqual([
      { file: 'p.json', line: 1, column: text.indexOf('"covered_log_types"') + 1, field: 'covered_log_types' }
    ])
  })

  test('log-types decides which categories are required', async () => {
    await writeTree(ws, { 'p.json': JSON.stringify({ ...SEED_002, covered_log_types: ['inference_logs'] }) })
    expect((await gate({ policy: 'p.json', 'log-types': 'inference' })).status).toBe('pass')
    expect((await gate({ policy: 'p.json', 'log-types': 'inference, human-oversight' })).status).toBe('fail')
  })

  test.each([
    ['does not exist', undefined, /the runbook docs\/runbook\.md does not exist/],
    ['is empty', '', /the runbook docs\/runbook\.md is empty/]
  ])('a runbook file that %s fails', async (_name, content, message) => {
    if (content !== undefined) await writeTree(ws, { 'docs/runbook.md': content })
    await writeTree(ws, { 'p.json': JSON.stringify({ ...SEED_002, retrieval_runbook_url: 'docs/runbook.md' }) })
    const c = check(await gate({ policy: 'p.json' }), 'retrieval-runbook')
    expect(c.status).toBe('fail')
    expect(c.message).toMatch(message)
    const text = JSON.stringify({ ...SEED_002, retrieval_runbook_url: 'docs/runbook.md' })
    expect(c.locations).toEqual([
      { file: 'p.json', line: 1, column: text.indexOf('"retrieval_runbook_url"') + 1, field: 'retrieval_runbook_url' }
    ])
  })

  test('a runbook file in the repository is hashed into the result', async () => {
    await writeTree(ws, {
      'docs/runbook.md': '# How we retrieve logs\n',
      'p.json': JSON.stringify({ ...SEED_002, retrieval_runbook_url: 'docs/runbook.md' })
    })
    const result = await gate({ policy: 'p.json' })
    expect(check(result, 'retrieval-runbook').status).toBe('pass')
    expect(result.evidence).toContainEqual({
      path: 'docs/runbook.md',
      sha256: sha256Hex('# How we retrieve logs\n'),
      size: 23,
      role: 'input',
      category: 'retrieval-runbook'
    })
  })

  test('no runbook at all fails', async () => {
    const { retrieval_runbook_url: _drop, ...rest } = SEED_002
    await writeTree(ws, { 'p.json': JSON.stringify(rest) })
    expect(check(await gate({ policy: 'p.json' }), 'retrieval-runbook').message).toMatch(/names no retrieval runbook/)
  })

  test('a provider that holds logs needs an access right, a retrieval mechanism, a retention and contract evidence', async () => {
    await writeTree(ws, {
      'p.yaml': [
        'retention_days: 400',
        'covered_log_types: [inference, decision, error, model-version]',
        'retrieval_runbook_url: https://runbooks.example.eu/ai/log-retrieval',
        'providers:',
        '  - name: HostedModel Inc',
        '    log_types: [inference]',
        '    contract:',
        '      retrieval_mechanism: ""',
        '      retention_days: 90',
        '      evidence: [contracts/missing.pdf]',
        ''
      ].join('\n')
    })
    const c = check(await gate({ policy: 'p.yaml' }), 'provider-access')
    expect(c.status).toBe('fail')
    expect(c.message).toBe(
      'HostedModel Inc: no contractual right to obtain the logs recorded (contract.access_right); ' +
        'HostedModel Inc: no retrieval mechanism recorded (contract.retrieval_mechanism); ' +
        'HostedModel Inc: the contract keeps logs 90 days, below 183 days (min-days); ' +
        'HostedModel Inc: contract evidence contracts/missing.pdf does not exist'
    )
    expect(c.locations).toEqual([
      { file: 'p.yaml', line: 7, column: 5, field: 'providers[0].contract.access_right' },
      { file: 'p.yaml', line: 8, column: 7, field: 'providers[0].contract.retrieval_mechanism' },
      { file: 'p.yaml', line: 9, column: 7, field: 'providers[0].contract.retention_days' },
      { file: 'p.yaml', line: 10, column: 18, field: 'providers[0].contract.evidence[0]' }
    ])
  })

  test('contract evidence must be a file whose bytes can be hashed, not a URL', async () => {
    await writeTree(ws, {
      'p.yaml':
        'retention_days: 400\nproviders:\n  - name: X\n    log_types: [inference]\n    contract:\n      evidence: ["https://x.example/contract.pdf"]\n'
    })
    const result = await gate({ policy: 'p.yaml' })
    expect(result.status).toBe('error')
    expect(result.error).toMatchObject({
      code: 'SCHEMA_VIOLATION',
      file: 'p.yaml',
      line: 6,
      field: 'providers[0].contract.evidence[0]'
    })
  })

  test('the annual retrieval test: recent passes, old or missing fails', async () => {
    const policy = (tested?: string) =>
      JSON.stringify({
        retention_days: 400,
        covered_log_types: ['inference'],
        retrieval: { runbook: 'https://r.example/x', ...(tested ? { tested_on: tested } : {}) }
      })
    const run = async (tested?: string) => {
      await writeTree(ws, { 'p.json': policy(tested) })
      return check(
        await gate({ policy: 'p.json', 'log-types': 'inference', 'retrieval-test-max-age-days': '366' }),
        'retrieval-tested'
      )
    }
    expect((await run(daysAgo(30))).status).toBe('pass')
    expect((await run(daysAgo(400))).message).toMatch(/400 days ago, more than 366/)
    expect((await run()).message).toMatch(/no retrieval test is recorded/)
    expect((await run(daysAgo(-3))).message).toMatch(/a date in the future/)
  })
})

describe('presets and the ten-year horizon', () => {
  beforeEach(async () => writeTree(ws, { 'p.json': JSON.stringify({ ...SEED_002, retention_days: 731 }) }))

  test('finance: 731 days is below five years, with the sources in the evidence', async () => {
    const result = await gate({ policy: 'p.json', preset: 'finance' })
    const c = check(result, 'retention-floor')
    expect(c.status).toBe('fail')
    expect(c.message).toMatch(/inference: 731 days, below 5 years \(preset finance\)/)
    expect(c.articles).toEqual(['Art.19(1)', 'Art.19(2)', 'Art.26(6)'])
    const cited = (c.evidence as any).floor.requirements[1].citations.map((x: any) => `${x.instrument} ${x.provision}`)
    expect(cited).toContain('Directive (EU) 2015/849 (fourth Anti-Money Laundering Directive) Art.40(1)')
    expect(result.outputs['floor-days']).toBe('1827')
  })

  test('health needs ten years; the ten-year horizon adds its margin', async () => {
    expect(check(await gate({ policy: 'p.json', preset: 'health' }), 'retention-floor').message).toMatch(
      /below 10 years \(preset health\)/
    )
    await writeTree(ws, { 'p.json': JSON.stringify({ ...SEED_002, retention_days: undefined, retention_years: 10 }) })
    expect((await gate({ policy: 'p.json', 'ten-year-horizon': 'true' })).status).toBe('pass')
    const withMargin = await gate({ policy: 'p.json', 'ten-year-horizon': 'true', 'horizon-margin-days': '90' })
    expect(check(withMargin, 'retention-floor').message).toMatch(
      /10 years, below 10 years and 90 days \(ten-year horizon\)/
    )
    expect(withMargin.outputs['floor-days']).toBe('3743')
  })

  test('min-days raises the floor', async () => {
    expect(check(await gate({ policy: 'p.json', 'min-days': '1000' }), 'retention-floor').status).toBe('fail')
  })
})

describe('input errors stop the gate (exit 2) and name the input', () => {
  test.each([
    [{ policy: 'p.json', 'min-days': '90' }, 'INPUT_INVALID', /input 'min-days' is 90; it must be at least 183/],
    [{ policy: 'p.json', 'horizon-margin-days': '30' }, 'INPUT_CONFLICT', /margin on the ten-year horizon/],
    [{}, 'INPUT_MISSING', /give input 'policy', input 'terraform-plan', or both/],
    [{ policy: 'p.json', preset: 'banking' }, 'INPUT_INVALID', /use one of: none, finance, health, employment/],
    [{ policy: 'p.json', 'log-types': 'inference, ***' }, 'INPUT_INVALID', /'\*\*\*' is not a log category name/],
    [{ policy: '../outside.json' }, 'PATH_OUTSIDE_WORKSPACE', /outside the workspace/],
    [{ 'terraform-plan': 'plans/none.json' }, 'FILE_NOT_FOUND', /plans\/none\.json: no such file/],
    [
      { 'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json', 'retrieval-test-max-age-days': '366' },
      'INPUT_CONFLICT',
      /needs a policy/
    ]
  ])('%o', async (inputs, code, message) => {
    await writeTree(ws, { 'p.json': JSON.stringify(SEED_002) })
    const result = await gate(inputs as Record<string, string>)
    expect(result.status).toBe('error')
    expect(result.error?.code).toBe(code)
    expect(result.error?.message).toMatch(message)
  })

  test('a schema violation in the policy exits 2 naming file, line and field', async () => {
    await writeTree(ws, { 'p.yaml': 'retention_days: 400\ncovered_log_types: [inference]\nretension_days: 30\n' })
    const r = await runCli(['art19-retention', '--policy', 'p.yaml', '--report-dir', ''], { cwd: ws })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/p\.yaml:3:1: retension_days: unknown field/)
  })
})

describe('Terraform plans through the gate', () => {
  test('a plan alone never passes: it shows stores, not categories or retrieval', async () => {
    const result = await gate({
      'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json',
      'require-immutable': 'false'
    })
    expect(result.status).toBe('fail')
    expect(result.checks.filter(c => c.status === 'fail').map(c => c.id)).toEqual([
      'categories-covered',
      'retrieval-runbook'
    ])
    expect(check(result, 'plan-retention').status).toBe('pass')
  })

  test('with stores named, the same log groups pass; CloudWatch cannot be write-once when that is required', async () => {
    await writeTree(ws, {
      'p.yaml': [
        'retention_days: 731',
        'covered_log_types: [inference, decision, error, model-version]',
        'retrieval_runbook_url: https://runbooks.example.eu/ai/log-retrieval',
        'stores:',
        '  - resource: module.logging.aws_cloudwatch_log_group.category',
        '    log_types: [inference, decision, error, model-version]',
        ''
      ].join('\n')
    })
    const lenient = await gate({
      policy: 'p.yaml',
      'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json',
      'require-immutable': 'false'
    })
    expect(lenient.status).toBe('pass')
    expect(check(lenient, 'plan-log-stores').message).toMatch(
      /^4 store\(s\): .*; 1 other log resource\(s\) not named by the policy are not judged$/
    )
    const strict = await gate({ policy: 'p.yaml', 'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json' })
    expect(check(strict, 'plan-immutability').status).toBe('fail')
    expect(check(strict, 'plan-immutability').locations).toHaveLength(4)
  })

  test('a store that keeps logs shorter than the policy says fails, even above the floor', async () => {
    await writeTree(ws, {
      'p.yaml':
        'retention_days: 1000\ncovered_log_types: [inference]\nretrieval_runbook_url: https://r.example/x\nstores:\n  - resource: aws_cloudwatch_log_group.logs[0]\n    log_types: [inference]\n'
    })
    const c = check(
      await gate({
        policy: 'p.yaml',
        'terraform-plan': 'plans/cloudwatch-count-v0.1.tfplan.json',
        'log-types': 'inference'
      }),
      'plan-retention'
    )
    expect(c.status).toBe('fail')
    expect(c.message).toBe(
      'aws_cloudwatch_log_group.logs[0]: keeps logs 365 days, shorter than the policy says for the categories it holds: inference 1000 days (p.yaml:1 retention_days)'
    )
  })

  test('a store the policy names but the plan lacks fails at the policy line; a type the gate cannot judge is an error', async () => {
    await writeTree(ws, {
      'p.yaml':
        'retention_days: 400\ncovered_log_types: [inference]\nstores:\n  - resource: aws_cloudwatch_log_group.audit\n    log_types: [inference]\n  - resource: aws_cloudwatch_log_group.gone\n    log_types: [inference]\n'
    })
    const c = check(
      await gate({ policy: 'p.yaml', 'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json' }),
      'plan-log-stores'
    )
    expect(c).toMatchObject({
      status: 'fail',
      locations: [{ file: 'p.yaml', line: 6, field: 'stores[1].resource', resource: 'aws_cloudwatch_log_group.gone' }]
    })
    await writeTree(ws, {
      'p.yaml': 'retention_days: 400\nstores:\n  - resource: aws_dynamodb_table.logs\n    log_types: [inference]\n'
    })
    const e = await gate({ policy: 'p.yaml', 'terraform-plan': 'plans/cloudwatch-for-each.tfplan.json' })
    expect(e.error).toMatchObject({ code: 'SCHEMA_VIOLATION', file: 'p.yaml', line: 3, field: 'stores[0].resource' })
  })

  test('several plans are judged together', async () => {
    await writeTree(ws, {
      'p.yaml': [
        'retention_days: 400',
        'covered_log_types: [inference, decision, error, model-version]',
        'retrieval_runbook_url: https://r.example/x',
        'stores:',
        '  - resource: google_logging_project_bucket_config.ai_logs',
        '    log_types: [inference, decision]',
        '  - resource: azurerm_storage_container.ai_logs',
        '    log_types: [error, model-version]',
        ''
      ].join('\n')
    })
    const result = await gate({
      policy: 'p.yaml',
      'terraform-plan': 'plans/google-logging-locked.tfplan.json\nplans/azure-container-locked.tfplan.json'
    })
    expect(result.status).toBe('pass')
    expect(result.outputs['store-count']).toBe('2')
    expect(result.subject.terraformPlans).toBe(
      'plans/google-logging-locked.tfplan.json\nplans/azure-container-locked.tfplan.json'
    )
  })

  test('an incomplete plan cannot show every store', async () => {
    const doc = JSON.parse(await readFile(path.join(PLANS, 'google-logging-locked.tfplan.json'), 'utf8'))
    doc.complete = false
    await writeTree(ws, { 'partial.json': JSON.stringify(doc), 'p.json': JSON.stringify(SEED_002) })
    const c = check(await gate({ policy: 'p.json', 'terraform-plan': 'partial.json' }), 'plan-log-stores')
    expect(c.status).toBe('unknown')
    expect(c.message).toMatch(/Terraform marks the plan incomplete/)
  })

  test('an unknown value fails the gate as unknown, never as a pass', async () => {
    await writeTree(ws, { 'p.json': JSON.stringify(SEED_002) })
    const result = await gate({
      policy: 'p.json',
      'terraform-plan': 'plans/google-logging-default.tfplan.json',
      'require-immutable': 'false'
    })
    expect(result.status).toBe('fail')
    expect(result.outputs['unknown-stores']).toBe('google_logging_folder_bucket_config.audit')
  })

  test.each([
    ['plans/state-not-a-plan.json', 'NOT_A_PLAN', /a Terraform state, not a plan/],
    ['plans/errored.tfplan.json', 'NOT_A_PLAN', /the plan is errored/],
    ['plans/s3-inline-v0.1.tfplan.json', 'EMPTY_INPUT', /no logging resources found: no aws_cloudwatch_log_group/]
  ])('%s is an error (exit 2)', async (plan, code, message) => {
    const r = await runCli(['art19-retention', '--terraform-plan', plan, '--report-dir', '', '--json'], { cwd: ws })
    expect(r.code).toBe(2)
    const result = JSON.parse(r.stdout)
    expect(result.error).toMatchObject({ code, file: plan })
    expect(result.error.message).toMatch(message)
  })

  test('truncated plan JSON exits 2 with the line where it stops', async () => {
    const full = await readFile(path.join(PLANS, 'azure-unlocked.tfplan.json'), 'utf8')
    await writeFile(path.join(ws, 'cut.json'), full.slice(0, 4000))
    const r = await runCli(['art19-retention', '--terraform-plan', 'cut.json', '--report-dir', ''], { cwd: ws })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(new RegExp(`cut\\.json:${full.slice(0, 4000).split('\n').length}:\\d+: `))
  })

  test('nothing the gate reads is modified', async () => {
    const files = [
      'retention/retention-policy.yaml',
      'retention/logging.tfplan.json',
      'retention/runbook.md',
      'retention/contracts/parsewell-dpa-annex-4.md'
    ]
    const before = await Promise.all(files.map(f => readFile(path.join(ws, f))))
    await gate({ policy: files[0]!, 'terraform-plan': files[1]!, 'report-dir': 'reports' })
    const after = await Promise.all(files.map(f => readFile(path.join(ws, f))))
    expect(after).toEqual(before)
  })
})

describeWithFixtures('the shared real plans, read in place', () => {
  const cwd = () => fixture('terraform-plan')

  test('route53 (checkov): a 30-day log group fails the floor, with the smallest CloudWatch value that meets it', async () => {
    const r = await runCli(
      [
        'art19-retention',
        '--terraform-plan',
        'checkov/plan_root_module_resources_no_values__tfplan_route53.json',
        '--report-dir',
        '',
        '--json'
      ],
      {
        cwd: cwd()
      }
    )
    expect(r.code).toBe(1)
    const result = JSON.parse(r.stdout)
    expect(result.outputs['failed-stores']).toBe('aws_cloudwatch_log_group.aws_route53_example_com')
    const c = result.checks.find((x: any) => x.id === 'plan-retention')
    expect(c.locations[0]).toMatchObject({
      resource: 'aws_cloudwatch_log_group.aws_route53_example_com',
      field: 'retention_in_days'
    })
    expect(c.message).toMatch(/the smallest CloudWatch value that meets the floor is 365/)
  })

  test.each([
    'regula/container_private_access_infra.json',
    'regula/issue355_infra.json',
    'terrascan/valid-tfplan.json',
    'terrascan/valid-tfplan-0.2.json',
    'terraform-validator/example_logging_metric.tfplan.json',
    'checkov/plan_nested_child_modules_with_connections__tfplan.json'
  ])('%s has no logging resources: an error that says so', async plan => {
    const r = await runCli(['art19-retention', '--terraform-plan', plan, '--report-dir', ''], { cwd: cwd() })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(`${plan}: no logging resources found`)
  })

  test.each([
    ['terrascan/invalid-json.json', /invalid-json\.json:1:1: unexpected character/],
    ['terrascan/invalid-tfplan.json', /invalid-tfplan\.json:1:1: not a Terraform plan: format_version is missing/]
  ])('%s is not a plan (exit 2)', async (plan, message) => {
    const r = await runCli(['art19-retention', '--terraform-plan', plan, '--report-dir', ''], { cwd: cwd() })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(message)
  })
})

describe('art19-retention from the built CLI (dist/cli/index.js)', () => {
  test('the example passes (0), the seed failure fails (1), a truncated plan stops (2)', async () => {
    const ok = await runDistCli(
      [
        'art19-retention',
        '--policy',
        `${EXAMPLE}/retention-policy.yaml`,
        '--terraform-plan',
        `${EXAMPLE}/logging.tfplan.json`,
        '--report-dir',
        ''
      ],
      { cwd: ROOT }
    )
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    await writeTree(ws, { 'p.json': JSON.stringify({ ...SEED_002, retention_days: 30 }) })
    const fail = await runDistCli(['art19-retention', '--policy', 'p.json', '--report-dir', ''], { cwd: ws })
    expect(fail.code).toBe(1)
    expect(fail.stdout).toMatch(/inference: 30 days, below 183 days \(min-days\)/)
    await writeFile(path.join(ws, 'cut.json'), '{"format_version": "1.2", "planned_values": {"root_mod')
    const bad = await runDistCli(['art19-retention', '--terraform-plan', 'cut.json'], { cwd: ws })
    expect(bad.code).toBe(2)
    expect(bad.stdout).toMatch(/cut\.json:1:\d+: unterminated string/)
  })
})
