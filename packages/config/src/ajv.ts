/**
 * Ajv instances chosen by a schema's `$schema` draft (07, 2019-09 or 2020-12), with
 * formats, and schema compilation errors turned into SCHEMA_INVALID GateErrors.
 */
import { Ajv, type AnySchema, type ErrorObject, type Options, type ValidateFunction } from 'ajv'
import { Ajv2019 } from 'ajv/dist/2019.js'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { GateError } from '@ai-act-gates/core'

// ajv-formats is CommonJS; its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv
) => Ajv

/** The JSON Schema drafts the suite validates with. */
export type Draft = '07' | '2019-09' | '2020-12'

/** Finds the draft of a schema from its `$schema`; no `$schema` means 2020-12. */
export function draftOf(schema: unknown, file?: string): Draft {
  const id = typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined
  if (id === undefined) return '2020-12'
  if (typeof id !== 'string') {
    throw new GateError('SCHEMA_INVALID', '$schema must be a string', { ...(file ? { file } : {}), field: '$schema' })
  }
  if (/draft-0[67]\/schema/.test(id)) return '07'
  if (id.includes('2019-09')) return '2019-09'
  if (id.includes('2020-12')) return '2020-12'
  throw new GateError('SCHEMA_INVALID', `unsupported JSON Schema draft '${id}'; use draft-07, 2019-09 or 2020-12`, {
    ...(file ? { file } : {}),
    field: '$schema'
  })
}

/** Creates an Ajv for a draft: all errors, formats on, strict mode off for user schemas. */
export function createAjv(draft: Draft, options: Options = {}): Ajv {
  const opts: Options = { allErrors: true, strict: false, allowUnionTypes: true, ...options }
  const ajv = draft === '07' ? new Ajv(opts) : draft === '2019-09' ? new Ajv2019(opts) : new Ajv2020(opts)
  addFormats(ajv)
  quickDateTime(ajv)
  return ajv
}

/** The ASCII digit at s[i] as a number, or -100 for anything else (so sums of digits go negative). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 0x30
  return c >= 0 && c <= 9 ? c : -100
}

function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1)
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * True when `s` is plainly a valid RFC 3339 date-time in its usual shape
 * (`2026-11-22T10:00:00.123456Z`, `...+01:00`): digits where digits belong, a real
 * calendar day, a time without a leap second, an offset with hours and minutes. False
 * says nothing: the full check decides. Log entries carry a timestamp each, and this
 * answers for them without the regular expressions of the full check.
 */
export function plainDateTime(s: string): boolean {
  const n = s.length
  if (n < 20 || n > 64) return false
  const century = two(s, 0)
  const yy = two(s, 2)
  const month = two(s, 5)
  const day = two(s, 8)
  if (
    century < 0 ||
    yy < 0 ||
    s.charCodeAt(4) !== 0x2d ||
    s.charCodeAt(7) !== 0x2d ||
    (s.charCodeAt(10) | 0x20) !== 0x74
  )
    return false
  if (month < 1 || month > 12 || day < 1) return false
  const year = century * 100 + yy
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month]!)) return false
  if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) return false
  const hour = two(s, 11)
  const minute = two(s, 14)
  const second = two(s, 17)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false
  let i = 19
  if (s.charCodeAt(i) === 0x2e) {
    i++
    const from = i
    while (i < n && digit(s, i) >= 0) i++
    if (i === from) return false
  }
  const z = s.charCodeAt(i)
  if ((z | 0x20) === 0x7a) return i + 1 === n
  if (z !== 0x2b && z !== 0x2d) return false
  if (i + 6 !== n || s.charCodeAt(i + 3) !== 0x3a) return false
  const offsetHours = two(s, i + 1)
  const offsetMinutes = two(s, i + 4)
  return offsetHours >= 0 && offsetHours <= 23 && offsetMinutes >= 0 && offsetMinutes <= 59
}

/**
 * Puts {@link plainDateTime} in front of ajv-formats' date-time check (kept for
 * everything else, and for formatMinimum's comparison): same answers, faster on the
 * timestamps every log entry has.
 */
function quickDateTime(ajv: Ajv): void {
  const formats = (ajv as unknown as { formats: Record<string, unknown> }).formats
  const full = formats['date-time'] as { validate: (s: string) => boolean; compare?: (a: string, b: string) => number }
  if (typeof full?.validate !== 'function') return
  const check = full.validate
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (s: string) => plainDateTime(s) || check(s),
    ...(full.compare ? { compare: full.compare } : {})
  })
}

/**
 * Compiles a schema with the Ajv of its draft. A schema that is not a schema is a
 * SCHEMA_INVALID error naming the file.
 */
export function compileSchema<T = unknown>(
  schema: AnySchema,
  file?: string,
  options: Options = {}
): ValidateFunction<T> {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    if (typeof schema !== 'boolean') {
      throw new GateError('SCHEMA_INVALID', 'not a JSON Schema: expected an object', file ? { file } : {})
    }
  }
  const ajv = createAjv(draftOf(schema, file), options)
  try {
    return ajv.compile<T>(schema)
  } catch (error) {
    throw new GateError('SCHEMA_INVALID', `not a valid JSON Schema: ${(error as Error).message}`, {
      ...(file ? { file } : {}),
      cause: error
    })
  }
}

/** Turns an Ajv instance path (`/gates/2/inputs`) into path segments. */
export function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s))
}

/** Formats path segments as `gates[2].inputs.logs` (the root is `(root)`). */
export function formatFieldPath(segments: Array<string | number>): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out === '' ? s : `.${s}`
    else out += `[${JSON.stringify(s)}]`
  }
  return out === '' ? '(root)' : out
}

/**
 * The path of the field an Ajv error is about: for `required` and
 * `additionalProperties` the property itself, otherwise the instance path.
 */
export function errorSegments(error: ErrorObject): Array<string | number> {
  const segments = pointerSegments(error.instancePath)
  const params = error.params as { missingProperty?: string; additionalProperty?: string; unevaluatedProperty?: string }
  const extra = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty
  return extra === undefined ? segments : [...segments, extra]
}

/** A readable sentence for an Ajv error. */
export function describeAjvError(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `required field is missing`
    case 'additionalProperties':
      return `unknown field (not allowed here)`
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(', ')}`
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}`
    default:
      return error.message ?? `fails '${error.keyword}'`
  }
}
