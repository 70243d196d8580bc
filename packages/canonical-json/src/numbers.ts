/**
 * Number text in the two canonical forms. Both start from the IEEE-754 double the
 * lexeme denotes (Python's `float()` and JavaScript's `Number()` round the same way)
 * and from its shortest round-trip digits; they differ only in layout.
 */
import { GateError } from '@ai-act-gates/core'
import type { JsonNumber } from './value.js'

/** Python refuses to convert integers with more digits than this (`sys.int_info`). */
export const PYTHON_MAX_INT_DIGITS = 4300

/** Shortest round-trip digits of a finite, non-zero |x| and the position of the decimal point. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const text = String(Math.abs(x))
  const e = text.indexOf('e')
  const mantissa = e === -1 ? text : text.slice(0, e)
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot)
  const fracPart = dot === -1 ? '' : mantissa.slice(dot + 1)
  let digits = intPart + fracPart
  let decpt = intPart.length + exponent
  const lead = digits.search(/[1-9]/)
  digits = digits.slice(lead)
  decpt -= lead
  digits = digits.replace(/0+$/, '')
  return { digits, decpt }
}

/**
 * Python's `repr(float)`: shortest digits, fixed notation when the decimal exponent
 * is in [-4, 16), otherwise `d.ddde±XX` with at least two exponent digits; integral
 * values keep `.0`.
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (x === Infinity) return 'Infinity'
  if (x === -Infinity) return '-Infinity'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const sign = x < 0 ? '-' : ''
  const { digits, decpt } = shortestDigits(x)
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`
    if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
  }
  const mantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`
  const exp = decpt - 1
  return `${sign}${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
}

/** Python's text for a JSON number as `json.loads` then `json.dumps` would write it. */
export function pythonNumber(n: JsonNumber): string {
  const lexeme = n.lexeme
  if (n.isInteger) {
    const digitCount = lexeme.length - (lexeme.startsWith('-') ? 1 : 0)
    if (digitCount > PYTHON_MAX_INT_DIGITS) {
      throw new GateError(
        'UNSUPPORTED',
        `integer with ${digitCount} digits exceeds Python's ${PYTHON_MAX_INT_DIGITS}-digit conversion limit; json.loads rejects it`
      )
    }
    return BigInt(lexeme).toString()
  }
  if (lexeme === 'NaN' || lexeme === 'Infinity' || lexeme === '-Infinity') return lexeme
  return pythonFloatRepr(Number(lexeme))
}

/** RFC 8785 (ECMAScript) text for a JSON number; non-finite values are an error. */
export function jcsNumber(n: JsonNumber): string {
  const x = Number(n.lexeme)
  if (!Number.isFinite(x)) {
    throw new GateError('UNSUPPORTED', `${n.lexeme} cannot be canonicalized: RFC 8785 allows only finite numbers`)
  }
  return String(x)
}

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i)

/**
 * The value of a number lexeme buf[s, e) when it is plain decimal (-?digits[.digits])
 * with at most 15 digits: the digits as an integer (exact) divided by an exact power
 * of ten, which IEEE division rounds correctly, so it equals Number(text). Otherwise
 * (exponents, more digits, anything else) undefined.
 */
export function plainDecimal(buf: Uint8Array, s: number, e: number): number | undefined {
  let i = s
  const negative = buf[i] === 0x2d
  if (negative) i++
  let digits = 0
  let value = 0
  let fraction = -1
  for (; i < e; i++) {
    const b = buf[i]!
    if (b >= 0x30 && b <= 0x39) {
      value = value * 10 + (b - 0x30)
      digits++
      if (fraction >= 0) fraction++
    } else if (b === 0x2e && fraction < 0 && digits > 0) fraction = 0
    else return undefined
  }
  if (digits === 0 || digits > 15 || fraction === 0) return undefined
  const v = fraction > 0 ? value / POWERS_OF_TEN[fraction]! : value
  return negative ? -v : v
}
