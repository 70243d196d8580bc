/**
 * Reads a Parquet file's footer (FileMetaData) back: the row count, the row groups
 * and the schema, to check what a writer put on disk independently of the writer's
 * own counters.
 */
import { open } from 'node:fs/promises'
import { decodeStruct, type Decoded, type DecodedStruct } from './thrift.js'

/** What the footer of a Parquet file says. */
export interface ParquetFooter {
  /** FileMetaData.num_rows. */
  rows: number
  /** num_rows of each row group (their sum must equal `rows`). */
  rowGroupRows: number[]
  /** Leaf column names, in order. */
  columns: string[]
  /** Key/value metadata. */
  metadata: Record<string, string>
  createdBy?: string
}

const text = (d: Decoded | undefined): string => (d instanceof Uint8Array ? Buffer.from(d).toString('utf8') : '')

/** Reads and decodes the footer; throws when the file is not Parquet or the footer is damaged. */
export async function readParquetFooter(path: string): Promise<ParquetFooter> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size < 12) throw new Error('too small to be a Parquet file')
    const head = Buffer.alloc(4)
    await handle.read(head, 0, 4, 0)
    const tail = Buffer.alloc(8)
    await handle.read(tail, 0, 8, size - 8)
    if (head.toString('latin1') !== 'PAR1' || tail.toString('latin1', 4) !== 'PAR1') {
      throw new Error('missing the PAR1 magic at the start or end')
    }
    const length = tail.readUInt32LE(0)
    if (length + 12 > size) throw new Error('the footer length runs past the start of the file')
    const footer = Buffer.alloc(length)
    await handle.read(footer, 0, length, size - 8 - length)
    const meta = decodeStruct(footer).value
    const schema = (meta[2] as DecodedStruct[] | undefined) ?? []
    const groups = (meta[4] as DecodedStruct[] | undefined) ?? []
    const kv = (meta[5] as DecodedStruct[] | undefined) ?? []
    return {
      rows: Number(meta[3] as bigint),
      rowGroupRows: groups.map(g => Number(g[3] as bigint)),
      columns: schema.slice(1).map(s => text(s[4])),
      metadata: Object.fromEntries(kv.map(e => [text(e[1]), text(e[2])])),
      ...(meta[6] !== undefined ? { createdBy: text(meta[6]) } : {})
    }
  } finally {
    await handle.close()
  }
}
