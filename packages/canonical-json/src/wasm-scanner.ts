/**
 * The python-json fast path in WebAssembly (`assembly/scan.ts`, embedded in
 * `scan-wasm.generated.ts`): the lines Python's `json.dumps` writes are canonicalized
 * without a JavaScript loop over their bytes. It declines whatever it does not handle
 * (see `assembly/scan.ts`), and the caller goes on with {@link CanonicalScanner} and
 * the exact path; the three are tested against each other and python3 byte for byte.
 *
 * One instance per thread. The line is copied into the module's memory; the canonical
 * bytes are read from {@link WasmScanner.bytes} at {@link WasmScanner.outStart}, with
 * {@link WasmScanner.prefixRoom} bytes of room before them for the `prev:` prefix.
 */
import { SCAN_DECLINED, type ScanFields } from './scanner.js'
import { SCAN_WASM_BASE64 } from './scan-wasm.generated.js'

/** The part of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: unknown }
}
/** This runtime's WebAssembly, looked up when first needed (no module-level side effect in the bundles). */
function wasmApi(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly
}

interface Exports {
  memory: { buffer: ArrayBuffer }
  inPtr(): number
  outPtr(): number
  resPtr(): number
  confPtr(): number
  maxLine(): number
  regionPtr(): number
  regionSize(): number
  configure(): void
  scan(length: number): number
  scanAt(at: number, length: number): number
  projPtr(): number
  projLimit(): number
  projOutPtr(): number
  project(): number
  projectSpans(): number
  spansPtr(): number
  scanRun(first: number, stop: number, prevAt: number, prevLen: number): number
  runTablePtr(): number
  runPrevPtr(): number
}

let compiled: object | null | undefined

/** The compiled module, or null where this runtime cannot compile it (no WebAssembly, no SIMD). */
function module(): object | null {
  if (compiled === undefined) {
    try {
      const wasm = wasmApi()
      compiled = wasm ? new wasm.Module(Buffer.from(SCAN_WASM_BASE64, 'base64')) : null
    } catch {
      compiled = null
    }
  }
  return compiled
}

/** Bytes before the output kept free for the caller (`prev:`). */
const PREFIX_ROOM = 1024
/** Rows of a run: see WasmScanner.runRows. */
export const RUN_FIELDS = 12
const MAX_RUN = 1024
/** Longest key the module can be configured with. */
const MAX_KEY = 252

/** Writes python-json canonical bytes of Python-written lines in WebAssembly. */
export class WasmScanner {
  /** The module's memory; the canonical bytes of the last scan are at {@link outStart}. */
  readonly bytes: Buffer
  /** Where the canonical bytes start in {@link bytes}. */
  readonly outStart: number
  /** Free bytes before {@link outStart}. */
  readonly prefixRoom = PREFIX_ROOM
  /** The fields found by the last scan, as offsets in the line's source. */
  readonly fields: ScanFields
  /** Longest line (in bytes) the module handles; longer lines are declined. */
  readonly maxLineBytes: number
  dropStart = 0
  dropEnd = 0
  dropKind = 0
  /**
   * A region of the module's memory the caller may read its lines into: {@link scan}
   * of a buffer that views this memory scans the line where it is, without copying it.
   */
  readonly region: Buffer
  /**
   * The rows of the last {@link scanRun}, {@link RUN_FIELDS} each: line start and end,
   * `prev:` start and canonical end (in {@link bytes}), stored hash start and end, then
   * per id field its kind, key hash, and (input id only) start and end. Line and span
   * positions are offsets in the buffer given to scanRun.
   */
  readonly runRows: Int32Array
  /** Where scanRun stopped (an offset in the buffer given to it). */
  runStop = 0
  private readonly runPrev: number
  /** Where {@link project} writes (in {@link bytes}). */
  readonly projectionStart: number
  /** The rows of the last {@link projectSpans}. */
  readonly spans: Int32Array
  /** What turns the module's addresses of the last line scanned into offsets in its `src`. */
  private shift = 0
  private readonly exports: Exports
  private readonly inStart: number
  private readonly res: Int32Array
  private readonly dropKey: string

  private constructor(instance: { exports: unknown }, dropKey: string, fields: readonly string[]) {
    const x = instance.exports as unknown as Exports
    this.exports = x
    this.bytes = Buffer.from(x.memory.buffer)
    this.inStart = x.inPtr()
    this.outStart = x.outPtr()
    this.maxLineBytes = x.maxLine()
    this.region = Buffer.from(x.memory.buffer, x.regionPtr(), x.regionSize())
    this.res = new Int32Array(x.memory.buffer, x.resPtr(), 16)
    this.projectionStart = x.projOutPtr()
    this.runRows = new Int32Array(x.memory.buffer, x.runTablePtr(), MAX_RUN * RUN_FIELDS)
    this.spans = new Int32Array(x.memory.buffer, x.spansPtr(), (x.projLimit() + 1) * 3)
    this.runPrev = x.runPrevPtr()
    this.dropKey = dropKey
    const conf = x.confPtr()
    const keys = [dropKey, ...fields]
    keys.forEach((key, i) => {
      const bytes = Buffer.from(key, 'utf8')
      const slot = conf + i * 256
      this.bytes.writeUInt32LE(bytes.length, slot)
      this.bytes.set(bytes, slot + 4)
    })
    x.configure()
    this.fields = { kind: new Int32Array(3), start: new Int32Array(3), end: new Int32Array(3) }
  }

  /**
   * A scanner dropping `dropKey` and reporting up to three `fields`, or null where
   * WebAssembly SIMD is not available or a key is too long to configure (the caller
   * then uses {@link CanonicalScanner} alone).
   */
  static create(options: { dropKey?: string; fields?: readonly string[] } = {}): WasmScanner | null {
    const fields = options.fields ?? []
    const dropKey = options.dropKey ?? ''
    if (fields.length > 3) return null
    const keys = [dropKey, ...fields]
    if (keys.some(k => Buffer.byteLength(k, 'utf8') > MAX_KEY)) return null
    const m = module()
    if (m === null) return null
    const padded = [...fields, '', '', ''].slice(0, 3)
    return new WasmScanner(new (wasmApi()!.Instance)(m, {}), dropKey, padded)
  }

  /**
   * Writes the python-json canonical bytes of the JSON object in `src[start, end)`
   * into {@link bytes} from {@link outStart}. Returns their end, or
   * {@link SCAN_DECLINED} when the line needs another path.
   */
  scan(src: Buffer, start: number, end: number): number {
    const length = end - start
    if (length > this.maxLineBytes) return SCAN_DECLINED
    if (src.buffer === this.region.buffer) {
      // A line read into the region (see `region`): scanned where it is.
      const at = src.byteOffset + start
      const region = this.region
      if (at < region.byteOffset || at + length + 16 > region.byteOffset + region.length) {
        throw new RangeError('a line scanned in place must lie inside the region, 16 bytes before its end')
      }
      return this.answer(this.exports.scanAt(at, length), -src.byteOffset)
    }
    src.copy(this.bytes, this.inStart, start, end)
    return this.answer(this.exports.scan(length), start - this.inStart)
  }

  /**
   * Sets the top-level keys {@link project} keeps (replacing earlier ones). Returns
   * false, keeping none, when there are more than 64 or one is longer than 252 bytes.
   */
  configureProjection(keys: readonly string[]): boolean {
    const x = this.exports
    const table = x.projPtr()
    const bytes = [...new Set(keys)].map(k => Buffer.from(k, 'utf8'))
    const fits = bytes.length <= x.projLimit() && bytes.every(b => b.length <= MAX_KEY)
    const kept = fits ? bytes : []
    this.bytes.writeUInt32LE(kept.length, table)
    this.bytes.writeUInt32LE(fits && this.dropKey !== '' && keys.includes(this.dropKey) ? 1 : 0, table + 4)
    kept.forEach((b, i) => {
      const slot = table + 16 + i * 256
      this.bytes.writeUInt32LE(b.length, slot)
      this.bytes.set(b, slot + 4)
    })
    // Cached shapes carry which members are kept: forget them.
    x.configure()
    return fits
  }

  /**
   * After a {@link scan} that did not decline: writes the line's projection at
   * {@link projectionStart} in {@link bytes} and returns its end. The projection is a
   * JSON object of the line's top-level members whose keys were configured with
   * {@link configureProjection}, each in the line's own bytes: parsed, it holds the same
   * values as the whole line parsed, for those keys (the scan found the line valid JSON
   * without repeated keys).
   */
  project(): number {
    return this.exports.project()
  }

  /**
   * After a {@link scan} that did not decline: the values of the members {@link project}
   * would keep, as rows of {@link spans}, three numbers each: 1 + the index of the
   * member's key among the keys given to {@link configureProjection} (after repeated
   * ones are dropped), or 0 for the dropped key when it is kept; then the start and end
   * of the value in the `src` the line was scanned from. Returns the number of rows, in
   * the line's order (the dropped key last).
   */
  projectSpans(): number {
    const n = this.exports.projectSpans()
    const rows = this.spans
    for (let i = 0; i < n; i++) {
      rows[i * 3 + 1]! += this.shift
      rows[i * 3 + 2]! += this.shift
    }
    return n
  }

  /**
   * Scans the ordinary lines of `src[start, stop)` (src must view {@link region}) in one
   * call: whole lines ending in LF, answered by the scan, with a non-empty plain string
   * as stored hash, id fields absent or plain strings, no rotation anchor. Each line's
   * canonical bytes are written with its `prev:` in front: the first line's `prev` is
   * `prev` (a string, or a span of src as [start, end]), the next ones' the stored hash
   * of the line before, as seed 002 chains. Returns how many lines it did (their rows
   * in {@link runRows}); {@link runStop} is where the next line starts. The caller takes
   * the line it stopped at by itself.
   */
  scanRun(src: Buffer, start: number, stop: number, prev: string | [number, number]): number {
    if (src.buffer !== this.region.buffer || src.byteOffset < this.region.byteOffset) {
      throw new RangeError('scanRun reads lines in the region only')
    }
    const base = src.byteOffset
    if (base + stop > this.region.byteOffset + this.region.length) throw new RangeError('past the region')
    let prevAt: number
    let prevLen: number
    if (typeof prev === 'string') {
      prevLen = this.bytes.write(prev, this.runPrev, 512, 'utf8')
      if (prevLen !== Buffer.byteLength(prev, 'utf8')) return 0
      prevAt = this.runPrev
    } else {
      prevAt = base + prev[0]
      prevLen = prev[1] - prev[0]
    }
    const n = this.exports.scanRun(base + start, base + stop, prevAt, prevLen)
    const rows = this.runRows
    for (let i = 0; i < n; i++) {
      const r = i * RUN_FIELDS
      rows[r] = rows[r]! - base
      rows[r + 1] = rows[r + 1]! - base
      rows[r + 4] = rows[r + 4]! - base
      rows[r + 5] = rows[r + 5]! - base
      rows[r + 8] = rows[r + 8]! - base
      rows[r + 9] = rows[r + 9]! - base
    }
    this.runStop = this.res[15]! - base
    return n
  }

  /** Reads the results of a scan; `shift` turns the module's addresses into offsets in the caller's buffer. */
  private answer(r: number, shift: number): number {
    if (r < 0) return SCAN_DECLINED
    this.shift = shift
    const res = this.res
    this.dropKind = res[0]!
    this.dropStart = res[1]! + shift
    this.dropEnd = res[2]! + shift
    const f = this.fields
    for (let i = 0; i < 3; i++) {
      f.kind[i] = res[3 + i * 3]!
      f.start[i] = res[4 + i * 3]! + shift
      f.end[i] = res[5 + i * 3]! + shift
    }
    return r
  }
}
