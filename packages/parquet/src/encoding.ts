/**
 * Parquet's value encodings used by the writer: the RLE / bit-packed hybrid (for
 * definition levels and dictionary indices) and PLAIN for INT64, DOUBLE, BOOLEAN and
 * BYTE_ARRAY. Bytes go into a growable {@link ByteSink}.
 */

const copyBytes = Buffer.prototype.copy

/** A growable buffer of bytes. */
export class ByteSink {
  buf: Buffer
  length = 0

  constructor(capacity = 1024) {
    this.buf = Buffer.allocUnsafe(capacity)
  }

  /** A sink writing into `buf` from its start (until it needs more room). */
  static over(buf: Buffer): ByteSink {
    const sink = new ByteSink(0)
    sink.buf = buf
    return sink
  }

  /** Makes room for `n` more bytes. */
  ensure(n: number): void {
    if (this.length + n <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n))
    this.buf.copy(next, 0, 0, this.length)
    this.buf = next
  }

  byte(b: number): void {
    this.ensure(1)
    this.buf[this.length++] = b
  }

  uvarint(v: number): void {
    this.ensure(5)
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80
      v >>>= 7
    }
    this.buf[this.length++] = v
  }

  /** Appends bytes[start, end). */
  bytes(src: Uint8Array, start = 0, end = src.length): void {
    const n = end - start
    this.ensure(n)
    if (n < 32) for (let i = start; i < end; i++) this.buf[this.length++] = src[i]!
    else {
      // Buffer's copy takes any Uint8Array and, unlike set(subarray), allocates no view.
      copyBytes.call(src, this.buf, this.length, start, end)
      this.length += n
    }
  }

  int32LE(v: number): void {
    this.ensure(4)
    this.buf.writeInt32LE(v, this.length)
    this.length += 4
  }

  /** Little-endian 64-bit integer from a safe integer number. */
  int64FromNumber(v: number): void {
    this.ensure(8)
    this.buf.writeUInt32LE(v >>> 0, this.length)
    this.buf.writeInt32LE(Math.floor(v / 4294967296) | 0, this.length + 4)
    this.length += 8
  }

  int64(v: bigint): void {
    this.ensure(8)
    this.buf.writeBigInt64LE(v, this.length)
    this.length += 8
  }

  double(v: number): void {
    this.ensure(8)
    this.buf.writeDoubleLE(v, this.length)
    this.length += 8
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Buffer {
    return this.buf.subarray(0, this.length)
  }

  reset(): void {
    this.length = 0
  }
}

/** Bits needed for values up to `max` (at least 1). */
export function bitWidth(max: number): number {
  let w = 1
  while (w < 32 && max >= 2 ** w) w++
  return w
}

/** Appends values[from, to) bit-packed with `width` bits each, LSB first, padded to whole groups of 8. */
function bitPack(out: ByteSink, values: ArrayLike<number>, from: number, to: number, width: number): void {
  const groups = Math.ceil((to - from) / 8)
  out.uvarint((groups << 1) | 1)
  out.ensure(groups * width)
  let acc = 0
  let bits = 0
  for (let i = 0; i < groups * 8; i++) {
    const v = from + i < to ? values[from + i]! : 0
    acc += v * 2 ** bits
    bits += width
    while (bits >= 8) {
      out.buf[out.length++] = acc & 0xff
      acc = Math.floor(acc / 256)
      bits -= 8
    }
  }
}

function rleRun(out: ByteSink, value: number, count: number, width: number): void {
  out.uvarint(count << 1)
  for (let b = 0; b < Math.ceil(width / 8); b++) out.byte((value >>> (8 * b)) & 0xff)
}

/**
 * The RLE / bit-packed hybrid of values[from, to): runs of 8 or more equal values as
 * RLE runs, everything else bit-packed (literal groups are kept at multiples of 8
 * values so a run can follow them).
 */
export function encodeHybrid(out: ByteSink, values: ArrayLike<number>, from: number, to: number, width: number): void {
  let litStart = from
  let i = from
  while (i < to) {
    const v = values[i]!
    let j = i + 1
    while (j < to && values[j] === v) j++
    if (j - i >= 8) {
      // Take values from the run until the pending literals fill whole groups of 8.
      const pending = i - litStart
      let runStart = i
      if (pending % 8 !== 0) runStart += 8 - (pending % 8)
      if (j - runStart >= 8) {
        if (runStart > litStart) bitPack(out, values, litStart, runStart, width)
        rleRun(out, v, j - runStart, width)
        litStart = j
      }
    }
    i = j
  }
  if (litStart < to) bitPack(out, values, litStart, to, width)
}

/** PLAIN booleans: bit-packed LSB first. */
export function plainBooleans(out: ByteSink, values: Uint8Array, from: number, to: number): void {
  const n = to - from
  out.ensure(Math.ceil(n / 8))
  for (let i = 0; i < n; i += 8) {
    let b = 0
    for (let k = 0; k < 8 && i + k < n; k++) if (values[from + i + k]) b |= 1 << k
    out.buf[out.length++] = b
  }
}
