/**
 * The system's own python-json canonical form for the entries it writes (strings,
 * safe integers, finite floats, booleans, null, arrays, objects): Python's
 * json.dumps(entry, sort_keys=True, separators=(",", ":")). Written independently of
 * the gate suite, as a team's own logging code would be.
 */

function pyString(s: string): string {
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0x22) out += '\\"'
    else if (c === 0x5c) out += '\\\\'
    else if (c === 0x0a) out += '\\n'
    else if (c === 0x0d) out += '\\r'
    else if (c === 0x09) out += '\\t'
    else if (c === 0x08) out += '\\b'
    else if (c === 0x0c) out += '\\f'
    else if (c >= 0x20 && c < 0x7f) out += s[i]
    else out += '\\u' + c.toString(16).padStart(4, '0')
  }
  return out + '"'
}

function pyFloat(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`
  const a = Math.abs(x)
  if (a >= 1e-4 && a < 1e16) return String(x)
  const [mantissa, exp] = x.toExponential().split('e') as [string, string]
  const n = Number(exp)
  return `${mantissa}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`
}

/** A float value: written with a decimal point, as Python writes a float. */
export class Float {
  readonly value: number
  constructor(value: number) {
    this.value = value
  }
}

/** Python's canonical JSON of a log entry. */
export function canonical(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Float) return pyFloat(value.value)
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false'
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`log values must be safe integers or Float: ${value}`)
      return String(value)
    case 'string':
      return pyString(value)
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
      const keys = Object.keys(value as object).sort((a, b) => {
        const x = [...a].map(c => c.codePointAt(0)!)
        const y = [...b].map(c => c.codePointAt(0)!)
        for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
        return x.length - y.length
      })
      return `{${keys.map(k => `${pyString(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
    }
    default:
      throw new Error(`cannot log a ${typeof value}`)
  }
}

/** The line written to the log: the entry as JSON, floats with their decimal point. */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v instanceof Float ? `\u0000F${pyFloat(v.value)}` : v)).replace(
    /"\\u0000F([^"]+)"/g,
    '$1'
  )
}
