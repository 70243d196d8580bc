/**
 * The lossless JSON value model. Numbers keep their source text, so an integer
 * beyond 2^53 or a float written `1.0` survives parsing; objects are Maps, so
 * `__proto__` is an ordinary key and a repeated key keeps its first position with
 * its last value, exactly like a Python dict built by `json.loads`.
 */

/** A JSON number, kept as its source lexeme (or NaN / Infinity / -Infinity). */
export class JsonNumber {
  /** The number exactly as written in the source. */
  readonly lexeme: string

  constructor(lexeme: string) {
    this.lexeme = lexeme
  }

  /** True for a lexeme without fraction or exponent, which Python reads as an int. */
  get isInteger(): boolean {
    return /^-?\d+$/.test(this.lexeme)
  }

  /** The nearest IEEE-754 double (lossy beyond 2^53, as JavaScript numbers are). */
  toNumber(): number {
    return Number(this.lexeme)
  }
}

/** A JSON object: keys in insertion order. */
export type JsonObject = Map<string, JsonValue>

/** Any JSON value in the lossless model. */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject

/**
 * Converts a plain JavaScript value (as built by `JSON.parse` or by code) into the
 * lossless model. Integral numbers become integer lexemes, others their shortest
 * round-trip text; bigints become integer lexemes.
 */
export function fromPlain(value: unknown): JsonValue {
  if (value === null) return null
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value
    case 'bigint':
      return new JsonNumber(value.toString())
    case 'number':
      if (Number.isInteger(value) && !Object.is(value, -0) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
        return new JsonNumber(String(value))
      }
      if (Number.isNaN(value)) return new JsonNumber('NaN')
      if (!Number.isFinite(value)) return new JsonNumber(value > 0 ? 'Infinity' : '-Infinity')
      return new JsonNumber(numberLexeme(value))
    case 'object': {
      if (Array.isArray(value)) return value.map(fromPlain)
      if (value instanceof Map) {
        const out: JsonObject = new Map()
        for (const [k, v] of value) out.set(String(k), fromPlain(v))
        return out
      }
      const out: JsonObject = new Map()
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v !== undefined) out.set(k, fromPlain(v))
      }
      return out
    }
    default:
      throw new TypeError(`cannot represent a ${typeof value} as JSON`)
  }
}

/** A float's text that parses back as a float in Python (keeps a `.` or an exponent). */
function numberLexeme(value: number): string {
  const text = String(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/**
 * Converts a lossless value into plain JavaScript for validators: numbers become
 * doubles (integers beyond 2^53 lose precision), objects plain objects created with
 * a null-free prototype so `__proto__` stays an ordinary key.
 */
export function toPlain(value: JsonValue): unknown {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof JsonNumber) return value.toNumber()
  if (Array.isArray(value)) return value.map(toPlain)
  const out: Record<string, unknown> = {}
  for (const [k, v] of value) {
    Object.defineProperty(out, k, { value: toPlain(v), enumerable: true, writable: true, configurable: true })
  }
  return out
}
