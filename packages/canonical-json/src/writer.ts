/**
 * The value writer under {@link CanonicalScanner}: it reads one JSON value from UTF-8
 * text and writes its canonical bytes (`python-json` or `jcs`) at `o` in `out`,
 * without building a value. Numbers keep their lexemes where the lexeme already is
 * the canonical text; object members are written as they come and reordered only
 * when their keys are out of order. Anything it is not sure about throws
 * {@link DECLINED}, and the caller takes the exact path.
 */
import { pythonFloatRepr } from './numbers.js'

/** Deepest nesting the writer handles; deeper input goes to the exact path. */
const MAX_DEPTH = 500
/** Longest integer lexeme (digits) the writer copies; longer ones go to the exact path. */
const MAX_INT_DIGITS = 4300
/** Canonical text for a float is at most this long (`-2.2250738585072014e-308`). */
const MAX_FLOAT_TEXT = 32
/** Runs at least this long are copied with a native copy, shorter ones byte by byte. */
export const NATIVE_COPY_MIN = 24

const HEX = new Uint8Array([48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102])

/** The short escape letter for a code unit, or 0. */
export const SHORT_ESCAPE = new Uint8Array(128)
SHORT_ESCAPE[0x08] = 0x62 // b
SHORT_ESCAPE[0x09] = 0x74 // t
SHORT_ESCAPE[0x0a] = 0x6e // n
SHORT_ESCAPE[0x0c] = 0x66 // f
SHORT_ESCAPE[0x0d] = 0x72 // r
SHORT_ESCAPE[0x22] = 0x22 // "
SHORT_ESCAPE[0x5c] = 0x5c // \

/** Thrown (one shared instance, no stack) when the input needs the exact path. */
export class Declined extends Error {}
/** The one {@link Declined} instance. */
export const DECLINED = new Declined()

/** Reads JSON values from `src` and writes their canonical bytes into `out`. */
export class ValueWriter {
  protected readonly python: boolean
  protected src: Uint8Array = new Uint8Array(0)
  protected out: Uint8Array = new Uint8Array(0)
  /** True when `src` and `out` are the same array, so copies stay native and allocation-free. */
  protected same = false
  protected pos = 0
  protected end = 0
  protected o = 0
  protected depth = 0
  /** Set by {@link keyEnd}: the key just read is all ASCII. */
  protected keyAscii = true
  // Members of the nested objects being written: per member (keyStart, keyEnd, segStart, segEnd).
  private members = new Int32Array(4096)
  private top = 0
  private scratch = new Uint8Array(64 * 1024)
  private order = new Int32Array(256)
  /** `src` as 32-bit words from its first 4-byte-aligned byte `align`, for scanning four bytes at a time. */
  private words: Int32Array | null = null
  private align = 0
  private wordsOf: Uint8Array | null = null
  /** `out` as a DataView, for short copies. */
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0))
  private viewOf: Uint8Array | null = null

  constructor(python: boolean) {
    this.python = python
  }

  protected reset(src: Uint8Array, start: number, end: number, out: Uint8Array, o: number): void {
    this.src = src
    this.out = out
    this.same = src === out
    if (out !== this.viewOf) {
      this.viewOf = out
      this.view = new DataView(out.buffer, out.byteOffset, out.byteLength)
    }
    if (src !== this.wordsOf) {
      this.wordsOf = src
      this.align = (4 - (src.byteOffset & 3)) & 3
      const n = (src.length - this.align) >> 2
      this.words = n > 0 ? new Int32Array(src.buffer, src.byteOffset + this.align, n) : null
    }
    this.pos = start
    this.end = end
    this.o = o
    this.depth = 0
    this.top = 0
  }

  protected skipWs(): void {
    const src = this.src
    let p = this.pos
    while (p < this.end) {
      const c = src[p]!
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) p++
      else break
    }
    this.pos = p
  }

  /**
   * The first position from `p` (at most `end`) of a byte that ends a run of plain
   * string bytes: `"`, `\\` or anything outside printable ASCII. Four bytes at a time:
   * the usual SWAR tests flag such bytes in a word (the lowest flag is always exact),
   * and bytes before `p` in the first word are masked off.
   */
  protected plainStop(p: number): number {
    const words = this.words
    const r = p - this.align
    if (words === null || r < 0) return this.byteStop(p, true)
    let w = r >> 2
    const lastWord = (this.end - 1 - this.align) >> 2
    if (lastWord >= words.length) return this.byteStop(p, true)
    if (p >= this.end) return this.end
    // Bytes before p in the first word read as 'A', which no test flags and which
    // neither borrows nor carries into the bytes after it.
    let keep = -1 << ((r & 3) << 3)
    for (; w <= lastWord; w++) {
      const x = (words[w]! & keep) | (0x41414141 & ~keep)
      const q = x ^ 0x22222222
      const b = x ^ 0x5c5c5c5c
      // Bytes >= 0x7f, < 0x20, '"' and '\\'. A word with a byte >= 0x80 is flagged by x
      // itself, so the tests skip their usual `& ~x`: a flag above the lowest may be
      // false, the lowest never is.
      const flags =
        (x | ((x + 0x01010101) | 0) | ((x - 0x20202020) | 0) | ((q - 0x01010101) | 0) | ((b - 0x01010101) | 0)) &
        0x80808080
      if (flags !== 0) return Math.min(this.end, this.align + (w << 2) + ((31 - Math.clz32(flags & -flags)) >> 3))
      keep = -1
    }
    return this.end
  }

  /**
   * Like {@link plainStop} for the bytes a jcs string keeps as they are: stops only at
   * `"`, `\\` and control characters (UTF-8 and DEL are copied raw).
   */
  protected rawStop(p: number): number {
    const words = this.words
    const r = p - this.align
    if (words === null || r < 0) return this.byteStop(p, false)
    let w = r >> 2
    const lastWord = (this.end - 1 - this.align) >> 2
    if (lastWord >= words.length) return this.byteStop(p, false)
    let keep = -1 << ((r & 3) << 3)
    for (; w <= lastWord; w++) {
      const x = (words[w]! & keep) | (0x41414141 & ~keep)
      const q = x ^ 0x22222222
      const b = x ^ 0x5c5c5c5c
      const flags =
        ((((x - 0x20202020) | 0) & ~x) | (((q - 0x01010101) | 0) & ~q) | (((b - 0x01010101) | 0) & ~b)) & 0x80808080
      if (flags !== 0) return Math.min(this.end, this.align + (w << 2) + ((31 - Math.clz32(flags & -flags)) >> 3))
      keep = -1
    }
    return this.end
  }

  /** {@link plainStop} (`plain`) or {@link rawStop} byte by byte, where words do not apply. */
  private byteStop(p: number, plain: boolean): number {
    const src = this.src
    for (; p < this.end; p++) {
      const c = src[p]!
      if (c < 0x20 || c === 0x22 || c === 0x5c || (plain && c > 0x7e)) return p
    }
    return this.end
  }

  /** The run of bytes a string of the mode keeps as they are: {@link plainStop} or {@link rawStop}. */
  protected stringStop(p: number): number {
    return this.python ? this.plainStop(p) : this.rawStop(p)
  }

  /** Copies `src[s, e)` to `out` at `o`; returns the new `o`. */
  protected copySrc(s: number, e: number, o: number): number {
    if (this.same) return this.copyOut(s, e, o)
    const n = e - s
    if (n >= NATIVE_COPY_MIN) {
      this.out.set(this.src.subarray(s, e), o)
      return o + n
    }
    const src = this.src
    const out = this.out
    for (let i = s; i < e; i++) out[o++] = src[i]!
    return o
  }

  /** Copies `out[s, e)` to `out` at `o` (regions apart); returns the new `o`. Short copies go four bytes at a time. */
  protected copyOut(s: number, e: number, o: number): number {
    const n = e - s
    if (n >= NATIVE_COPY_MIN) {
      this.out.copyWithin(o, s, e)
      return o + n
    }
    const view = this.view
    let i = s
    for (; i + 4 <= e; i += 4, o += 4) view.setInt32(o, view.getInt32(i, true), true)
    const out = this.out
    for (; i < e; i++) out[o++] = out[i]!
    return o
  }

  protected value(): void {
    if (this.pos >= this.end) throw DECLINED
    const c = this.src[this.pos]!
    if (c === 0x22) this.string()
    else if (c === 0x7b) this.object()
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
    const out = this.out
    const p = this.pos
    if (p + word.length > this.end) throw DECLINED
    let o = this.o
    for (let i = 0; i < word.length; i++) {
      if (src[p + i] !== word[i]) throw DECLINED
      out[o++] = word[i]!
    }
    this.o = o
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

  /** A nested object: members written in source order, reordered when their keys are not sorted. */
  private object(): void {
    if (++this.depth > MAX_DEPTH) throw DECLINED
    const src = this.src
    this.pos++
    const objStart = this.o
    this.out[this.o++] = 0x7b
    const first = this.top
    let sorted = true
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
      const keyStart = this.pos + 1
      const keyEnd = this.keyEnd(keyStart)
      this.pos = keyEnd + 1
      this.skipWs()
      if (this.pos >= this.end || src[this.pos] !== 0x3a) throw DECLINED
      this.pos++
      this.skipWs()
      const m = this.top
      if (m + 4 > this.members.length) this.growMembers()
      if (m > first) {
        this.out[this.o++] = 0x2c
        if (sorted && this.compareKeys(this.members[m - 4]!, this.members[m - 3]!, keyStart, keyEnd) >= 0) {
          sorted = false
        }
      }
      const segStart = this.o
      this.writeKey(keyStart, keyEnd, this.keyAscii)
      this.out[this.o++] = 0x3a
      this.value()
      this.members[m] = keyStart
      this.members[m + 1] = keyEnd
      this.members[m + 2] = segStart
      this.members[m + 3] = this.o
      this.top = m + 4
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

  /**
   * The closing quote of a key starting at `p`: keys are plain strings (printable
   * ASCII or multi-byte UTF-8, no escapes, no DEL), compared by their bytes.
   */
  protected keyEnd(p: number): number {
    const src = this.src
    this.keyAscii = true
    for (;;) {
      let c = src[p]!
      while (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) c = src[++p]!
      if (p >= this.end) throw DECLINED
      if (c === 0x22) return p
      if (c < 0x80) throw DECLINED
      this.keyAscii = false
      p++
    }
  }

  /**
   * Compares two keys (raw UTF-8 bytes without escapes) in the mode's order: code
   * points for python-json (UTF-8 byte order is code point order), UTF-16 code units
   * for jcs (the same except a supplementary character against U+E000..U+FFFF).
   * Equal keys throw {@link DECLINED}: the exact path decides what a repeated key means.
   */
  protected compareKeys(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
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
    if (d === 0) throw DECLINED
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

  /** Writes a key (no escapes in the source; `ascii` when it has no multi-byte character) as a canonical string. */
  protected writeKey(start: number, end: number, ascii: boolean): void {
    if (this.python && !ascii) {
      this.writeEscapedKey(start, end)
      return
    }
    // The key with its quotes, as it is in the source.
    this.o = this.copySrc(start - 1, end + 1, this.o)
  }

  /** python-json: a key with non-ASCII characters, escaped. */
  private writeEscapedKey(start: number, end: number): void {
    const src = this.src
    const out = this.out
    let o = this.o
    out[o++] = 0x22
    for (let p = start; p < end;) {
      const c = src[p]!
      if (c < 0x80) {
        out[o++] = c
        p++
      } else {
        this.o = o
        p = this.escapeMultiByte(p)
        o = this.o
      }
    }
    out[o++] = 0x22
    this.o = o
  }

  protected string(): void {
    const src = this.src
    const end = this.end
    let p = this.pos + 1
    let o = this.o
    this.out[o++] = 0x22
    for (;;) {
      const q = this.stringStop(p)
      o = this.copySrc(p, q, o)
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
          this.out[o++] = c
          p++
        }
      } else if (c === 0x7f) {
        if (this.python) {
          this.o = o
          this.writeUnicodeEscape(0x7f)
          o = this.o
        } else this.out[o++] = c
        p++
      } else throw DECLINED // a raw control character: invalid JSON
    }
    this.out[o++] = 0x22
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

  /** The four hex digits at `p` (either case) as a number. */
  protected hex4(p: number): number {
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

  protected number(): void {
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
      this.o = this.copySrc(start, intEnd, this.o)
      return
    }
    if (digits <= 15) {
      this.o = this.copySrc(start, intEnd, this.o)
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
      this.o = this.copySrc(start, intEnd, this.o)
      if (this.python) this.writeAscii('.0')
      return true
    }
    this.o = this.copySrc(start, lastNonZero + 1, this.o)
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

  private writeAscii(text: string): void {
    if (text.length > MAX_FLOAT_TEXT + 8) throw DECLINED
    const out = this.out
    let o = this.o
    for (let i = 0; i < text.length; i++) out[o++] = text.charCodeAt(i)
    this.o = o
  }
}

function latin1(src: Uint8Array, start: number, end: number): string {
  if (end - start <= 64) return String.fromCharCode.apply(null, src.subarray(start, end) as unknown as number[])
  let s = ''
  for (let i = start; i < end; i++) s += String.fromCharCode(src[i]!)
  return s
}

const TRUE = new Uint8Array([0x74, 0x72, 0x75, 0x65])
const FALSE = new Uint8Array([0x66, 0x61, 0x6c, 0x73, 0x65])
const NULL = new Uint8Array([0x6e, 0x75, 0x6c, 0x6c])
const NAN = new Uint8Array([0x4e, 0x61, 0x4e])
export const INFINITY = new Uint8Array([0x49, 0x6e, 0x66, 0x69, 0x6e, 0x69, 0x74, 0x79])
