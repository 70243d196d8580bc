/**
 * JSON Schema validation of log entries with ajv: the schema of its draft, every
 * error (not only the first), each as a field path and a sentence.
 */
import type { AnySchema } from 'ajv'
import { GateError } from '@ai-act-gates/core'
import { createAjv, describeAjvError, draftOf, errorSegments, formatFieldPath } from '@ai-act-gates/config'

/** A compiled validator for entries. */
export interface LogValidator {
  /** The violations of one entry (empty when it is valid). */
  validate(entry: unknown): Array<{ field: string; message: string }>
  /**
   * When the schema looks at an entry only through named top-level members (see
   * {@link projectionKeys}): their keys. An entry holding just those members, with the
   * same values, gets exactly the violations of the whole entry.
   */
  readonly projection?: readonly string[]
}

/** Root keywords that never look at an entry's members: annotations, identifiers, definitions. */
const INERT = new Set([
  '$schema',
  '$id',
  'id',
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
  'definitions',
  '$defs'
])

/**
 * The top-level keys an object entry is validated through, when the schema's root
 * looks at nothing else: only `type`, `required`, `properties` and
 * `additionalProperties: true` (or `{}`) next to inert keywords. Anything that counts,
 * lists or matches the entry's members (`additionalProperties` with a schema,
 * `patternProperties`, `propertyNames`, `minProperties`, `dependencies`...), compares
 * the whole entry (`enum`, `const`), or applies other schemas to it (`$ref`, `allOf`,
 * `if`...) gives undefined: the whole entry is needed. An unknown keyword too.
 */
export function projectionKeys(schema: unknown): string[] | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return undefined
  const keys = new Set<string>()
  for (const [keyword, value] of Object.entries(schema as Record<string, unknown>)) {
    if (INERT.has(keyword) || keyword === 'type') continue
    if (keyword === 'required') {
      if (!Array.isArray(value) || !value.every(k => typeof k === 'string')) return undefined
      for (const k of value as string[]) keys.add(k)
    } else if (keyword === 'properties') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
      for (const k of Object.keys(value)) keys.add(k)
    } else if (keyword === 'additionalProperties') {
      const open =
        value === true ||
        (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
      if (!open) return undefined
    } else return undefined
  }
  return [...keys]
}

/**
 * Compiles `schema` (from `file`) with the Ajv of its draft; `extra` schemas (the log
 * profiles) are added first so the schema can `$ref` them by `$id`. A schema that is
 * not a schema is SCHEMA_INVALID naming the file.
 */
export function createLogValidator(options: { schema: unknown; file: string; extra: unknown[] }): LogValidator {
  const { schema, file } = options
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    throw new GateError('SCHEMA_INVALID', 'not a JSON Schema: expected an object', { file })
  }
  const draft = draftOf(schema, file)
  const ajv = createAjv(draft)
  const id = typeof schema === 'object' ? (schema as { $id?: unknown }).$id : undefined
  for (const extra of options.extra) {
    const extraId = (extra as { $id?: string }).$id
    if (extraId !== undefined && extraId !== id && draftOf(extra) === draft && !ajv.getSchema(extraId)) {
      ajv.addSchema(extra as AnySchema)
    }
  }
  let compiled
  try {
    compiled = ajv.compile(schema as AnySchema)
  } catch (error) {
    throw new GateError('SCHEMA_INVALID', `not a valid JSON Schema: ${(error as Error).message}`, {
      file,
      cause: error
    })
  }
  const validate = compiled
  const projection = projectionKeys(schema)
  return {
    ...(projection ? { projection } : {}),
    validate(entry) {
      if (validate(entry)) return []
      const seen = new Set<string>()
      const out: Array<{ field: string; message: string }> = []
      for (const e of validate.errors ?? []) {
        const field = formatFieldPath(errorSegments(e))
        const message = describeAjvError(e)
        const key = `${field}\u0000${message}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({ field, message })
      }
      return out
    }
  }
}
