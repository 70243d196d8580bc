/**
 * The python-json fast path of the canonicalizing scanner, in AssemblyScript, built
 * into WebAssembly (with SIMD) by `build.ts`, which `npm run build` runs; the module
 * is embedded in `src/scan-wasm.generated.ts`, and `npm run check:dist` rebuilds it
 * from this file and compares.
 *
 * It handles the lines Python's `json.dumps` writes (any separators, insertion order,
 * with or without ensure_ascii): a string already in Python's canonical escaping is
 * copied as it is (a SIMD loop finds the end of each run of plain bytes), one holding
 * raw UTF-8 is written with its non-ASCII characters escaped as Python's ensure_ascii
 * escapes them, numbers keep their lexemes where they are Python's repr, and members
 * are reordered by key (the top-level order cached per key sequence). It declines
 * (returns -1) everything else: an escape Python would write differently, invalid
 * UTF-8, a key with an escape or a non-ASCII byte, a float with an exponent or more
 * than 15 significant digits, NaN and Infinity, repeated keys, deep nesting, long
 * lines (or lines whose escaped strings would not fit), invalid JSON. The caller then
 * takes the JavaScript scanner, and the exact path behind it.
 *
 * Memory: the caller copies the line to IN (or reads its lines into REGION and scans
 * them where they are) and reads the canonical bytes from OUT,
 * with PREFIX bytes of room before them for `prev:`. Results (spans of the dropped
 * key's value and of the wanted fields) are i32s at RES; keys to drop and to report
 * are written by the caller at CONF (see `configure`). All offsets are absolute
 * addresses in this memory.
 */

/** Longest line handled here. */
const LMAX: u32 = 1 << 19
const PAD: u32 = 4096
/** Room for `prev:` before OUT. */
const PREFIX: u32 = 1024
const IN: u32 = 0x10000
const OUT: u32 = IN + LMAX + PAD + PREFIX
const SIDE: u32 = OUT + LMAX + PAD
const SCRATCH: u32 = SIDE + LMAX + PAD
/** Top-level members: 8 i32 each. */
const REC: u32 = SCRATCH + LMAX + PAD
const MAX_TOP: i32 = 4096
/** Nested members: 4 i32 each (keyStart, keyEnd, segStart, segEnd). */
const STACK: u32 = REC + <u32>MAX_TOP * 32
const MAX_STACK: i32 = 16384
const ORDER: u32 = STACK + <u32>MAX_STACK * 16
/** Cached top-level shapes. */
const SHAPES: u32 = ORDER + <u32>MAX_STACK * 4
const MAX_SHAPES: i32 = 16
const SHAPE_SIZE: u32 = 16384
const MAX_SHAPE_KEYS: i32 = 256
const SH_OFFSETS: u32 = 16
const SH_ORDER: u32 = SH_OFFSETS + 4 * (<u32>MAX_SHAPE_KEYS + 1)
const SH_FIELD: u32 = SH_ORDER + 4 * <u32>MAX_SHAPE_KEYS
/** Per member: 1 + the index of its key among the keys the projection keeps, or 0. */
const SH_PROJ: u32 = SH_FIELD + 4 * <u32>MAX_SHAPE_KEYS
const SH_KEYS: u32 = SH_PROJ + 4 * <u32>MAX_SHAPE_KEYS
const SH_KEY_ROOM: u32 = SHAPE_SIZE - SH_KEYS
/** In a shape's header (offset 4): no separators recorded, members are matched key by key. */
const TMPL_NONE: u32 = 0xffffffff
/** Longest separator (whitespace included) a shape records. */
const MAX_SEPARATOR: u32 = 8
/** Order of an uncached top level. */
const TOP_ORDER: u32 = SHAPES + <u32>MAX_SHAPES * SHAPE_SIZE
/** Keys: [0] the dropped key, [1..3] the wanted fields; each 4 bytes of length then up to 252 bytes. */
const CONF: u32 = TOP_ORDER + <u32>MAX_TOP * 4
const CONF_SLOT: u32 = 256
const WANTED: i32 = 3
/** Results, i32: drop kind, start, end; then per wanted field kind, start, end. */
const RES: u32 = CONF + CONF_SLOT * 4
/** The hex digit table (see initHex). */
const HEX: u32 = RES + 64
/**
 * The keys a projection keeps (see project): count, whether the dropped key is one of
 * them, then per key 4 bytes of length and up to 252 bytes.
 */
const PROJ: u32 = HEX + 256
const PROJ_KEYS: u32 = PROJ + 16
const PROJ_SLOT: u32 = 256
const MAX_PROJ: u32 = 64
/** The value spans of the kept members (see projectSpans): 3 i32 per member, and one for the dropped key. */
const SPANS: u32 = PROJ_KEYS + MAX_PROJ * PROJ_SLOT
/**
 * The nested objects of the last lines, by their place in the line (the n-th object
 * opened, see object()): per slot a header (member count, separator lengths), the key
 * offsets, then each member's lead (separator, quoted key, separator). Ends before the
 * run table's `prev` room (0x2cfe00).
 */
const NEST: u32 = SPANS + 1024
const NEST_SLOTS: i32 = 8
const NEST_SIZE: u32 = 1280
const NEST_KEYS: i32 = 32
/** Key offsets from 16, as in a shape (see matchLead). */
const NEST_OFFSETS: u32 = SH_OFFSETS
const NEST_LEADS: u32 = NEST_OFFSETS + 4 * (<u32>NEST_KEYS + 1)
/**
 * A run of lines (see scanRun): per line RUN_FIELDS i32s in RUN_TABLE, and the lines'
 * `prev:` and canonical bytes one after another in RUN_OUT, up to the region.
 */
const RUN_TABLE: u32 = 0x2d0000
const RUN_FIELDS: u32 = 12
const MAX_RUN: u32 = 1024
const RUN_OUT: u32 = RUN_TABLE + MAX_RUN * RUN_FIELDS * 4
const RUN_END: u32 = (4 << 20) - 256
/** The caller's region (its chunk buffer), from 4 MiB to 128 bytes before the end of the memory (10 MiB): block reads past a line stay inside. */
const REGION: u32 = 4 << 20
const REGION_SIZE: u32 = (6 << 20) - 128
const MAX_DEPTH: i32 = 64
const MAX_INT_DIGITS: i32 = 4300

const FIELD_ABSENT: i32 = 0
const FIELD_PLAIN_STRING: i32 = 1
const FIELD_OTHER: i32 = 2

let pos: u32 = 0
let end: u32 = 0
let o: u32 = 0
let depth: i32 = 0
let top: i32 = 0
let shapeCount: i32 = 0
let nextShape: i32 = 0
let curShape: i32 = -1
/** Top-level members of the last line scanned (the dropped one not counted). */
let lastCount: i32 = 0
/** Nested objects opened so far in the line being scanned. */
let nestOrd: i32 = 0

export function inPtr(): u32 {
  return IN
}
export function outPtr(): u32 {
  return OUT
}
export function resPtr(): u32 {
  return RES
}
export function confPtr(): u32 {
  return CONF
}
export function maxLine(): u32 {
  return LMAX
}
export function regionPtr(): u32 {
  return REGION
}
export function regionSize(): u32 {
  return REGION_SIZE
}
export function projPtr(): u32 {
  return PROJ
}
export function projLimit(): u32 {
  return MAX_PROJ
}
export function projOutPtr(): u32 {
  return SCRATCH
}
/** Forgets the cached shapes (after the caller changes the keys at CONF). */
export function configure(): void {
  initHex()
  shapeCount = 0
  nextShape = 0
  curShape = -1
  for (let k = 0; k < NEST_SLOTS; k++) store<i32>(NEST + <u32>k * NEST_SIZE, 0)
}

function at(p: u32): i32 {
  return <i32>load<u8>(p)
}

function put(c: i32): void {
  store<u8>(o, <u8>c)
  o++
}

/** Copies n bytes from s to d; may write up to 32 bytes past d + n (every region has room after it). */
function copy(d: u32, s: u32, n: u32): void {
  if (n <= 16) v128.store(d, v128.load(s))
  else if (n <= 32) {
    v128.store(d, v128.load(s))
    v128.store(d + 16, v128.load(s + 16))
  } else memory.copy(d, s, n)
}

function skipWs(): void {
  pos = ws(pos)
}

/** The first position from p (at most end) that is not JSON whitespace. */
function ws(from: u32): u32 {
  let p = from
  while (p < end) {
    const c = at(p)
    if (c == 0x20 || c == 0x09 || c == 0x0a || c == 0x0d) p++
    else break
  }
  return p
}

/**
 * The first position from p (at most end) of '"', '\\', a byte below 0x20 or above
 * 0x7e. Reads whole vectors past `end` (the input region has PAD bytes after it) and
 * clamps: a stop found there is `end`.
 */
function stringStop(p: u32): u32 {
  const quote = i8x16.splat(0x22)
  const backslash = i8x16.splat(0x5c)
  const space = i8x16.splat(0x20)
  // (b - 0x20) as an unsigned byte is at least 0x5f exactly for b < 0x20 and b > 0x7e.
  const printable = i8x16.splat(0x5f)
  while (p < end) {
    const v = v128.load(p)
    const m = v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.ge_u(i8x16.sub(v, space), printable))
    const bits = <u32>i8x16.bitmask(m)
    if (bits != 0) {
      const q = p + ctz(bits)
      return q < end ? q : end
    }
    p += 16
  }
  return end
}

/** Hex digit values of lowercase hex digits; 0xff for every other byte (256 bytes at HEX). */
function initHex(): void {
  memory.fill(HEX, 0xff, 256)
  for (let c: u32 = 0x30; c <= 0x39; c++) store<u8>(HEX + c, <u8>(c - 0x30))
  for (let c: u32 = 0x61; c <= 0x66; c++) store<u8>(HEX + c, <u8>(c - 0x57))
}

/**
 * The length of the escape at p (a backslash), 2 or 6, when it is written as Python's
 * ensure_ascii writes it (the rule is escapeOk's); 0 otherwise, and for an escape the
 * end of the line cuts short.
 */
function canonicalEscape(p: u32): u32 {
  if (p + 1 >= end) return 0
  const n: u32 = at(p + 1) == 0x75 ? 6 : 2
  return p + n <= end && escapeOk(p) != 0 ? n : 0
}

/** Bit i set where byte i of the 64 bytes in a, b, c, d has its lane set in the comparison. */
function mask64(a: v128, b: v128, c: v128, d: v128): u64 {
  return (
    (<u64>(<u32>i8x16.bitmask(a))) |
    ((<u64>(<u32>i8x16.bitmask(b))) << 16) |
    ((<u64>(<u32>i8x16.bitmask(c))) << 32) |
    ((<u64>(<u32>i8x16.bitmask(d))) << 48)
  )
}

/** Bytes equal to c. */
function eq64(v0: v128, v1: v128, v2: v128, v3: v128, c: i32): u64 {
  const s = i8x16.splat(<i8>c)
  return mask64(i8x16.eq(v0, s), i8x16.eq(v1, s), i8x16.eq(v2, s), i8x16.eq(v3, s))
}

/** Bytes from lo to hi (unsigned). */
function range64(v0: v128, v1: v128, v2: v128, v3: v128, lo: i32, hi: i32): u64 {
  const l = i8x16.splat(<i8>lo)
  const w = i8x16.splat(<i8>(hi - lo))
  return mask64(
    i8x16.le_u(i8x16.sub(v0, l), w),
    i8x16.le_u(i8x16.sub(v1, l), w),
    i8x16.le_u(i8x16.sub(v2, l), w),
    i8x16.le_u(i8x16.sub(v3, l), w)
  )
}

/** Lowercase hex digits. */
function hex64(v0: v128, v1: v128, v2: v128, v3: v128): u64 {
  const d = i8x16.splat(0x30)
  const a = i8x16.splat(0x61)
  const nine = i8x16.splat(9)
  const five = i8x16.splat(5)
  return mask64(
    v128.or(i8x16.le_u(i8x16.sub(v0, d), nine), i8x16.le_u(i8x16.sub(v0, a), five)),
    v128.or(i8x16.le_u(i8x16.sub(v1, d), nine), i8x16.le_u(i8x16.sub(v1, a), five)),
    v128.or(i8x16.le_u(i8x16.sub(v2, d), nine), i8x16.le_u(i8x16.sub(v2, a), five)),
    v128.or(i8x16.le_u(i8x16.sub(v3, d), nine), i8x16.le_u(i8x16.sub(v3, a), five))
  )
}

/** Short escapes Python writes (after the backslash): '"' below 64; '\\' b f n r t from 64. */
const SHORT_LOW: u64 = (<u64>1) << 0x22
const SHORT_HIGH: u64 =
  ((<u64>1) << (0x5c - 64)) |
  ((<u64>1) << (0x62 - 64)) |
  ((<u64>1) << (0x66 - 64)) |
  ((<u64>1) << (0x6e - 64)) |
  ((<u64>1) << (0x72 - 64)) |
  ((<u64>1) << (0x74 - 64))

/**
 * 1 when the escape at q (a backslash) is written as Python's ensure_ascii writes it:
 * the short escapes \" \\ \b \f \n \r \t, and lowercase \uXXXX only for what has no
 * short escape below 0x20 and for 0x7f and up; else 0. Without a branch: reads the six
 * bytes at q whatever the escape's length (the caller checks where the escape ends).
 */
function escapeOk(q: u32): u32 {
  const e = <u32>load<u8>(q + 1)
  const a = <u32>load<u8>(HEX + <u32>load<u8>(q + 2))
  const b = <u32>load<u8>(HEX + <u32>load<u8>(q + 3))
  const c = <u32>load<u8>(HEX + <u32>load<u8>(q + 4))
  const d = <u32>load<u8>(HEX + <u32>load<u8>(q + 5))
  const unit = (a << 12) | (b << 8) | (c << 4) | d
  // Below 0x20 without a short form (not 08 09 0a 0c 0d), or 0x7f and up.
  const control = (<u32>(unit < 0x20)) & ((((<u32>0x3700) >> (unit & 31)) & 1) ^ 1)
  const unitOk = (<u32>((a | b | c | d) <= 0x0f)) & (control | (<u32>(unit >= 0x7f)))
  const short = (<u32>((e < 64 ? SHORT_LOW >> (<u64>e) : SHORT_HIGH >> (<u64>((e - 64) & 63))) & 1)) & (<u32>(e < 128))
  return e == 0x75 ? unitOk : short
}

/** Block positions 58 to 63: an escape starting there may end past the block. */
const LATE: u64 = 0xfc00000000000000

/**
 * At a '"': true (pos after the closing quote) when the string is exactly as Python's
 * ensure_ascii writes it (printable ASCII and canonical escapes, see canonicalEscape).
 * Reads 64 bytes at a time and checks every escape of the block with bit masks, with
 * no branch per escape (a text in a language with accents has one every few words);
 * a run of backslashes goes to {@link verbatimFrom}, which takes the stops one by one.
 * Reads up to 64 bytes past `end` (every region has room after it) and ignores them.
 */
function verbatimString(): bool {
  let p = pos + 1
  // Most strings are short: done when the first stop in 16 bytes is the closing quote.
  const first = v128.load(p)
  const stops = <u32>(
    i8x16.bitmask(
      v128.or(
        v128.or(i8x16.eq(first, i8x16.splat(0x22)), i8x16.eq(first, i8x16.splat(0x5c))),
        i8x16.ge_u(i8x16.sub(first, i8x16.splat(0x20)), i8x16.splat(0x5f))
      )
    )
  )
  if (stops != 0) {
    const q = p + ctz(stops)
    if (q < end && at(q) == 0x22) {
      pos = q + 1
      return true
    }
  }
  while (p < end) {
    const v0 = v128.load(p)
    const v1 = v128.load(p, 16)
    const v2 = v128.load(p, 32)
    const v3 = v128.load(p, 48)
    let q = eq64(v0, v1, v2, v3, 0x22)
    let bs = eq64(v0, v1, v2, v3, 0x5c)
    // Not printable ASCII: below 0x20 or above 0x7e.
    let bad = ~range64(v0, v1, v2, v3, 0x20, 0x7e)
    const avail = end - p
    if (avail < 64) {
      const inside = ((<u64>1) << (<u64>avail)) - 1
      q &= inside
      bs &= inside
      bad &= inside
    }
    if (bs == 0) {
      const stop = q | bad
      if (stop == 0) {
        p += 64
        continue
      }
      const t = ctz(stop)
      if (((q >> t) & 1) == 0) return false
      pos = p + <u32>t + 1
      return true
    }
    // Every backslash taken as starting an escape: right unless two are adjacent
    // (then the exact loop). The string ends at the first quote not escaped.
    const endq = q & ~(bs << 1)
    let lim: u64 = endq != 0 ? ((<u64>1) << ctz(endq)) - 1 : ~(<u64>0)
    if ((bs & (bs << 1) & lim) != 0) return verbatimFrom(p)
    // Now every backslash before the end starts an escape. The block stops at the first
    // that may end past it; the next block starts there.
    let advance: u32 = 64
    const late = bs & lim & LATE
    if (late != 0) {
      const k = ctz(late)
      lim &= ((<u64>1) << k) - 1
      advance = <u32>k
    }
    if ((bad & lim) != 0) return false
    let e = bs & lim
    if (e != 0 && ((e << 1) & ~eq64(v0, v1, v2, v3, 0x75)) == 0) {
      // Only \u escapes (text with accents, or in another script): their digits checked
      // in bulk, lowercase hex, and a unit that is 0x80 or more for certain unless its
      // first three digits are 0, 0 and 0-7 (those few are checked one by one).
      const need = (e << 2) | (e << 3) | (e << 4) | (e << 5)
      if ((need & ~hex64(v0, v1, v2, v3)) != 0) return false
      const z = eq64(v0, v1, v2, v3, 0x30)
      let low = e & (z >> 2) & (z >> 3)
      if (low != 0) {
        low &= range64(v0, v1, v2, v3, 0x30, 0x37) >> 4
        while (low != 0) {
          if (escapeOk(p + <u32>ctz(low)) == 0) return false
          low &= low - 1
        }
      }
    } else if (e != 0) {
      // Other escapes: the first three checked without a branch each (the usual text
      // has one or two per block), any further ones in a loop.
      const t1 = <u32>ctz(e)
      e &= e - 1
      const t2 = e != 0 ? <u32>ctz(e) : t1
      e &= e - 1
      const t3 = e != 0 ? <u32>ctz(e) : t1
      e &= e - 1
      let ok = escapeOk(p + t1) & escapeOk(p + t2) & escapeOk(p + t3)
      while (e != 0) {
        ok &= escapeOk(p + <u32>ctz(e))
        e &= e - 1
      }
      if (ok == 0) return false
    }
    if (endq != 0) {
      const t = <u32>ctz(endq)
      if (t < advance) {
        pos = p + t + 1
        return true
      }
    }
    p += advance
  }
  return false
}

/**
 * The same from p (not inside an escape), one stop at a time: every stop in a vector
 * is handled before the next load.
 */
function verbatimFrom(start: u32): bool {
  const quote = i8x16.splat(0x22)
  const backslash = i8x16.splat(0x5c)
  const space = i8x16.splat(0x20)
  const printable = i8x16.splat(0x5f)
  let p = start
  while (p < end) {
    const v = v128.load(p)
    const m = v128.or(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)), i8x16.ge_u(i8x16.sub(v, space), printable))
    let bits = <u32>i8x16.bitmask(m)
    let next = p + 16
    while (bits != 0) {
      const q = p + ctz(bits)
      if (q >= end) return false
      const c = at(q)
      if (c == 0x22) {
        pos = q + 1
        return true
      }
      if (c != 0x5c) return false
      const n = canonicalEscape(q)
      if (n == 0) return false
      const after = q + n
      if (after >= next) {
        next = after
        break
      }
      // The escape's own bytes are not stops: clear the bits up to its end.
      bits &= ~(((<u32>1) << (after - p)) - 1)
    }
    p = next
  }
  return false
}

function hexDigit(v: i32): i32 {
  return v < 10 ? 0x30 + v : 0x57 + v
}

/** Writes \uXXXX (lowercase) for a UTF-16 unit. */
function putUnit(u: i32): void {
  store<u8>(o, 0x5c)
  store<u8>(o + 1, 0x75)
  store<u8>(o + 2, <u8>hexDigit((u >> 12) & 15))
  store<u8>(o + 3, <u8>hexDigit((u >> 8) & 15))
  store<u8>(o + 4, <u8>hexDigit((u >> 4) & 15))
  store<u8>(o + 5, <u8>hexDigit(u & 15))
  o += 6
}

function continuation(p: u32): i32 {
  const c = at(p)
  return (c & 0xc0) == 0x80 ? c & 0x3f : -1
}

/**
 * At a '"' of a string that is not verbatim: writes the string at `o` as Python's
 * ensure_ascii writes it, escaping raw UTF-8 (and 0x7f) as lowercase \uXXXX, with a
 * surrogate pair above U+FFFF. Declines (false) an escape that is not canonical, a raw
 * control byte, invalid UTF-8 (overlong, surrogates, above U+10FFFF, cut short), and
 * output that would not fit its region.
 */
function escapedString(): bool {
  const limit = SIDE + LMAX
  let p = pos + 1
  put(0x22)
  while (true) {
    const q = stringStop(p)
    if (q >= end) return false
    const run = q - p
    if (o + run + 16 > limit) return false
    copy(o, p, run)
    o += run
    const c = at(q)
    if (c == 0x22) {
      put(0x22)
      pos = q + 1
      return true
    }
    if (c == 0x5c) {
      const n = canonicalEscape(q)
      if (n == 0) return false
      copy(o, q, n)
      o += n
      p = q + n
      continue
    }
    if (c < 0x20) return false
    let cp: i32
    let n: u32
    if (c == 0x7f) {
      cp = c
      n = 1
    } else if (c >= 0xc2 && c < 0xe0) {
      if (q + 2 > end) return false
      const c1 = continuation(q + 1)
      if (c1 < 0) return false
      cp = ((c & 0x1f) << 6) | c1
      n = 2
    } else if (c >= 0xe0 && c < 0xf0) {
      if (q + 3 > end) return false
      const c1 = continuation(q + 1)
      const c2 = continuation(q + 2)
      if ((c1 | c2) < 0) return false
      cp = ((c & 0x0f) << 12) | (c1 << 6) | c2
      if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000)) return false
      n = 3
    } else if (c >= 0xf0 && c < 0xf5) {
      if (q + 4 > end) return false
      const c1 = continuation(q + 1)
      const c2 = continuation(q + 2)
      const c3 = continuation(q + 3)
      if ((c1 | c2 | c3) < 0) return false
      cp = ((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
      if (cp < 0x10000 || cp > 0x10ffff) return false
      n = 4
    } else return false
    if (cp >= 0x10000) {
      const v = cp - 0x10000
      putUnit(0xd800 | (v >> 10))
      putUnit(0xdc00 | (v & 0x3ff))
    } else putUnit(cp)
    p = q + n
  }
  return false
}

/** At a key's opening quote: the position of its closing quote when it is plain printable ASCII, else 0. */
function plainKeyEnd(p: u32): u32 {
  const q = stringStop(p + 1)
  if (q >= end || at(q) != 0x22) return 0
  return q
}

/** Compares keys (plain ASCII bytes): <0, >0, or 0 for equal keys (which decline). */
function compareKeys(aS: u32, ae: u32, bs: u32, be: u32): i32 {
  const la = ae - aS
  const lb = be - bs
  const n = la < lb ? la : lb
  for (let i: u32 = 0; i < n; i++) {
    const x = at(aS + i)
    const y = at(bs + i)
    if (x != y) return x - y
  }
  return <i32>la - <i32>lb
}

function sameBytes(a: u32, b: u32, n: u32): bool {
  let i: u32 = 0
  for (; i + 8 <= n; i += 8) if (load<u64>(a + i) != load<u64>(b + i)) return false
  for (; i < n; i++) if (load<u8>(a + i) != load<u8>(b + i)) return false
  return true
}

/** Whether src[s, e) is the configured key in slot k (0: the dropped key, 1..3 the wanted fields). */
function isConfKey(s: u32, e: u32, k: u32): bool {
  const slot = CONF + k * CONF_SLOT
  const n = load<u32>(slot)
  return n > 0 && e - s == n && sameBytes(s, slot + 4, n)
}

function fieldIndex(s: u32, e: u32): i32 {
  for (let i = 0; i < WANTED; i++) if (isConfKey(s, e, <u32>(i + 1))) return i
  return -1
}

function literal(a: i32, b: i32, c: i32, d: i32, e: i32, n: u32): bool {
  const p = pos
  if (p + n > end) return false
  if (at(p) != a || at(p + 1) != b || at(p + 2) != c || at(p + 3) != d) return false
  if (n == 5 && at(p + 4) != e) return false
  copy(o, p, n)
  o += n
  pos = p + n
  return true
}

function value(): bool {
  if (pos >= end) return false
  const c = at(pos)
  if (c == 0x22) {
    const s = pos
    if (!verbatimString()) {
      pos = s
      return escapedString()
    }
    const n = pos - s
    copy(o, s, n)
    o += n
    return true
  }
  if (c == 0x7b) return object()
  if (c == 0x5b) return array()
  if (c == 0x2d || (c >= 0x30 && c <= 0x39)) return number()
  if (c == 0x74) return literal(0x74, 0x72, 0x75, 0x65, 0, 4)
  if (c == 0x66) return literal(0x66, 0x61, 0x6c, 0x73, 0x65, 5)
  if (c == 0x6e) return literal(0x6e, 0x75, 0x6c, 0x6c, 0, 4)
  return false
}

function array(): bool {
  if (++depth > MAX_DEPTH) return false
  pos++
  put(0x5b)
  skipWs()
  if (pos < end && at(pos) == 0x5d) {
    pos++
    put(0x5d)
    depth--
    return true
  }
  while (true) {
    skipWs()
    if (!value()) return false
    skipWs()
    if (pos >= end) return false
    const c = at(pos++)
    if (c == 0x2c) {
      put(0x2c)
      continue
    }
    if (c == 0x5d) break
    return false
  }
  put(0x5d)
  depth--
  return true
}

/**
 * A nested object: members written as they come, reordered when their keys are out of
 * order. The read and write positions live in locals between calls (`pos` and `o` are
 * synced around value()): globals would cost a store and a load at every step.
 *
 * The n-th object opened in a line has a slot (the first NEST_SLOTS) remembering the
 * keys and separators of the last sorted object in that place: a member written the
 * same way (separator, quoted key, separator) is matched in one comparison, and two
 * such members in a row need no key comparison (they are in the order the slot's
 * object had). Any other member is read as usual, and the slot learns the object.
 */
function object(): bool {
  if (++depth > MAX_DEPTH) return false
  const objStart = o
  store<u8>(objStart, 0x7b)
  let w = objStart + 1
  const first = top
  let sorted = true
  let p = ws(pos + 1)
  if (p < end && at(p) == 0x7d) {
    pos = p + 1
    store<u8>(w, 0x7d)
    o = w + 1
    depth--
    return true
  }
  const ord = nestOrd++
  const slot = ord < NEST_SLOTS ? NEST + <u32>ord * NEST_SIZE : 0
  const cached = slot != 0 ? load<i32>(slot) : 0
  // What the slot learns: member 0's colon separator, the separator after its value.
  let colonFrom: u32 = 0
  let colonTo: u32 = 0
  let commaFrom: u32 = 0
  let commaTo: u32 = 0
  let matchedAll = cached > 0
  let prevMatched = false
  let j = 0
  while (true) {
    let keyStart: u32 = 0
    let keyEnd: u32 = 0
    let matched = false
    const before = p
    if (j < cached) {
      const after = matchLead(slot, j, p, j == 0)
      if (after != 0) {
        keyStart = leadKeyStart
        keyEnd = leadKeyEnd
        p = ws(after)
        matched = true
      }
    }
    if (!matched) {
      if (j > 0) {
        p = ws(p)
        if (p >= end) return false
        const c = at(p++)
        if (c == 0x7d) break
        if (c != 0x2c) return false
        p = ws(p)
      }
      matchedAll = false
      if (p >= end || at(p) != 0x22) return false
      keyEnd = plainKeyEnd(p)
      if (keyEnd == 0) return false
      keyStart = p + 1
      p = ws(keyEnd + 1)
      if (p >= end || at(p) != 0x3a) return false
      p = ws(p + 1)
    }
    if (j == 0) {
      colonFrom = keyEnd + 1
      colonTo = p
    } else if (j == 1) {
      commaFrom = before
      commaTo = keyStart - 1
    }
    const m = top
    if (m >= MAX_STACK) return false
    const rec = STACK + ((<u32>m) << 4)
    if (m > first) {
      store<u8>(w++, 0x2c)
      // Two members in a row as the slot's sorted object has them: already in order.
      if (!(matched && prevMatched)) {
        const d = compareKeys(load<u32>(rec - 16), load<u32>(rec - 12), keyStart, keyEnd)
        if (d == 0) return false
        if (d > 0) sorted = false
      }
    }
    prevMatched = matched
    const segStart = w
    const n = keyEnd + 1 - (keyStart - 1)
    copy(w, keyStart - 1, n)
    w += n
    store<u8>(w++, 0x3a)
    top = m + 1
    pos = p
    o = w
    if (!value()) return false
    p = pos
    w = o
    store<u32>(rec, keyStart)
    store<u32>(rec + 4, keyEnd)
    store<u32>(rec + 8, segStart)
    store<u32>(rec + 12, w)
    j++
  }
  pos = p
  o = w
  if (slot != 0 && !(matchedAll && j == cached)) {
    // The slot learns this object when it is sorted and written plainly, else forgets.
    let learned = 0
    if (sorted && j >= 2 && j <= NEST_KEYS) {
      learned = learnNested(slot, first, j, commaFrom, commaTo, colonFrom, colonTo)
    }
    store<i32>(slot, learned)
  }
  if (!sorted && !reorder(first, objStart + 1)) return false
  put(0x7d)
  top = first
  depth--
  return true
}

/**
 * Writes in `slot` the keys of the `count` members from stack entry `first` and their
 * leads with the given separators; returns count, or 0 when they do not fit or the
 * separators are not plain.
 */
function learnNested(slot: u32, first: i32, count: i32, cf: u32, ct: u32, kf: u32, kt: u32): i32 {
  if (!pureSeparator(cf, ct, 0x2c) || !pureSeparator(kf, kt, 0x3a)) return 0
  const commaLen = ct - cf
  const colonLen = kt - kf
  if (commaLen > MAX_SEPARATOR || colonLen > MAX_SEPARATOR) return 0
  const extra = commaLen + 2 + colonLen
  let k: u32 = 0
  for (let i = 0; i < count; i++) {
    const rec = STACK + ((<u32>(first + i)) << 4)
    k += load<u32>(rec + 4) - load<u32>(rec)
  }
  if (NEST_LEADS + k + <u32>count * extra > NEST_SIZE) return 0
  k = 0
  let w = slot + NEST_LEADS
  for (let i = 0; i < count; i++) {
    const rec = STACK + ((<u32>(first + i)) << 4)
    const ks = load<u32>(rec)
    const ke = load<u32>(rec + 4)
    store<u32>(slot + NEST_OFFSETS + ((<u32>i) << 2), k)
    k += ke - ks
    w = writeLead(w, cf, commaLen, ks, ke, kf, colonLen)
  }
  store<u32>(slot + NEST_OFFSETS + ((<u32>count) << 2), k)
  store<u32>(slot + 4, commaLen)
  store<u32>(slot + 8, colonLen)
  store<u32>(slot + 12, NEST_LEADS)
  return count
}

/**
 * Rewrites the members from stack entry `first` (written from regionStart) in key
 * order, joined by commas. Returns false for a repeated key: reading declined equal
 * neighbours only, `{"a":1,"b":2,"a":3}` is found here (Python keeps the last value).
 */
function reorder(first: i32, regionStart: u32): bool {
  const count = top - first
  // Insertion sort of member numbers: an equal key is the first one not greater.
  for (let i = 0; i < count; i++) {
    const m = first + i
    const ks = load<u32>(STACK + ((<u32>m) << 4))
    const ke = load<u32>(STACK + ((<u32>m) << 4) + 4)
    let j = i - 1
    while (j >= 0) {
      const q = load<i32>(ORDER + ((<u32>j) << 2))
      const r = STACK + ((<u32>q) << 4)
      const d = compareKeys(load<u32>(r), load<u32>(r + 4), ks, ke)
      if (d == 0) return false
      if (d < 0) break
      store<i32>(ORDER + ((<u32>(j + 1)) << 2), q)
      j--
    }
    store<i32>(ORDER + ((<u32>(j + 1)) << 2), m)
  }
  const length = o - regionStart
  memory.copy(SCRATCH, regionStart, length)
  let w = regionStart
  for (let i = 0; i < count; i++) {
    const r = STACK + ((<u32>load<i32>(ORDER + ((<u32>i) << 2))) << 4)
    if (i > 0) {
      store<u8>(w, 0x2c)
      w++
    }
    const s = load<u32>(r + 8) - regionStart
    const n = load<u32>(r + 12) - load<u32>(r + 8)
    copy(w, SCRATCH + s, n)
    w += n
  }
  o = w
  return true
}

function isDigit(c: i32): bool {
  return c >= 0x30 && c <= 0x39
}

/** A number: integers keep their lexeme; floats without exponent whose digits already are Python's repr. */
function number(): bool {
  const start = pos
  let p = pos
  const negative = at(p) == 0x2d
  if (negative) p++
  const intStart = p
  if (p >= end) return false
  // The usual number fits in 16 bytes: its digit runs found with one vector, no loop.
  {
    const v = v128.load(p)
    // Bit i set where byte i is not a digit, and bits 16 and up.
    const nd = ~(<u32>i8x16.bitmask(i8x16.le_u(i8x16.sub(v, i8x16.splat(0x30)), i8x16.splat(9))))
    const intLen = <u32>ctz(nd)
    if (intLen < 15 && p + intLen < end) {
      if (intLen == 0 || (intLen > 1 && at(p) == 0x30)) return false
      const intEnd = p + intLen
      let c = at(intEnd)
      if (c != 0x2e) {
        if (c == 0x65 || c == 0x45) return false
        pos = intEnd
        if (intLen == 1 && at(p) == 0x30) {
          put(0x30)
          return true
        }
        const n = intEnd - start
        copy(o, start, n)
        o += n
        return true
      }
      const fracLen = <u32>ctz(nd >> (intLen + 1))
      const fracEnd = intEnd + 1 + fracLen
      if (fracEnd - p < 16 && fracEnd < end) {
        if (fracLen == 0) return false
        c = at(fracEnd)
        if (c == 0x65 || c == 0x45 || c == 0x2e) return false
        pos = fracEnd
        return plainFloat(start, intStart, intEnd, fracEnd, negative)
      }
    }
  }
  let c = at(p)
  if (c == 0x30) p++
  else if (c >= 0x31 && c <= 0x39) {
    p++
    while (p < end && isDigit(at(p))) p++
  } else return false
  const intEnd = p
  let fracEnd = p
  let isFloat = false
  if (p < end && at(p) == 0x2e) {
    isFloat = true
    p++
    const fracStart = p
    while (p < end && isDigit(at(p))) p++
    if (p == fracStart) return false
    fracEnd = p
  }
  if (p < end) {
    c = at(p)
    // An exponent, or a digit or '.' right after a complete number (`01`, `1.2.3`).
    if (c == 0x65 || c == 0x45 || c == 0x2e || isDigit(c)) return false
  }
  pos = p
  if (!isFloat) {
    const digits = <i32>(intEnd - intStart)
    if (digits == 1 && at(intStart) == 0x30) {
      put(0x30)
      return true
    }
    if (digits > MAX_INT_DIGITS) return false
    const n = intEnd - start
    copy(o, start, n)
    o += n
    return true
  }
  return plainFloat(start, intStart, intEnd, fracEnd, negative)
}

function plainFloat(start: u32, intStart: u32, intEnd: u32, fracEnd: u32, negative: bool): bool {
  let lastNonZero = fracEnd - 1
  while (lastNonZero > intEnd && at(lastNonZero) == 0x30) lastNonZero--
  let firstSig = intStart
  while (firstSig < fracEnd && (at(firstSig) == 0x30 || at(firstSig) == 0x2e)) firstSig++
  if (firstSig >= fracEnd) {
    if (negative) put(0x2d)
    put(0x30)
    put(0x2e)
    put(0x30)
    return true
  }
  const intDigits = <i32>(intEnd - intStart)
  const intIsZero = intDigits == 1 && at(intStart) == 0x30
  const sigEnd = lastNonZero + 1
  const significant = <i32>(sigEnd - firstSig) - (firstSig < intEnd && sigEnd > intEnd + 1 ? 1 : 0)
  if (significant > 15) return false
  if (intIsZero) {
    if (<i32>firstSig - <i32>(intEnd + 1) > 3) return false
  } else if (intDigits > 16) return false
  if (lastNonZero == intEnd) {
    const n = intEnd - start
    copy(o, start, n)
    o += n
    put(0x2e)
    put(0x30)
    return true
  }
  const n = lastNonZero + 1 - start
  copy(o, start, n)
  o += n
  return true
}

/** The dropped member's value: its span, nothing written. */
function captureDropped(): bool {
  const s = pos
  if (at(s) == 0x22) {
    const q = stringStop(s + 1)
    if (q < end && at(q) == 0x22) {
      store<i32>(RES, FIELD_PLAIN_STRING)
      store<u32>(RES + 4, s + 1)
      store<u32>(RES + 8, q)
      pos = q + 1
      return true
    }
  }
  const mark = o
  if (!value()) return false
  o = mark
  store<i32>(RES, FIELD_OTHER)
  store<u32>(RES + 4, s)
  store<u32>(RES + 8, pos)
  return true
}

/** Records where wanted field i starts; returns false for a repeated field. */
function captureField(i: i32): bool {
  const r = RES + 12 + <u32>i * 12
  if (load<i32>(r) != FIELD_ABSENT) return false
  const s = pos
  if (at(s) == 0x22) {
    const q = stringStop(s + 1)
    if (q < end && at(q) == 0x22) {
      store<i32>(r, FIELD_PLAIN_STRING)
      store<u32>(r + 4, s + 1)
      store<u32>(r + 8, q)
      return true
    }
  }
  store<i32>(r, FIELD_OTHER)
  store<u32>(r + 4, s)
  store<u32>(r + 8, 0)
  return true
}

/** The end of key m of shape `sh` when the key at p (after its quote) is the same, else 0. */
function matchKey(p: u32, sh: u32, m: i32): u32 {
  const from = load<u32>(sh + SH_OFFSETS + ((<u32>m) << 2))
  const n = load<u32>(sh + SH_OFFSETS + ((<u32>(m + 1)) << 2)) - from
  if (p + n >= end) return 0
  if (!sameBytes(p, sh + SH_KEYS + from, n)) return 0
  return at(p + n) == 0x22 ? p + n : 0
}

/**
 * Reads the top-level members into REC (8 i32 each: keyStart, keyEnd, value start,
 * value end, value in the source (1) or in SIDE (0), the value's start and end in the
 * source); returns how many, or -1.
 */
function readMembers(): i32 {
  pos++
  skipWs()
  if (pos < end && at(pos) == 0x7d) {
    pos++
    return 0
  }
  const shapeIdx = curShape
  const sh = shapeIdx >= 0 ? SHAPES + <u32>shapeIdx * SHAPE_SIZE : 0
  const shCount = shapeIdx >= 0 ? load<i32>(sh) : 0
  let matching = shapeIdx >= 0
  // The shape's lines' separators: members whose key and separators are written the same
  // are matched in one comparison (see orderOf).
  const leads = shapeIdx >= 0 && load<u32>(sh + 4) != TMPL_NONE
  let dropSeen = false
  let first = true
  let m = 0
  while (true) {
    let keyStart: u32 = 0
    let keyEnd: u32 = 0
    let matched = false
    if (matching && m < shCount && leads) {
      const after = matchLead(sh, m, pos, first)
      if (after != 0) {
        keyStart = leadKeyStart
        keyEnd = leadKeyEnd
        pos = after
        // A line with more whitespace after this colon than the shape's first line.
        skipWs()
        matched = true
      }
    }
    if (!matched) {
      if (!first) {
        skipWs()
        if (pos >= end) return -1
        const c = at(pos++)
        if (c == 0x7d) break
        if (c != 0x2c) return -1
        skipWs()
      }
      if (pos >= end || at(pos) != 0x22) return -1
      keyStart = pos + 1
      keyEnd = matching && m < shCount ? matchKey(keyStart, sh, m) : 0
      matched = keyEnd != 0
      if (!matched) {
        keyEnd = plainKeyEnd(pos)
        if (keyEnd == 0) return -1
      }
      pos = keyEnd + 1
      skipWs()
      if (pos >= end || at(pos) != 0x3a) return -1
      pos++
      skipWs()
    }
    first = false
    if (!matched && isConfKey(keyStart, keyEnd, 0)) {
      if (dropSeen) return -1
      dropSeen = true
      if (!captureDropped()) return -1
    } else {
      if (!matched) matching = false
      if (m >= MAX_TOP) return -1
      const wanted = matched ? load<i32>(sh + SH_FIELD + ((<u32>m) << 2)) : fieldIndex(keyStart, keyEnd)
      if (wanted >= 0 && !captureField(wanted)) return -1
      const rec = REC + ((<u32>m) << 5)
      store<u32>(rec, keyStart)
      store<u32>(rec + 4, keyEnd)
      const valueStart = pos
      if (at(valueStart) == 0x22 && verbatimString()) {
        store<u32>(rec + 8, valueStart)
        store<u32>(rec + 12, pos)
        store<u32>(rec + 16, 1)
      } else {
        pos = valueStart
        store<u32>(rec + 8, o)
        if (!value()) return -1
        store<u32>(rec + 12, o)
        store<u32>(rec + 16, 0)
      }
      store<u32>(rec + 20, valueStart)
      store<u32>(rec + 24, pos)
      if (wanted >= 0 && load<i32>(RES + 12 + <u32>wanted * 12) == FIELD_OTHER) {
        store<u32>(RES + 12 + <u32>wanted * 12 + 8, pos)
      }
      m++
    }
  }
  if (!matching || m != shCount) curShape = -1
  return m
}

/** The key of the lead {@link matchLead} matched last (after its quote, and its closing quote). */
let leadKeyStart: u32 = 0
let leadKeyEnd: u32 = 0

/**
 * A template (a top-level shape or a nested slot; both lay out at 4 and 8 the lengths of
 * their separators, at 12 where the leads start, and from 16 the key offsets): when
 * member i is written at p as its lead (without the separator before it when it is the
 * first member), the position after the lead, its key at leadKeyStart/leadKeyEnd; else 0.
 */
function matchLead(t: u32, i: i32, p: u32, first: bool): u32 {
  const commaLen = load<u32>(t + 4)
  const extra = commaLen + 2 + load<u32>(t + 8)
  const from = load<u32>(t + SH_OFFSETS + ((<u32>i) << 2))
  const keyLen = load<u32>(t + SH_OFFSETS + ((<u32>(i + 1)) << 2)) - from
  const skip = first ? commaLen : 0
  const n = keyLen + extra - skip
  if (p + n >= end || !sameBytes(p, t + load<u32>(t + 12) + from + <u32>i * extra + skip, n)) return 0
  leadKeyStart = p + commaLen - skip + 1
  leadKeyEnd = leadKeyStart + keyLen
  return p + n
}

/**
 * Writes at w a member's lead as a shape or a nested slot keeps it: the separator before
 * it (src[sep, sep + sepLen)), the key src[ks, ke) in quotes, the separator after it
 * (src[colon, colon + colonLen)); returns the end.
 */
function writeLead(w: u32, sep: u32, sepLen: u32, ks: u32, ke: u32, colon: u32, colonLen: u32): u32 {
  memory.copy(w, sep, sepLen)
  w += sepLen
  store<u8>(w++, 0x22)
  memory.copy(w, ks, ke - ks)
  w += ke - ks
  store<u8>(w++, 0x22)
  memory.copy(w, colon, colonLen)
  return w + colonLen
}

/** Whether src[a, b) is JSON whitespace around exactly one `c`. */
function pureSeparator(a: u32, b: u32, c: i32): bool {
  let seen = 0
  for (let p = a; p < b; p++) {
    const x = at(p)
    if (x == c) seen++
    else if (x != 0x20 && x != 0x09 && x != 0x0a && x != 0x0d) return false
  }
  return seen == 1
}

/** Whether the members just read have exactly the keys of shape s, in the same sequence. */
function sameShape(s: i32, count: i32): bool {
  const sh = SHAPES + <u32>s * SHAPE_SIZE
  if (load<i32>(sh) != count) return false
  for (let m = 0; m < count; m++) {
    const rec = REC + ((<u32>m) << 5)
    if (matchKey(load<u32>(rec), sh, m) != load<u32>(rec + 4)) return false
  }
  return true
}

/** The address of the sorted order (i32 member numbers) of the members just read, or 0 (repeated key). */
function orderOf(count: i32): u32 {
  if (curShape >= 0) return SHAPES + <u32>curShape * SHAPE_SIZE + SH_ORDER
  for (let s = 0; s < shapeCount; s++) {
    if (sameShape(s, count)) {
      curShape = s
      return SHAPES + <u32>s * SHAPE_SIZE + SH_ORDER
    }
  }
  // Sort now.
  let keyBytes: u32 = 0
  for (let m = 0; m < count; m++) {
    const rec = REC + ((<u32>m) << 5)
    keyBytes += load<u32>(rec + 4) - load<u32>(rec)
  }
  // Sorted into TOP_ORDER first: a repeated key declines before any cached shape is touched.
  const ord = TOP_ORDER
  for (let i = 0; i < count; i++) {
    const r = REC + ((<u32>i) << 5)
    const ks = load<u32>(r)
    const ke = load<u32>(r + 4)
    let j = i - 1
    while (j >= 0) {
      const q = load<i32>(ord + ((<u32>j) << 2))
      const rq = REC + ((<u32>q) << 5)
      const d = compareKeys(load<u32>(rq), load<u32>(rq + 4), ks, ke)
      if (d == 0) return 0
      if (d < 0) break
      store<i32>(ord + ((<u32>(j + 1)) << 2), q)
      j--
    }
    store<i32>(ord + ((<u32>(j + 1)) << 2), i)
  }
  if (count > MAX_SHAPE_KEYS || keyBytes > SH_KEY_ROOM) {
    curShape = -1
    return ord
  }
  const slot = shapeCount < MAX_SHAPES ? shapeCount : nextShape++ % MAX_SHAPES
  const sh = SHAPES + <u32>slot * SHAPE_SIZE
  memory.copy(sh + SH_ORDER, ord, (<u32>count) << 2)
  // Remember the shape: keys, offsets, fields.
  let k: u32 = 0
  for (let m = 0; m < count; m++) {
    const rec = REC + ((<u32>m) << 5)
    const ks = load<u32>(rec)
    const n = load<u32>(rec + 4) - ks
    store<u32>(sh + SH_OFFSETS + ((<u32>m) << 2), k)
    memory.copy(sh + SH_KEYS + k, ks, n)
    k += n
    store<i32>(sh + SH_FIELD + ((<u32>m) << 2), fieldIndex(ks, ks + n))
    store<i32>(sh + SH_PROJ + ((<u32>m) << 2), projected(ks, ks + n))
  }
  store<u32>(sh + SH_OFFSETS + ((<u32>count) << 2), k)
  // The separators of this line (after a key; between members, from the first pair the
  // dropped member does not sit between), and each member's lead as they would write
  // it: separator, quoted key, separator. Lines written the same way match a member in
  // one comparison (see readMembers).
  let commaLen = TMPL_NONE
  const colonFrom = load<u32>(REC + 4) + 1
  const colonLen = load<u32>(REC + 20) - colonFrom
  for (let m = 0; m + 1 < count; m++) {
    const a = load<u32>(REC + ((<u32>m) << 5) + 24)
    const b = load<u32>(REC + ((<u32>(m + 1)) << 5)) - 1
    if (pureSeparator(a, b, 0x2c)) {
      const extra = b - a + 2 + colonLen
      if (b - a <= MAX_SEPARATOR && colonLen <= MAX_SEPARATOR && k * 2 + <u32>count * extra <= SH_KEY_ROOM) {
        commaLen = b - a
        let w = sh + SH_KEYS + k
        for (let j = 0; j < count; j++) {
          const rec = REC + ((<u32>j) << 5)
          w = writeLead(w, a, commaLen, load<u32>(rec), load<u32>(rec + 4), colonFrom, colonLen)
        }
      }
      break
    }
  }
  store<u32>(sh + 4, commaLen)
  store<u32>(sh + 8, colonLen)
  store<u32>(sh + 12, SH_KEYS + k)
  store<i32>(sh, count)
  if (shapeCount < MAX_SHAPES) shapeCount++
  curShape = slot
  return sh + SH_ORDER
}

/**
 * Whether the members just read fit the output region once written. Every byte
 * written comes from the line or from SIDE, so only lines whose strings grew when
 * escaped need the count.
 */
function fits(count: i32, len: u32): bool {
  if (o - SIDE + len <= LMAX) return true
  let n: u32 = 2 + <u32>count
  for (let m = 0; m < count; m++) {
    const r = REC + ((<u32>m) << 5)
    n += load<u32>(r + 4) - load<u32>(r) + 3 + load<u32>(r + 12) - load<u32>(r + 8)
  }
  return n <= LMAX
}

/** Writes `{`, the members in order, `}` at OUT; returns the end. */
function emit(count: i32, ord: u32, dest: u32): u32 {
  let w = dest
  store<u8>(w++, 0x7b)
  for (let i = 0; i < count; i++) {
    const m = ord == 0 ? i : load<i32>(ord + ((<u32>i) << 2))
    const r = REC + ((<u32>m) << 5)
    if (i > 0) store<u8>(w++, 0x2c)
    const ks = load<u32>(r) - 1
    const kn = load<u32>(r + 4) + 1 - ks
    copy(w, ks, kn)
    w += kn
    store<u8>(w++, 0x3a)
    const vs = load<u32>(r + 8)
    const vn = load<u32>(r + 12) - vs
    copy(w, vs, vn)
    w += vn
  }
  store<u8>(w++, 0x7d)
  return w
}

/**
 * Writes the canonical bytes of the JSON object in IN[0, len) at OUT. Returns their
 * end (an address), or -1 when the line needs another path.
 */
export function scan(len: u32): i32 {
  return scanAt(IN, len)
}

/**
 * The same for a line at `line` in the caller's region (REGION, see regionPtr), where the
 * caller reads its lines: no copy to IN. The region must hold at least 16 bytes after
 * the line (vector loads read past its end).
 */
export function scanAt(line: u32, len: u32): i32 {
  return scanTo(line, len, OUT, 0)
}

/**
 * scanAt, writing the canonical bytes at dest; with a limit (not 0), declines when they
 * could pass it (OUT needs none: fits() keeps every answer within LMAX).
 */
function scanTo(line: u32, len: u32, dest: u32, limit: u32): i32 {
  if (len > LMAX) return -1
  pos = line
  end = line + len
  o = SIDE
  depth = 0
  top = 0
  nestOrd = 0
  for (let i: u32 = 0; i < 12; i++) store<i32>(RES + (i << 2), 0)
  skipWs()
  if (pos >= end || at(pos) != 0x7b) return -1
  const count = readMembers()
  if (count < 0) return -1
  lastCount = count
  skipWs()
  if (pos != end || !fits(count, len)) return -1
  // Every byte written comes from the line or from SIDE: a bound on the output.
  if (limit != 0 && dest + (o - SIDE) + len + 2 + <u32>count + 64 > limit) return -1
  let ord: u32 = 0
  if (count > 1) {
    ord = orderOf(count)
    if (ord == 0) return -1
  }
  return <i32>emit(count, ord, dest)
}

/** 1 + the index of src[s, e) among the keys the projection keeps, or 0 when it is not one. */
function projected(s: u32, e: u32): i32 {
  const count = load<u32>(PROJ)
  const n = e - s
  for (let i: u32 = 0; i < count; i++) {
    const slot = PROJ_KEYS + i * PROJ_SLOT
    if (load<u32>(slot) == n && sameBytes(s, slot + 4, n)) return <i32>i + 1
  }
  return 0
}

/** The kept-key number (see projected) of top-level member m of the line last scanned, of `count`. */
function keptOf(m: i32, count: i32): i32 {
  // The cached shape answers for lines of two members or more (see scanAt); others look up their keys.
  const rec = REC + ((<u32>m) << 5)
  if (curShape >= 0 && count > 1) return load<i32>(SHAPES + <u32>curShape * SHAPE_SIZE + SH_PROJ + ((<u32>m) << 2))
  return projected(load<u32>(rec), load<u32>(rec + 4))
}

/**
 * After a scan that did not decline: writes at SPANS, for each top-level member whose
 * key the projection keeps (in the line's order), its key's number (1 + its index
 * among the kept keys) and the start and end of its value in the source; then, when
 * the dropped key is kept and present, a row with number 0 and its value's span.
 * Returns the rows written.
 */
export function projectSpans(): i32 {
  const count = lastCount
  let w = SPANS
  for (let m = 0; m < count; m++) {
    const kept = keptOf(m, count)
    if (kept == 0) continue
    const rec = REC + ((<u32>m) << 5)
    store<i32>(w, kept)
    store<u32>(w + 4, load<u32>(rec + 20))
    store<u32>(w + 8, load<u32>(rec + 24))
    w += 12
  }
  const dropKind = load<i32>(RES)
  if (load<u32>(PROJ + 4) != 0 && dropKind != FIELD_ABSENT) {
    // A plain string's span is inside its quotes.
    const plain = dropKind == FIELD_PLAIN_STRING ? 1 : 0
    store<i32>(w, 0)
    store<u32>(w + 4, load<u32>(RES + 4) - plain)
    store<u32>(w + 8, load<u32>(RES + 8) + plain)
    w += 12
  }
  return <i32>((w - SPANS) / 12)
}

export function spansPtr(): u32 {
  return SPANS
}

/**
 * After a scan that did not decline: writes at SCRATCH the line's projection, a JSON
 * object of the top-level members whose keys are configured at PROJ, each exactly as
 * the line has it (key, separator and value in the source's bytes), in the line's
 * order, the dropped member last when it is kept; returns the end. The line's other
 * members are left out: they were read and found valid JSON by the scan.
 */
export function project(): u32 {
  let w = SCRATCH
  store<u8>(w++, 0x7b)
  const count = lastCount
  let first = true
  for (let m = 0; m < count; m++) {
    const rec = REC + ((<u32>m) << 5)
    const ks = load<u32>(rec)
    if (keptOf(m, count) == 0) continue
    if (!first) store<u8>(w++, 0x2c)
    first = false
    const from = ks - 1
    const n = load<u32>(rec + 24) - from
    memory.copy(w, from, n)
    w += n
  }
  const dropKind = load<i32>(RES)
  if (load<u32>(PROJ + 4) != 0 && dropKind != FIELD_ABSENT) {
    if (!first) store<u8>(w++, 0x2c)
    store<u8>(w++, 0x22)
    const kn = load<u32>(CONF)
    memory.copy(w, CONF + 4, kn)
    w += kn
    store<u8>(w++, 0x22)
    store<u8>(w++, 0x3a)
    const plain = dropKind == FIELD_PLAIN_STRING
    if (plain) store<u8>(w++, 0x22)
    const vs = load<u32>(RES + 4)
    const vn = load<u32>(RES + 8) - vs
    memory.copy(w, vs, vn)
    w += vn
    if (plain) store<u8>(w++, 0x22)
  }
  store<u8>(w++, 0x7d)
  return w
}

/** The first '\n' in [p, stop), or stop. Reads whole vectors past stop (the region has room). */
function lineEnd(p: u32, stop: u32): u32 {
  const nl = i8x16.splat(0x0a)
  while (p < stop) {
    const bits = <u32>(
      (i8x16.bitmask(i8x16.eq(v128.load(p), nl)) | (i8x16.bitmask(i8x16.eq(v128.load(p, 16), nl)) << 16))
    )
    if (bits != 0) {
      const q = p + ctz(bits)
      return q < stop ? q : stop
    }
    p += 32
  }
  return stop
}

/** FNV-1a (32-bit) of a kind byte and src[s, e): the input-id index's key hash. */
function keyHash(kind: u32, s: u32, e: u32): u32 {
  let h: u32 = (0x811c9dc5 ^ kind) * 0x01000193
  for (let p = s; p < e; p++) h = (h ^ (<u32>load<u8>(p))) * 0x01000193
  return h
}

/**
 * Scans the ordinary lines from `first` (in the region) up to `stop`: each a whole line
 * ending in '\n' with no '\r', answered by the scan, whose dropped member (the stored
 * hash) is a non-empty plain string, whose two id fields are absent or plain strings
 * and which has no third field (the rotation anchor). Per line it writes at RUN_OUT the
 * `prev:` prefix (the first line's from prevAt/prevLen, the next ones' from the previous
 * line's stored hash, as seed 002 chains) and the canonical bytes, and a row in
 * RUN_TABLE: line start, line end, prefix start, canonical end, stored hash start and
 * end, then per id field its kind and key hash (kinds 0x69 and 0x63). Stops before the
 * first line that is not ordinary (the caller takes it line by line), when the table
 * or the output is full, or at stop. Returns the lines done; the position after the
 * last one is at RES + 60.
 */
export function scanRun(first: u32, stop: u32, prevAt: u32, prevLen: u32): i32 {
  let p = first
  let w = RUN_OUT
  let pa = prevAt
  let pl = prevLen
  let n: u32 = 0
  while (p < stop && n < MAX_RUN) {
    const nl = lineEnd(p, stop)
    if (nl >= stop || nl == p || load<u8>(nl - 1) == 0x0d) break
    const len = nl - p
    const canon = w + pl + 1
    const e = scanTo(p, len, canon, RUN_END)
    if (e < 0) break
    const dropKind = load<i32>(RES)
    const dropStart = load<u32>(RES + 4)
    const dropEnd = load<u32>(RES + 8)
    if (dropKind != FIELD_PLAIN_STRING || dropEnd == dropStart) break
    const k0 = load<i32>(RES + 12)
    const k1 = load<i32>(RES + 24)
    if (k0 == FIELD_OTHER || k1 == FIELD_OTHER || load<i32>(RES + 36) != FIELD_ABSENT) break
    memory.copy(w, pa, pl)
    store<u8>(w + pl, 0x3a)
    const row = RUN_TABLE + n * RUN_FIELDS * 4
    store<u32>(row, p)
    store<u32>(row + 4, nl)
    store<u32>(row + 8, w)
    store<u32>(row + 12, <u32>e)
    store<u32>(row + 16, dropStart)
    store<u32>(row + 20, dropEnd)
    store<i32>(row + 24, k0)
    store<u32>(row + 28, k0 == FIELD_ABSENT ? 0 : keyHash(0x69, load<u32>(RES + 16), load<u32>(RES + 20)))
    store<u32>(row + 32, load<u32>(RES + 16))
    store<u32>(row + 36, load<u32>(RES + 20))
    store<i32>(row + 40, k1)
    store<u32>(row + 44, k1 == FIELD_ABSENT ? 0 : keyHash(0x63, load<u32>(RES + 28), load<u32>(RES + 32)))
    pa = dropStart
    pl = dropEnd - dropStart
    w = (<u32>e + 7) & ~7
    n++
    p = nl + 1
  }
  store<u32>(RES + 60, p)
  return <i32>n
}

export function runTablePtr(): u32 {
  return RUN_TABLE
}
/** Room for a `prev` the caller holds as text (up to 512 bytes), before the table. */
export function runPrevPtr(): u32 {
  return RUN_TABLE - 512
}
