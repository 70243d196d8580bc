/**
 * The schema gate validates a line through its projection (the top-level members the
 * schema looks at, cut from the line by the WebAssembly scanner) where the schema's
 * root allows it. These tests hold it to the whole-line parse: the same violations, in
 * the same order, on lines that stress both (escapes, raw UTF-8, nesting, repeated and
 * escaped keys, numbers the scanner declines, missing and mistyped fields).
 */
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { createLogValidator, projectionKeys, resolveLogSet, scanLogs, type PassConfig } from '@ai-act-gates/logs'
import { randomDocument, rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

const PROFILES = path.join(process.cwd(), 'schemas/log-profiles')
const recruitment = JSON.parse(readFileSync(path.join(PROFILES, 'recruitment.schema.json'), 'utf8')) as object

/** Eligible, and looking inside members: a nested object closed to other keys, a $ref, the hash field required. */
const nested = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['input_id', 'chain_hash', 'raw_output'],
  definitions: { unit: { type: 'number', minimum: 0, maximum: 1 } },
  properties: {
    input_id: { type: 'string', pattern: '^cand-' },
    chain_hash: { type: 'string', minLength: 64, maxLength: 64 },
    raw_output: {
      type: 'object',
      required: ['score'],
      properties: { score: { $ref: '#/definitions/unit' }, features: { type: 'object' } },
      additionalProperties: false
    },
    explanation: { type: 'string', maxLength: 40 },
    region: { enum: ['Bayern', 'Île-de-France', 'Zürich'] }
  },
  additionalProperties: {}
}

const base: PassConfig = {
  chain: false,
  canonicalization: 'python-json',
  hashField: 'chain_hash',
  anchorField: '',
  idField: 'input_id',
  correlationField: '',
  index: false,
  allowCrlf: false,
  maxViolationsPerChunk: 100000
}

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
})
afterAll(async () => removeDir(ws))

/**
 * Log lines: recruitment entries, some broken, with random members after them;
 * `repeated`: some repeat a key (a hash chain refuses those, a schema check does not).
 */
function lines(n: number, seed: number, repeated = true): string[] {
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  return Array.from({ length: n }, (_, i) => {
    const members: Array<[string, string]> = [
      ['timestamp', pick(['"2026-11-22T10:00:00.000001Z"', '"2026-02-30T10:00:00Z"', '"yesterday"', '17'])],
      ['system_id', '"recruit-screen-eu-1"'],
      ['model_version', pick(['"2.3.1"', '2.31', 'null'])],
      ['input_id', pick([`"cand-${i}"`, `"x-${i}"`, String(i), `"cand-\\u00fc${i}"`])],
      ['input_hash', `"${'ab'.repeat(32)}"`],
      ['output_prediction', pick(['0.1344', '1.5', '"0.5"', '0.25', '1.0', '-0.0'])],
      ['output_confidence', pick(['0.8474', '12', 'true'])],
      // A few numbers the scanner declines (an exponent, 17 digits): those lines are parsed whole.
      ['decision_threshold', rand() < 0.1 ? pick(['6e-1', '0.30000000000000004']) : '0.6'],
      ['processing_duration_ms', pick(['392', '392.5', '12345678901234567890', '-1'])],
      ['operator_id', pick(['"op-hr-17"', '"op-M\\u00fcnchen"', '"op-Zürich"', '[]'])],
      [
        'raw_output',
        pick([
          '{"score": 0.4954, "features": {"f00": 4.495, "f01": 6.516}}',
          '{"features": {}, "score": 2}',
          '{"score": 0.5, "extra": [1, {"a": "\\/"}]}',
          '{}',
          '"none"'
        ])
      ],
      ['explanation', pick(['"match lead M\\u00fcnchen"', '"Zürich 東 📄 \\ud83d\\udcc4"', `"${'long '.repeat(20)}"`])],
      ['region', pick(['"Bayern"', '"\\u00cele-de-France"', '"Île-de-France"', '"Z\\u00fcrich"', '"Paris"'])],
      ['chain_hash', pick([`"${'0f'.repeat(32)}"`, '"short"', '7', 'null'])]
    ]
    // Missing fields, a key written with an escape, a repeated key.
    const kept = members.filter(() => rand() > 0.08)
    if (repeated && rand() < 0.05) kept.push(['input\\u005fid', '"cand-escaped"'])
    if (repeated && rand() < 0.05) kept.push(['output_prediction', '0.25'])
    for (let k = kept.length - 1; k > 0; k--) {
      if (rand() < 0.3) {
        const j = Math.floor(rand() * (k + 1))
        ;[kept[k], kept[j]] = [kept[j]!, kept[k]!]
      }
    }
    const [colon, comma] = pick([
      [': ', ', '],
      [':', ','],
      [' : ', ' ,\t']
    ] as const)
    const text = kept.map(([k, v]) => `"${k}"${colon}${v}`).join(comma)
    // Random members (escapes, astral characters, number lexemes of every kind) on some lines.
    const extra = rand() < 0.3 ? randomDocument(seed * 1000 + i).slice(1, -1) : ''
    return `{${text}${text && extra ? comma : ''}${extra}}`
  })
}

async function run(file: string, schema: object, extra: Partial<PassConfig>, threads: number) {
  const set = await resolveLogSet([file], ws)
  return scanLogs(
    set,
    { ...base, ...extra, schema: { schema, file: 'schema.json', extra: [] } },
    { genesis: 'genesis', threads, rangeBytes: 64 * 1024 }
  )
}

describe('which schemas a line can be validated through its projection', () => {
  test('the log profiles: recruitment and the others that only name top-level members', () => {
    expect(projectionKeys(recruitment)).toEqual([
      'timestamp',
      'system_id',
      'model_version',
      'input_id',
      'input_hash',
      'output_prediction',
      'output_confidence',
      'decision_threshold',
      'processing_duration_ms',
      'operator_id'
    ])
    expect(projectionKeys(nested)).toEqual(['input_id', 'chain_hash', 'raw_output', 'explanation', 'region'])
  })

  test('a root that counts, matches, closes or combines members needs the whole line', () => {
    const root = { type: 'object', required: ['a'], properties: { a: {} } }
    for (const [keyword, value] of Object.entries({
      additionalProperties: false,
      patternProperties: { '^x': {} },
      propertyNames: { maxLength: 3 },
      minProperties: 2,
      maxProperties: 9,
      dependencies: { a: ['b'] },
      dependentRequired: { a: ['b'] },
      enum: [{}],
      const: {},
      $ref: '#/definitions/x',
      allOf: [{}],
      anyOf: [{}],
      oneOf: [{}],
      not: {},
      if: {},
      unevaluatedProperties: false,
      someUnknownKeyword: 1
    })) {
      expect([keyword, projectionKeys({ ...root, [keyword]: value })]).toEqual([keyword, undefined])
    }
    expect(projectionKeys({ ...root, additionalProperties: { type: 'string' } })).toBeUndefined()
    expect(projectionKeys({ ...root, required: 'a' })).toBeUndefined()
    expect(projectionKeys(true)).toBeUndefined()
    expect(projectionKeys([])).toBeUndefined()
    expect(projectionKeys({ ...root, additionalProperties: true, title: 't', $id: 'x', definitions: {} })).toEqual([
      'a'
    ])
  })
})

describe('violations through the projection are those of the whole line', () => {
  const cases: Array<[string, object, Partial<PassConfig>]> = [
    ['recruitment, schema alone', recruitment, {}],
    ['nested schema, schema alone', nested, {}],
    ['nested schema with the chain (the chain scan serves the projection)', nested, { chain: true }],
    [
      'recruitment with a jcs chain (a scan for the projection alone)',
      recruitment,
      { chain: true, canonicalization: 'jcs' }
    ]
  ]
  test.each(cases)('%s', async (_name, schema, extra) => {
    const file = path.join(
      ws,
      `log-${Object.keys(extra).join('-') || 'plain'}-${cases.findIndex(c => c[1] === schema)}.jsonl`
    )
    const text = lines(1500, 11, extra.chain !== true)
    await writeFile(file, text.join('\n') + '\n')
    const whole = await run(file, schema, { ...extra, projection: false }, 0)
    const projected = await run(file, schema, extra, 0)
    const threaded = await run(file, schema, extra, 2)
    expect(whole.projectedLines).toBe(0)
    expect(whole.violationCount).toBeGreaterThan(500)
    expect(whole.violationCount).toBeLessThan(1500)
    expect(projected.violations).toEqual(whole.violations)
    expect(projected.violationCount).toBe(whole.violationCount)
    expect(threaded.violations).toEqual(whole.violations)
    // Lines with an exponent, a repeated key or a key with an escape are parsed whole; most are not.
    expect(projected.projectedLines).toBeGreaterThan(text.length * 0.4)
    expect(projected.projectedLines).toBeLessThan(text.length)
    expect(threaded.projectedLines).toBe(projected.projectedLines)
  })

  test('a schema whose root closes the entry to other keys is validated on whole lines', async () => {
    const file = path.join(ws, 'closed.jsonl')
    await writeFile(file, lines(200, 5).join('\n') + '\n')
    const closed = { ...recruitment, additionalProperties: false }
    const whole = await run(file, closed, { projection: false }, 0)
    const report = await run(file, closed, {}, 0)
    expect(report.projectedLines).toBe(0)
    expect(report.violationCount).toBe(200)
    expect(report.violations).toEqual(whole.violations)
  })
})

/** Members' schemas of every kind the quick check takes: plain types, and ajv on the value alone. */
const onValues = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['timestamp', 'input_id', 'output_prediction', 'processing_duration_ms', 'chain_hash'],
  properties: {
    timestamp: { type: 'string', format: 'date-time', description: 'when' },
    input_id: { type: 'string', pattern: '^cand-', maxLength: 14 },
    output_prediction: { type: 'number', minimum: 0, maximum: 1 },
    processing_duration_ms: { type: 'integer', exclusiveMinimum: 0 },
    decision_threshold: { multipleOf: 0.05 },
    region: { enum: ['Bayern', 'Île-de-France', 'Zürich'] },
    flag: { type: ['boolean', 'null'] },
    explanation: { type: 'string', minLength: 3 },
    tags: { type: 'array' },
    meta: {},
    model_version: { const: '2.3.1' },
    chain_hash: { type: 'string', minLength: 64, maxLength: 64 }
  }
}

/** Lines mostly valid against `onValues`, each member now and then a value that is valid only just, or not. */
function nearlyValid(n: number, seed: number): string[] {
  const rand = rng(seed)
  const pick = <T>(good: T, others: readonly T[]): T =>
    rand() < 0.9 ? good : others[Math.floor(rand() * others.length)]!
  return Array.from({ length: n }, (_, i) => {
    const members: Array<[string, string]> = [
      [
        'timestamp',
        pick('"2026-11-22T10:00:00.000001Z"', [
          '"2024-02-29T23:59:59+01:00"',
          '"2026-02-29T10:00:00Z"',
          '"2026-11-22 10:00:00Z"',
          '"2026-11-22T10:00:00\\u005a"',
          '17'
        ])
      ],
      [
        'input_id',
        pick(`"cand-${i}"`, ['"cand-\\u00fcber"', '"Cand-1"', `"cand-${'9'.repeat(12)}"`, '"cand-\\u0031"'])
      ],
      [
        'output_prediction',
        pick('0.1344', ['0', '1', '1.0', '-0.0', '-0.01', '1.0000001', '"0.5"', '0.30000000000000004'])
      ],
      ['processing_duration_ms', pick('392', ['392.0', '392.5', '0', '-1', '12345678901234567890', '1e3', 'true'])],
      ['decision_threshold', pick('0.5', ['0.6', '0.65', '0.61', '0.15', '6e-1', 'null'])],
      [
        'region',
        pick('"Bayern"', ['"\\u00cele-de-France"', '"Île-de-France"', '"Z\\u00fcrich"', '"Paris"', '"Bayern "'])
      ],
      ['flag', pick('true', ['false', 'null', '0', '"true"'])],
      [
        'explanation',
        pick('"match lead M\\u00fcnchen"', ['"ab"', '"a\\u00fc"', '"\\ud83d\\udcc4\\ud83d\\udcc4"', '"東京"', '[]'])
      ],
      ['tags', pick('["a", 1]', ['[]', '{}', '"a"'])],
      ['meta', pick('{"k": [1, 2, {"x": null}]}', ['7', '"m"', 'null'])],
      ['model_version', pick('"2.3.1"', ['"2.3.2"', '"2.3.\\u0031"', '2.31'])],
      ['chain_hash', pick(`"${'0f'.repeat(32)}"`, ['"short"', '7', 'null', `"${'0F'.repeat(32)}"`])]
    ]
    const kept = members.filter(([k]) => rand() > 0.02 || k === 'meta')
    for (let k = kept.length - 1; k > 0; k--) {
      if (rand() < 0.2) {
        const j = Math.floor(rand() * (k + 1))
        ;[kept[k], kept[j]] = [kept[j]!, kept[k]!]
      }
    }
    return `{${kept.map(([k, v]) => `"${k}": ${v}`).join(', ')}}`
  })
}

describe('lines found valid from the spans of their members, without being parsed', () => {
  test('which schemas the check takes: members checked on their own values, required keys among the keys', () => {
    const quick = (schema: object, keys = Object.keys((schema as { properties: object }).properties)) =>
      createLogValidator({ schema, file: 's.json', extra: [] }).quick?.(keys, 'chain_hash')
    expect(quick(recruitment)).toBeDefined()
    expect(quick(onValues)).toBeDefined()
    // A member's schema that looks inside it, refers elsewhere, or is false.
    expect(quick(nested)).toBeUndefined()
    expect(quick({ properties: { a: { $ref: '#/definitions/x' } }, definitions: { x: {} } })).toBeUndefined()
    expect(quick({ properties: { a: false } })).toBeUndefined()
    expect(quick({ properties: { a: { type: 'object', required: ['b'] } } })).toBeUndefined()
    expect(quick({ properties: { a: { anyOf: [{ type: 'string' }] } } })).toBeUndefined()
    // A root that is not for objects, or a required key the projector does not keep.
    expect(quick({ type: 'array', properties: { a: {} } })).toBeUndefined()
    expect(quick({ required: ['b'], properties: { a: {} } }, ['a'])).toBeUndefined()
    expect(quick({ type: ['object', 'null'], required: ['a'], properties: { a: { type: 'string' } } })).toBeDefined()
  })

  const cases: Array<[string, Partial<PassConfig>, number]> = [
    ['schema alone, one thread', {}, 0],
    ['schema alone, two threads', {}, 2],
    ['with the chain: the hash field is the dropped member, and a member the schema names', { chain: true }, 0],
    ['with a jcs chain: a scan for the projection alone', { chain: true, canonicalization: 'jcs' }, 2]
  ]
  test.each(cases)('give the violations of ajv on every line: %s', async (name, extra, threads) => {
    const file = path.join(ws, `quick-${cases.findIndex(c => c[0] === name)}.jsonl`)
    const text = nearlyValid(3000, 23)
    await writeFile(file, text.join('\n') + '\n')
    const whole = await run(file, onValues, { ...extra, projection: false }, threads)
    const parsed = await run(file, onValues, { ...extra, quickSchema: false }, threads)
    const quick = await run(file, onValues, extra, threads)
    expect(parsed.quickLines).toBe(0)
    expect(whole.violationCount).toBeGreaterThan(1000)
    expect(whole.violationCount).toBeLessThan(2500)
    expect(quick.violations).toEqual(whole.violations)
    expect(quick.violationCount).toBe(whole.violationCount)
    expect(parsed.violations).toEqual(whole.violations)
    // Every line found valid by the check is one ajv finds valid: a line it does not find
    // valid is parsed, and the counts above agree; it takes most of the valid lines.
    expect(quick.quickLines).toBeLessThanOrEqual(text.length - whole.violationCount)
    expect(quick.quickLines).toBeGreaterThan((text.length - whole.violationCount) * 0.8)
  })

  test('the recruitment profile: every valid line of the example log by the check', async () => {
    const file = path.join(ws, 'recruitment-valid.jsonl')
    const text = nearlyValid(500, 31).map(l => l.replace(/"output_prediction": [^,}]*/, '"output_prediction": 0.5'))
    await writeFile(file, text.join('\n') + '\n')
    const whole = await run(file, recruitment, { projection: false }, 0)
    const quick = await run(file, recruitment, {}, 0)
    expect(quick.violations).toEqual(whole.violations)
    expect(quick.quickLines + quick.violationCount).toBeGreaterThan(text.length * 0.7)
  })
})
