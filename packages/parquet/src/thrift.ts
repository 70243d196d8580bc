/**
 * Thrift's compact protocol, the encoding of Parquet's page headers and file footer:
 * an encoder for the structures the writer emits and a decoder that reads any
 * struct back as field-id → value (to check a written file's footer).
 */

/** Compact protocol type ids. */
export const CT = {
  TRUE: 1,
  FALSE: 2,
  BYTE: 3,
  I16: 4,
  I32: 5,
  I64: 6,
  DOUBLE: 7,
  BINARY: 8,
  LIST: 9,
  SET: 10,
  MAP: 11,
  STRUCT: 12
} as const

/** A value to encode: a tagged union of the thrift types Parquet's metadata uses. */
export type TValue =
  | { t: 'bool'; v: boolean }
  | { t: 'i32'; v: number }
  | { t: 'i64'; v: number | bigint }
  | { t: 'bin'; v: Uint8Array | string }
  | { t: 'struct'; v: TStruct }
  | { t: 'list'; elem: 'i32' | 'bin' | 'struct'; v: TValue[] }

/** A struct: field id → value; undefined fields are left out. */
export type TStruct = Record<number, TValue | undefined>

/** Shorthands. */
export const i32 = (v: number): TValue => ({ t: 'i32', v })
export const i64 = (v: number | bigint): TValue => ({ t: 'i64', v })
export const bin = (v: Uint8Array | string): TValue => ({ t: 'bin', v })
export const bool = (v: boolean): TValue => ({ t: 'bool', v })
export const struct = (v: TStruct): TValue => ({ t: 'struct', v })
export const list = (elem: 'i32' | 'bin' | 'struct', v: TValue[]): TValue => ({ t: 'list', elem, v })

const ELEM: Record<'i32' | 'bin' | 'struct', number> = { i32: CT.I32, bin: CT.BINARY, struct: CT.STRUCT }

/** A growable byte sink. */
class Sink {
  buf = Buffer.allocUnsafe(256)
  n = 0
  ensure(k: number): void {
    if (this.n + k <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k))
    this.buf.copy(next, 0, 0, this.n)
    this.buf = next
  }
  byte(b: number): void {
    this.ensure(1)
    this.buf[this.n++] = b
  }
  varint(v: bigint): void {
    this.ensure(10)
    while (v >= 0x80n) {
      this.buf[this.n++] = Number(v & 0x7fn) | 0x80
      v >>= 7n
    }
    this.buf[this.n++] = Number(v)
  }
  uvarint32(v: number): void {
    this.ensure(5)
    while (v >= 0x80) {
      this.buf[this.n++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.n++] = v
  }
  zigzag(v: number | bigint): void {
    const b = BigInt(v)
    this.varint(b >= 0n ? b << 1n : (-b << 1n) - 1n)
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length)
    this.buf.set(b, this.n)
    this.n += b.length
  }
}

function typeOf(v: TValue): number {
  switch (v.t) {
    case 'bool':
      return v.v ? CT.TRUE : CT.FALSE
    case 'i32':
      return CT.I32
    case 'i64':
      return CT.I64
    case 'bin':
      return CT.BINARY
    case 'struct':
      return CT.STRUCT
    case 'list':
      return CT.LIST
  }
}

function writeValue(s: Sink, v: TValue): void {
  switch (v.t) {
    case 'bool':
      s.byte(v.v ? CT.TRUE : CT.FALSE) // only inside lists; fields carry it in the header
      return
    case 'i32':
    case 'i64':
      s.zigzag(v.v)
      return
    case 'bin': {
      const b = typeof v.v === 'string' ? Buffer.from(v.v, 'utf8') : v.v
      s.uvarint32(b.length)
      s.bytes(b)
      return
    }
    case 'struct':
      writeStruct(s, v.v)
      return
    case 'list': {
      const et = ELEM[v.elem]
      if (v.v.length < 15) s.byte((v.v.length << 4) | et)
      else {
        s.byte(0xf0 | et)
        s.uvarint32(v.v.length)
      }
      for (const e of v.v) writeValue(s, e)
    }
  }
}

function writeStruct(s: Sink, fields: TStruct): void {
  let last = 0
  const ids = Object.keys(fields)
    .map(Number)
    .sort((a, b) => a - b)
  for (const id of ids) {
    const v = fields[id]
    if (v === undefined) continue
    const type = typeOf(v)
    const delta = id - last
    if (delta > 0 && delta <= 15) s.byte((delta << 4) | type)
    else {
      s.byte(type)
      s.zigzag(id)
    }
    last = id
    if (v.t !== 'bool') writeValue(s, v)
  }
  s.byte(0)
}

/** Encodes a struct with the compact protocol. */
export function encodeStruct(fields: TStruct): Buffer {
  const s = new Sink()
  writeStruct(s, fields)
  return Buffer.from(s.buf.subarray(0, s.n))
}

/** A decoded value: numbers (i64 as bigint), booleans, byte arrays, structs (objects by field id) and arrays. */
export type Decoded = boolean | number | bigint | Uint8Array | DecodedStruct | Decoded[]
/** A decoded struct. */
export interface DecodedStruct {
  [id: number]: Decoded
}

/** Decodes one compact-protocol struct from `buf` at `offset`; returns it and the offset after it. */
export function decodeStruct(buf: Uint8Array, offset = 0): { value: DecodedStruct; end: number } {
  let p = offset
  const fail = (what: string): never => {
    throw new Error(`thrift: ${what} at byte ${p}`)
  }
  const byte = (): number => (p < buf.length ? buf[p++]! : fail('unexpected end'))
  const uvarint = (): bigint => {
    let r = 0n
    let shift = 0n
    for (;;) {
      const b = byte()
      r |= BigInt(b & 0x7f) << shift
      if (b < 0x80) return r
      shift += 7n
      if (shift > 70n) fail('varint too long')
    }
  }
  const zig = (): bigint => {
    const u = uvarint()
    return u & 1n ? -((u + 1n) >> 1n) : u >> 1n
  }
  const value = (type: number): Decoded => {
    switch (type) {
      case CT.TRUE:
        return true
      case CT.FALSE:
        return false
      case CT.BYTE:
        return byte()
      case CT.I16:
      case CT.I32:
        return Number(zig())
      case CT.I64:
        return zig()
      case CT.DOUBLE: {
        if (p + 8 > buf.length) fail('unexpected end')
        const d = Buffer.from(buf.buffer, buf.byteOffset + p, 8).readDoubleLE(0)
        p += 8
        return d
      }
      case CT.BINARY: {
        const n = Number(uvarint())
        if (p + n > buf.length) fail('binary runs past the end')
        const b = buf.subarray(p, p + n)
        p += n
        return b
      }
      case CT.LIST:
      case CT.SET: {
        const h = byte()
        let n = h >> 4
        if (n === 15) n = Number(uvarint())
        const et = h & 0x0f
        const out: Decoded[] = []
        for (let i = 0; i < n; i++) out.push(et === CT.TRUE || et === CT.FALSE ? byte() === CT.TRUE : value(et))
        return out
      }
      case CT.STRUCT:
        return struct()
      default:
        return fail(`unsupported type ${type}`)
    }
  }
  const struct = (): DecodedStruct => {
    const out: DecodedStruct = {}
    let last = 0
    for (;;) {
      const h = byte()
      if (h === 0) return out
      const delta = h >> 4
      const id = delta === 0 ? Number(zig()) : last + delta
      out[id] = value(h & 0x0f)
      last = id
    }
  }
  const v = struct()
  return { value: v, end: p }
}
