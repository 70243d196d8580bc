/**
 * Processes a chunk of log lines: checks each line (UTF-8, line end, JSON), computes
 * its canonical bytes with the scanner (or the exact path), checks its hash link,
 * extracts the index keys and the rotation anchor, and validates it against the
 * schema. The same code runs in worker threads and, for small logs, in the reading
 * thread.
 *
 * Seed 002's verifier chains each entry from the previous entry's STORED hash
 * (`prev_hash = stored_hash or expected_hash`), so an entry's link only needs the
 * line before it: chunks are independent except for their first entries, which the
 * pass links when it merges the chunks in order.
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
  RUN_FIELDS,
  SCAN_DECLINED,
  serializeCanonical,
  toPlain,
  WasmScanner,
  type CanonicalMode,
  type JsonObject,
  type JsonValue,
  type ScanFields
} from '@ai-act-gates/canonical-json'
import { isGateError } from '@ai-act-gates/core'
import { LineMemory, LoadError, MAX_LINE_BYTES, PREFIX_ROOM, type LoadedLines } from './lines.js'
import { createLogValidator, type LogValidator, type QuickCheck } from './validate.js'
import {
  failedChunk,
  type BrokenLink,
  type ChunkError,
  type ChunkResult,
  type ChunkTask,
  type EntryViolation,
  type FoundAnchor,
  type PassConfig,
  type PendingLink,
  type StoredHash
} from './protocol.js'

/**
 * Bytes of input a processor's buffer holds before it grows: one range (1 MiB, small
 * enough to stay in a core's cache between the read and the scan) plus its read-ahead.
 */
const INPUT_BYTES = 1024 * 1024 + 128 * 1024
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

/** The bytes a link hashes: the entry without its hash field, canonical in `mode`. */
export function linkCanonical(value: JsonObject, hashField: string, mode: CanonicalMode): Buffer {
  const copy = new Map(value)
  copy.delete(hashField)
  return Buffer.from(serializeCanonical(copy, mode), 'utf8')
}

/** Where a scanner found the dropped hash field and the wanted fields of the line it last scanned. */
interface ScanSpans {
  readonly fields: ScanFields
  readonly dropKind: number
  readonly dropStart: number
  readonly dropEnd: number
}

/**
 * The scanner a pass uses when its config does not say: the WebAssembly fast path,
 * unless `AI_ACT_GATES_SCANNER=js` turns it off (the benchmarks compare the two, and
 * the tests run both).
 */
export function defaultScanner(): 'wasm' | 'js' {
  return process.env.AI_ACT_GATES_SCANNER === 'js' ? 'js' : 'wasm'
}

/** Per-thread state: the scanners, the buffer and the compiled schema, reused across chunks. */
export class ChunkProcessor {
  /** @internal */
  readonly scan: CanonicalScanner
  /** @internal The python-json fast path in WebAssembly, where it runs; lines it declines go to {@link scan}. */
  readonly fast: WasmScanner | null
  /** @internal The chunk's lines and the work region; in the fast path's memory when it runs, so lines are scanned where they are read. */
  readonly memory: LineMemory
  /** @internal */
  readonly schema: LogValidator | undefined
  /**
   * @internal The WebAssembly scanner writing the projections of lines for the schema
   * (see LogValidator.projection), where the schema and the runtime allow; lines it
   * declines are parsed whole.
   */
  readonly projector: WasmScanner | null
  /** @internal With the projector: the check of a line from its members' spans (see QuickCheck), where the schema allows. */
  readonly quick: QuickCheck | undefined

  constructor(readonly config: PassConfig) {
    const fields = [config.idField, config.correlationField, config.anchorField].map(f => f || '\u0000none')
    this.scan = new CanonicalScanner(config.canonicalization, { dropKey: config.hashField, fields })
    this.schema = config.schema ? createLogValidator(config.schema) : undefined
    const projection = config.projection !== false ? this.schema?.projection : undefined
    const pythonJson = config.canonicalization === 'python-json'
    // One WebAssembly scanner serves both: the chain's python-json canonical bytes, and
    // (whatever the chain's canonicalization) the check that a line is valid JSON with
    // the spans of its members.
    const wasm =
      (config.scanner ?? defaultScanner()) === 'wasm' && (pythonJson || projection)
        ? WasmScanner.create({ dropKey: config.hashField, fields })
        : null
    this.fast = pythonJson ? wasm : null
    // The keys as the module numbers them (repeats dropped).
    const keys = projection !== undefined ? [...new Set([...projection, config.idField])] : []
    this.projector = wasm !== null && projection !== undefined && wasm.configureProjection(keys) ? wasm : null
    this.quick =
      this.projector && config.quickSchema !== false ? this.schema?.quick?.(keys, config.hashField) : undefined
    this.memory = new LineMemory(INPUT_BYTES, wasm?.region)
  }

  /**
   * Processes every line of the chunk. Never throws for bad input: the first problem
   * is `error`. `owned`: the chunk's buffer was transferred here and can be freed.
   */
  process(task: ChunkTask, owned = false): ChunkResult {
    let loaded: LoadedLines
    try {
      loaded = task.buf ? this.memory.loadBuffer(task, owned) : this.memory.loadRange(task)
    } catch (error) {
      if (error instanceof LoadError) return failedChunk(task.seq, error.chunkError)
      return failedChunk(task.seq, toChunkError(error, 0))
    }
    const run = new ChunkRun(this, task.seq, loaded)
    try {
      run.all()
    } catch (error) {
      if (!run.error) run.error = toChunkError(error, run.line)
    }
    // The result reads the last link's hash from the buffer: taken before the buffer
    // a very long line grew is given back.
    const result = run.result()
    this.memory.shrink(INPUT_BYTES)
    return result
  }
}

function toChunkError(error: unknown, line: number): ChunkError {
  if (isGateError(error)) {
    return {
      line,
      ...(error.location.column !== undefined ? { column: error.location.column } : {}),
      code: error.code,
      message: error.detail
    }
  }
  const code = (error as NodeJS.ErrnoException).code
  return {
    line,
    code: code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error)
  }
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

/**
 * Whether `hex` (64 lowercase hex characters) equals the bytes buf[start, end): one byte
 * per character read as latin1, compared as strings (faster than a loop per character).
 */
function sameText(hex: string, buf: Buffer, start: number, end: number): boolean {
  return end - start === hex.length && buf.toString('latin1', start, end) === hex
}

/** The previous link's hash: unknown (pending), a span of the buffer, or a string. */
const PREV_UNKNOWN = 0
const PREV_SPAN = 1
const PREV_TEXT = 2

/** One chunk being processed. Lines are numbered from 0 in the chunk. */
class ChunkRun {
  /** The line being processed (0-based in the chunk). */
  line = 0
  error: ChunkError | undefined
  private prevKind = PREV_UNKNOWN
  private prevStart = 0
  private prevEnd = 0
  private prevText = ''
  private lastStored: StoredHash | null = null
  private readonly pending: PendingLink[] = []
  private readonly broken: BrokenLink[] = []
  private readonly anchors: FoundAnchor[] = []
  private readonly violations: EntryViolation[] = []
  private violationCount = 0
  private index: Uint32Array
  private indexCount = 0
  private exactPath = 0
  private wasmLines = 0
  private projectedLines = 0
  private quickLines = 0
  private runLines = 0
  private crlf = 0
  /** The scanner that answered for the line being processed. */
  private spans: ScanSpans
  private readonly checkUtf8PerLine: boolean
  private readonly needScan: boolean

  constructor(
    private readonly p: ChunkProcessor,
    private readonly seq: number,
    private readonly lines: LoadedLines
  ) {
    const cfg = p.config
    this.needScan = cfg.chain || cfg.index
    this.spans = p.scan
    this.index = new Uint32Array(cfg.index ? 4096 : 0)
    // Valid UTF-8 as a whole means valid line by line ('\n' never sits inside a character).
    const mem = p.memory.mem
    this.checkUtf8PerLine = !isUtf8(mem.subarray(lines.first, lines.stop))
  }

  all(): void {
    let start = this.lines.first
    const stop = this.lines.stop
    const fast = this.p.fast
    // Runs of ordinary lines go to the WebAssembly module in one call each (see
    // WasmScanner.scanRun) when the pass only links and indexes and the lines sit in its
    // region; the rest, line by line. After a run that could not take its first line,
    // the next one waits 1, 2, 4... up to 64 lines (a log whose lines all need the line
    // path pays one try in 64), and again at once after a run that took lines.
    const runs =
      fast !== null &&
      this.p.config.chain &&
      this.p.config.lineRuns !== false &&
      this.p.schema === undefined &&
      !this.checkUtf8PerLine
    let retryAt = 0
    let backoff = 1
    while (start < stop) {
      if (
        runs &&
        this.line >= retryAt &&
        this.prevKind !== PREV_UNKNOWN &&
        // A line longer than the region moves the lines to other memory.
        this.p.memory.mem.buffer === fast.region.buffer
      ) {
        const next = this.run(fast, start, stop)
        if (next !== start) {
          start = next
          backoff = 1
          continue
        }
        retryAt = this.line + backoff
        backoff = Math.min(64, backoff * 2)
      }
      let nl = this.p.memory.mem.indexOf(10, start)
      const terminated = nl !== -1 && nl < stop
      if (!terminated) nl = stop
      this.entry(start, nl, terminated)
      if (this.error) return
      this.line++
      start = nl + 1
    }
  }

  /**
   * Links (and indexes) the run of ordinary lines from `start` that the WebAssembly
   * module scans in one call; returns where the next line starts (`start` when it
   * took none). The same checks as the line path (linkScanned, fieldsFromScan), on the
   * module's rows.
   */
  private run(fast: WasmScanner, start: number, stop: number): number {
    const mem = this.p.memory.mem
    const prev: string | [number, number] = this.prevKind === PREV_SPAN ? [this.prevStart, this.prevEnd] : this.prevText
    const n = fast.scanRun(mem, start, stop, prev)
    if (n === 0) return start
    const rows = fast.runRows
    const out = fast.bytes
    const index = this.p.config.index
    for (let i = 0; i < n; i++) {
      const r = i * RUN_FIELDS
      const lineStart = rows[r]!
      const expected = hash('sha256', out.subarray(rows[r + 2]!, rows[r + 3]!), 'hex')
      this.checkPlain(mem, expected, rows[r + 4]!, rows[r + 5]!, lineStart, rows[r + 6]!, rows[r + 8]!, rows[r + 9]!)
      if (index) {
        const lineEnd = rows[r + 1]!
        if (rows[r + 6] !== FIELD_ABSENT) this.addKey(rows[r + 7]! >>> 0, lineStart, lineEnd)
        if (rows[r + 10] !== FIELD_ABSENT) this.addKey(rows[r + 11]! >>> 0, lineStart, lineEnd)
      }
      this.line++
    }
    this.wasmLines += n
    this.runLines += n
    return fast.runStop
  }

  private fail(message: string, code = 'PARSE_ERROR', column?: number): never {
    this.error = { line: this.line, code, message, ...(column !== undefined ? { column } : {}) }
    throw new Error(message)
  }

  private text(start: number, end: number): string {
    return this.p.memory.mem.toString('utf8', start, end)
  }

  /** The line parsed by the exact parser (for lines no scanner answers); a located error when it is not a JSON object. */
  private parseExact(start: number, end: number, terminated: boolean): JsonObject {
    const cfg = this.p.config
    let parsed: JsonValue
    try {
      parsed = parseJson(this.text(start, end), { ...parseOptionsFor(cfg.canonicalization), firstLine: 1 })
    } catch (error) {
      if (!terminated && this.lines.unterminated && isGateError(error)) {
        this.fail(`the last line has no line end and is not complete JSON (truncated?): ${error.detail}`)
      }
      if (isGateError(error) && error.location.line !== undefined) {
        const column = error.location.column
        this.fail(error.detail, error.code, error.location.line === 1 ? column : undefined)
      }
      throw error
    }
    if (!(parsed instanceof Map)) this.fail('the entry is not a JSON object')
    return parsed
  }

  private entry(start: number, end: number, terminated: boolean): void {
    const cfg = this.p.config
    let mem = this.p.memory.mem
    if (end > start && mem[end - 1] === 0x0d) {
      if (!cfg.allowCrlf) {
        this.fail('the line ends in CRLF; set allow-crlf: true to accept CRLF line ends', 'PARSE_ERROR', end - start)
      }
      this.crlf++
      end--
    }
    if (end === start) this.fail('empty line: every line of a log must be one JSON entry')
    if (end - start > MAX_LINE_BYTES) {
      this.fail(`the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB, the limit for one log entry`)
    }
    if (this.checkUtf8PerLine && !isUtf8(mem.subarray(start, end))) {
      this.fail('invalid UTF-8', 'PARSE_ERROR', firstInvalidUtf8(mem, start, end))
    }
    let value: JsonObject | undefined
    let scanned = false
    const fast = this.p.fast
    let fastEnd = SCAN_DECLINED
    if (this.needScan && fast !== null) fastEnd = fast.scan(mem, start, end)
    if (fastEnd !== SCAN_DECLINED) {
      scanned = true
      this.wasmLines++
      this.spans = fast!
      this.fieldsFromScan(mem, start, end)
      if (cfg.chain) this.linkScanned(mem, fast!.bytes, fast!.outStart, fastEnd, start)
    } else if (this.needScan) {
      this.spans = this.p.scan
      mem = this.p.memory.work(end - start)
      const canonStart = this.p.memory.workStart + PREFIX_ROOM
      const canonEnd = this.p.scan.scan(mem, start, end, mem, canonStart)
      if (canonEnd === SCAN_DECLINED) {
        this.exactPath++
        value = this.parseExact(start, end, terminated)
        this.fieldsFromValue(value, start, end)
        if (cfg.chain) {
          const canonical = linkCanonical(value, cfg.hashField, cfg.canonicalization)
          this.linkText(canonical, storedOf(value.get(cfg.hashField)), start, () => idText(value!.get(cfg.idField)))
        }
      } else {
        scanned = true
        this.fieldsFromScan(mem, start, end)
        if (cfg.chain) this.linkScanned(mem, mem, canonStart, canonEnd, start)
      }
    }
    if (this.p.schema) this.checkSchema(this.p.schema, start, end, terminated, value, scanned, fastEnd)
  }

  /**
   * The schema's violations of the line mem[start, end), as the line path left it: its
   * exact parse (`value`) when it took one, whether a scanner answered, and the fast
   * path's answer (the projector's scan when the projector is the fast path).
   */
  private checkSchema(
    validator: LogValidator,
    start: number,
    end: number,
    terminated: boolean,
    value: JsonObject | undefined,
    scanned: boolean,
    fastEnd: number
  ): void {
    const cfg = this.p.config
    const fast = this.p.fast
    let plain: unknown
    const projector = this.p.projector
    if (projector !== null && value === undefined) {
      // The chain's scan when the projector made it, else a scan for the projection.
      const valid =
        this.needScan && projector === fast
          ? fastEnd !== SCAN_DECLINED
          : projector.scan(this.p.memory.mem, start, end) !== SCAN_DECLINED
      if (valid) {
        this.projectedLines++
        const quick = this.p.quick
        if (quick !== undefined && quick.valid(this.p.memory.mem, projector.spans, projector.projectSpans())) {
          this.quickLines++
          return
        }
        plain = JSON.parse(projector.bytes.toString('utf8', projector.projectionStart, projector.project())) as unknown
      }
    }
    if (plain === undefined) {
      const text = this.text(start, end)
      try {
        plain = JSON.parse(text)
      } catch {
        plain = toPlain(value ?? this.parseExact(start, end, terminated))
      }
    }
    if (!this.needScan && value === undefined && (plain === null || typeof plain !== 'object')) {
      this.fail('the entry is not a JSON object')
    }
    const errors = validator.validate(plain)
    if (errors.length > 0) {
      this.violationCount++
      if (this.violations.length < cfg.maxViolationsPerChunk) {
        const id = scanned ? this.idFromScan() : value ? idText(value.get(cfg.idField)) : idText(plain, cfg.idField)
        this.violations.push({ line: this.line, ...(id !== undefined ? { inputId: id } : {}), errors })
      }
    }
  }

  /** The input id of the line just scanned, from the scanner's field span. */
  private idFromScan(): string | undefined {
    const f = this.spans.fields
    return this.idFromSpan(f.kind[0]!, f.start[0]!, f.end[0]!)
  }

  /** The input id of a field a scanner found (kind and span as in ScanFields). */
  private idFromSpan(kind: number, start: number, end: number): string | undefined {
    if (kind === FIELD_ABSENT) return undefined
    const text = this.text(start, end)
    if (kind === FIELD_PLAIN_STRING) return text
    return idText(parseJson(text, { allowNonFinite: true }))
  }

  /**
   * Seed 002's check of a link whose stored hash is the non-empty plain string
   * mem[dropStart, dropEnd): a break when it is not `expected`; the next link chains
   * from it either way (`stored_hash or expected_hash`). The line path and runs of
   * lines both end here.
   */
  private checkPlain(
    mem: Buffer,
    expected: string,
    dropStart: number,
    dropEnd: number,
    offset: number,
    idKind: number,
    idStart: number,
    idEnd: number
  ): void {
    if (sameText(expected, mem, dropStart, dropEnd)) this.lastStored = null
    else {
      const stored: StoredHash = { kind: 'string', value: mem.toString('latin1', dropStart, dropEnd) }
      this.lastStored = stored
      this.addBreak(stored, expected, offset, this.idFromSpan(idKind, idStart, idEnd))
    }
    this.prevKind = PREV_SPAN
    this.prevStart = dropStart
    this.prevEnd = dropEnd
  }

  /**
   * The link of a scanned line (its text in `mem`): its canonical bytes are at
   * out[canonStart, canonEnd), with PREFIX_ROOM bytes of room before them (`out` may be `mem`).
   */
  private linkScanned(mem: Buffer, out: Buffer, canonStart: number, canonEnd: number, offset: number): void {
    const s = this.spans
    const plainStored = s.dropKind === FIELD_PLAIN_STRING && s.dropEnd > s.dropStart
    if (this.prevKind === PREV_UNKNOWN || (!plainStored && s.dropKind !== FIELD_ABSENT)) {
      // Rare: a pending first entry, or a stored hash that is not a plain string.
      this.linkText(out.subarray(canonStart, canonEnd), this.storedFromScan(mem), offset, () => this.idFromScan(), true)
      return
    }
    let at: number
    if (this.prevKind === PREV_SPAN) {
      at = canonStart - 1 - (this.prevEnd - this.prevStart)
      // The same memory (lines read into the scanner's region): copyWithin costs half of copy.
      if (mem.buffer === out.buffer) {
        const shift = mem.byteOffset - out.byteOffset
        out.copyWithin(at, this.prevStart + shift, this.prevEnd + shift)
      } else mem.copy(out, at, this.prevStart, this.prevEnd)
    } else {
      const length = Buffer.byteLength(this.prevText, 'utf8')
      if (length >= PREFIX_ROOM) {
        this.linkText(
          out.subarray(canonStart, canonEnd),
          this.storedFromScan(mem),
          offset,
          () => this.idFromScan(),
          true
        )
        return
      }
      at = canonStart - 1 - length
      out.write(this.prevText, at, 'utf8')
    }
    out[canonStart - 1] = 0x3a
    const expected = hash('sha256', out.subarray(at, canonEnd), 'hex')
    if (plainStored) {
      const f = s.fields
      this.checkPlain(mem, expected, s.dropStart, s.dropEnd, offset, f.kind[0]!, f.start[0]!, f.end[0]!)
      return
    }
    // The stored hash is missing: a break, and the next link chains from the expected hash.
    const stored = this.storedFromScan(mem)
    this.lastStored = stored
    this.addBreak(stored, expected, offset, this.idFromScan())
    this.setPrev(stored, expected)
  }

  /** The link of a line whose canonical bytes are in hand (exact path, pending entries, unusual hashes). */
  private linkText(
    canonical: Uint8Array,
    stored: StoredHash,
    offset: number,
    inputId: () => string | undefined,
    copy = false
  ): void {
    this.lastStored = stored
    if (this.prevKind === PREV_UNKNOWN) {
      const id = inputId()
      this.pending.push({
        line: this.line,
        canonical: copy ? Uint8Array.prototype.slice.call(canonical) : canonical,
        stored,
        offset: offset - this.lines.first,
        ...(id !== undefined ? { inputId: id } : {})
      })
      if (stored.kind === 'string' || stored.kind === 'other') this.setText(stored.value)
      return
    }
    const expected = linkHash(this.prevValue(), canonical)
    if (stored.kind !== 'string' || stored.value !== expected) this.addBreak(stored, expected, offset, inputId())
    this.setPrev(stored, expected)
  }

  private addBreak(stored: StoredHash, expected: string, offset: number, inputId: string | undefined): void {
    this.broken.push({
      line: this.line,
      offset: offset - this.lines.first,
      stored,
      expected,
      ...(inputId !== undefined ? { inputId } : {})
    })
  }

  private prevValue(): string {
    if (this.prevKind === PREV_SPAN) return this.p.memory.mem.toString('latin1', this.prevStart, this.prevEnd)
    return this.prevText
  }

  private setPrev(stored: StoredHash, expected: string): void {
    this.setText(nextPrev(stored, expected))
  }

  private setText(text: string): void {
    this.prevKind = PREV_TEXT
    this.prevText = text
  }

  private storedFromScan(mem: Buffer): StoredHash {
    const s = this.spans
    if (s.dropKind === FIELD_ABSENT) return { kind: 'missing', value: '' }
    if (s.dropKind === FIELD_PLAIN_STRING) {
      if (s.dropEnd === s.dropStart) return { kind: 'falsy', value: '' }
      return { kind: 'string', value: mem.toString('latin1', s.dropStart, s.dropEnd) }
    }
    return storedOf(parseJson(mem.toString('utf8', s.dropStart, s.dropEnd), { allowNonFinite: true }))
  }

  /** Index keys and anchor from the scanner's field spans. */
  private fieldsFromScan(mem: Buffer, start: number, end: number): void {
    const f = this.spans.fields
    const cfg = this.p.config
    if (cfg.chain && f.kind[2] !== FIELD_ABSENT) {
      this.anchors.push({ line: this.line, text: mem.toString('utf8', f.start[2]!, f.end[2]!) })
    }
    if (!cfg.index) return
    for (let i = 0; i < 2; i++) {
      if (f.kind[i] === FIELD_ABSENT) continue
      const kind = i === 0 ? KEY_INPUT : KEY_CORRELATION
      if (f.kind[i] === FIELD_PLAIN_STRING) this.addKey(keyHash(kind, mem, f.start[i]!, f.end[i]!), start, end)
      else {
        const id = idText(parseJson(mem.toString('utf8', f.start[i]!, f.end[i]!), { allowNonFinite: true }))
        if (id !== undefined) this.addKey(keyHash(kind, Buffer.from(id, 'utf8')), start, end)
      }
    }
  }

  private fieldsFromValue(value: JsonObject, start: number, end: number): void {
    const cfg = this.p.config
    const anchor = cfg.anchorField ? value.get(cfg.anchorField) : undefined
    if (cfg.chain && anchor !== undefined)
      this.anchors.push({ line: this.line, text: serializeCanonical(anchor, 'jcs') })
    if (!cfg.index) return
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
    if (this.indexCount + 4 > this.index.length) {
      const next = new Uint32Array(this.index.length * 2)
      next.set(this.index)
      this.index = next
    }
    this.index[this.indexCount++] = h
    this.index[this.indexCount++] = this.line
    this.index[this.indexCount++] = start - this.lines.first
    this.index[this.indexCount++] = end - start
  }

  result(): ChunkResult {
    const lastPrev =
      this.prevKind === PREV_UNKNOWN ? null : this.prevKind === PREV_SPAN ? this.prevValue() : this.prevText
    let lastStored = this.lastStored
    if (lastStored === null && this.prevKind === PREV_SPAN) lastStored = { kind: 'string', value: lastPrev! }
    return {
      seq: this.seq,
      lines: this.line,
      offset: this.lines.offset,
      bytes: this.lines.stop - this.lines.first,
      unterminated: this.lines.unterminated,
      pending: this.pending,
      lastPrev,
      lastStored,
      broken: this.broken,
      anchors: this.anchors,
      index: this.index.slice(0, this.indexCount),
      violations: this.violations,
      violationCount: this.violationCount,
      exactPath: this.exactPath,
      wasmLines: this.wasmLines,
      projectedLines: this.projectedLines,
      quickLines: this.quickLines,
      runLines: this.runLines,
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
