/**
 * Splits a JSON object (one log line) into its top-level members without building
 * anything: for each member the byte spans of its key and of its value, and the
 * value's kind. Strings are skipped with a tight byte loop, nested objects and
 * arrays by bracket depth. The lines were already checked as JSON by the chain pass;
 * anything unexpected is still an error with its column.
 */

/** Value kinds. */
export const KIND = {
  STRING: 1,
  /** A string containing escapes: decode it with JSON.parse. */
  ESCAPED: 2,
  NUMBER: 3,
  TRUE: 4,
  FALSE: 5,
  NULL: 6,
  OBJECT: 7,
  ARRAY: 8
} as const

/** Names of the kinds, for messages. */
export const KIND_NAMES = ['', 'string', 'string', 'number', 'boolean', 'boolean', 'null', 'object', 'array']

/** The members of one object; reused from line to line. */
export class Members {
  count = 0
  /** Key span without quotes. */
  keyStart = new Int32Array(64)
  keyEnd = new Int32Array(64)
  keyEscaped = new Uint8Array(64)
  /** Value span as written (strings with their quotes). */
  valueStart = new Int32Array(64)
  valueEnd = new Int32Array(64)
  kind = new Uint8Array(64)

  grow(): void {
    const n = this.keyStart.length * 2
    const g = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n)
      b.set(a)
      return b
    }
    this.keyStart = g(this.keyStart)
    this.keyEnd = g(this.keyEnd)
    this.keyEscaped = g(this.keyEscaped)
    this.valueStart = g(this.valueStart)
    this.valueEnd = g(this.valueEnd)
    this.kind = g(this.kind)
  }
}

/** A structural problem, with the 1-based byte column in the line. */
export class SplitError extends Error {
  constructor(
    message: string,
    readonly column: number
  ) {
    super(message)
  }
}

function ws(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

/** Strings at least this long are searched for their closing quote with indexOf (memchr) rather than byte by byte. */
const SHORT_STRING = 32

/**
 * Index just past the closing quote of the string opening at `i`; sets `escaped`.
 * `plain`: no backslash sits before this index, so the first quote closes the string.
 */
function skipString(buf: Uint8Array, i: number, end: number, state: { escaped: boolean }, plain: number): number {
  let p = i + 1
  state.escaped = false
  const short = p + SHORT_STRING < end ? p + SHORT_STRING : end
  while (p < short) {
    const c = buf[p]!
    if (c === 0x22) return p + 1
    if (c === 0x5c) break
    p++
  }
  if (p === short && p < plain) {
    const q = buf.indexOf(0x22, p)
    if (q !== -1 && q < plain) return q + 1
  }
  for (;;) {
    while (p < end) {
      const c = buf[p]!
      if (c === 0x22 || c === 0x5c) break
      p++
    }
    if (p >= end) throw new SplitError('unterminated string', i + 1)
    if (buf[p] === 0x22) return p + 1
    state.escaped = true
    p += 2
  }
}

const state = { escaped: false }

/**
 * Splits buf[start, end) (one JSON object) into `out`. `escape`, when the caller
 * knows it: the index of the first backslash at or after `start` (anything at or
 * past `end` when the line has none), which lets long strings be skipped with one
 * search for their closing quote.
 */
export function splitObject(buf: Uint8Array, start: number, end: number, out: Members, escape?: number): void {
  if (escape === undefined) {
    const at = buf.subarray(start, end).indexOf(0x5c)
    escape = at === -1 ? end : start + at
  }
  const plain = escape < end ? escape : end
  let i = start
  const col = (p: number): number => p - start + 1
  while (i < end && ws(buf[i]!)) i++
  if (buf[i] !== 0x7b) throw new SplitError('the entry is not a JSON object', col(i))
  i++
  out.count = 0
  for (;;) {
    while (i < end && ws(buf[i]!)) i++
    if (buf[i] === 0x7d && out.count === 0) return
    if (buf[i] !== 0x22) throw new SplitError('expected a member name', col(i))
    const n = out.count
    if (n === out.keyStart.length) out.grow()
    const keyEnd = skipString(buf, i, end, state, plain)
    out.keyStart[n] = i + 1
    out.keyEnd[n] = keyEnd - 1
    out.keyEscaped[n] = state.escaped ? 1 : 0
    i = keyEnd
    while (i < end && ws(buf[i]!)) i++
    if (buf[i] !== 0x3a) throw new SplitError("expected ':'", col(i))
    i++
    while (i < end && ws(buf[i]!)) i++
    const c = buf[i]
    const vs = i
    let kind: number
    if (c === 0x22) {
      i = skipString(buf, i, end, state, plain)
      kind = state.escaped ? KIND.ESCAPED : KIND.STRING
    } else if (c === 0x7b || c === 0x5b) {
      kind = c === 0x7b ? KIND.OBJECT : KIND.ARRAY
      let depth = 0
      for (;;) {
        if (i >= end) throw new SplitError('unterminated object or array', col(vs))
        const b = buf[i]!
        if (b === 0x22) {
          i = skipString(buf, i, end, state, plain)
          continue
        }
        if (b === 0x7b || b === 0x5b) depth++
        else if (b === 0x7d || b === 0x5d) {
          depth--
          if (depth === 0) {
            i++
            break
          }
        }
        i++
      }
    } else if (c === 0x74) {
      kind = KIND.TRUE
      i += 4
    } else if (c === 0x66) {
      kind = KIND.FALSE
      i += 5
    } else if (c === 0x6e) {
      kind = KIND.NULL
      i += 4
    } else if (c === 0x4e || c === 0x49 || (c === 0x2d && buf[i + 1] === 0x49)) {
      // NaN, Infinity, -Infinity: Python writes them and the python-json chain accepts them.
      kind = KIND.NUMBER
      i += c === 0x4e ? 3 : c === 0x49 ? 8 : 9
    } else {
      kind = KIND.NUMBER
      while (i < end) {
        const b = buf[i]!
        if ((b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x65 || b === 0x45) i++
        else break
      }
      if (i === vs) throw new SplitError('expected a value', col(vs))
    }
    out.valueStart[n] = vs
    out.valueEnd[n] = i
    out.kind[n] = kind
    out.count = n + 1
    while (i < end && ws(buf[i]!)) i++
    if (buf[i] === 0x2c) {
      i++
      continue
    }
    if (buf[i] === 0x7d) return
    throw new SplitError("expected ',' or '}'", col(i))
  }
}

/** The decoded text of member `k`'s key. */
export function keyText(buf: Uint8Array, m: Members, k: number): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
  const s = m.keyStart[k]!
  const e = m.keyEnd[k]!
  return m.keyEscaped[k] ? (JSON.parse(b.toString('utf8', s - 1, e + 1)) as string) : b.toString('utf8', s, e)
}

/** The decoded text of a string value (kind STRING or ESCAPED). */
export function stringValue(buf: Uint8Array, m: Members, k: number): string {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
  const s = m.valueStart[k]!
  const e = m.valueEnd[k]!
  return m.kind[k] === KIND.ESCAPED
    ? (JSON.parse(b.toString('utf8', s, e)) as string)
    : b.toString('utf8', s + 1, e - 1)
}
