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
const BLOCK = 65536

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

/** Collects records during a pass. */
export class IdIndexBuilder {
  private blocks: Uint32Array[] = []
  private count = 0

  /** Adds one key occurrence. */
  add(hash: number, entryIndex: number, offset: number, length: number): void {
    const b = Math.floor(this.count / BLOCK)
    if (b === this.blocks.length) this.blocks.push(new Uint32Array(BLOCK * FIELDS))
    const at = (this.count % BLOCK) * FIELDS
    const block = this.blocks[b]!
    block[at] = hash
    block[at + 1] = entryIndex
    block[at + 2] = offset >>> 0
    block[at + 3] = Math.floor(offset / 0x100000000)
    block[at + 4] = length
    this.count++
  }

  /**
   * Adds a chunk's records ([keyHash, line, offset, length] per key, lines and
   * offsets relative to the chunk) for a chunk whose first entry is `entryBase` and
   * whose first line sits at `offsetBase` in its file.
   */
  addChunk(records: Uint32Array, entryBase: number, offsetBase: number): void {
    for (let i = 0; i < records.length; i += 4) {
      this.add(records[i]!, entryBase + records[i + 1]!, offsetBase + records[i + 2]!, records[i + 3]!)
    }
  }

  /** Buckets the records (a counting sort on the hash's top 16 bits). */
  build(set: LogSet): IdIndex {
    const starts = new Uint32Array(BUCKETS + 1)
    this.each(h => void starts[(h >>> 16) + 1]!++)
    for (let i = 1; i <= BUCKETS; i++) starts[i]! += starts[i - 1]!
    const fill = starts.slice(0, BUCKETS)
    const records = new Uint32Array(this.count * FIELDS)
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b]!
      const n = Math.min(BLOCK, this.count - b * BLOCK)
      for (let i = 0; i < n; i++) {
        const at = i * FIELDS
        const dest = fill[block[at]! >>> 16]!++ * FIELDS
        for (let k = 0; k < FIELDS; k++) records[dest + k] = block[at + k]!
      }
      this.blocks[b] = new Uint32Array(0)
    }
    this.blocks = []
    return new IdIndex(fileStarts(set), starts, records)
  }

  private each(fn: (hash: number) => void): void {
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.blocks[b]!
      const n = Math.min(BLOCK, this.count - b * BLOCK)
      for (let i = 0; i < n; i++) fn(block[i * FIELDS]!)
    }
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
    const data = Buffer.concat([
      head,
      Buffer.from(this.starts.buffer, this.starts.byteOffset, this.starts.byteLength),
      Buffer.from(this.records.buffer, this.records.byteOffset, this.records.byteLength)
    ])
    await writeFileAtomic(path, data, { displayPath: display })
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
