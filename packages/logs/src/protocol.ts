/**
 * What the reading thread and the worker threads exchange: the options of a pass,
 * a chunk of lines to process, and what processing one chunk found. Plain data only
 * (structured-clone friendly).
 */
import type { CanonicalMode } from '@ai-act-gates/canonical-json'

/** What one pass over the log computes, the same for every chunk. */
export interface PassConfig {
  /** Verify the hash chain. */
  chain: boolean
  /** Canonicalization of the chain. */
  canonicalization: CanonicalMode
  /** Field holding each entry's hash. */
  hashField: string
  /** Field holding the rotation anchor ('' when anchors are off). */
  anchorField: string
  /** Field holding the input id. */
  idField: string
  /** Field holding the correlation id ('' for none). */
  correlationField: string
  /** Build the input-id index. */
  index: boolean
  /** Accept CRLF line ends (the CR is part of the terminator, not of the entry). */
  allowCrlf: boolean
  /** Validate every entry against this JSON Schema, when given. */
  schema?: { schema: unknown; file: string; extra: unknown[] }
  /** At most this many schema violations are returned per chunk. */
  maxViolationsPerChunk: number
}

/** A chunk of complete lines from one file. */
export interface ChunkTask {
  /** Order of the chunk in the pass. */
  seq: number
  /** File name for messages. */
  file: string
  /** Line number of the first line. */
  firstLine: number
  /** The bytes. */
  buf: Uint8Array
  /** The last line has no terminator (end of file). */
  unterminated: boolean
}

/** An entry whose link could not be checked inside the chunk: the previous hash is known only in order. */
export interface PendingLink {
  /** Line number in the file. */
  line: number
  /** Canonical bytes of the entry (without its hash). */
  canonical: Uint8Array
  /** Its stored hash as Python's `stored_hash or expected_hash` sees it. */
  stored: StoredHash
  /** Its input id, when it has one. */
  inputId?: string
  /** Offset of the line in the chunk. */
  offset: number
}

/**
 * A stored hash: `value` is the text a link continues from when it is truthy in
 * Python (a non-empty string, or another truthy value in its Python text), `kind`
 * says what it was.
 */
export interface StoredHash {
  kind: 'string' | 'missing' | 'falsy' | 'other'
  /** The string, or the Python text of another truthy value. */
  value: string
}

/** A link whose stored hash is not the recomputed one. */
export interface BrokenLink {
  line: number
  offset: number
  stored: StoredHash
  expected: string
  inputId?: string
}

/** A rotation anchor found in an entry. */
export interface FoundAnchor {
  line: number
  /** The anchor value's JSON text. */
  text: string
}

/** A schema violation of one entry. */
export interface EntryViolation {
  line: number
  inputId?: string
  errors: Array<{ field: string; message: string }>
}

/** A problem that stops the pass (bad input), located. */
export interface ChunkError {
  line: number
  column?: number
  code: string
  message: string
  field?: string
}

/** What processing one chunk found. */
export interface ChunkResult {
  seq: number
  lines: number
  /** Entries at the start of the chunk whose previous hash is not known yet. */
  pending: PendingLink[]
  /** The hash the next chunk's first entry chains from, or null when every entry is pending. */
  lastPrev: string | null
  /** The stored hash of the last entry, for heads. */
  lastStored: StoredHash | null
  broken: BrokenLink[]
  anchors: FoundAnchor[]
  /** Index records: per entry with an id, [keyHash, line, offsetInChunk, length] (4 uint32 each). */
  index: Uint32Array
  violations: EntryViolation[]
  violationCount: number
  /** Lines the scanner passed to the exact path. */
  exactPath: number
  /** Lines ending in CRLF. */
  crlf: number
  error?: ChunkError
}
