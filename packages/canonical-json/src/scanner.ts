/**
 * A canonicalizing scanner: it reads the UTF-8 text of one JSON object (a log line)
 * and writes its canonical bytes (`python-json` or `jcs`) into an output buffer,
 * without building a value.
 *
 * The top-level object is read once and written once: each member's key and value
 * are located in the source; a value whose source text already is its canonical
 * text (a string in the mode's canonical escaping, a literal) is copied straight
 * from the source, anything else (numbers, nested objects and arrays, strings that
 * need escaping) is written canonically into a side region. Then the members are
 * copied out in key order. The order is cached per key sequence ("shape"): log
 * lines of one event type repeat their keys, so most lines only compare their keys
 * to the previous line's instead of sorting them.
 *
 * It declines everything it is not sure about: any such input (escaped or repeated
 * keys, numbers it would have to round, a depth limit, invalid JSON) makes
 * {@link CanonicalScanner.scan} return {@link SCAN_DECLINED}, and the caller uses the
 * exact path (`parseJson` + `serializeCanonical`), which also produces the located
 * error message. The paths are tested against each other and against python3 byte
 * for byte.
 *
 * The input must be valid UTF-8 (check it first with `isUtf8`): multi-byte sequences
 * are decoded without validation.
 */
import type { CanonicalMode } from './canonical.js'
import { DECLINED, SHORT_ESCAPE, ValueWriter } from './writer.js'

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

/** Key sequences remembered with their sorted order. */
const MAX_SHAPES = 16
/** Per top-level member: keyStart, keyEnd, written key start/end (-1: copy the source), value start/end, value in out. */
const STRIDE = 8

/** The short escapes both modes write as they are: \" \\ \b \f \n \r \t (not \/). */
const CANONICAL_SHORT = new Uint8Array(256)
for (const c of [0x22, 0x5c, 0x62, 0x66, 0x6e, 0x72, 0x74]) CANONICAL_SHORT[c] = 1

/** A key sequence and the order that sorts it. */
interface Shape {
  count: number
  /** The keys' bytes, one after the other. */
  keys: Uint8Array
  /** Where key i starts in `keys`; `count + 1` entries. */
  offsets: Int32Array
  /** Member numbers in key order. */
  order: Int32Array
  /** 1 for keys python-json has to escape (non-ASCII). */
  escaped: Uint8Array
  /** Per key, the wanted field it is (its number in `fields`), or -1. */
  field: Int8Array
}

/**
 * Writes canonical bytes of JSON objects. One instance per thread; it keeps scratch
 * buffers and the shape cache between calls.
 */
export class CanonicalScanner extends ValueWriter {
  private readonly dropKey: Uint8Array
  private readonly wanted: Uint8Array[]
  /** The fields found by the last scan. */
  readonly fields: ScanFields
  /** Span of the dropped key's value in the last scan; `dropKind` says what it was. */
  dropStart = 0
  dropEnd = 0
  dropKind = FIELD_ABSENT

  private rec = new Int32Array(64 * STRIDE)
  private readonly shapes: Shape[] = []
  private shape: Shape | null = null
  private nextShape = 0
  private keyEscaped = false

  /**
   * @param mode the canonical form to write
   * @param options.dropKey a top-level key left out of the output (the hash field); its
   *   value's span is reported in `dropStart`/`dropEnd`/`dropKind`
   * @param options.fields top-level keys whose value spans are reported in `fields`
   */
  constructor(mode: CanonicalMode, options: { dropKey?: string; fields?: readonly string[] } = {}) {
    super(mode === 'python-json')
    this.dropKey = Buffer.from(options.dropKey ?? '', 'utf8')
    this.wanted = (options.fields ?? []).map(f => Buffer.from(f, 'utf8'))
    const n = this.wanted.length
    this.fields = { kind: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n) }
  }

  /**
   * Writes the canonical form of the JSON object in `src[start, end)` into `out` from
   * `outStart`. Returns the end offset in `out`, or {@link SCAN_DECLINED}. `out` needs
   * {@link scanCapacity} bytes from `outStart`: the output, then a side region for
   * values that are rewritten. `src` and `out` may be the same array (with the line
   * outside that room), which keeps every copy native.
   */
  scan(src: Uint8Array, start: number, end: number, out: Uint8Array, outStart: number): number {
    const room = scanCapacity(end - start)
    if (out.length - outStart < room) {
      throw new RangeError(`output buffer too small: ${out.length - outStart} bytes for ${end - start} input bytes`)
    }
    this.reset(src, start, end, out, outStart + room / 2)
    this.dropKind = 0
    this.fields.kind.fill(0)
    try {
      this.skipWs()
      if (this.pos >= end || src[this.pos] !== 0x7b) return SCAN_DECLINED
      const count = this.readMembers()
      this.skipWs()
      if (this.pos !== end) return SCAN_DECLINED
      return this.emit(outStart, count, count > 1 ? this.orderOf(count) : null)
    } catch (error) {
      if (error === DECLINED) return SCAN_DECLINED
      throw error
    }
  }

  /** Reads the top-level members into `rec`; returns how many there are. */
  private readMembers(): number {
    const src = this.src
    this.pos++
    this.skipWs()
    if (this.pos < this.end && src[this.pos] === 0x7d) {
      this.pos++
      return 0
    }
    const shape = this.shape
    let matching = shape !== null
    let dropSeen = false
    let m = 0
    for (;;) {
      this.skipWs()
      if (this.pos >= this.end || src[this.pos] !== 0x22) throw DECLINED
      const keyStart = this.pos + 1
      let keyEnd = matching && m < shape!.count ? this.matchKey(keyStart, shape!, m) : -1
      const matched = keyEnd !== -1
      if (matched) this.keyEscaped = shape!.escaped[m] === 1
      else keyEnd = this.scanKey(keyStart)
      this.pos = keyEnd + 1
      this.skipWs()
      if (this.pos >= this.end || src[this.pos] !== 0x3a) throw DECLINED
      this.pos++
      this.skipWs()
      if (!matched && this.isKey(keyStart, keyEnd, this.dropKey)) {
        if (dropSeen) throw DECLINED
        dropSeen = true
        this.captureDropped()
      } else {
        if (!matched) matching = false
        this.member(m, keyStart, keyEnd, matched ? shape!.field[m]! : this.fieldIndex(keyStart, keyEnd))
        m++
      }
      this.skipWs()
      if (this.pos >= this.end) throw DECLINED
      const c = src[this.pos++]
      if (c === 0x2c) continue
      if (c === 0x7d) break
      throw DECLINED
    }
    if (!matching || m !== shape!.count) this.shape = null
    return m
  }

  /** Reads member `m`'s value (the key is read; it is wanted field `wanted`, or -1) and records where both are. */
  private member(m: number, keyStart: number, keyEnd: number, wanted: number): void {
    const r = m * STRIDE
    if (r + STRIDE > this.rec.length) {
      const next = new Int32Array(this.rec.length * 2)
      next.set(this.rec)
      this.rec = next
    }
    const rec = this.rec
    rec[r] = keyStart
    rec[r + 1] = keyEnd
    if (this.keyEscaped) {
      rec[r + 2] = this.o
      this.writeKey(keyStart, keyEnd, false)
      rec[r + 3] = this.o
    } else rec[r + 2] = -1
    const field = wanted === -1 ? -1 : this.captureField(wanted)
    const valueStart = this.pos
    if (this.src[valueStart] === 0x22 && this.verbatimString()) {
      rec[r + 4] = valueStart
      rec[r + 5] = this.pos
      rec[r + 6] = 0
    } else {
      this.pos = valueStart
      rec[r + 4] = this.o
      this.value()
      rec[r + 5] = this.o
      rec[r + 6] = 1
    }
    if (field !== -1) this.fields.end[field] = this.pos
  }

  /**
   * True (and `pos` after the closing quote) when the string at `pos` is written
   * exactly as the mode writes it: python-json, printable ASCII with the short
   * escapes and lowercase `\uXXXX` for what Python escapes; jcs, raw text with the
   * short escapes and `\u00XX` for the other controls. Otherwise false, and the
   * string is rewritten.
   */
  private verbatimString(): boolean {
    const src = this.src
    const end = this.end
    let p = this.pos + 1
    for (;;) {
      p = this.stringStop(p)
      if (p >= end) return false
      const c = src[p]!
      if (c === 0x22) {
        this.pos = p + 1
        return true
      }
      if (c !== 0x5c || p + 1 >= end) return false
      const e = src[p + 1]!
      if (CANONICAL_SHORT[e] === 1) {
        p += 2
        continue
      }
      if (e !== 0x75 || p + 6 > end) return false
      const unit = lowerHex4(src, p + 2)
      if (unit < 0) return false
      const control = unit < 0x20 && SHORT_ESCAPE[unit] === 0
      if (!(control || (this.python && unit >= 0x7f))) return false
      p += 6
    }
  }

  /** The end of key `m` of `shape` when the source key at `p` is the same, else -1. */
  private matchKey(p: number, shape: Shape, m: number): number {
    const src = this.src
    const keys = shape.keys
    const from = shape.offsets[m]!
    const n = shape.offsets[m + 1]! - from
    if (p + n >= this.end) return -1
    for (let i = 0; i < n; i++) if (src[p + i] !== keys[from + i]) return -1
    return src[p + n] === 0x22 ? p + n : -1
  }

  /** The closing quote of the key at `p`; notes in `keyEscaped` whether python-json escapes it. */
  private scanKey(p: number): number {
    const end = this.keyEnd(p)
    this.keyEscaped = this.python && !this.keyAscii
    return end
  }

  /** The sorted order of the `count` members just read: the cached shape's, or sorted now. */
  private orderOf(count: number): Int32Array {
    if (this.shape !== null) return this.shape.order
    const rec = this.rec
    for (const s of this.shapes) {
      if (s.count !== count) continue
      let same = true
      for (let m = 0; m < count && same; m++) {
        const r = m * STRIDE
        same = this.matchKey(rec[r]!, s, m) === rec[r + 1]
      }
      if (same) {
        this.shape = s
        return s.order
      }
    }
    return this.remember(count).order
  }

  /** Sorts the members just read (a repeated key declines) and caches the shape. */
  private remember(count: number): Shape {
    const rec = this.rec
    const order = new Int32Array(count)
    for (let i = 0; i < count; i++) {
      const ks = rec[i * STRIDE]!
      const ke = rec[i * STRIDE + 1]!
      let j = i - 1
      while (j >= 0 && this.compareKeys(rec[order[j]! * STRIDE]!, rec[order[j]! * STRIDE + 1]!, ks, ke) > 0) {
        order[j + 1] = order[j]!
        j--
      }
      order[j + 1] = i
    }
    let total = 0
    for (let i = 0; i < count; i++) total += rec[i * STRIDE + 1]! - rec[i * STRIDE]!
    const keys = new Uint8Array(total)
    const offsets = new Int32Array(count + 1)
    const escaped = new Uint8Array(count)
    const field = new Int8Array(count)
    let at = 0
    for (let i = 0; i < count; i++) {
      const r = i * STRIDE
      offsets[i] = at
      keys.set(this.src.subarray(rec[r]!, rec[r + 1]!), at)
      at += rec[r + 1]! - rec[r]!
      escaped[i] = rec[r + 2] === -1 ? 0 : 1
      field[i] = this.fieldIndex(rec[r]!, rec[r + 1]!)
    }
    offsets[count] = at
    const shape: Shape = { count, keys, offsets, order, escaped, field }
    if (this.shapes.length < MAX_SHAPES) this.shapes.push(shape)
    else this.shapes[this.nextShape++ % MAX_SHAPES] = shape
    this.shape = shape
    return shape
  }

  /** Writes `{`, the members in `order`, `}` at `o`; returns the end. */
  private emit(o: number, count: number, order: Int32Array | null): number {
    const out = this.out
    const rec = this.rec
    out[o++] = 0x7b
    for (let i = 0; i < count; i++) {
      const r = (order === null ? i : order[i]!) * STRIDE
      if (i > 0) out[o++] = 0x2c
      if (rec[r + 2] === -1) o = this.copySrc(rec[r]! - 1, rec[r + 1]! + 1, o)
      else o = this.copyOut(rec[r + 2]!, rec[r + 3]!, o)
      out[o++] = 0x3a
      if (rec[r + 6] === 0) o = this.copySrc(rec[r + 4]!, rec[r + 5]!, o)
      else o = this.copyOut(rec[r + 4]!, rec[r + 5]!, o)
    }
    out[o++] = 0x7d
    return o
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
    p = this.plainStop(p)
    return p < this.end && this.src[p] === 0x22 ? p : -1
  }

  /** The number of the wanted field whose key is src[start, end), or -1. */
  private fieldIndex(start: number, end: number): number {
    const wanted = this.wanted
    for (let i = 0; i < wanted.length; i++) if (this.isKey(start, end, wanted[i]!)) return i
    return -1
  }

  /**
   * Records where wanted field `i`'s value starts. Returns `i` when its end is known
   * only after the value is parsed (FIELD_OTHER), else -1.
   */
  private captureField(i: number): number {
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
}

/** The four lowercase hex digits at `p` as a number, or -1 (uppercase is not canonical). */
function lowerHex4(src: Uint8Array, p: number): number {
  let v = 0
  for (let i = 0; i < 4; i++) {
    const c = src[p + i]!
    let d: number
    if (c >= 0x30 && c <= 0x39) d = c - 0x30
    else if (c >= 0x61 && c <= 0x66) d = c - 0x57
    else return -1
    v = (v << 4) | d
  }
  return v
}

/**
 * Bytes {@link CanonicalScanner.scan} needs from `outStart` for `inputBytes` of input:
 * the output and the side region, each up to six times the input (the worst case of
 * escaping) plus a little.
 */
export function scanCapacity(inputBytes: number): number {
  return 2 * (inputBytes * 6 + 64)
}
