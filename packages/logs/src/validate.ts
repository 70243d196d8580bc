/**
 * JSON Schema validation of log entries with ajv: the schema of its draft, every
 * error (not only the first), each as a field path and a sentence.
 */
import type { AnySchema } from 'ajv'
import { plainDecimal } from '@ai-act-gates/canonical-json'
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
  /**
   * With a {@link projection}: the check of an entry from the spans of its projected
   * members (see {@link QuickCheck}), for the keys configured in this order (the
   * projector's), `dropKey` being the key the scanner leaves out of its members; or
   * undefined when a member's schema needs more than the checks it makes.
   */
  quick?(keys: readonly string[], dropKey: string): QuickCheck | undefined
}

/**
 * Validity of an entry decided from its projected members' values as the WebAssembly
 * scanner located them, without parsing the entry: each member's own schema on its
 * value alone (a type seen from the value's first byte, or the member's schema compiled
 * by the same ajv, on the value decoded), and the required keys present. Exact for the
 * roots {@link projectionKeys} accepts, whose validity is just that. It answers only
 * "valid": an entry it does not find valid is validated whole, for ajv's errors.
 */
export interface QuickCheck {
  /**
   * True when the entry is valid. `rows` holds `n` rows of three numbers, as
   * WasmScanner.projectSpans writes them: 1 + the index of the member's key among the
   * keys (0 for the dropped key), then its value's start and end in `src`.
   */
  valid(src: Buffer, rows: Int32Array, n: number): boolean
}

/** Keywords of a member's schema the quick check hands to ajv on the member's value alone. */
const ON_VALUE = new Set([
  'type',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern'
])

/** Annotations: keywords that never fail a value. */
const ANNOTATION = new Set([
  '$comment',
  'title',
  'description',
  'examples',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated'
])

/** Root keywords that never look at an entry's members: annotations, identifiers, definitions. */
const INERT = new Set([...ANNOTATION, '$schema', '$id', 'id', 'definitions', '$defs'])

/** What a member's value must be: any value, a kind seen from its first byte (a mask of KIND bits), or its schema, run by ajv. */
type Rule = { any: true } | { kinds: number } | { validate: (value: unknown) => boolean }

/** A bit per kind of JSON value, by the value's first byte (0 for bytes no value starts with). */
const KIND = new Uint8Array(256)
const STRING = 1
const NUMBER = 2
const BOOLEAN = 4
const NULL = 8
const OBJECT = 16
const ARRAY = 32
KIND[0x22] = STRING
KIND[0x2d] = NUMBER
for (let c = 0x30; c <= 0x39; c++) KIND[c] = NUMBER
KIND[0x74] = BOOLEAN
KIND[0x66] = BOOLEAN
KIND[0x6e] = NULL
KIND[0x7b] = OBJECT
KIND[0x5b] = ARRAY

/** The kinds a `type` of plain kinds allows (integer needs the value: not plain). */
const TYPE_KINDS: Record<string, number> = {
  string: STRING,
  number: NUMBER,
  boolean: BOOLEAN,
  null: NULL,
  object: OBJECT,
  array: ARRAY
}

/** A value the scanner found valid JSON, decoded as JSON.parse would; undefined for objects and arrays. */
function decode(src: Buffer, start: number, end: number): unknown {
  const c = src[start]!
  if (c === 0x22) {
    // Without a backslash, the text between the quotes is the string (the scanner checked its UTF-8).
    const inner = src.indexOf(0x5c, start + 1)
    return inner === -1 || inner >= end
      ? src.toString('utf8', start + 1, end - 1)
      : JSON.parse(src.toString('utf8', start, end))
  }
  if (c === 0x74) return true
  if (c === 0x66) return false
  if (c === 0x6e) return null
  if (c === 0x7b || c === 0x5b) return undefined
  return plainDecimal(src, start, end) ?? Number(src.toString('latin1', start, end))
}

/** The rule of one member's schema, or null when the quick check cannot decide for it. */
function ruleOf(schema: unknown, compile: (s: object) => (value: unknown) => boolean): Rule | null {
  if (schema === true) return { any: true }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return null
  const keywords = Object.keys(schema).filter(k => !ANNOTATION.has(k))
  if (keywords.length === 0) return { any: true }
  if (!keywords.every(k => ON_VALUE.has(k))) return null
  const type = (schema as { type?: unknown }).type
  if (keywords.length === 1 && type !== undefined) {
    const types = Array.isArray(type) ? type : [type]
    if (types.length > 0 && types.every(t => typeof t === 'string' && Object.hasOwn(TYPE_KINDS, t))) {
      return { kinds: types.reduce((mask: number, t) => mask | TYPE_KINDS[t as string]!, 0) }
    }
  }
  return { validate: compile(schema) }
}

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
  const root = schema as { type?: unknown; required?: unknown; properties?: Record<string, unknown> }
  const rootType = root.type === undefined ? ['object'] : Array.isArray(root.type) ? root.type : [root.type]
  const quick = (keys: readonly string[], dropKey: string): QuickCheck | undefined => {
    if (!projection || !rootType.includes('object')) return undefined
    const properties = root.properties ?? {}
    const required = new Set(Array.isArray(root.required) ? (root.required as string[]) : [])
    // Per key (by its number): the kinds its value may be (all: any), or its validator; required or not.
    const kinds = new Uint8Array(keys.length + 1)
    const validators: Array<((value: unknown) => boolean) | undefined> = [undefined]
    const needed = new Uint8Array(keys.length + 1)
    for (const [i, key] of keys.entries()) {
      const rule = Object.hasOwn(properties, key)
        ? ruleOf(properties[key], s => ajv.compile(s) as (value: unknown) => boolean)
        : { any: true as const }
      if (rule === null) return undefined
      kinds[i + 1] = 'kinds' in rule ? rule.kinds : 63
      validators.push('validate' in rule ? rule.validate : undefined)
      needed[i + 1] = required.has(key) ? 1 : 0
    }
    // Every required key must be among the keys, or the check could never see it.
    if ([...required].some(k => !keys.includes(k))) return undefined
    const requiredCount = needed.reduce((n, x) => n + x, 0)
    const dropNumber = keys.indexOf(dropKey) + 1
    return {
      valid(src, rows, n) {
        let present = 0
        for (let r = 0; r < n * 3; r += 3) {
          const number = rows[r]! || dropNumber
          if (number === 0) continue
          const start = rows[r + 1]!
          if ((kinds[number]! & KIND[src[start]!]!) === 0) return false
          const validate = validators[number]
          if (validate !== undefined) {
            const value = decode(src, start, rows[r + 2]!)
            if (value === undefined || !validate(value)) return false
          }
          present += needed[number]!
        }
        return present === requiredCount
      }
    }
  }
  return {
    ...(projection ? { projection, quick } : {}),
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
