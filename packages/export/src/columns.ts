/**
 * The columns of a CSV or Parquet export, from the log profile: every top-level
 * property the schema declares (through allOf/anyOf/oneOf, if/then/else and $ref to
 * the shipped profiles) becomes a typed column; the chain hash gets a column even
 * when undeclared; every other top-level field of an entry goes, as JSON text, into
 * one `extra_fields` column, so no value is lost. Three provenance columns come first.
 *
 * Mapping (JSON Schema → column): string with format date-time → timestamp;
 * string (or an enum of strings) → string; integer → int64; number (or number and
 * integer) → double; boolean → boolean; object, array, several types or no type →
 * json (the value's JSON text as written in the log).
 */
import { GateError } from '@ai-act-gates/core'
import type { ColumnType } from '@ai-act-gates/parquet'

/** Where a column's value comes from. */
export type ColumnSource = 'entry-index' | 'file' | 'line' | 'field' | 'extra'

/** One column. */
export interface ExportColumn {
  name: string
  type: ColumnType
  source: ColumnSource
  /** The log field, for `field` columns. */
  field?: string
}

/** The provenance columns every CSV and Parquet export starts with. */
export const PROVENANCE_COLUMNS: ExportColumn[] = [
  { name: 'log_entry_index', type: 'int64', source: 'entry-index' },
  { name: 'log_file', type: 'string', source: 'file' },
  { name: 'log_line', type: 'int64', source: 'line' }
]
/** The column holding undeclared top-level fields as a JSON object. */
export const EXTRA_COLUMN = 'extra_fields'

interface Seen {
  types: Set<string>
  formats: Set<string>
  stringEnum: boolean
  order: number
}

type Schema = Record<string, unknown>

function collect(schema: unknown, byId: Map<string, Schema>, root: Schema, out: Map<string, Seen>, depth = 0): void {
  if (depth > 32 || schema === null || typeof schema !== 'object' || Array.isArray(schema)) return
  const s = schema as Schema
  if (typeof s.$ref === 'string') {
    const ref = s.$ref
    let target: unknown
    if (ref.startsWith('#')) {
      target = ref
        .slice(1)
        .split('/')
        .filter(Boolean)
        .reduce<unknown>(
          (node, part) => (node as Schema | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
          root
        )
    } else target = byId.get(ref.split('#')[0]!)
    collect(target, byId, target && !ref.startsWith('#') ? (target as Schema) : root, out, depth + 1)
  }
  const props = s.properties
  if (props && typeof props === 'object') {
    for (const [name, p] of Object.entries(props as Record<string, unknown>)) {
      const seen = out.get(name) ?? { types: new Set(), formats: new Set(), stringEnum: false, order: out.size }
      out.set(name, seen)
      if (p && typeof p === 'object') {
        const ps = p as Schema
        const types = Array.isArray(ps.type) ? ps.type : ps.type !== undefined ? [ps.type] : []
        for (const t of types) seen.types.add(String(t))
        if (typeof ps.format === 'string') seen.formats.add(ps.format)
        const values = Array.isArray(ps.enum) ? ps.enum : 'const' in ps ? [ps.const] : undefined
        if (values && values.length > 0 && values.every(v => typeof v === 'string')) seen.stringEnum = true
        else if (values) seen.types.add('mixed')
      }
    }
  }
  if (Array.isArray(s.required)) {
    for (const name of s.required) {
      if (typeof name === 'string' && !out.has(name)) {
        out.set(name, { types: new Set(), formats: new Set(), stringEnum: false, order: out.size })
      }
    }
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = s[key]
    if (Array.isArray(list)) for (const sub of list) collect(sub, byId, root, out, depth + 1)
  }
  for (const key of ['if', 'then', 'else'])
    if (key !== 'if' || s.then || s.else) collect(s[key], byId, root, out, depth + 1)
}

function typeOf(seen: Seen): ColumnType {
  const t = new Set(seen.types)
  t.delete('null')
  if (t.size === 0) return seen.stringEnum ? 'string' : 'json'
  if (t.size === 1 && t.has('string'))
    return seen.formats.has('date-time') && seen.formats.size === 1 ? 'timestamp' : 'string'
  if (t.size === 1 && t.has('integer')) return 'int64'
  if ([...t].every(x => x === 'number' || x === 'integer')) return 'double'
  if (t.size === 1 && t.has('boolean')) return 'boolean'
  return 'json'
}

/**
 * The columns for a schema. `profiles` are the schemas `$ref` may name by `$id`.
 * A declared property whose name clashes with a provenance column or
 * `extra_fields` is an INPUT_CONFLICT naming the schema file.
 */
export function columnsFromSchema(
  schema: unknown,
  options: { file: string; profiles: unknown[]; hashField: string }
): ExportColumn[] {
  const byId = new Map<string, Schema>()
  for (const p of options.profiles) {
    const id = (p as Schema | null)?.$id
    if (typeof id === 'string') byId.set(id, p as Schema)
  }
  const seen = new Map<string, Seen>()
  collect(schema, byId, schema as Schema, seen)
  if (options.hashField && !seen.has(options.hashField)) {
    seen.set(options.hashField, { types: new Set(['string']), formats: new Set(), stringEnum: false, order: seen.size })
  }
  const reserved = new Set([...PROVENANCE_COLUMNS.map(c => c.name), EXTRA_COLUMN])
  const fields: ExportColumn[] = []
  for (const [name, s] of [...seen].sort((a, b) => a[1].order - b[1].order)) {
    if (reserved.has(name)) {
      throw new GateError(
        'INPUT_CONFLICT',
        `the schema declares '${name}', a name the export reserves for its own column`,
        {
          file: options.file,
          field: `properties.${name}`
        }
      )
    }
    fields.push({ name, type: typeOf(s), source: 'field', field: name })
  }
  return [...PROVENANCE_COLUMNS, ...fields, { name: EXTRA_COLUMN, type: 'json', source: 'extra' }]
}
