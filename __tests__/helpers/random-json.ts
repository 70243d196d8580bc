/**
 * Deterministic pseudo-random JSON text for differential tests: objects that stress
 * canonicalization (escapes, non-ASCII, astral characters, float lexemes, big
 * integers, key order, nesting, whitespace) written the way different producers write
 * them.
 */

/** A small xorshift generator, so every run sees the same documents. */
export function rng(seed: number): () => number {
  let s = (seed * 2654435761 + 1) >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

const CHARS = [
  'a',
  'Z',
  '0',
  '~',
  '/',
  'é',
  'Á',
  '東',
  '𠮷',
  '📄',
  '\u007f',
  '\u2028',
  '\u0080',
  '\uffff',
  '\ue000',
  '\\n',
  '\\r',
  '\\t',
  '\\b',
  '\\f',
  '\\/',
  '\\"',
  '\\\\',
  '\\u0001',
  '\\u001F',
  '\\u00e9',
  '\\u00C9',
  '\\ud83d\\udcc4',
  '\\ud800',
  '\\udc00x',
  '\\u0041',
  '\\u007f',
  '\\u2028',
  '_',
  ' ',
  'Ｅ'
]

const NUMBERS = [
  '0',
  '-0',
  '1.0',
  '-0.0',
  '0.0',
  '100.0',
  '100.000',
  '1e16',
  '1E2',
  '1e-7',
  '1e-07',
  '2.5e-05',
  '0.1',
  '0.0001',
  '0.00001',
  '0.000001',
  '0.0000001',
  '1e21',
  '1e22',
  '1e400',
  '-1e400',
  '5e-324',
  '1.7976931348623157e308',
  '123456789012345678901234567890',
  '9007199254740993',
  '6291459434176428123',
  '0.7300000190734863',
  '0.30000000000000004',
  '123456789012345.6',
  '1234567890123456.0',
  '12345678901234567.0',
  '1.00000000000000000000001',
  '999999999999999.9',
  '0.1000',
  '3.14159',
  '-273.15',
  '1E+2',
  '1e+02'
]

/** Options for {@link randomDocument}. */
export interface DocumentOptions {
  /** Allow NaN, Infinity and -Infinity literals (python-json accepts them). */
  nonFinite?: boolean
  /** Allow characters or escapes that jcs rejects (lone surrogates). */
  loneSurrogates?: boolean
  /** Add random whitespace between tokens. */
  whitespace?: boolean
  /** Allow escapes and DEL in keys. */
  escapedKeys?: boolean
  /** Allow a key to repeat within an object. */
  repeatedKeys?: boolean
}

/** One JSON object as text, from `seed`. */
export function randomDocument(seed: number, options: DocumentOptions = {}): string {
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const ws = (): string => (options.whitespace && rand() < 0.3 ? pick([' ', '  ', '\t', '\r', '\n ']) : '')
  const chars = CHARS.filter(c => options.loneSurrogates || !/\\ud800|\\udc00/.test(c))
  const str = (forKey: boolean): string => {
    const n = Math.floor(rand() * (forKey ? 4 : 8))
    const parts: string[] = []
    for (let i = 0; i < n; i++) {
      const c = pick(chars)
      if (forKey && !options.escapedKeys && (c.startsWith('\\') || c === '\u007f')) parts.push('k')
      else parts.push(c)
    }
    if (rand() < 0.1) parts.push('x'.repeat(40 + Math.floor(rand() * 60)))
    return `"${parts.join('')}"`
  }
  const num = (): string => {
    switch (Math.floor(rand() * 6)) {
      case 0:
        return String(Math.floor(rand() * 1e6) - 5e5)
      case 1: {
        const buf = new DataView(new ArrayBuffer(8))
        buf.setUint32(0, Math.floor(rand() * 0x7fefffff))
        buf.setUint32(4, Math.floor(rand() * 0xffffffff))
        const x = buf.getFloat64(0) * (rand() < 0.5 ? -1 : 1)
        return Number.isFinite(x) ? pick([x.toExponential(), String(x), x.toPrecision(17)]) : '1.5'
      }
      case 2:
        return `${Math.floor(rand() * 1000)}.${Math.floor(rand() * 1000)}e${Math.floor(rand() * 40) - 20}`
      case 3:
        return (rand() * 10 ** Math.floor(rand() * 30 - 10)).toFixed(Math.floor(rand() * 8))
      case 4:
        return `${rand() < 0.3 ? '-' : ''}${Math.floor(rand() * 100)}.${'0'.repeat(Math.floor(rand() * 6))}${Math.floor(rand() * 1000)}${'0'.repeat(Math.floor(rand() * 3))}`
      default: {
        const n = pick(NUMBERS)
        return options.nonFinite || !/e400/.test(n) ? n : '2.5'
      }
    }
  }
  const scalar = (): string => {
    const r = rand()
    if (r < 0.45) return str(false)
    if (r < 0.85) return num()
    if (options.nonFinite && r < 0.88) return pick(['NaN', 'Infinity', '-Infinity'])
    return pick(['true', 'false', 'null'])
  }
  const value = (depth: number): string => {
    const r = rand()
    if (depth > 3 || r < 0.55) return scalar()
    if (r < 0.75) {
      const items = Array.from({ length: Math.floor(rand() * 4) }, () => ws() + value(depth + 1) + ws())
      return `[${items.join(',')}]`
    }
    return object(depth + 1)
  }
  const keys = (n: number): string[] => {
    const seen = new Set<string>()
    for (let i = 0; i < n * 3 && seen.size < n; i++) {
      const k = str(true)
      if (options.repeatedKeys || !seen.has(k)) seen.add(k)
    }
    return [...seen]
  }
  const object = (depth: number): string => {
    const members = keys(Math.floor(rand() * 6)).map(k => `${ws()}${k}${ws()}:${ws()}${value(depth)}${ws()}`)
    return `{${members.join(',')}}`
  }
  const top = keys(1 + Math.floor(rand() * 8)).map(k => `${ws()}${k}${ws()}:${ws()}${value(0)}`)
  return `${ws()}{${top.join(',')}}${ws()}`
}
