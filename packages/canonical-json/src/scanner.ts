/**
 * A canonicalizing scanner: it reads the UTF-8 text of one JSON object and writes its
 * canonical bytes (`python-json` or `jcs`) straight into an output buffer, without
 * building a value. Numbers keep their lexemes where the lexeme already is the
 * canonical text; object members are written as they come and reordered only when
 * their keys are out of order.
 *
 * It handles the common shape of a log line and declines everything else: any input
 * it is not sure about (escaped or repeated keys, numbers it would have to round, a
 * depth limit, invalid JSON) makes {@link CanonicalScanner.scan} return
 * {@link SCAN_DECLINED}, and the caller uses the exact path (`parseJson` +
 * `serializeCanonical`), which also produces the located error message. The two
 * paths are tested against each other and against python3 byte for byte.
 *
 * The input must be valid UTF-8 (check it first with `isUtf8`): multi-byte sequences
 * are decoded without validation.
 */
import { pythonFloatRepr } from './numbers.js'
import type { CanonicalMode } from './canonical.js'

/** Returned by {@link CanonicalScanner.scan} when the line needs the exact path. */
export const SCAN_DECLINED = -1

/** What a top-level field's value is, as {@link ScanFields} records it. */
export const FIELD_ABSENT = 0
/** A string without escapes: its contents are the bytes between the quotes. */
export const FIELD_PLAIN_STRING = 1
/** Any other value (a string with escapes, a number, an object, ...): the span is its JSON text. */
export const FIELD_OTHER = 2

/** Spans of the top-level fields the caller asked for, filled by each scan. */
export interface ScanFields {
  /** Per wanted field: FIELD_ABSENT, FIELD_PLAIN_STRING or FIELD_OTHER. */
  kind: Int32Array
  /** Start of the value in the source (inside the quotes for a plain string). */
  start: Int32Array
  /** End of the value in the source (exclusive; before the closing quote for a plain string). */
  end: Int32Array
}

/** Deepest nesting the scanner handles; deeper input goes to the exact path. */
const MAX_DEPTH = 500
/** Longest integer lexeme (digits) the scanner copies; longer ones go to the exact path. */
const MAX_INT_DIGITS = 4300
/** Canonical text for a float is at most this long (`-2.2250738585072014e-308`). */
const MAX_FLOAT_TEXT = 32

const HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102])

/** 1 for bytes a string may contain without any treatment in both modes (printable ASCII but `"` and `\`). */
const PLAIN = new Uint8Array(256)
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = c === 0x22 || c === 0x5c ? 0 : 1

/** The short escape letter for a code unit, or 0. */
const SHORT_ESCAPE = new Uint8Array(128)
SHORT_ESCAPE[0x08] = 0x62 // b
SHORT_ESCAPE[0x09] = 0x74 // t
SHORT_ESCAPE[0x0a] = 0x6e // n
SHORT_ESCAPE[0x0c] = 0x66 // f
SHORT_ESCAPE[0x0d] = 0x72 // r
SHORT_ESCAPE[0x22] = 0x22 // "
SHORT_ESCAPE[0x5c] = 0x5c // \

class Declined extends Error {}
const DECLINED = new Declined()

/**
 * Writes canonical bytes of JSON objects. One instance per thread; it keeps scratch
 * buffers between calls.
 */
export class CanonicalScanner {
  private readonly python: boolean
  private readonly dropKey: Uint8Array
  private readonly wanted: Uint8Array[]
  /** The fields found by the last scan. */
  readonly fields: ScanFields
  /** Span of the dropped key's value in the last scan; `dropKind` says what it was. */
  dropStart = 0
  dropEnd = 0
  dropKind = FIELD_ABSENT

  private src: Uint8Array = new Uint8Array(0)
  private out: Uint8Array = new Uint8Array(0)
  private pos = 0
  private end = 0
  private o = 0
  private depth = 0
  // Members of the objects being written: per member (keyStart, keyEnd, segStart, segEnd).
  private members = new Int32Array(4096)
  private top = 0
  private scratch = new Uint8Array(64 * 1024)
  private order = new Int32Array(256)

  /**
   * @param mode the canonical form to write
   * @param options.dropKey a top-level key left out of the output (the hash field); its
   *   value's span is reported in `dropStart`/`dropEnd`/`dropKind`
   * @param options.fields top-level keys whose value spans are reported in `fields`
   */
  constructor(mode: CanonicalMode, options: { dropKey?: string; fields?: readonly string[] } = {}) {
    this.python = mode === 'python-json'
    this.dropKey = Buffer.from(options.dropKey ?? '', 'utf8')
    this.wanted = (options.fields ?? []).map(f => Buffer.from(f, 'utf8'))
    const n = this.wanted.length
    this.fields = { kind: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n) }
  }

  /**
   * Writes the canonical form of the JSON object in `src[start, end)` into `out` from
   * `outStart`. Returns the end offset in `out`, or {@link SCAN_DECLINED}. `out` must
   * have room for 6 bytes per input byte plus 64 (the worst case of escaping).
   */
  scan(src: Uint8Array, start: number, end: number, out: Uint8Array, outStart: number): number {
    if (out.length - outStart < scanCapacity(end - start)) {
      throw new RangeError(`output buffer too small: ${out.length - outStart} bytes for ${end - start} input bytes`)
    }
    this.src = src
    this.out = out
    this.pos = start
    this.end = end
    this.o = outStart
    this.depth = 0
    this.top = 0
    this.dropKind = FIELD_ABSENT
    this.fields.kind.fill(FIELD_ABSENT)
    try {
      this.skipWs()
      if (this.pos >= end || src[this.pos] !== 0x7b) return SCAN_DECLINED
      this.object(true)
      this.skipWs()
      if (this.pos !== end) return SCAN_DECLINED
      return this.o
    } catch (error) {
      if (error === DECLINED) return SCAN_DECLINED
      throw error
    }
  }

  private skipWs(): void {
    const src = this.src
    let p = this.pos
    while (p < this.end) {
      const c = src[p]!
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++
      else break
    }
    this.pos = p
  }

  private value(): void {
    if (this.pos >= this.end) throw DECLINED
    const c = this.src[this.pos]!
    if (c === 0x22) this.string()
    else if (c === 0x7b) this.object(false)
    else if (c === 0x5b) this.array()
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) this.number()
    else if (c === 0x74) this.literal(TRUE)
    else if (c === 0x66) this.literal(FALSE)
    else if (c === 0x6e) this.literal(NULL)
    else if (c === 0x4e && this.python) this.literal(NAN)
    else if (c === 0x49 && this.python) this.literal(INFINITY)
    else throw DECLINED
  }

  private literal(word: Uint8Array): void {
    const src = this.src
    const p = this.pos
    if (p + word.length > this.end) throw DECLINED
    for (let i = 0; i < word.length; i++) if (src[p + i] !== word[i]) throw DECLINED
    this.out.set(word, this.o)
    this.o += word.length
    this.pos = p + word.length
  }

  private array(): void {
    if (++this.depth > MAX_DEPTH) throw DECLINED
    const src = this.src
    const out = this.out
    this.pos++
    out[this.o++] = 0x5b
    this.skipWs()
    if (src[this.pos] === 0x5d && this.pos < this.end) {
      this.pos++
      out[this.o++] = 0x5d
      this.depth--
      return
    }
    for (;;) {
      this.skipWs()
      this.value()
      this.skipWs()
      if (this.pos >= this.end) throw DECLINED
      const c = src[this.pos++]
      if (c === 0x2c) {
        out[this.o++] = 0x2c
        continue
      }
      if (c === 0x5d) break
      throw DECLINED
    }
    out[this.o++] = 0x5d
    this.depth--
  }

  private object(topLevel: boolean): void {
    if (++this.depth > MAX_DEPTH) throw DECLINED
    const src = this.src
    this.pos++
    const objStart = this.o
    this.out[this.o++] = 0x7b
    const first = this.top
    let sorted = true
    let droppedSeen = false
    this.skipWs()
    if (src[this.pos] === 0x7d && this.pos < this.end) {
      this.pos++
      this.out[this.o++] = 0x7d
      this.depth--
      return
    }
    for (;;) {
      this.skipWs()
      if (this.pos >= this.end || src[this.pos] !== 0x22) throw DECLINED
      // Keys: plain strings only (no escapes), compared by their bytes.
      const keyStart = this.pos + 1
      let k = keyStart
      while (k < this.end && PLAIN[src[k]!] === 1) k++
      if (k >= this.end) throw DECLINED
      let kc = src[k]!
      while (kc >= 0x80) {
        k++
        while (k < this.end && PLAIN[src[k]!] === 1) k++
        if (k >= this.end) throw DECLINED
        kc = src[k]!
      }
      if (kc !== 0x22) throw DECLINED
      const keyEnd = k
      this.pos = k + 1
      this.skipWs()
      if (this.pos >= this.end || src[this.pos] !== 0x3a) throw DECLINED
      this.pos++
      this.skipWs()

      if (topLevel && this.isKey(keyStart, keyEnd, this.dropKey)) {
        if (droppedSeen) throw DECLINED
        droppedSeen = true
        this.captureDropped()
      } else {
        const m = this.top
        if (m + 4 > this.members.length) this.growMembers()
        if (m > first) {
          this.out[this.o++] = 0x2c
          if (sorted && this.compareKeys(this.members[m - 4]!, this.members[m - 3]!, keyStart, keyEnd) >= 0) {
            sorted = false
          }
        }
        const segStart = this.o
        this.writeKey(keyStart, keyEnd)
        const field = topLevel && this.wanted.length > 0 ? this.captureField(keyStart, keyEnd) : -1
        this.value()
        if (field !== -1) this.fields.end[field] = this.pos
        this.members[m] = keyStart
        this.members[m + 1] = keyEnd
        this.members[m + 2] = segStart
        this.members[m + 3] = this.o
        this.top = m + 4
      }
      this.skipWs()
      if (this.pos >= this.end) throw DECLINED
      const c = src[this.pos++]
      if (c === 0x2c) continue
      if (c === 0x7d) break
      throw DECLINED
    }
    if (!sorted) this.reorder(first, objStart + 1)
    this.out[this.o++] = 0x7d
    this.top = first
    this.depth--
  }

  private isKey(start: number, end: number, key: Uint8Array): boolean {
    if (end - start !== key.length || key.length === 0) return false
    const src = this.src
    for (let i = 0; i < key.length; i++) if (src[start + i] !== key[i]) return false
    return true
  }

  /** Parses the dropped member's value (writing nothing) and records its span. */
  private captureDropped(): void {
    const mark = this.o
    const valueStart = this.pos
    if (this.src[valueStart] === 0x22) {
      const plainEnd = this.plainStringEnd(valueStart + 1)
      if (plainEnd !== -1) {
        this.dropKind = FIELD_PLAIN_STRING
        this.dropStart = valueStart + 1
        this.dropEnd = plainEnd
        this.pos = plainEnd + 1
        return
      }
    }
    this.value()
    this.o = mark
    this.dropKind = FIELD_OTHER
    this.dropStart = valueStart
    this.dropEnd = this.pos
  }

  /** The index of the closing quote when the string from `p` holds only plain bytes, else -1. */
  private plainStringEnd(p: number): number {
    const src = this.src
    while (p < this.end && PLAIN[src[p]!] === 1) p++
    return p < this.end && src[p] === 0x22 ? p : -1
  }

  /**
   * Records where a wanted field's value starts. Returns the field's number when its
   * end is known only after the value is parsed (FIELD_OTHER), else -1.
   */
  private captureField(keyStart: number, keyEnd: number): number {
    const wanted = this.wanted
    for (let i = 0; i < wanted.length; i++) {
      if (!this.isKey(keyStart, keyEnd, wanted[i]!)) continue
      const f = this.fields
      if (f.kind[i] !== FIELD_ABSENT) throw DECLINED
      const valueStart = this.pos
      const plainEnd = this.src[valueStart] === 0x22 ? this.plainStringEnd(valueStart + 1) : -1
      if (plainEnd !== -1) {
        f.kind[i] = FIELD_PLAIN_STRING
        f.start[i] = valueStart + 1
        f.end[i] = plainEnd
        return -1
      }
      f.kind[i] = FIELD_OTHER
      f.start[i] = valueStart
      return i
    }
    return -1
  }

  /**
   * Compares two keys (raw UTF-8 bytes without escapes) in the mode's order: code
   * points for python-json (UTF-8 byte order is code point order), UTF-16 code units
   * for jcs (the same except a supplementary character against U+E000..U+FFFF).
   */
  private compareKeys(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
    const src = this.src
    const n = Math.min(aEnd - aStart, bEnd - bStart)
    for (let i = 0; i < n; i++) {
      const x = src[aStart + i]!
      const y = src[bStart + i]!
      if (x !== y) {
        if (!this.python && ((x >= 0xf0 && y >= 0xee && y < 0xf0) || (y >= 0xf0 && x >= 0xee && x < 0xf0))) {
          return y - x
        }
        return x - y
      }
    }
    const d = aEnd - aStart - (bEnd - bStart)
    if (d === 0) throw DECLINED // a repeated key: the exact path decides what it means
    return d
  }

  /** Rewrites the members from `first` (written at `regionStart`) in key order, joined by commas. */
  private reorder(first: number, regionStart: number): void {
    const members = this.members
    const count = (this.top - first) / 4
    if (this.order.length < count) this.order = new Int32Array(count * 2)
    const order = this.order
    // Insertion sort: objects are small and often nearly sorted.
    for (let i = 0; i < count; i++) {
      const m = first + i * 4
      const ks = members[m]!
      const ke = members[m + 1]!
      let j = i - 1
      while (j >= 0 && this.compareKeys(members[order[j]!]!, members[order[j]! + 1]!, ks, ke) > 0) {
        order[j + 1] = order[j]!
        j--
      }
      order[j + 1] = m
    }
    const length = this.o - regionStart
    if (this.scratch.length < length) this.scratch = new Uint8Array(Math.max(length, this.scratch.length * 2))
    const scratch = this.scratch
    const out = this.out
    scratch.set(out.subarray(regionStart, this.o))
    let o = regionStart
    for (let i = 0; i < count; i++) {
      const m = order[i]!
      if (i > 0) out[o++] = 0x2c
      const segStart = members[m + 2]! - regionStart
      const segEnd = members[m + 3]! - regionStart
      if (segEnd - segStart > 64) {
        out.set(scratch.subarray(segStart, segEnd), o)
        o += segEnd - segStart
      } else for (let k = segStart; k < segEnd; k++) out[o++] = scratch[k]!
    }
    this.o = o
  }

  private growMembers(): void {
    const next = new Int32Array(this.members.length * 2)
    next.set(this.members)
    this.members = next
  }

  /** Writes a key (no escapes in the source) as a canonical string, then `:`. */
  private writeKey(start: number, end: number): void {
    const src = this.src
    const out = this.out
    let o = this.o
    out[o++] = 0x22
    for (let p = start; p < end;) {
      const c = src[p]!
      if (c < 0x80) {
        out[o++] = c
        p++
      } else if (this.python) {
        this.o = o
        p = this.escapeMultiByte(p)
        o = this.o
      } else {
        out[o++] = c
        p++
      }
    }
    out[o++] = 0x22
    out[o++] = 0x3a
    this.o = o
  }

  private string(): void {
    const src = this.src
    const out = this.out
    const end = this.end
    let p = this.pos + 1
    let o = this.o
    out[o++] = 0x22
    for (;;) {
      // Fast run of plain bytes.
      let q = p
      while (q < end && PLAIN[src[q]!] === 1) q++
      if (q - p > 32) {
        out.set(src.subarray(p, q), o)
        o += q - p
      } else {
        for (let i = p; i < q; i++) out[o++] = src[i]!
      }
      p = q
      if (p >= end) throw DECLINED
      const c = src[p]!
      if (c === 0x22) break
      if (c === 0x5c) {
        this.o = o
        p = this.escape(p)
        o = this.o
      } else if (c >= 0x80) {
        if (this.python) {
          this.o = o
          p = this.escapeMultiByte(p)
          o = this.o
        } else {
          out[o++] = c
          p++
        }
      } else if (c === 0x7f) {
        if (this.python) {
          this.o = o
          this.writeUnicodeEscape(0x7f)
          o = this.o
        } else out[o++] = c
        p++
      } else throw DECLINED // a raw control character: invalid JSON
    }
    out[o++] = 0x22
    this.o = o
    this.pos = p + 1
  }

  /** Handles the escape at `p` (a backslash); returns the position after it. */
  private escape(p: number): number {
    const src = this.src
    if (p + 1 >= this.end) throw DECLINED
    const e = src[p + 1]!
    let unit: number
    switch (e) {
      case 0x22:
        unit = 0x22
        break
      case 0x5c:
        unit = 0x5c
        break
      case 0x2f:
        unit = 0x2f
        break
      case 0x62:
        unit = 0x08
        break
      case 0x66:
        unit = 0x0c
        break
      case 0x6e:
        unit = 0x0a
        break
      case 0x72:
        unit = 0x0d
        break
      case 0x74:
        unit = 0x09
        break
      case 0x75: {
        unit = this.hex4(p + 2)
        if (this.python) {
          this.writeUnit(unit)
          return p + 6
        }
        // jcs: surrogates must pair up; the pair becomes one UTF-8 character.
        if (unit >= 0xd800 && unit <= 0xdfff) {
          if (unit > 0xdbff || src[p + 6] !== 0x5c || src[p + 7] !== 0x75) throw DECLINED
          const low = this.hex4(p + 8)
          if (low < 0xdc00 || low > 0xdfff) throw DECLINED
          this.writeUtf8(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
          return p + 12
        }
        this.writeJcsUnit(unit)
        return p + 6
      }
      default:
        throw DECLINED
    }
    if (this.python) this.writeUnit(unit)
    else this.writeJcsUnit(unit)
    return p + 2
  }

  private hex4(p: number): number {
    if (p + 4 > this.end) throw DECLINED
    let v = 0
    for (let i = 0; i < 4; i++) {
      const c = this.src[p + i]!
      let d: number
      if (c >= 0x30 && c <= 0x39) d = c - 0x30
      else if (c >= 0x61 && c <= 0x66) d = c - 0x57
      else if (c >= 0x41 && c <= 0x46) d = c - 0x37
      else throw DECLINED
      v = (v << 4) | d
    }
    return v
  }

  /** python-json: one UTF-16 code unit as Python's ensure_ascii writes it. */
  private writeUnit(unit: number): void {
    const out = this.out
    if (unit < 0x80 && SHORT_ESCAPE[unit] !== 0) {
      out[this.o++] = 0x5c
      out[this.o++] = SHORT_ESCAPE[unit]!
    } else if (unit >= 0x20 && unit < 0x7f) out[this.o++] = unit
    else this.writeUnicodeEscape(unit)
  }

  /** jcs: one BMP code unit (not a surrogate) as ECMAScript's JSON.stringify writes it. */
  private writeJcsUnit(unit: number): void {
    const out = this.out
    if (unit < 0x80 && SHORT_ESCAPE[unit] !== 0) {
      out[this.o++] = 0x5c
      out[this.o++] = SHORT_ESCAPE[unit]!
    } else if (unit < 0x20) this.writeUnicodeEscape(unit)
    else this.writeUtf8(unit)
  }

  private writeUnicodeEscape(unit: number): void {
    const out = this.out
    let o = this.o
    out[o++] = 0x5c
    out[o++] = 0x75
    out[o++] = HEX[(unit >> 12) & 15]!
    out[o++] = HEX[(unit >> 8) & 15]!
    out[o++] = HEX[(unit >> 4) & 15]!
    out[o++] = HEX[unit & 15]!
    this.o = o
  }

  private writeUtf8(cp: number): void {
    const out = this.out
    let o = this.o
    if (cp < 0x80) out[o++] = cp
    else if (cp < 0x800) {
      out[o++] = 0xc0 | (cp >> 6)
      out[o++] = 0x80 | (cp & 0x3f)
    } else if (cp < 0x10000) {
      out[o++] = 0xe0 | (cp >> 12)
      out[o++] = 0x80 | ((cp >> 6) & 0x3f)
      out[o++] = 0x80 | (cp & 0x3f)
    } else {
      out[o++] = 0xf0 | (cp >> 18)
      out[o++] = 0x80 | ((cp >> 12) & 0x3f)
      out[o++] = 0x80 | ((cp >> 6) & 0x3f)
      out[o++] = 0x80 | (cp & 0x3f)
    }
    this.o = o
  }

  /** python-json: the UTF-8 character at `p` as `\uXXXX` (two escapes above U+FFFF). Returns the next position. */
  private escapeMultiByte(p: number): number {
    const src = this.src
    const c = src[p]!
    let cp: number
    let n: number
    if (c < 0xe0) {
      cp = ((c & 0x1f) << 6) | (src[p + 1]! & 0x3f)
      n = 2
    } else if (c < 0xf0) {
      cp = ((c & 0x0f) << 12) | ((src[p + 1]! & 0x3f) << 6) | (src[p + 2]! & 0x3f)
      n = 3
    } else {
      cp = ((c & 0x07) << 18) | ((src[p + 1]! & 0x3f) << 12) | ((src[p + 2]! & 0x3f) << 6) | (src[p + 3]! & 0x3f)
      n = 4
    }
    if (p + n > this.end) throw DECLINED
    if (cp >= 0x10000) {
      cp -= 0x10000
      this.writeUnicodeEscape(0xd800 + (cp >> 10))
      this.writeUnicodeEscape(0xdc00 + (cp & 0x3ff))
    } else this.writeUnicodeEscape(cp)
    return p + n
  }

  private number(): void {
    const src = this.src
    const end = this.end
    const start = this.pos
    let p = start
    const negative = src[p] === 0x2d
    if (negative) {
      p++
      if (p < end && src[p] === 0x49) {
        if (!this.python) throw DECLINED
        this.pos = p
        this.out[this.o++] = 0x2d
        this.literal(INFINITY)
        return
      }
    }
    const intStart = p
    if (p >= end) throw DECLINED
    let c = src[p]!
    if (c === 0x30) p++
    else if (c >= 0x31 && c <= 0x39) {
      p++
      while (p < end && (c = src[p]!) >= 0x30 && c <= 0x39) p++
    } else throw DECLINED
    const intEnd = p
    let fracEnd = p
    let isFloat = false
    if (p < end && src[p] === 0x2e) {
      isFloat = true
      p++
      const fracStart = p
      while (p < end && (c = src[p]!) >= 0x30 && c <= 0x39) p++
      if (p === fracStart) throw DECLINED
      fracEnd = p
    }
    let hasExponent = false
    if (p < end && (src[p] === 0x65 || src[p] === 0x45)) {
      isFloat = true
      hasExponent = true
      p++
      if (p < end && (src[p] === 0x2b || src[p] === 0x2d)) p++
      const expStart = p
      while (p < end && (c = src[p]!) >= 0x30 && c <= 0x39) p++
      if (p === expStart) throw DECLINED
    }
    // A digit or '.' right after a complete number (`01`, `1.2.3`) is invalid JSON.
    if (p < end && ((c = src[p]!) === 0x2e || (c >= 0x30 && c <= 0x39))) throw DECLINED
    this.pos = p
    if (!isFloat) this.integer(start, intStart, intEnd)
    else if (!hasExponent && this.plainFloat(start, intStart, intEnd, fracEnd, negative)) return
    else this.computedFloat(start, p)
  }

  private integer(start: number, intStart: number, intEnd: number): void {
    const src = this.src
    const digits = intEnd - intStart
    if (digits === 1 && src[intStart] === 0x30) {
      // -0 is the integer 0 in both modes.
      this.out[this.o++] = 0x30
      return
    }
    if (this.python) {
      if (digits > MAX_INT_DIGITS) throw DECLINED
      this.copy(start, intEnd)
      return
    }
    if (digits <= 15) {
      this.copy(start, intEnd)
      return
    }
    this.writeAscii(String(Number(latin1(src, start, intEnd))))
  }

  /**
   * A float written without exponent whose digits already are its shortest round-trip
   * form (at most 15 significant digits) and whose canonical layout is fixed-point:
   * the canonical text is the lexeme with trailing fraction zeros removed. Returns
   * false when the number needs the general route.
   */
  private plainFloat(start: number, intStart: number, intEnd: number, fracEnd: number, negative: boolean): boolean {
    const src = this.src
    let lastNonZero = fracEnd - 1
    while (lastNonZero > intEnd && src[lastNonZero] === 0x30) lastNonZero--
    // Significant digits: from the first non-zero digit to the last non-zero digit.
    let firstSig = intStart
    while (firstSig < fracEnd && (src[firstSig] === 0x30 || src[firstSig] === 0x2e)) firstSig++
    if (firstSig >= fracEnd) {
      // Zero: python-json keeps the sign and writes 0.0; jcs writes 0.
      if (this.python) {
        if (negative) this.out[this.o++] = 0x2d
        this.writeAscii('0.0')
      } else this.out[this.o++] = 0x30
      return true
    }
    const intDigits = intEnd - intStart
    const intIsZero = intDigits === 1 && src[intStart] === 0x30
    const sigEnd = lastNonZero + 1
    const significant = sigEnd - firstSig - (firstSig < intEnd && sigEnd > intEnd + 1 ? 1 : 0)
    if (significant > 15) return false
    if (intIsZero) {
      // Leading zeros after the point: Python fixed notation down to 1e-4, ECMAScript to 1e-6.
      const zeros = firstSig - (intEnd + 1)
      if (zeros > (this.python ? 3 : 5)) return false
    } else if (intDigits > (this.python ? 16 : 21)) return false
    if (lastNonZero === intEnd) {
      // Integral value written with a fraction of zeros.
      this.copy(start, intEnd)
      if (this.python) this.writeAscii('.0')
      return true
    }
    this.copy(start, lastNonZero + 1)
    return true
  }

  private computedFloat(start: number, end: number): void {
    const x = Number(latin1(this.src, start, end))
    if (this.python) {
      const a = Math.abs(x)
      if (a >= 1e-4 && a < 1e16) {
        // Both languages write the same shortest digits in fixed notation here; Python keeps `.0`.
        const text = String(x)
        this.writeAscii(text)
        if (text.indexOf('.') === -1) this.writeAscii('.0')
      } else this.writeAscii(pythonFloatRepr(x))
    } else {
      if (!Number.isFinite(x)) throw DECLINED
      this.writeAscii(String(x))
    }
  }

  private copy(start: number, end: number): void {
    const src = this.src
    const out = this.out
    let o = this.o
    for (let i = start; i < end; i++) out[o++] = src[i]!
    this.o = o
  }

  private writeAscii(text: string): void {
    if (text.length > MAX_FLOAT_TEXT + 8) throw DECLINED
    const out = this.out
    let o = this.o
    for (let i = 0; i < text.length; i++) out[o++] = text.charCodeAt(i)
    this.o = o
  }
}

/** Output bytes {@link CanonicalScanner.scan} needs for `inputBytes` of input: escaping grows text at most sixfold. */
export function scanCapacity(inputBytes: number): number {
  return inputBytes * 6 + 64
}

function latin1(src: Uint8Array, start: number, end: number): string {
  let s = ''
  for (let i = start; i < end; i++) s += String.fromCharCode(src[i]!)
  return s
}

const TRUE = new Uint8Array([0x74, 0x72, 0x75, 0x65])
const FALSE = new Uint8Array([0x66, 0x61, 0x6c, 0x73, 0x65])
const NULL = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c])
const NAN = new Uint8Array([0x4e, 0x61, 0x4e])
const INFINITY = new Uint8Array([0x49, 0x6e, 0x66, 0x69, 0x6e, 0x69, 0x74, 0x79])
