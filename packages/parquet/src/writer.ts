/**
 * A streaming Parquet writer for flat tables of optional columns: INT64, DOUBLE,
 * BOOLEAN, UTF-8 strings (BYTE_ARRAY with the STRING logical type) and timestamps
 * (INT64, TIMESTAMP(isAdjustedToUTC=true, MICROS)). Rows are buffered into a row
 * group and written when the group reaches {@link ROW_GROUP_BYTES}, so memory stays
 * bounded whatever the number of rows. Pages are data page v1, at most about
 * {@link PAGE_BYTES} each, dictionary-encoded (RLE_DICTIONARY) while a string
 * column's distinct values stay few, compressed with ZSTD or GZIP from Node's zlib.
 * Column chunks carry min/max/null-count statistics so engines can skip row groups.
 */
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs'
import { promisify } from 'node:util'
import { constants, gzip, zstdCompress, type zstdCompressSync } from 'node:zlib'
import { bitWidth, ByteSink, encodeHybrid, plainBooleans } from './encoding.js'
import { bin, bool, encodeStruct, i32, i64, list, struct, type TStruct, type TValue } from './thrift.js'

/** Column types. `json` is a string column whose values are JSON text. */
export type ColumnType = 'int64' | 'double' | 'boolean' | 'string' | 'json' | 'timestamp'
/** Page compression. */
export type Codec = 'zstd' | 'gzip' | 'none'

/** A column of the table. */
export interface ColumnDef {
  name: string
  type: ColumnType
}

/** Options of a writer. */
export interface WriterOptions {
  codec?: Codec
  /** Key/value metadata for the footer. */
  metadata?: Record<string, string>
  /** `created_by` in the footer. */
  createdBy?: string
  /** Row group size in buffered bytes; defaults to {@link ROW_GROUP_BYTES}. */
  rowGroupBytes?: number
  /**
   * Keep each column's buffers (grown to a row group's size) for the next row group
   * instead of growing them again from small ones: less copying and garbage for one
   * long file, but the memory stays held until the writer is closed, so leave it off
   * when many writers are open at once.
   */
  reuseBuffers?: boolean
}

/** Buffered bytes at which a row group is written. */
export const ROW_GROUP_BYTES = 64 * 1024 * 1024
/** ZSTD level: 1 compresses log text at several hundred MB/s on one core, close to level 3's ratio once strings are dictionary-encoded. */
export const ZSTD_LEVEL = 1
/** Target size of one data page before compression. */
export const PAGE_BYTES = 1024 * 1024
/** A string column stops dictionary encoding in a row group beyond this many distinct values. */
export const MAX_DICTIONARY_VALUES = 4096
/** String statistics are left out when the min or max value is longer than this. */
export const MAX_STAT_BYTES = 128

const MAGIC = Buffer.from('PAR1', 'latin1')
const gzipAsync = promisify(gzip)
const zstdAsync = promisify(zstdCompress) as (b: Buffer, o: unknown) => Promise<Buffer>

/** A page waiting for compression. */
interface PageJob {
  dictionary: boolean
  header: TStruct
  body: Buffer
}

/** A column chunk waiting to be written: its pages and its metadata without offsets. */
interface ChunkJob {
  pages: PageJob[]
  meta: TStruct
}
const PHYSICAL: Record<ColumnType, number> = { boolean: 0, int64: 2, double: 5, string: 6, json: 6, timestamp: 2 }
const CODEC_ID: Record<Codec, number> = { none: 0, gzip: 2, zstd: 6 }
const ENC = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 }

/** Values of one column for the row group being built. */
class ColumnBuffer {
  defs = new Uint8Array(1024)
  rows = 0
  values = 0
  nums = new Float64Array(0)
  bigs: BigInt64Array = new BigInt64Array(0)
  bools = new Uint8Array(0)
  bytes = new ByteSink(0)
  offsets = new Int32Array(0)
  /** Dictionary state for string columns. */
  dict: Map<string, number> | undefined
  dictIds = new Uint32Array(0)
  dictFailed = false

  constructor(readonly def: ColumnDef) {
    this.reset()
  }

  /** Empties the buffer for the next row group; `keep` keeps the grown arrays. */
  reset(keep = false): void {
    this.rows = 0
    this.values = 0
    const t = this.def.type
    if (keep) {
      // The row group's pages and statistics were copied out by encodeChunk.
      if (t === 'string' || t === 'json') {
        this.bytes.reset()
        this.dict = this.dictFailed ? undefined : new Map()
      }
      return
    }
    if (t === 'double' || t === 'timestamp') this.nums = new Float64Array(1024)
    else if (t === 'int64') this.bigs = new BigInt64Array(1024)
    else if (t === 'boolean') this.bools = new Uint8Array(1024)
    else {
      this.bytes = new ByteSink(64 * 1024)
      this.offsets = new Int32Array(1025)
      this.dictIds = new Uint32Array(1024)
      this.dict = this.dictFailed ? undefined : new Map()
    }
  }

  /** Room for one more row (and value). */
  grow(): void {
    if (this.rows === this.defs.length) {
      const d = new Uint8Array(this.defs.length * 2)
      d.set(this.defs)
      this.defs = d
    }
    const need = this.values + 1
    const t = this.def.type
    if ((t === 'double' || t === 'timestamp') && need > this.nums.length) {
      const n = new Float64Array(this.nums.length * 2)
      n.set(this.nums)
      this.nums = n
    } else if (t === 'int64' && need > this.bigs.length) {
      const n = new BigInt64Array(this.bigs.length * 2)
      n.set(this.bigs)
      this.bigs = n
    } else if (t === 'boolean' && need > this.bools.length) {
      const n = new Uint8Array(this.bools.length * 2)
      n.set(this.bools)
      this.bools = n
    } else if (t === 'string' || t === 'json') {
      if (need + 1 > this.offsets.length) {
        const n = new Int32Array(this.offsets.length * 2)
        n.set(this.offsets)
        this.offsets = n
      }
      if (need > this.dictIds.length) {
        const ids = new Uint32Array(this.dictIds.length * 2)
        ids.set(this.dictIds)
        this.dictIds = ids
      }
    }
  }

  /** Approximate bytes held. */
  get size(): number {
    const t = this.def.type
    return this.rows + (t === 'string' || t === 'json' ? this.bytes.length + this.values * 8 : this.values * 8)
  }
}

/** What a written file holds. */
export interface WrittenFile {
  rows: number
  rowGroups: number
  bytes: number
}

/** Streams rows into one Parquet file. Append each column of a row in order, then call {@link endRow}. */
export class ParquetWriter {
  private readonly fd: number
  private position = 0
  private readonly cols: ColumnBuffer[]
  private readonly rowGroups: TValue[] = []
  private rows = 0
  private groupRows = 0
  private readonly codec: Codec
  private readonly limit: number
  private readonly page = new ByteSink(PAGE_BYTES + 1024)
  private readonly levels = new ByteSink(1024)
  private pending: Promise<void> = Promise.resolve()
  private inFlight = 0
  private aborted = false

  constructor(
    private readonly path: string,
    readonly columns: readonly ColumnDef[],
    private readonly options: WriterOptions = {}
  ) {
    this.codec = options.codec ?? 'zstd'
    this.limit = options.rowGroupBytes ?? ROW_GROUP_BYTES
    this.cols = columns.map(c => new ColumnBuffer(c))
    this.fd = openSync(path, 'wx', 0o644)
    this.write(MAGIC)
  }

  private write(b: Uint8Array): void {
    let off = 0
    while (off < b.length) off += writeSync(this.fd, b, off, b.length - off)
    this.position += b.length
  }

  /** A null (or absent) value. */
  appendNull(c: number): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 0
  }

  /** A DOUBLE value. */
  appendDouble(c: number, v: number): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 1
    col.nums[col.values++] = v
  }

  /** A TIMESTAMP value in microseconds since the epoch (a safe integer). */
  appendTimestamp(c: number, micros: number): void {
    this.appendDouble(c, micros)
  }

  /** An INT64 value. */
  appendInt64(c: number, v: bigint): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 1
    col.bigs[col.values++] = v
  }

  /** A BOOLEAN value. */
  appendBoolean(c: number, v: boolean): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 1
    col.bools[col.values++] = v ? 1 : 0
  }

  /** A string value given as UTF-8 bytes src[start, end). */
  appendBytes(c: number, src: Uint8Array, start: number, end: number): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 1
    const at = col.bytes.length
    col.bytes.bytes(src, start, end)
    this.endBytes(col, at)
  }

  /** A string value written by `fill` straight into the column's buffer (no copy in between). */
  appendWith(c: number, fill: (sink: ByteSink) => void): void {
    const col = this.cols[c]!
    col.grow()
    col.defs[col.rows++] = 1
    const at = col.bytes.length
    fill(col.bytes)
    this.endBytes(col, at)
  }

  private endBytes(col: ColumnBuffer, at: number): void {
    const end = col.bytes.length
    col.offsets[col.values + 1] = end
    if (col.dict) {
      const key = col.bytes.buf.toString('latin1', at, end)
      let id = col.dict.get(key)
      if (id === undefined) {
        id = col.dict.size
        if (id >= MAX_DICTIONARY_VALUES) {
          col.dict = undefined
          col.dictFailed = true
        } else col.dict.set(key, id)
      }
      col.dictIds[col.values] = id
    }
    col.values++
  }

  /** A string value. */
  appendString(c: number, s: string): void {
    const b = Buffer.from(s, 'utf8')
    this.appendBytes(c, b, 0, b.length)
  }

  /** Ends a row; encodes the row group when it is full (a promise means: wait before the next row). */
  endRow(): Promise<void> | undefined {
    this.rows++
    this.groupRows++
    if ((this.groupRows & 1023) === 0) {
      let size = 0
      for (const col of this.cols) size += col.size
      if (size >= this.limit) return this.flush()
    }
    return undefined
  }

  /** Rows appended so far. */
  get rowCount(): number {
    return this.rows
  }

  /** Approximate bytes buffered for the row group being built. */
  get bufferedBytes(): number {
    let size = 0
    for (const col of this.cols) size += col.size
    return size
  }

  /**
   * Encodes the buffered rows as a row group. Its pages are compressed in libuv's
   * thread pool (the other core) while the caller goes on buffering the next group;
   * groups are written in order. Returns a promise to wait on when a group is
   * already in flight, so at most two groups are held (bounded memory).
   */
  flush(): Promise<void> | undefined {
    if (this.groupRows === 0) return undefined
    const chunks: ChunkJob[] = []
    for (const col of this.cols) {
      if (col.rows !== this.groupRows) {
        throw new Error(
          `parquet: column ${col.def.name} has ${col.rows} values in a row group of ${this.groupRows} rows`
        )
      }
      chunks.push(this.encodeChunk(col))
      col.reset(this.options.reuseBuffers === true)
    }
    const rows = this.groupRows
    this.groupRows = 0
    const compressed = Promise.all(chunks.map(c => Promise.all(c.pages.map(p => this.compress(p.body)))))
    compressed.catch(() => undefined)
    this.inFlight++
    const done = this.pending
      .then(() => compressed)
      .then(bodies => this.writeGroup(chunks, bodies, rows))
      .finally(() => void this.inFlight--)
    done.catch(() => undefined)
    this.pending = done
    return this.inFlight > 1 ? done : undefined
  }

  private compress(body: Buffer): Promise<Buffer> {
    if (this.codec === 'none') return Promise.resolve(body)
    if (this.codec === 'gzip') return gzipAsync(body)
    return zstdAsync(body, {
      params: { [constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL },
      pledgedSrcSize: body.length
    } as Parameters<typeof zstdCompressSync>[1])
  }

  private writeGroup(chunks: ChunkJob[], bodies: Buffer[][], rows: number): void {
    if (this.aborted) return
    const start = this.position
    let total = 0
    let compressedTotal = 0
    const metas: TValue[] = []
    chunks.forEach((chunk, c) => {
      let dictionaryOffset: number | undefined
      let dataOffset: number | undefined
      let uncompressed = 0
      let compressed = 0
      chunk.pages.forEach((page, i) => {
        const body = bodies[c]![i]!
        if (page.dictionary) dictionaryOffset = this.position
        else dataOffset ??= this.position
        const h = encodeStruct({ ...page.header, 2: i32(page.body.length), 3: i32(body.length) })
        this.write(h)
        this.write(body)
        uncompressed += h.length + page.body.length
        compressed += h.length + body.length
      })
      total += uncompressed
      compressedTotal += compressed
      const meta = struct({
        ...chunk.meta,
        6: i64(uncompressed),
        7: i64(compressed),
        9: i64(dataOffset!),
        ...(dictionaryOffset !== undefined ? { 11: i64(dictionaryOffset) } : {})
      })
      metas.push(struct({ 2: i64(dictionaryOffset ?? dataOffset!), 3: meta }))
    })
    this.rowGroups.push(
      struct({
        1: list('struct', metas),
        2: i64(total),
        3: i64(rows),
        5: i64(start),
        6: i64(compressedTotal),
        7: i32(this.rowGroups.length)
      })
    )
  }

  private encodeChunk(col: ColumnBuffer): ChunkJob {
    const t = col.def.type
    const isString = t === 'string' || t === 'json'
    const useDict = isString && col.dict !== undefined && col.values > 0
    const pages: PageJob[] = []
    let dictOrder: Buffer[] = []
    if (useDict) {
      dictOrder = [...col.dict!.keys()].map(k => Buffer.from(k, 'latin1'))
      const body = new ByteSink(1024)
      for (const v of dictOrder) {
        body.int32LE(v.length)
        body.bytes(v)
      }
      pages.push({
        dictionary: true,
        header: { 1: i32(2), 7: struct({ 1: i32(dictOrder.length), 2: i32(ENC.PLAIN) }) },
        body: Buffer.from(body.view())
      })
    }
    const width = useDict ? bitWidth(Math.max(1, dictOrder.length - 1)) : 0
    let row = 0
    let value = 0
    while (row < col.rows) {
      // Cut the page at about PAGE_BYTES of values.
      let endRow = row
      let endValue = value
      let bytes = 0
      while (endRow < col.rows && (bytes < PAGE_BYTES || endRow === row)) {
        if (col.defs[endRow]) {
          bytes += isString ? (useDict ? 1 : col.offsets[endValue + 1]! - col.offsets[endValue]! + 4) : 8
          endValue++
        }
        endRow++
      }
      const page = this.page
      page.reset()
      const levels = this.levels
      levels.reset()
      encodeHybrid(levels, col.defs, row, endRow, 1)
      page.int32LE(levels.length)
      page.bytes(levels.buf, 0, levels.length)
      if (useDict) {
        page.byte(width)
        encodeHybrid(page, col.dictIds, value, endValue, width)
      } else if (isString) {
        for (let v = value; v < endValue; v++) {
          const s = col.offsets[v]!
          const e = col.offsets[v + 1]!
          page.int32LE(e - s)
          page.bytes(col.bytes.buf, s, e)
        }
      } else if (t === 'double') for (let v = value; v < endValue; v++) page.double(col.nums[v]!)
      else if (t === 'timestamp') for (let v = value; v < endValue; v++) page.int64FromNumber(col.nums[v]!)
      else if (t === 'int64') for (let v = value; v < endValue; v++) page.int64(col.bigs[v]!)
      else plainBooleans(page, col.bools, value, endValue)
      pages.push({
        dictionary: false,
        header: {
          1: i32(0),
          5: struct({
            1: i32(endRow - row),
            2: i32(useDict ? ENC.RLE_DICTIONARY : ENC.PLAIN),
            3: i32(ENC.RLE),
            4: i32(ENC.RLE)
          })
        },
        body: Buffer.from(page.view())
      })
      row = endRow
      value = endValue
    }
    const encodings = useDict ? [ENC.PLAIN, ENC.RLE, ENC.RLE_DICTIONARY] : [ENC.PLAIN, ENC.RLE]
    return {
      pages,
      meta: {
        1: i32(PHYSICAL[t]),
        2: list(
          'i32',
          encodings.map(e => i32(e))
        ),
        3: list('bin', [bin(col.def.name)]),
        4: i32(CODEC_ID[this.codec]),
        5: i64(col.rows),
        12: struct(statistics(col, dictOrder))
      }
    }
  }

  /** Writes the last row group and the footer, and closes the file (after fsync when `sync`). */
  async close(sync = false): Promise<WrittenFile> {
    try {
      this.flush()
      await this.pending
      const footer = encodeStruct({
        1: i32(1),
        2: list('struct', schemaElements(this.columns)),
        3: i64(this.rows),
        4: list('struct', this.rowGroups),
        5: list(
          'struct',
          Object.entries(this.options.metadata ?? {}).map(([k, v]) => struct({ 1: bin(k), 2: bin(v) }))
        ),
        6: bin(this.options.createdBy ?? 'ai-act-gates'),
        7: list(
          'struct',
          this.columns.map(() => struct({ 1: struct({}) }))
        )
      })
      this.write(footer)
      const len = Buffer.alloc(4)
      len.writeUInt32LE(footer.length)
      this.write(len)
      this.write(MAGIC)
      if (sync) fsyncSync(this.fd)
    } finally {
      this.aborted = true
      closeSync(this.fd)
    }
    return { rows: this.rows, rowGroups: this.rowGroups.length, bytes: this.position }
  }

  /** Closes the file without a footer (after an error); the caller removes it. */
  abort(): void {
    if (this.aborted) return
    this.aborted = true
    try {
      closeSync(this.fd)
    } catch {
      // already closed
    }
  }

  /** The path being written. */
  get file(): string {
    return this.path
  }
}

function schemaElements(columns: readonly ColumnDef[]): TValue[] {
  const root = struct({ 4: bin('schema'), 5: i32(columns.length) })
  return [
    root,
    ...columns.map(c => {
      const f: TStruct = { 1: i32(PHYSICAL[c.type]), 3: i32(1), 4: bin(c.name) }
      if (c.type === 'string' || c.type === 'json') {
        f[6] = i32(0) // UTF8
        f[10] = struct({ 1: struct({}) }) // STRING
      } else if (c.type === 'timestamp') {
        f[6] = i32(10) // TIMESTAMP_MICROS
        f[10] = struct({ 8: struct({ 1: bool(true), 2: struct({ 2: struct({}) }) }) })
      }
      return struct(f)
    })
  ]
}

function int64Bytes(v: bigint): Buffer {
  const b = Buffer.alloc(8)
  b.writeBigInt64LE(v)
  return b
}

function statistics(col: ColumnBuffer, dict: Buffer[]): TStruct {
  const nulls = col.rows - col.values
  const out: TStruct = { 3: i64(nulls) }
  if (col.values === 0) return out
  const t = col.def.type
  let min: Buffer | undefined
  let max: Buffer | undefined
  if (t === 'double' || t === 'timestamp') {
    let lo = Infinity
    let hi = -Infinity
    for (let i = 0; i < col.values; i++) {
      const v = col.nums[i]!
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    if (lo > hi) return out
    if (t === 'timestamp') {
      min = int64Bytes(BigInt(lo))
      max = int64Bytes(BigInt(hi))
    } else {
      min = Buffer.alloc(8)
      max = Buffer.alloc(8)
      min.writeDoubleLE(lo === 0 ? -0 : lo)
      max.writeDoubleLE(hi === 0 ? 0 : hi)
    }
  } else if (t === 'int64') {
    let lo = col.bigs[0]!
    let hi = lo
    for (let i = 1; i < col.values; i++) {
      const v = col.bigs[i]!
      if (v < lo) lo = v
      if (v > hi) hi = v
    }
    min = int64Bytes(lo)
    max = int64Bytes(hi)
  } else if (t === 'boolean') {
    let any0 = false
    let any1 = false
    for (let i = 0; i < col.values; i++)
      if (col.bools[i]) any1 = true
      else any0 = true
    min = Buffer.from([any0 ? 0 : 1])
    max = Buffer.from([any1 ? 1 : 0])
  } else if (dict.length > 0) {
    for (const v of dict) {
      if (min === undefined || Buffer.compare(v, min) < 0) min = v
      if (max === undefined || Buffer.compare(v, max) > 0) max = v
    }
    if (min!.length > MAX_STAT_BYTES || max!.length > MAX_STAT_BYTES) return out
  }
  if (min === undefined || max === undefined) return out
  return { ...out, 5: bin(max), 6: bin(min) }
}
