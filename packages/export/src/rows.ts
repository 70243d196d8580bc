/**
 * From a split log line to the cells of a row: which member feeds which column
 * (keys are matched against the column names, guessing from the previous line's
 * order first), and the typed value of each cell for Parquet or its text for CSV.
 */
import { plainDecimal } from '@ai-act-gates/canonical-json'
import type { ByteSink, ParquetWriter } from '@ai-act-gates/parquet'
import type { ExportColumn } from './columns.js'
import { KIND, KIND_NAMES, keyText, type Members, stringValue } from './split.js'
import { dateTimeBytes, parseDateTime } from './time.js'

/** One log line and where it is. */
export interface LineRef {
  buf: Buffer
  start: number
  end: number
  entryIndex: number
  file: string
  line: number
}

/** A value that does not fit its column's type. */
export class CellTypeError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(message)
  }
}

/** Maps the members of each line to columns. */
export class RowShaper {
  /** Per column, the member index feeding it, or -1. */
  readonly memberOf: Int32Array
  /** Members that no column declares (they go into extra_fields). */
  extras: number[] = []
  /** Per column, its source and type as small numbers (see {@link SOURCE} and {@link TYPE}). */
  readonly sourceCode: Uint8Array
  readonly typeCode: Uint8Array
  private readonly byName = new Map<string, number>()
  private readonly nameBytes: Buffer[]
  private guess = new Int32Array(64).fill(-1)
  /** Per member position: the name of the undeclared key the previous line had there. */
  private extraName: Array<Buffer | undefined> = []

  constructor(readonly columns: readonly ExportColumn[]) {
    this.memberOf = new Int32Array(columns.length)
    this.nameBytes = columns.map(c => Buffer.from(c.field ?? '\u0000', 'utf8'))
    this.sourceCode = Uint8Array.from(columns, c => SOURCE[c.source])
    this.typeCode = Uint8Array.from(columns, c => TYPE[c.type])
    columns.forEach((c, i) => {
      if (c.source === 'field') this.byName.set(c.field!, i)
    })
  }

  /** Column index of a field name, or -1. */
  columnOf(field: string): number {
    return this.byName.get(field) ?? -1
  }

  /** Maps the members of one line. */
  shape(buf: Buffer, m: Members): void {
    this.memberOf.fill(-1)
    // Written over in place (emptying the array would drop its storage on every line).
    let extras = 0
    if (m.count > this.guess.length) {
      const g = new Int32Array(m.count * 2).fill(-1)
      g.set(this.guess)
      this.guess = g
    }
    for (let k = 0; k < m.count; k++) {
      let c = this.guess[k]!
      // The previous line's key at this position, declared (c >= 0) or not, is checked byte for byte.
      const extra = this.extraName[k]
      const same = m.keyEscaped[k]
        ? false
        : c >= 0
          ? sameBytes(buf, m, k, this.nameBytes[c]!)
          : extra !== undefined && sameBytes(buf, m, k, extra)
      if (!same) {
        c = this.byName.get(keyText(buf, m, k)) ?? -1
        this.guess[k] = c
        this.extraName[k] =
          c < 0 && !m.keyEscaped[k] ? Buffer.from(buf.subarray(m.keyStart[k]!, m.keyEnd[k]!)) : undefined
      }
      if (c >= 0) this.memberOf[c] = k
      else this.extras[extras++] = k
    }
    if (this.extras.length !== extras) this.extras.length = extras
  }
}

/** Column sources as numbers. */
export const SOURCE = { 'entry-index': 0, file: 1, line: 2, field: 3, extra: 4 } as const
/** Column types as numbers. */
export const TYPE = { string: 0, json: 1, timestamp: 2, double: 3, int64: 4, boolean: 5 } as const

/** Whether member k's key (unescaped) is `name`. */
function sameBytes(buf: Buffer, m: Members, k: number, name: Buffer): boolean {
  const s = m.keyStart[k]!
  if (m.keyEnd[k]! - s !== name.length) return false
  for (let i = 0; i < name.length; i++) if (buf[s + i] !== name[i]) return false
  return true
}

function mismatch(col: ExportColumn, kind: number): CellTypeError {
  return new CellTypeError(
    col.field ?? col.name,
    `the value is a ${KIND_NAMES[kind]}, but the profile declares '${col.field}' as ${col.type}`
  )
}

/** The JSON text of the undeclared members: `{"k":v,...}` with keys and values as written. */
export function extraText(buf: Buffer, m: Members, extras: readonly number[]): Buffer {
  const parts: Buffer[] = [Buffer.from('{')]
  extras.forEach((k, i) => {
    if (i > 0) parts.push(Buffer.from(','))
    parts.push(buf.subarray(m.keyStart[k]! - 1, m.keyEnd[k]! + 1), Buffer.from(':'))
    parts.push(buf.subarray(m.valueStart[k]!, m.valueEnd[k]!))
  })
  parts.push(Buffer.from('}'))
  return Buffer.concat(parts)
}

let memoBuf: Buffer | undefined
let memoStart = -1
let memoValue = 0

/** Microseconds of a timestamp member, or a CellTypeError. */
export function timestampOf(buf: Buffer, m: Members, k: number, field: string): number {
  if (k < 0) throw new CellTypeError(field, 'the entry has no such field')
  // The same value is often read twice (the query's filter, then its column): parse it once.
  if (memoBuf === buf && memoStart === m.valueStart[k]) return memoValue
  const v = parseTimestamp(buf, m, k, field)
  memoBuf = buf
  memoStart = m.valueStart[k]!
  memoValue = v
  return v
}

function parseTimestamp(buf: Buffer, m: Members, k: number, field: string): number {
  const kind = m.kind[k]!
  if (kind !== KIND.STRING && kind !== KIND.ESCAPED) {
    throw new CellTypeError(field, `the value is a ${KIND_NAMES[kind]}, not a date-time string`)
  }
  if (kind === KIND.STRING) {
    const fast = dateTimeBytes(buf, m.valueStart[k]! + 1, m.valueEnd[k]! - 1)
    if (fast !== undefined) return fast
  }
  const text =
    kind === KIND.STRING ? buf.toString('latin1', m.valueStart[k]! + 1, m.valueEnd[k]! - 1) : stringValue(buf, m, k)
  const r = parseDateTime(text)
  if (typeof r === 'string') throw new CellTypeError(field, `'${text}': ${r}`)
  return r
}

function integerOf(text: string): bigint | undefined {
  if (/^-?\d+$/.test(text)) return BigInt(text)
  const n = Number(text)
  return Number.isSafeInteger(n) ? BigInt(n) : undefined
}

/** Writes the JSON text of the undeclared members into a sink. */
function writeExtra(sink: ByteSink, buf: Buffer, m: Members, extras: readonly number[]): void {
  sink.byte(0x7b)
  for (let i = 0; i < extras.length; i++) {
    const k = extras[i]!
    if (i > 0) sink.byte(0x2c)
    sink.bytes(buf, m.keyStart[k]! - 1, m.keyEnd[k]! + 1)
    sink.byte(0x3a)
    sink.bytes(buf, m.valueStart[k]!, m.valueEnd[k]!)
  }
  sink.byte(0x7d)
}

/** The value of a plain integer lexeme (-?digits, at most 15 digits), else undefined. */
export function plainInteger(buf: Buffer, s: number, e: number): number | undefined {
  let i = s
  const negative = buf[i] === 0x2d
  if (negative) i++
  if (i === e || e - i > 15) return undefined
  let value = 0
  for (; i < e; i++) {
    const b = buf[i]!
    if (b < 0x30 || b > 0x39) return undefined
    value = value * 10 + (b - 0x30)
  }
  return negative ? -value : value
}

let lastFile = ''
let lastFileBytes = Buffer.alloc(0)

/** Appends one row to a Parquet writer; a promise means the writer wants the caller to wait. */
export function appendParquetRow(
  w: ParquetWriter,
  shaper: RowShaper,
  line: LineRef,
  m: Members
): Promise<void> | undefined {
  const buf = line.buf
  const cols = shaper.columns
  const sources = shaper.sourceCode
  const types = shaper.typeCode
  if (line.file !== lastFile) {
    lastFile = line.file
    lastFileBytes = Buffer.from(line.file, 'utf8')
  }
  for (let c = 0; c < cols.length; c++) {
    switch (sources[c]) {
      case SOURCE['entry-index']:
        w.appendInt64Number(c, line.entryIndex)
        continue
      case SOURCE.line:
        w.appendInt64Number(c, line.line)
        continue
      case SOURCE.file:
        w.appendBytes(c, lastFileBytes, 0, lastFileBytes.length)
        continue
      case SOURCE.extra:
        if (shaper.extras.length === 0) w.appendNull(c)
        else {
          writeExtra(w.beginValue(c), buf, m, shaper.extras)
          w.endValue(c)
        }
        continue
    }
    const k = shaper.memberOf[c]!
    const kind = k < 0 ? KIND.NULL : m.kind[k]!
    if (kind === KIND.NULL) {
      w.appendNull(c)
      continue
    }
    const vs = m.valueStart[k]!
    const ve = m.valueEnd[k]!
    switch (types[c]) {
      case TYPE.string:
        if (kind === KIND.STRING) w.appendBytes(c, buf, vs + 1, ve - 1)
        else if (kind === KIND.ESCAPED) w.appendString(c, stringValue(buf, m, k))
        else throw mismatch(cols[c]!, kind)
        break
      case TYPE.json:
        w.appendBytes(c, buf, vs, ve)
        break
      case TYPE.timestamp:
        w.appendTimestamp(c, timestampOf(buf, m, k, cols[c]!.field!))
        break
      case TYPE.double: {
        if (kind !== KIND.NUMBER) throw mismatch(cols[c]!, kind)
        w.appendDouble(c, plainDecimal(buf, vs, ve) ?? Number(buf.toString('latin1', vs, ve)))
        break
      }
      case TYPE.int64: {
        if (kind !== KIND.NUMBER) throw mismatch(cols[c]!, kind)
        const fast = plainInteger(buf, vs, ve)
        if (fast !== undefined) {
          w.appendInt64Number(c, fast)
          break
        }
        const col = cols[c]!
        const v = integerOf(buf.toString('latin1', vs, ve))
        if (v === undefined || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
          throw new CellTypeError(col.field!, `${buf.toString('latin1', vs, ve)} is not a 64-bit integer`)
        }
        w.appendInt64(c, v)
        break
      }
      case TYPE.boolean:
        if (kind !== KIND.TRUE && kind !== KIND.FALSE) throw mismatch(cols[c]!, kind)
        w.appendBoolean(c, kind === KIND.TRUE)
        break
    }
  }
  return w.endRow()
}

/** Whether bytes[s, e) need quoting in CSV. */
function needsQuote(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const b = buf[i]!
    if (b === 0x2c || b === 0x22 || b === 0x0a || b === 0x0d) return true
  }
  return false
}

/** A CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote, CR or LF. */
export function csvField(
  out: { bytes(src: Uint8Array, s?: number, e?: number): void; byte(b: number): void },
  buf: Uint8Array,
  s: number,
  e: number
): void {
  if (!needsQuote(buf, s, e)) {
    out.bytes(buf, s, e)
    return
  }
  out.byte(0x22)
  let from = s
  for (let i = s; i < e; i++) {
    if (buf[i] === 0x22) {
      out.bytes(buf, from, i + 1)
      out.byte(0x22)
      from = i + 1
    }
  }
  out.bytes(buf, from, e)
  out.byte(0x22)
}

/** Appends one CSV record (CRLF-terminated). Values as written in the log: numbers keep their lexemes. */
export function appendCsvRow(
  out: { bytes(src: Uint8Array, s?: number, e?: number): void; byte(b: number): void },
  shaper: RowShaper,
  line: LineRef,
  m: Members
): void {
  const buf = line.buf
  const cols = shaper.columns
  for (let c = 0; c < cols.length; c++) {
    if (c > 0) out.byte(0x2c)
    const col = cols[c]!
    if (col.source !== 'field') {
      const text =
        col.source === 'entry-index'
          ? Buffer.from(String(line.entryIndex))
          : col.source === 'line'
            ? Buffer.from(String(line.line))
            : col.source === 'file'
              ? Buffer.from(line.file, 'utf8')
              : shaper.extras.length === 0
                ? undefined
                : extraText(buf, m, shaper.extras)
      if (text) csvField(out, text, 0, text.length)
      continue
    }
    const k = shaper.memberOf[c]!
    const kind = k < 0 ? KIND.NULL : m.kind[k]!
    if (kind === KIND.NULL) continue
    const vs = m.valueStart[k]!
    const ve = m.valueEnd[k]!
    switch (col.type) {
      case 'string':
      case 'timestamp':
        if (col.type === 'timestamp') timestampOf(buf, m, k, col.field!)
        if (kind === KIND.STRING) csvField(out, buf, vs + 1, ve - 1)
        else if (kind === KIND.ESCAPED) {
          const t = Buffer.from(stringValue(buf, m, k), 'utf8')
          csvField(out, t, 0, t.length)
        } else throw mismatch(col, kind)
        break
      case 'json':
        csvField(out, buf, vs, ve)
        break
      case 'double':
      case 'int64':
        if (kind !== KIND.NUMBER) throw mismatch(col, kind)
        if (col.type === 'int64' && integerOf(buf.toString('latin1', vs, ve)) === undefined) {
          throw new CellTypeError(col.field!, `${buf.toString('latin1', vs, ve)} is not an integer`)
        }
        out.bytes(buf, vs, ve)
        break
      case 'boolean':
        if (kind !== KIND.TRUE && kind !== KIND.FALSE) throw mismatch(col, kind)
        out.bytes(buf, vs, ve)
        break
    }
  }
  out.byte(0x0d)
  out.byte(0x0a)
}
