/**
 * Canonical JSON in two modes:
 * - `python-json`: the bytes of Python's
 *   `json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))`;
 * - `jcs`: RFC 8785, the JSON Canonicalization Scheme.
 */
import { GateError } from '@ai-act-gates/core'
import { jcsNumber, pythonNumber } from './numbers.js'
import { parseJson, type ParseOptions } from './parse.js'
import { compareCodePoints, compareCodeUnits, jcsString, pythonString } from './strings.js'
import { JsonNumber, type JsonValue } from './value.js'

/** The canonicalization modes. */
export const CANONICAL_MODES = ['python-json', 'jcs'] as const

/** A canonicalization mode. */
export type CanonicalMode = (typeof CANONICAL_MODES)[number]

interface Dialect {
  string(s: string): string
  number(n: JsonNumber): string
  compare(a: string, b: string): number
}

const DIALECTS: Record<CanonicalMode, Dialect> = {
  'python-json': { string: pythonString, number: pythonNumber, compare: compareCodePoints },
  jcs: { string: jcsString, number: jcsNumber, compare: compareCodeUnits }
}

/** Checks that `mode` names a canonicalization mode, for inputs and flags. */
export function parseCanonicalMode(mode: string, field = 'canonicalization'): CanonicalMode {
  if ((CANONICAL_MODES as readonly string[]).includes(mode)) return mode as CanonicalMode
  throw new GateError('INPUT_INVALID', `unknown canonicalization mode '${mode}'; use ${CANONICAL_MODES.join(' or ')}`, {
    field
  })
}

/** Parser options that match what each mode's reference implementation accepts. */
export function parseOptionsFor(mode: CanonicalMode): ParseOptions {
  return mode === 'python-json' ? { allowNonFinite: true } : { rejectDuplicateKeys: true }
}

/** Serializes a lossless value in canonical form. The result is a JavaScript string. */
export function serializeCanonical(value: JsonValue, mode: CanonicalMode): string {
  const dialect = DIALECTS[mode]
  const out: string[] = []
  write(value, dialect, out)
  return out.join('')
}

function write(value: JsonValue, d: Dialect, out: string[]): void {
  if (value === null) out.push('null')
  else if (value === true) out.push('true')
  else if (value === false) out.push('false')
  else if (typeof value === 'string') out.push(d.string(value))
  else if (value instanceof JsonNumber) out.push(d.number(value))
  else if (Array.isArray(value)) {
    out.push('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',')
      write(value[i]!, d, out)
    }
    out.push(']')
  } else {
    const keys = [...value.keys()].sort(d.compare)
    out.push('{')
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out.push(',')
      out.push(d.string(keys[i]!), ':')
      write(value.get(keys[i]!)!, d, out)
    }
    out.push('}')
  }
}

/** Parses `text` and returns its canonical form as UTF-8 bytes. */
export function canonicalize(text: string, mode: CanonicalMode, options: ParseOptions = {}): Buffer {
  const value = parseJson(text, { ...parseOptionsFor(mode), ...options })
  return Buffer.from(serializeCanonical(value, mode), 'utf8')
}
