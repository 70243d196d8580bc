/** String escaping and key ordering for the two canonical forms. */
import { GateError } from '@ai-act-gates/core'

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t'
}

// Characters Python's ensure_ascii writes as they are: printable ASCII but `"` and `\`.
const PYTHON_NEEDS_ESCAPE = /[^\x20-\x21\x23-\x5b\x5d-\x7e]/
// eslint-disable-next-line no-control-regex
const JCS_NEEDS_ESCAPE = /["\\\x00-\x1f\ud800-\udfff]/

/**
 * Python's `json.dumps(..., ensure_ascii=True)` string: every UTF-16 unit outside
 * printable ASCII as `\uXXXX` in lowercase hex (so astral characters become surrogate
 * pairs and DEL is escaped), with the short escapes for `"`, `\`, \b \f \n \r \t.
 */
export function pythonString(s: string): string {
  if (!PYTHON_NEEDS_ESCAPE.test(s)) return `"${s}"`
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) out += s[i]
    else out += SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`
  }
  return out + '"'
}

/**
 * RFC 8785 string: ECMAScript's JSON.stringify escaping (non-ASCII stays raw).
 * A lone surrogate is an error: RFC 8785 input must be I-JSON.
 */
export function jcsString(s: string): string {
  if (!JCS_NEEDS_ESCAPE.test(s)) return `"${s}"`
  let out = '"'
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!
        i++
        continue
      }
      throw new GateError(
        'UNSUPPORTED',
        `lone surrogate U+${c.toString(16).toUpperCase()} cannot be canonicalized: RFC 8785 input must be I-JSON`
      )
    }
    if (c === 0x22 || c === 0x5c || c < 0x20) out += SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`
    else out += s[i]
  }
  return out + '"'
}

/**
 * Compares strings by Unicode code point, as Python sorts `str` keys. Only where the
 * strings first differ inside or next to a surrogate does the order differ from
 * UTF-16 order; there the code points are compared one by one.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i === n) return a.length - b.length
  const x = a.charCodeAt(i)
  const y = b.charCodeAt(i)
  if (x < 0xd800 && y < 0xd800) return x - y
  // Step back to the start of the code point if the shared unit before is a high surrogate.
  let j = i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i
  for (;;) {
    const cx = a.codePointAt(j)
    const cy = b.codePointAt(j)
    if (cx === undefined || cy === undefined) return (cx === undefined ? 0 : 1) - (cy === undefined ? 0 : 1)
    if (cx !== cy) return cx - cy
    j += cx > 0xffff ? 2 : 1
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff
}

/** Compares strings by UTF-16 code unit, as RFC 8785 sorts keys. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
