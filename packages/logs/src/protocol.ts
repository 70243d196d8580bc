/**
 * What the reading thread and the worker threads exchange: the options of a pass,
 * a chunk of lines to process, and what processing one chunk found. Plain data only
 * (structured-clone friendly). Line numbers and offsets in a result are relative to
 * the chunk (its first line is line 0, its first byte offset 0): a worker that reads
 * a byte range of a file does not know how many lines come before it; the pass adds
 * that when it merges the results in order.
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
  /**
   * 'js' turns the WebAssembly fast path off, 'wasm' uses it where the runtime can
   * run it. Unset: the pass decides once, in the reading thread, from
   * AI_ACT_GATES_SCANNER (`js` turns it off), and hands the choice to its workers.
   */
  scanner?: 'wasm' | 'js'
  /**
   * Schema validation of a line through its projection (the members the schema looks
   * at, found by the WebAssembly scanner, which checks the whole line is valid JSON)
   * where the schema allows it; false parses every line whole. Unset: true unless
   * AI_ACT_GATES_PROJECTION is `off` (read once in the reading thread, like `scanner`).
   */
  projection?: boolean
  /**
   * With the projection: a line whose projected members' values make it valid (see
   * QuickCheck) is not parsed at all; false parses every projection and validates it
   * with ajv. Unset: true unless AI_ACT_GATES_QUICK_SCHEMA is `off` (read once in the
   * reading thread).
   */
  quickSchema?: boolean
  /**
   * Runs of ordinary lines linked in one call to the WebAssembly module (see
   * WasmScanner.scanRun); false takes every line by itself (the tests compare the two).
   * Default true.
   */
  lineRuns?: boolean
}

/**
 * A chunk of lines: either a byte range of a plain file, which the processor reads
 * itself (the lines starting in [start, end)), or a buffer of whole lines (gzip
 * text inflated by the reading thread).
 */
export interface ChunkTask {
  /** Order of the chunk in the pass. */
  seq: number
  /** File name for messages. */
  file: string
  /** A range: the file's absolute path. */
  path?: string
  /** A range: first byte. */
  start?: number
  /** A range: end (exclusive); lines starting before it belong to the chunk. */
  end?: number
  /** A range: the file's size when the pass began (a file that shrank since is an error). */
  fileSize?: number
  /** A buffer: the lines. */
  buf?: Uint8Array
  /** A buffer: offset of buf[0] in the file's (decompressed) text. */
  offset?: number
  /** A buffer: the last line has no terminator (end of file). */
  unterminated?: boolean
}

/** An entry whose link could not be checked inside the chunk: the previous hash is known only in order. */
export interface PendingLink {
  /** Line in the chunk (0-based). */
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
  /** Line in the chunk (0-based). */
  line: number
  /** Offset of the line in the chunk. */
  offset: number
  stored: StoredHash
  expected: string
  inputId?: string
}

/** A rotation anchor found in an entry. */
export interface FoundAnchor {
  /** Line in the chunk (0-based). */
  line: number
  /** The anchor value's JSON text. */
  text: string
}

/** A schema violation of one entry. */
export interface EntryViolation {
  /** Line in the chunk (0-based). */
  line: number
  inputId?: string
  errors: Array<{ field: string; message: string }>
}

/** A problem that stops the pass (bad input), located. */
export interface ChunkError {
  /** Line in the chunk (0-based). */
  line: number
  column?: number
  code: string
  message: string
  field?: string
}

/** What processing one chunk found. */
export interface ChunkResult {
  seq: number
  /** Lines in the chunk. */
  lines: number
  /** Offset of the chunk's first line in the file's (decompressed) text. */
  offset: number
  /** Bytes from the first line's start to the end of the last line. */
  bytes: number
  /** The last line has no terminator (end of file). */
  unterminated: boolean
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
  /** Lines canonicalized by the WebAssembly fast path (the others by the JavaScript scanner or the exact path). */
  wasmLines: number
  /** Lines validated against the schema through their projection. */
  projectedLines: number
  /** Lines found valid from their projected members' spans (see QuickCheck), without being parsed. */
  quickLines: number
  /** Lines linked in runs (see PassConfig.lineRuns). */
  runLines: number
  /** Lines ending in CRLF. */
  crlf: number
  error?: ChunkError
}

/** A result for a chunk that could not be processed at all. */
export function failedChunk(seq: number, error: ChunkError): ChunkResult {
  return {
    seq,
    lines: 0,
    offset: 0,
    bytes: 0,
    unterminated: false,
    pending: [],
    lastPrev: null,
    lastStored: null,
    broken: [],
    anchors: [],
    index: new Uint32Array(0),
    violations: [],
    violationCount: 0,
    exactPath: 0,
    wasmLines: 0,
    projectedLines: 0,
    quickLines: 0,
    runLines: 0,
    crlf: 0,
    error
  }
}
