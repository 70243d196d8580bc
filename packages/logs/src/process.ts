/**
 * Processes a chunk of log lines: checks each line (UTF-8, line end, JSON), computes
 * its canonical bytes with the scanner (or the exact path), checks its hash link,
 * extracts the index keys and the rotation anchor, and validates it against the
 * schema. The same code runs in worker threads and, for small logs, in the reading
 * thread.
 */
import { hash } from 'node:crypto'
import { isUtf8 } from 'node:buffer'
import {
  CanonicalScanner,
  FIELD_ABSENT,
  FIELD_PLAIN_STRING,
  JsonNumber,
  parseJson,
  parseOptionsFor,
  pythonNumber,
  SCAN_DECLINED,
  scanCapacity,
  serializeCanonical,
  toPlain,
  type JsonObject,
  type JsonValue
} from '@ai-act-gates/canonical-json'
import { isGateError } from '@ai-act-gates/core'
import { createLogValidator, type LogValidator } from './validate.js'
import type {
  BrokenLink,
  ChunkError,
  ChunkResult,
  ChunkTask,
  EntryViolation,
  FoundAnchor,
  PassConfig,
  PendingLink,
  StoredHash
} from './protocol.js'

/** Room kept before the canonical bytes for `prev + ":"`. */
const PREFIX_ROOM = 1024
/** The index key kinds: an input id or a correlation id. */
export const KEY_INPUT = 0x69
export const KEY_CORRELATION = 0x63

/** FNV-1a (32-bit) of a kind byte and the key's UTF-8 bytes: the index's bucket key. */
export function keyHash(kind: number, bytes: Uint8Array, start = 0, end = bytes.length): number {
  let h = (0x811c9dc5 ^ kind) >>> 0
  h = Math.imul(h, 0x01000193)
  for (let i = start; i < end; i++) {
    h ^= bytes[i]!
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** What Python's `f"{prev_hash}:..."` continues from when a stored hash is truthy. */
export function storedOf(value: JsonValue | undefined): StoredHash {
  if (value === undefined || value === null) return { kind: 'missing', value: '' }
  if (typeof value === 'string') return value === '' ? { kind: 'falsy', value: '' } : { kind: 'string', value }
  if (value === false) return { kind: 'falsy', value: '' }
  if (value === true) return { kind: 'other', value: 'True' }
  if (value instanceof JsonNumber) {
    const text = pythonNumber(value)
    return /^-?0(\.0)?$/.test(text) ? { kind: 'falsy', value: '' } : { kind: 'other', value: text }
  }
  if (Array.isArray(value) ? value.length === 0 : value.size === 0) return { kind: 'falsy', value: '' }
  return { kind: 'other', value: serializeCanonical(value, 'python-json') }
}

/** The hash the next link chains from: `stored_hash or expected_hash`. */
export function nextPrev(stored: StoredHash, expected: string): string {
  return stored.kind === 'string' || stored.kind === 'other' ? stored.value : expected
}

/** sha256(prev + ":" + canonical), lowercase hex. */
export function linkHash(prev: string, canonical: Uint8Array): string {
  const prefix = Buffer.from(`${prev}:`, 'utf8')
  const data = Buffer.allocUnsafe(prefix.length + canonical.length)
  prefix.copy(data, 0)
  data.set(canonical, prefix.length)
  return hash('sha256', data, 'hex')
}

/** Per-thread state: the scanner, buffers and compiled schema, reused across chunks. */
export class ChunkProcessor {
  private readonly scanner: CanonicalScanner
  private out = Buffer.allocUnsafe(PREFIX_ROOM + scanCapacity(64 * 1024))
  private readonly validator: LogValidator | undefined
  private readonly fieldNames: string[]

  constructor(private readonly config: PassConfig) {
    this.fieldNames = [config.idField, config.correlationField, config.anchorField].map(f => f || '\u0000none')
    this.scanner = new CanonicalScanner(config.canonicalization, { dropKey: config.hashField, fields: this.fieldNames })
    this.validator = config.schema ? createLogValidator(config.schema) : undefined
  }

  /** Processes every line of the chunk. Never throws for bad input: the first problem is `error`. */
  process(task: ChunkTask): ChunkResult {
    const run = new ChunkRun(this, task)
    try {
      run.all()
    } catch (error) {
      if (!run.error) run.error = toChunkError(error, run.line)
    }
    return run.result()
  }

  /** @internal */
  get cfg(): PassConfig {
    return this.config
  }
  /** @internal */
  get scan(): CanonicalScanner {
    return this.scanner
  }
  /** @internal */
  get schema(): LogValidator | undefined {
    return this.validator
  }
  /** @internal */
  buffer(lineBytes: number): Buffer {
    const need = PREFIX_ROOM + scanCapacity(lineBytes)
    if (this.out.length < need) this.out = Buffer.allocUnsafe(Math.max(need, this.out.length * 2))
    return this.out
  }
}

function toChunkError(error: unknown, line: number): ChunkError {
  if (isGateError(error)) {
    return {
      line: error.location.line ?? line,
      ...(error.location.column !== undefined ? { column: error.location.column } : {}),
      code: error.code,
      message: error.detail
    }
  }
  return { line, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
}

/** Column (1-based, in bytes) of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(buf: Uint8Array, start: number, end: number): number {
  let i = start
  while (i < end) {
    const c = buf[i]!
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0
    if (n === 0 || i + n > end || !isUtf8(buf.subarray(i, i + n))) return i - start + 1
    i += n
  }
  return end - start + 1
}

/** One chunk being processed. */
class ChunkRun {
  line: number
  error: ChunkError | undefined
  private prev: string | null = null
  private lastStored: StoredHash | null = null
  private readonly pending: PendingLink[] = []
  private readonly broken: BrokenLink[] = []
  private readonly anchors: FoundAnchor[] = []
  private readonly violations: EntryViolation[] = []
  private violationCount = 0
  private index: Uint32Array
  private indexCount = 0
  private exactPath = 0
  private crlf = 0
  private lines = 0

  constructor(
    private readonly p: ChunkProcessor,
    private readonly task: ChunkTask
  ) {
    this.line = task.firstLine
    this.index = new Uint32Array(p.cfg.index ? 1024 : 0)
  }

  all(): void {
    const buf = this.task.buf
    let start = 0
    while (start < buf.length) {
      let nl = buf.indexOf(10, start)
      const terminated = nl !== -1
      if (!terminated) nl = buf.length
      this.entry(start, nl, terminated)
      if (this.error) return
      this.lines++
      this.line++
      start = nl + 1
    }
  }

  private fail(message: string, code = 'PARSE_ERROR', column?: number): never {
    this.error = { line: this.line, code, message, ...(column !== undefined ? { column } : {}) }
    throw new Error(message)
  }

  private entry(start: number, end: number, terminated: boolean): void {
    const buf = this.task.buf
    const cfg = this.p.cfg
    if (end > start && buf[end - 1] === 0x0d) {
      if (!cfg.allowCrlf) {
        this.fail('the line ends in CRLF; set allow-crlf: true to accept CRLF line ends', 'PARSE_ERROR', end - start)
      }
      this.crlf++
      end--
    }
    if (end === start) this.fail('empty line: every line of a log must be one JSON entry')
    if (!isUtf8(buf.subarray(start, end))) {
      this.fail('invalid UTF-8', 'PARSE_ERROR', firstInvalidUtf8(buf, start, end))
    }
    let value: JsonObject | undefined
    let text: string | undefined
    const parseExact = (): JsonObject => {
      text ??= Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8')
      let parsed: JsonValue
      try {
        parsed = parseJson(text, { ...parseOptionsFor(cfg.canonicalization), firstLine: this.line })
      } catch (error) {
        if (!terminated && this.task.unterminated && isGateError(error)) {
          this.fail(`the last line has no line end and is not complete JSON (truncated?): ${error.detail}`)
        }
        throw error
      }
      if (!(parsed instanceof Map)) this.fail('the entry is not a JSON object')
      return parsed
    }
    let inputId: string | undefined
    if (cfg.chain) {
      const out = this.p.buffer(end - start)
      const scanner = this.p.scan
      const canonEnd = scanner.scan(buf, start, end, out, PREFIX_ROOM)
      let canonical: Uint8Array
      let stored: StoredHash
      if (canonEnd === SCAN_DECLINED) {
        this.exactPath++
        value = parseExact()
        stored = storedOf(value.get(cfg.hashField))
        const copy = new Map(value)
        copy.delete(cfg.hashField)
        const bytes = Buffer.from(serializeCanonical(copy, cfg.canonicalization), 'utf8')
        this.fieldsFromValue(value, start, end)
        inputId = idText(value.get(cfg.idField))
        canonical = bytes
        this.link(canonical, stored, start, inputId, false)
      } else {
        stored = this.storedFromScan(buf)
        inputId = this.fieldsFromScan(buf, start, end)
        this.link(out.subarray(PREFIX_ROOM, canonEnd), stored, start, inputId, true)
      }
    } else if (cfg.index || cfg.anchorField) {
      value = parseExact()
      this.fieldsFromValue(value, start, end)
      inputId = idText(value.get(cfg.idField))
    }
    const validator = this.p.schema
    if (validator) {
      let plain: unknown
      text ??= Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8')
      try {
        plain = JSON.parse(text)
      } catch {
        plain = toPlain(value ?? parseExact())
      }
      if (!cfg.chain && !cfg.index && value === undefined && (plain === null || typeof plain !== 'object')) {
        this.fail('the entry is not a JSON object')
      }
      const errors = validator.validate(plain)
      if (errors.length > 0) {
        this.violationCount++
        if (this.violations.length < cfg.maxViolationsPerChunk) {
          const id = inputId ?? idText(plain, cfg.idField)
          this.violations.push({ line: this.line, ...(id !== undefined ? { inputId: id } : {}), errors })
        }
      }
    }
  }

  private storedFromScan(buf: Uint8Array): StoredHash {
    const s = this.p.scan
    if (s.dropKind === FIELD_ABSENT) return { kind: 'missing', value: '' }
    if (s.dropKind === FIELD_PLAIN_STRING) {
      if (s.dropEnd === s.dropStart) return { kind: 'falsy', value: '' }
      return {
        kind: 'string',
        value: Buffer.from(buf.buffer, buf.byteOffset + s.dropStart, s.dropEnd - s.dropStart).toString('utf8')
      }
    }
    const text = Buffer.from(buf.buffer, buf.byteOffset + s.dropStart, s.dropEnd - s.dropStart).toString('utf8')
    return storedOf(parseJson(text, { allowNonFinite: true }))
  }

  /** Index keys and anchor from the scanner's field spans; returns the input id text. */
  private fieldsFromScan(buf: Uint8Array, start: number, end: number): string | undefined {
    const f = this.p.scan.fields
    let inputId: string | undefined
    for (let i = 0; i < 3; i++) {
      if (f.kind[i] === FIELD_ABSENT) continue
      const s = f.start[i]!
      const e = f.end[i]!
      if (i === 2) {
        this.anchors.push({
          line: this.line,
          text: Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8')
        })
        continue
      }
      const kind = i === 0 ? KEY_INPUT : KEY_CORRELATION
      if (f.kind[i] === FIELD_PLAIN_STRING) {
        this.addKey(keyHash(kind, buf, s, e), start, end)
        if (i === 0) inputId = Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8')
      } else {
        const id = idText(
          parseJson(Buffer.from(buf.buffer, buf.byteOffset + s, e - s).toString('utf8'), { allowNonFinite: true })
        )
        if (id === undefined) continue
        this.addKey(keyHash(kind, Buffer.from(id, 'utf8')), start, end)
        if (i === 0) inputId = id
      }
    }
    return inputId
  }

  private fieldsFromValue(value: JsonObject, start: number, end: number): void {
    const cfg = this.p.cfg
    const anchor = cfg.anchorField ? value.get(cfg.anchorField) : undefined
    if (anchor !== undefined) this.anchors.push({ line: this.line, text: serializeCanonical(anchor, 'jcs') })
    const keys: Array<[number, string]> = [
      [KEY_INPUT, cfg.idField],
      [KEY_CORRELATION, cfg.correlationField]
    ]
    for (const [kind, field] of keys) {
      if (!field) continue
      const id = idText(value.get(field))
      if (id !== undefined) this.addKey(keyHash(kind, Buffer.from(id, 'utf8')), start, end)
    }
  }

  private addKey(h: number, start: number, end: number): void {
    if (!this.p.cfg.index) return
    if (this.indexCount + 4 > this.index.length) {
      const next = new Uint32Array(this.index.length * 2)
      next.set(this.index)
      this.index = next
    }
    this.index[this.indexCount++] = h
    this.index[this.indexCount++] = this.line
    this.index[this.indexCount++] = start
    this.index[this.indexCount++] = end - start
  }

  private link(
    canonical: Uint8Array,
    stored: StoredHash,
    offset: number,
    inputId: string | undefined,
    inPlace: boolean
  ): void {
    this.lastStored = stored
    if (this.prev === null) {
      this.pending.push({
        line: this.line,
        canonical: inPlace ? Uint8Array.prototype.slice.call(canonical) : canonical,
        stored,
        offset,
        ...(inputId !== undefined ? { inputId } : {})
      })
      if (stored.kind === 'string' || stored.kind === 'other') this.prev = stored.value
      return
    }
    let expected: string
    const prefixLength = Buffer.byteLength(this.prev, 'utf8') + 1
    if (inPlace && prefixLength <= PREFIX_ROOM) {
      const out = this.p.buffer(0)
      const at = PREFIX_ROOM - prefixLength
      out.write(this.prev, at, 'utf8')
      out[PREFIX_ROOM - 1] = 0x3a
      expected = hash('sha256', out.subarray(at, PREFIX_ROOM + canonical.length), 'hex')
    } else expected = linkHash(this.prev, canonical)
    if (stored.kind !== 'string' || stored.value !== expected) {
      this.broken.push({ line: this.line, offset, stored, expected, ...(inputId !== undefined ? { inputId } : {}) })
    }
    this.prev = nextPrev(stored, expected)
  }

  result(): ChunkResult {
    return {
      seq: this.task.seq,
      lines: this.lines,
      pending: this.pending,
      lastPrev: this.prev,
      lastStored: this.lastStored,
      broken: this.broken,
      anchors: this.anchors,
      index: this.index.subarray(0, this.indexCount),
      violations: this.violations,
      violationCount: this.violationCount,
      exactPath: this.exactPath,
      crlf: this.crlf,
      ...(this.error ? { error: this.error } : {})
    }
  }
}

/** The text of an id value: a string as is, a number as its lexeme; anything else has no id. */
export function idText(value: unknown, field?: string): string | undefined {
  if (field !== undefined) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[field]
  }
  if (typeof value === 'string') return value
  if (value instanceof JsonNumber) return value.lexeme
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}
