/**
 * Validation against the official CycloneDX 1.6 JSON schema, as shipped by
 * @cyclonedx/cyclonedx-library (with the SPDX licence list and JSF schemas it
 * references), with format checking on: an invalid date-time is invalid.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { createAjv, describeAjvError, errorSegments, formatFieldPath } from '@ai-act-gates/config'
import bomSchema from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/bom-1.6.SNAPSHOT.schema.json' with { type: 'json' }
import spdxSchema from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/spdx.SNAPSHOT.schema.json' with { type: 'json' }
import jsfSchema from '../../../node_modules/@cyclonedx/cyclonedx-library/res/schema/jsf-0.82.SNAPSHOT.schema.json' with { type: 'json' }

/** One schema violation. */
export interface BomViolation {
  /** Field path such as `components[3].hashes[0].content`. */
  field: string
  message: string
}

let validator: ValidateFunction | undefined

// RFC 3987 IRIs and RFC 6531 addresses: ajv-formats has neither; these accept what
// the URI and e-mail forms accept, plus non-ASCII characters.
const IRI_REFERENCE = /^[^\s<>"{}|\\^`]*$/u
const IDN_EMAIL = /^[^\s@]+@[^\s@]+$/u

/** JSON text with object keys sorted: equal for values JSON Schema calls equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `{${keys.map(k => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Ajv checks `uniqueItems` by comparing every pair, which takes minutes on an SBOM
 * of 60,000 components; the same rule checked through a set of canonical forms
 * takes milliseconds. Every `uniqueItems: true` is replaced by that keyword.
 */
function fastUniqueItems(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(fastUniqueItems)
  if (schema === null || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'uniqueItems' && v === true) out.uniqueItemsByValue = true
    else out[k] = fastUniqueItems(v)
  }
  return out
}

function compile(): ValidateFunction {
  const ajv = createAjv('07')
  ajv.addFormat('iri-reference', IRI_REFERENCE)
  ajv.addFormat('idn-email', IDN_EMAIL)
  ajv.addKeyword({
    keyword: 'uniqueItemsByValue',
    type: 'array',
    schemaType: 'boolean',
    error: { message: 'must NOT have duplicate items' },
    validate: (_enabled: boolean, data: unknown[]) => new Set(data.map(canonical)).size === data.length
  })
  const base = 'http://cyclonedx.org/schema/'
  ajv.addSchema(fastUniqueItems({ ...(spdxSchema as object), $id: `${base}spdx.SNAPSHOT.schema.json` }) as object)
  ajv.addSchema(fastUniqueItems({ ...(jsfSchema as object), $id: `${base}jsf-0.82.SNAPSHOT.schema.json` }) as object)
  return ajv.compile(fastUniqueItems(bomSchema) as object)
}

/** The identifier of the schema the BOM is checked against. */
export const BOM_SCHEMA_ID = (bomSchema as { $id: string }).$id

/** Validates a BOM (parsed JSON) against CycloneDX 1.6; returns every violation (empty when valid). */
export function validateBom(bom: unknown): BomViolation[] {
  validator ??= compile()
  if (validator(bom)) return []
  const seen = new Set<string>()
  const out: BomViolation[] = []
  for (const e of (validator.errors ?? []) as ErrorObject[]) {
    const v = { field: formatFieldPath(errorSegments(e)), message: describeAjvError(e) }
    const key = `${v.field}\0${v.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(v)
  }
  return out
}
