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
  /** The kept buffer the body was written into, for the next pages once this one is written. */
  spare?: Buffer
}

/** Size of the kept page buffers: a page's values stop soon after PAGE_BYTES, unless one value is large. */
const SPARE_PAGE_BYTES = PAGE_BYTES + 64 * 1024

/** A column chunk waiting to be written: its pages and its metadata without offsets. */
interface ChunkJob {
  pages: PageJob[]
  meta: TStruct
}
const PHYSICAL: Record<ColumnType, number> = { boolean: 0, int64: 2, double: 5, string: 6, json: 6, timestamp: 2 }
const CODEC_ID: Record<Codec, number> = { none: 0, gzip: 2, zstd: 6 }
const ENC = { PLAIN: 0, RLE: 3, RLE_DICTIONARY: 8 }

/** Whether typed arrays hold their elements little-endian, as Parquet's PLAIN encoding wants them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

const compareBytes = Buffer.prototype.compare

/**
 * FNV-1a of the bytes src[start, end): all of them up to 192 bytes; of a longer value
 * its length, its first and last 64 bytes and 64 bytes spread between (equal hashes
 * are compared in full, so this only has to tell most values apart, cheaply).
 */
function hashBytes(src: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0
  const length = end - start
  if (length <= 192) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ src[i]!, 0x01000193)
    return h
  }
  for (let i = start; i < start + 64; i++) h = Math.imul(h ^ src[i]!, 0x01000193)
  const step = ((length - 128) / 64) | 0
  for (let i = start + 64; i < end - 64; i += step) h = Math.imul(h ^ src[i]!, 0x01000193)
  for (let i = end - 64; i < end; i++) h = Math.imul(h ^ src[i]!, 0x01000193)
  return Math.imul(h ^ length, 0x01000193)
}

/**
 * The distinct values of a string column in one row group, by their bytes, numbered
 * in the order they first appear (the dictionary page lists them in that order): an
 * open-addressing table of FNV-1a hashes, so a value is looked up without making a
 * string of it.
 */
class ByteDict {
  size = 0
  private readonly bytes = new ByteSink(4096)
  private readonly offsets = new Int32Array(MAX_DICTIONARY_VALUES + 1)
  private readonly hashes = new Int32Array(MAX_DICTIONARY_VALUES)
  /** id + 1 per slot, 0 for an empty slot. */
  private readonly slots = new Int32Array(MAX_DICTIONARY_VALUES * 2)

  clear(): void {
    this.size = 0
    this.last = -1
    this.bytes.reset()
    this.slots.fill(0)
  }

  /** The id the previous value got, checked first: many columns repeat a value row after row. */
  private last = -1

  /** The id of src[start, end), added when new; -1 when it is new and the dictionary is full. */
  id(src: Uint8Array, start: number, end: number): number {
    const last = this.last
    if (last >= 0 && this.holds(last, src, start, end)) return last
    const id = this.find(src, start, end)
    this.last = id
    return id
  }

  /** Whether value `id` is src[start, end). */
  private holds(id: number, src: Uint8Array, start: number, end: number): boolean {
    const s = this.offsets[id]!
    const length = end - start
    if (this.offsets[id + 1]! - s !== length) return false
    const buf = this.bytes.buf
    if (length >= 64) return compareBytes.call(src, buf, s, s + length, start, end) === 0
    let i = 0
    while (i < length && buf[s + i] === src[start + i]) i++
    return i === length
  }

  private find(src: Uint8Array, start: number, end: number): number {
    const h = hashBytes(src, start, end)
    const mask = this.slots.length - 1
    for (let k = h & mask; ; k = (k + 1) & mask) {
      const slot = this.slots[k]!
      if (slot === 0) {
        if (this.size >= MAX_DICTIONARY_VALUES) return -1
        const id = this.size++
        this.slots[k] = id + 1
        this.hashes[id] = h
        this.bytes.bytes(src, start, end)
        this.offsets[id + 1] = this.bytes.length
        return id
      }
      const id = slot - 1
      if (this.hashes[id] === h && this.holds(id, src, start, end)) return id
    }
  }

  /** The values in id order, each in a buffer of its own. */
  list(): Buffer[] {
    const out: Buffer[] = []
    for (let id = 0; id < this.size; id++) {
      out.push(Buffer.from(this.bytes.buf.subarray(this.offsets[id]!, this.offsets[id + 1]!)))
    }
    return out
  }
}

/** Values of one column for the row group being built. */
class ColumnBuffer {
  defs = new Uint8Array(1024)
  rows = 0
  values = 0
  /** Rows the arrays have room for (every value array holds at least as many values). */
  cap = 0
  nums = new Float64Array(0)
  /** INT64 values as (low, high) 32-bit halves. */
  ints = new Int32Array(0)
  bools = new Uint8Array(0)
  /**
   * String values, each after its length (int32 little-endian), as a PLAIN page holds
   * them: value v's length is at offsets[v], its bytes at [offsets[v] + 4, offsets[v + 1]).
   */
  bytes = new ByteSink(0)
  offsets = new Int32Array(0)
  /** Dictionary state for string columns. */
  dict: ByteDict | undefined
  dictIds = new Uint32Array(0)
  dictFailed = false
  readonly isString: boolean

  constructor(readonly def: ColumnDef) {
    this.isString = def.type === 'string' || def.type === 'json'
    this.reset()
  }

  /** Empties the buffer for the next row group; `keep` keeps the grown arrays. */
  reset(keep = false): void {
    this.rows = 0
    this.values = 0
    const t = this.def.type
    if (keep) {
      // The row group's pages and statistics were copied out by encodeChunk.
      if (this.isString) {
        this.bytes.reset()
        if (this.dictFailed) this.dict = undefined
        else if (this.dict) this.dict.clear()
        else this.dict = new ByteDict()
      }
      return
    }
    if (t === 'double' || t === 'timestamp') this.nums = new Float64Array(1024)
    else if (t === 'int64') this.ints = new Int32Array(2048)
    else if (t === 'boolean') this.bools = new Uint8Array(1024)
    else {
      this.bytes = new ByteSink(64 * 1024)
      this.offsets = new Int32Array(1025)
      this.dictIds = new Uint32Array(1024)
      this.dict = this.dictFailed ? undefined : new ByteDict()
    }
    this.cap = Math.min(this.defs.length, 1024)
  }

  /** Room for more rows: called when `rows` reaches `cap`. */
  grow(): void {
    const n = this.cap * 2
    const more = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(a: T, length: number): T => {
      if (a.length >= length) return a
      const b = new (a.constructor as new (n: number) => T)(length)
      b.set(a)
      return b
    }
    this.defs = more(this.defs, n)
    const t = this.def.type
    if (t === 'double' || t === 'timestamp') this.nums = more(this.nums, n)
    else if (t === 'int64') this.ints = more(this.ints, 2 * n)
    else if (t === 'boolean') this.bools = more(this.bools, n)
    else {
      this.offsets = more(this.offsets, n + 1)
      this.dictIds = more(this.dictIds, n)
    }
    this.cap = n
  }

  /** Approximate bytes held. */
  get size(): number {
    // The length prefixes are not counted: the value bytes decide where a row group ends.
    return this.rows + (this.isString ? this.bytes.length - this.values * 4 + this.values * 8 : this.values * 8)
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
  /** With reuseBuffers: page buffers already written, for the next pages (no new memory per page). */
  private readonly spares: Buffer[] = []
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
    if (col.rows === col.cap) col.grow()
    col.defs[col.rows++] = 0
  }

  /** A DOUBLE value. */
  appendDouble(c: number, v: number): void {
    const col = this.cols[c]!
    if (col.rows === col.cap) col.grow()
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
    if (col.rows === col.cap) col.grow()
    col.defs[col.rows++] = 1
    const at = 2 * col.values++
    col.ints[at] = Number(BigInt.asIntN(32, v))
    col.ints[at + 1] = Number(BigInt.asIntN(32, v >> 32n))
  }

  /** An INT64 value given as a safe integer. */
  appendInt64Number(c: number, v: number): void {
    const col = this.cols[c]!
    if (col.rows === col.cap) col.grow()
    col.defs[col.rows++] = 1
    const at = 2 * col.values++
    const high = Math.floor(v / 4294967296)
    col.ints[at] = v - high * 4294967296
    col.ints[at + 1] = high
  }

  /** A BOOLEAN value. */
  appendBoolean(c: number, v: boolean): void {
    const col = this.cols[c]!
    if (col.rows === col.cap) col.grow()
    col.defs[col.rows++] = 1
    col.bools[col.values++] = v ? 1 : 0
  }

  /** A string value given as UTF-8 bytes src[start, end). */
  appendBytes(c: number, src: Uint8Array, start: number, end: number): void {
    this.beginValue(c).bytes(src, start, end)
    this.endValue(c)
  }

  /** A string value written by `fill` straight into the column's buffer (no copy in between). */
  appendWith(c: number, fill: (sink: ByteSink) => void): void {
    fill(this.beginValue(c))
    this.endValue(c)
  }

  /**
   * Starts a string value written straight into the column's buffer: append its
   * bytes to the sink returned, then call {@link endValue}.
   */
  beginValue(c: number): ByteSink {
    const col = this.cols[c]!
    if (col.rows === col.cap) col.grow()
    col.defs[col.rows++] = 1
    // Room for the length, written by endValue.
    col.bytes.ensure(4)
    col.bytes.length += 4
    return col.bytes
  }

  /** Ends the value {@link beginValue} started. */
  endValue(c: number): void {
    const col = this.cols[c]!
    const at = col.offsets[col.values]!
    const end = col.bytes.length
    const buf = col.bytes.buf
    const n = end - at - 4
    buf[at] = n
    buf[at + 1] = n >>> 8
    buf[at + 2] = n >>> 16
    buf[at + 3] = n >>> 24
    col.offsets[col.values + 1] = end
    if (col.dict) {
      const id = col.dict.id(buf, at + 4, end)
      if (id < 0) {
        col.dict = undefined
        col.dictFailed = true
      } else col.dictIds[col.values] = id
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
        if (page.spare) this.spares.push(page.spare)
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
    const isString = col.isString
    const useDict = isString && col.dict !== undefined && col.values > 0
    const pages: PageJob[] = []
    let dictOrder: Buffer[] = []
    if (useDict) {
      dictOrder = col.dict!.list()
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
          bytes += isString ? (useDict ? 1 : col.offsets[endValue + 1]! - col.offsets[endValue]!) : 8
          endValue++
        }
        endRow++
      }
      const levels = this.levels
      levels.reset()
      encodeHybrid(levels, col.defs, row, endRow, 1)
      // Dictionary indices are small: they go through the shared page buffer and are
      // copied out. Other values are written into a buffer of the page's own, sized
      // for them, which is handed to the compressor as it is.
      const need = 4 + levels.length + bytes + 16
      let spare: Buffer | undefined
      if (!useDict && this.options.reuseBuffers === true && need <= SPARE_PAGE_BYTES) {
        spare = this.spares.pop() ?? Buffer.allocUnsafeSlow(SPARE_PAGE_BYTES)
      }
      const page = useDict ? this.page : spare ? ByteSink.over(spare) : new ByteSink(need)
      page.reset()
      page.int32LE(levels.length)
      page.bytes(levels.buf, 0, levels.length)
      if (useDict) {
        page.byte(width)
        encodeHybrid(page, col.dictIds, value, endValue, width)
      } else if (isString) page.bytes(col.bytes.buf, col.offsets[value]!, col.offsets[endValue]!)
      else if (t === 'double') plainNumbers(page, col.nums, value, endValue)
      else if (t === 'timestamp') plainTimestamps(page, col.nums, value, endValue)
      else if (t === 'int64') plainInt64s(page, col.ints, value, endValue)
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
        body: useDict ? Buffer.from(page.view()) : page.view(),
        ...(spare ? { spare } : {})
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

function int64Bytes(low: number, high: number): Buffer {
  const b = Buffer.alloc(8)
  b.writeInt32LE(low, 0)
  b.writeInt32LE(high, 4)
  return b
}

/** PLAIN DOUBLE values. */
function plainNumbers(page: ByteSink, nums: Float64Array, from: number, to: number): void {
  if (LITTLE_ENDIAN) page.bytes(new Uint8Array(nums.buffer, nums.byteOffset + from * 8, (to - from) * 8))
  else for (let v = from; v < to; v++) page.double(nums[v]!)
}

const timestampHalves = new Int32Array(2048)

/** PLAIN INT64 values of timestamps held as safe integers. */
function plainTimestamps(page: ByteSink, nums: Float64Array, from: number, to: number): void {
  if (!LITTLE_ENDIAN) {
    for (let v = from; v < to; v++) page.int64FromNumber(nums[v]!)
    return
  }
  const halves = timestampHalves
  for (let v = from; v < to;) {
    const n = Math.min(to - v, halves.length / 2)
    for (let k = 0; k < n; k++) {
      const x = nums[v + k]!
      halves[2 * k] = x >>> 0
      halves[2 * k + 1] = Math.floor(x / 4294967296) | 0
    }
    page.bytes(new Uint8Array(halves.buffer, 0, n * 8))
    v += n
  }
}

/** PLAIN INT64 values held as (low, high) halves. */
function plainInt64s(page: ByteSink, ints: Int32Array, from: number, to: number): void {
  if (LITTLE_ENDIAN) {
    page.bytes(new Uint8Array(ints.buffer, ints.byteOffset + from * 8, (to - from) * 8))
    return
  }
  for (let v = from; v < to; v++) {
    page.int32LE(ints[2 * v]!)
    page.int32LE(ints[2 * v + 1]!)
  }
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
      min = Buffer.alloc(8)
      max = Buffer.alloc(8)
      min.writeBigInt64LE(BigInt(lo))
      max.writeBigInt64LE(BigInt(hi))
    } else {
      min = Buffer.alloc(8)
      max = Buffer.alloc(8)
      min.writeDoubleLE(lo === 0 ? -0 : lo)
      max.writeDoubleLE(hi === 0 ? 0 : hi)
    }
  } else if (t === 'int64') {
    // Compared as (signed high half, unsigned low half).
    const ints = col.ints
    let minAt = 0
    let maxAt = 0
    for (let i = 1; i < col.values; i++) {
      const h = ints[2 * i + 1]!
      const l = ints[2 * i]! >>> 0
      const mh = ints[2 * minAt + 1]!
      if (h < mh || (h === mh && l < ints[2 * minAt]! >>> 0)) minAt = i
      const xh = ints[2 * maxAt + 1]!
      if (h > xh || (h === xh && l > ints[2 * maxAt]! >>> 0)) maxAt = i
    }
    min = int64Bytes(ints[2 * minAt]!, ints[2 * minAt + 1]!)
    max = int64Bytes(ints[2 * maxAt]!, ints[2 * maxAt + 1]!)
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
