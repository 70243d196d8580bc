/**
 * The retention policy: seed 002's file accepted as it is, the full format, and every
 * problem named by file, line and field.
 */
import * as path from 'node:path'
import { compileSchema } from '@ai-act-gates/config'
import { parsePolicy, readPolicy, RETENTION_POLICY_SCHEMA } from '@ai-act-gates/retention'
import { ROOT } from '../../helpers/paths.js'

const EXAMPLE = path.join(ROOT, 'examples/recruitment-screening/retention/retention-policy.yaml')

/** Seed 002's configuration, exactly the keys its pytest gate reads. */
export const SEED_002_CONFIG = JSON.stringify(
  {
    retention_days: 210,
    covered_log_types: ['inference_logs', 'decision_logs', 'error_logs', 'model_version_logs'],
    retrieval_runbook_url: 'https://runbooks.example.eu/ai/log-retrieval'
  },
  null,
  2
)

function parse(text: string, file = 'policy.yaml') {
  return parsePolicy(text, file, path.join('/ws', file))
}

function failure(
  text: string,
  file = 'policy.yaml'
): { code: string; message: string; location: Record<string, unknown> } {
  try {
    parse(text, file)
  } catch (e) {
    return e as { code: string; message: string; location: Record<string, unknown> }
  }
  throw new Error('test bug: the policy was accepted')
}

describe('seed 002 configuration as a policy', () => {
  test('is accepted as it is, its category names normalized', () => {
    const p = parse(SEED_002_CONFIG, 'retention-config.json')
    expect(p.form).toBe('seed-002')
    expect([...p.categories.keys()]).toEqual(['inference', 'decision', 'error', 'model-version'])
    expect(p.categories.get('error')).toMatchObject({ written: 'error_logs', retention: { years: 0, days: 210 } })
    expect(p.categories.get('error')!.retentionAt).toMatchObject({
      file: 'retention-config.json',
      line: 2,
      field: 'retention_days'
    })
    expect(p.runbook).toMatchObject({
      value: 'https://runbooks.example.eu/ai/log-retrieval',
      at: {
        line: SEED_002_CONFIG.split('\n').findIndex(l => l.includes('retrieval_runbook_url')) + 1,
        field: 'retrieval_runbook_url'
      }
    })
    expect(p.stores).toBeUndefined()
  })

  test('validates against the published schema', () => {
    expect(compileSchema(RETENTION_POLICY_SCHEMA)(JSON.parse(SEED_002_CONFIG))).toBe(true)
  })
})

describe('the full policy format', () => {
  test('the example system policy reads with per-category retention, stores, retrieval and a provider contract', async () => {
    const p = await readPolicy(EXAMPLE, 'retention-policy.yaml')
    expect(p.form).toBe('full')
    expect(p.systemId).toBe('recruitment-screening')
    expect(p.categories.get('model-version')!.retention).toEqual({ years: 0, days: 731 })
    expect(p.stores!.map(s => [s.text, s.logTypes, s.prefix])).toEqual([
      ['module.log_archive.aws_s3_bucket.this', ['inference', 'decision', 'error', 'model-version'], 'logs/']
    ])
    expect(p.testedOn!.value).toBe('2026-10-05')
    expect(p.providers[0]!.contract!.evidence.map(e => e.value)).toEqual(['contracts/parsewell-dpa-annex-4.md'])
    expect(p.providers[0]!.contract!.retention!.value).toEqual({ years: 0, days: 731 })
  })

  test('a category without its own period takes the root one; one without any has none', () => {
    const p = parse('retention_years: 2\nlog_types:\n  inference: {}\n  error:\n    retention_days: 30\n')
    expect(p.categories.get('inference')!.retention).toEqual({ years: 2, days: 0 })
    expect(p.categories.get('error')!.retentionAt).toMatchObject({ line: 5, field: 'log_types.error.retention_days' })
    expect(parse('log_types:\n  inference: {}\n').categories.get('inference')!.retention).toBeUndefined()
  })

  test('x- keys are free for the user, and do not change the form', () => {
    expect(parse('retention_days: 400\nx-owner: compliance\n').form).toBe('seed-002')
    expect(parse('version: 1\nretention_days: 400\nx-owner: compliance\n').form).toBe('full')
  })
})

describe('bad policies are errors naming file, line and field', () => {
  test.each([
    ['an unknown key (a typo)', 'retention_day: 400\n', 'SCHEMA_VIOLATION', 1, 'retention_day', /unknown field/],
    [
      'a retention that is not a number',
      'retention_days: "six months"\n',
      'SCHEMA_VIOLATION',
      1,
      'retention_days',
      /must be integer/
    ],
    [
      'days and years both',
      'log_types:\n  error:\n    retention_days: 30\n    retention_years: 1\n',
      'SCHEMA_VIOLATION',
      4,
      'log_types.error.retention_years',
      /give retention_days or retention_years, not both/
    ],
    [
      'a store without log types',
      'stores:\n  - resource: aws_s3_bucket.logs\n',
      'SCHEMA_VIOLATION',
      2,
      'stores[0].log_types',
      /required field is missing/
    ],
    [
      'a store that is not an address',
      'stores:\n  - resource: "s3://bucket"\n    log_types: [inference]\n',
      'SCHEMA_VIOLATION',
      2,
      'stores[0].resource',
      /not a Terraform resource address/
    ],
    [
      'the same category twice',
      'covered_log_types: [error_logs]\nlog_types:\n  error: {retention_days: 30}\n',
      'SCHEMA_VIOLATION',
      3,
      'log_types.error',
      /already names/
    ],
    [
      'a category that is not a name',
      'covered_log_types: ["$$$"]\n',
      'SCHEMA_VIOLATION',
      1,
      'covered_log_types[0]',
      /not a log category name/
    ],
    [
      'two different runbooks',
      'retrieval_runbook_url: a.md\nretrieval:\n  runbook: b.md\n',
      'SCHEMA_VIOLATION',
      3,
      'retrieval.runbook',
      /name different runbooks/
    ],
    [
      'a date that is not a date',
      'retrieval:\n  tested_on: last spring\n',
      'SCHEMA_VIOLATION',
      2,
      'retrieval.tested_on',
      /must match format "date"/
    ]
  ])('%s', (_name, text, code, line, field, message) => {
    const e = failure(text)
    expect(e.code).toBe(code)
    expect(e.location).toMatchObject({ file: 'policy.yaml', line, field })
    expect(e.message).toMatch(message)
  })

  test('every violation is listed, each with its line', () => {
    const e = failure('retention_days: -1\ncovered_log_types: inference\nproviders:\n  - log_types: [x]\n')
    expect(e.message).toMatch(/policy\.yaml:2: covered_log_types: must be array/)
    expect(e.message).toMatch(/policy\.yaml:4: providers\[0\]\.name: required field is missing/)
  })

  test('broken YAML and truncated JSON name the line', () => {
    expect(failure('log_types:\n  error: [\n', 'p.yaml')).toMatchObject({
      code: 'PARSE_ERROR',
      location: { file: 'p.yaml' }
    })
    const e = failure('{\n  "retention_days": 210,\n  "covered_log_types": ["inference_logs"', 'p.json')
    expect(e).toMatchObject({ code: 'PARSE_ERROR', location: { file: 'p.json', line: 3 } })
  })

  test('an empty file is an error, not an empty pass', () => {
    expect(failure('\n')).toMatchObject({ code: 'EMPTY_INPUT' })
  })
})
