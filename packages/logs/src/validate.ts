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
  return {
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
