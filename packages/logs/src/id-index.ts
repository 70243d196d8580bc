/**
 * The input-id index (seed 002: "Build a secondary index keyed by input ID"), built
 * in the same pass as the chain check. Each record names an entry by its global
 * index and its byte range in its file; records are bucketed by a 32-bit hash of
 * the key (input id or correlation id), so a lookup reads one bucket and then the
 * entries themselves, which the caller checks against the key (a hash collision
 * only costs a read).
 *
 * File layout (little-endian): `AAGIDX01`, u32 header length, the header as UTF-8
 * JSON (padded to 4 bytes), u32[65537] bucket starts, then per record five u32:
 * key hash, entry index, offset low, offset high, length.
 */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { writeFileAtomic } from '@ai-act-gates/files'
import type { LogSet } from './source.js'

const MAGIC = 'AAGIDX01'
const BUCKETS = 65536
const FIELDS = 5

/** A located entry, as the index returns it. */
export interface EntryRef {
  entryIndex: number
  fileIndex: number
  offset: number
  length: number
}

/** What the index records about the log it was built from. */
export interface IndexHeader {
  version: 1
  entries: number
  files: Array<{ path: string; size: number; mtimeMs: number; gzip: boolean; firstEntry: number; entries: number }>
  idField: string
  correlationField: string
  /** The chain head at build time (empty when the chain was not computed). */
  head: string
}

/** Coarse buckets (the hash's top 8 bits) that records are sorted into as they come. */
const COARSE = 256
/** Records per block of a coarse bucket. */
const PART_RECORDS = 4096

/**
 * Collects records during a pass. Each chunk's records go at once into one of 256
 * coarse buckets by the top 8 bits of their hash (appends to 256 places, which the
 * caches follow); {@link build} then sorts each coarse bucket into its 256 final
 * buckets, a region small enough to stay in the cache, instead of scattering every
 * record over the whole index.
 */
export class IdIndexBuilder {
  /** Per coarse bucket: blocks of PART_RECORDS records, five fields each. */
  private readonly parts: Uint32Array[][] = Array.from({ length: COARSE }, () => [])
  /** Per coarse bucket: records in it. */
  private readonly filled = new Uint32Array(COARSE)
  /** Per final bucket: records in it. */
  private readonly counts = new Uint32Array(BUCKETS)
  private count = 0

  /**
   * Adds a chunk's records ([keyHash, line, offset, length] per key, lines and
   * offsets relative to the chunk) for a chunk whose first entry is `entryBase` and
   * whose first line sits at `offsetBase` in its file.
   */
  addChunk(records: Uint32Array, entryBase: number, offsetBase: number): void {
    const { parts, filled, counts } = this
    for (let i = 0; i < records.length; i += 4) {
      const hash = records[i]!
      const c = hash >>> 24
      const n = filled[c]!
      const k = n % PART_RECORDS
      const blocks = parts[c]!
      if (k === 0) blocks.push(new Uint32Array(PART_RECORDS * FIELDS))
      const block = blocks[blocks.length - 1]!
      const at = k * FIELDS
      const offset = offsetBase + records[i + 2]!
      block[at] = hash
      block[at + 1] = entryBase + records[i + 1]!
      block[at + 2] = offset >>> 0
      block[at + 3] = Math.floor(offset / 0x100000000)
      block[at + 4] = records[i + 3]!
      filled[c] = n + 1
      counts[hash >>> 16]!++
    }
    this.count += records.length >>> 2
  }

  /**
   * Buckets the records by the hash's top 16 bits, stably: within a bucket, records
   * keep the order they came in.
   */
  build(set: LogSet): IdIndex {
    const starts = new Uint32Array(BUCKETS + 1)
    for (let i = 0; i < BUCKETS; i++) starts[i + 1] = starts[i]! + this.counts[i]!
    const fill = starts.slice(0, BUCKETS)
    const records = new Uint32Array(this.count * FIELDS)
    for (let c = 0; c < COARSE; c++) {
      const blocks = this.parts[c]!
      let left = this.filled[c]!
      for (const block of blocks) {
        const n = Math.min(left, PART_RECORDS)
        left -= n
        for (let at = 0; at < n * FIELDS; at += FIELDS) {
          const dest = fill[block[at]! >>> 16]!++ * FIELDS
          records[dest] = block[at]!
          records[dest + 1] = block[at + 1]!
          records[dest + 2] = block[at + 2]!
          records[dest + 3] = block[at + 3]!
          records[dest + 4] = block[at + 4]!
        }
      }
      this.parts[c] = []
    }
    this.filled.fill(0)
    this.counts.fill(0)
    this.count = 0
    return new IdIndex(fileStarts(set), starts, records)
  }
}

function fileStarts(set: LogSet): number[] {
  return set.files.map(() => 0)
}

/** The index: in memory after a pass, or opened from a file. */
export class IdIndex {
  /** First entry index of each file, to map an entry to its file; set by the pass. */
  firstEntries: number[]

  constructor(
    firstEntries: number[],
    private readonly starts: Uint32Array,
    private readonly records: Uint32Array
  ) {
    this.firstEntries = firstEntries
  }

  /** Number of records. */
  get size(): number {
    return this.records.length / FIELDS
  }

  /** The entries whose key hashes to `hash`, in log order. */
  lookup(hash: number): EntryRef[] {
    const b = hash >>> 16
    const out: EntryRef[] = []
    for (let i = this.starts[b]!; i < this.starts[b + 1]!; i++) {
      const at = i * FIELDS
      if (this.records[at] !== hash) continue
      const entryIndex = this.records[at + 1]!
      out.push({
        entryIndex,
        fileIndex: fileOf(this.firstEntries, entryIndex),
        offset: this.records[at + 2]! + this.records[at + 3]! * 0x100000000,
        length: this.records[at + 4]!
      })
    }
    return out.sort((x, y) => x.entryIndex - y.entryIndex)
  }

  /** Writes the index to a new file (never over an existing one). */
  async write(path: string, header: IndexHeader, display = path): Promise<void> {
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8')
    const pad = (4 - ((MAGIC.length + 4 + headerBytes.length) % 4)) % 4
    const head = Buffer.alloc(MAGIC.length + 4 + headerBytes.length + pad, 0x20)
    head.write(MAGIC, 0, 'latin1')
    head.writeUInt32LE(headerBytes.length + pad, MAGIC.length)
    headerBytes.copy(head, MAGIC.length + 4)
    const parts = [
      head,
      Buffer.from(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength),
      Buffer.from(this.records.buffer, this.records.byteOffset, this.records.byteLength)
    ]
    await writeFileAtomic(path, parts, { displayPath: display })
  }

  /** Reads an index file written by {@link IdIndex.write}. */
  static async read(path: string, display = path): Promise<{ index: IdIndex; header: IndexHeader }> {
    let data: Buffer
    try {
      data = await readFile(path)
    } catch (error) {
      throw toGateError(error, display)
    }
    if (data.length < 12 || data.toString('latin1', 0, MAGIC.length) !== MAGIC) {
      throw new GateError('PARSE_ERROR', 'not an ai-act-gates log index (bad magic)', { file: display })
    }
    const headerLength = data.readUInt32LE(MAGIC.length)
    const headerEnd = MAGIC.length + 4 + headerLength
    let header: IndexHeader
    try {
      header = JSON.parse(data.toString('utf8', MAGIC.length + 4, headerEnd)) as IndexHeader
    } catch {
      throw new GateError('PARSE_ERROR', 'the log index header is not valid JSON', { file: display })
    }
    const startsBytes = (BUCKETS + 1) * 4
    const copy = (from: number, bytes: number): Uint32Array => {
      const out = new Uint32Array(bytes / 4)
      Buffer.from(out.buffer).set(data.subarray(from, from + bytes))
      return out
    }
    const starts = copy(headerEnd, startsBytes)
    const recordBytes = data.length - headerEnd - startsBytes
    if (recordBytes < 0 || recordBytes % (FIELDS * 4) !== 0 || starts[BUCKETS]! * FIELDS * 4 !== recordBytes) {
      throw new GateError('PARSE_ERROR', 'the log index is truncated or corrupt', { file: display })
    }
    const records = copy(headerEnd + startsBytes, recordBytes)
    return {
      index: new IdIndex(
        header.files.map(f => f.firstEntry),
        starts,
        records
      ),
      header
    }
  }
}

/** The file holding entry `entryIndex`, from the files' first entries (sorted). */
export function fileOf(firstEntries: number[], entryIndex: number): number {
  let lo = 0
  let hi = firstEntries.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (firstEntries[mid]! <= entryIndex) lo = mid
    else hi = mid - 1
  }
  return lo
}
