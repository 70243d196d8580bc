/** Streaming SHA-256 of files: constant memory whatever the size. */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { toGateError } from '@ai-act-gates/core'

/** Read size for hashing; large enough to keep the hash fed, small enough to bound memory. */
export const HASH_CHUNK_BYTES = 1024 * 1024

/** Files up to this size are read in one call: a stream costs more than the read. */
export const SMALL_FILE_BYTES = 256 * 1024

/** A file's digest and size. */
export interface FileDigest {
  /** Lowercase hex SHA-256. */
  sha256: string
  /** Bytes hashed. */
  size: number
}

/**
 * Hashes a file by streaming it (or in one read when `sizeHint` says it is small).
 * Errors become GateErrors naming `displayPath` (the path as the user wrote it)
 * rather than the absolute path.
 */
export async function sha256File(path: string, displayPath: string = path, sizeHint?: number): Promise<FileDigest> {
  if (sizeHint !== undefined && sizeHint <= SMALL_FILE_BYTES) {
    try {
      const data = await readFile(path)
      return { sha256: createHash('sha256').update(data).digest('hex'), size: data.length }
    } catch (error) {
      throw toGateError(error, displayPath)
    }
  }
  const hash = createHash('sha256')
  let size = 0
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES })) {
      hash.update(chunk as Buffer)
      size += (chunk as Buffer).length
    }
  } catch (error) {
    throw toGateError(error, displayPath)
  }
  return { sha256: hash.digest('hex'), size }
}

/** SHA-256 of bytes in memory, lowercase hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
