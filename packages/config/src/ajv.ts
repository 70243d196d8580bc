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
  return ajv
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
