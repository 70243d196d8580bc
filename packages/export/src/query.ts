/**
 * The queries of seed 000's export capability: time range (every event in
 * [from, to)), trace (every event of one request: its input id and every
 * correlation id those entries carry), cohort (every entry whose fields equal the
 * given subgroup values and outcome), and the annual retrieval test (one entry of a
 * given age). Matchers work on split lines, comparing bytes where they can.
 */
import { GateError } from '@ai-act-gates/core'
import type { ExportColumn } from './columns.js'
import type { RowShaper } from './rows.js'
import { timestampOf } from './rows.js'
import { KIND, type Members, stringValue } from './split.js'
import { isoMicros, type Duration } from './time.js'

/** The query kinds. */
export const QUERY_KINDS = ['time-range', 'trace', 'cohort', 'retrieval'] as const
/** A query kind. */
export type QueryKind = (typeof QUERY_KINDS)[number]

/** One field = value condition. */
export interface Condition {
  field: string
  value: string
}

/** A query with its parameters. */
export type Query =
  | { kind: 'time-range'; from: number; to: number; fromText: string; toText: string }
  | { kind: 'trace'; inputId: string }
  | { kind: 'cohort'; where: Condition[]; outcome: Condition }
  | { kind: 'retrieval'; age: Duration; tolerance: Duration; asOf: number; target: number; window: [number, number] }

/** The query's parameters as the manifest records them. */
export function queryParameters(
  q: Query,
  fields: { timestampField: string; idField: string; correlationField: string }
): Record<string, unknown> {
  switch (q.kind) {
    case 'time-range':
      return {
        from: q.fromText,
        to: q.toText,
        fromUtc: isoMicros(q.from),
        toUtc: isoMicros(q.to),
        interval: '[from, to): from inclusive, to exclusive',
        timestampField: fields.timestampField
      }
    case 'trace':
      return { inputId: q.inputId, idField: fields.idField, correlationField: fields.correlationField }
    case 'cohort':
      return { where: q.where, outcome: q.outcome }
    case 'retrieval':
      return {
        age: q.age.text,
        tolerance: q.tolerance.text,
        asOf: isoMicros(q.asOf),
        target: isoMicros(q.target),
        window: [isoMicros(q.window[0]), isoMicros(q.window[1])],
        timestampField: fields.timestampField
      }
  }
}

/** Reads `field=value` pairs (newline- or comma-separated); `name` is the input. */
export function parseConditions(name: string, text: string): Condition[] {
  const out: Condition[] = []
  for (const part of text
    .split(/\r?\n|,/)
    .map(s => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=')
    if (eq <= 0) {
      throw new GateError(
        'INPUT_INVALID',
        `input '${name}' has '${part}'; give field=value pairs such as region=Noord-Holland`,
        {
          field: name
        }
      )
    }
    out.push({ field: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() })
  }
  return out
}

/** A compiled condition. */
interface Compiled {
  column: number
  type: ExportColumn['type']
  bytes: Buffer
  number: number
  bool: boolean
}

/** Checks each condition's field against the columns; unknown or non-scalar fields are INPUT_INVALID. */
export function compileConditions(conds: Condition[], shaper: RowShaper, input: string): Compiled[] {
  return conds.map(c => {
    const column = shaper.columnOf(c.field)
    if (column < 0) {
      const known = shaper.columns.filter(x => x.source === 'field' && x.type !== 'json').map(x => x.name)
      throw new GateError(
        'INPUT_INVALID',
        `input '${input}' names field '${c.field}', which the log profile does not declare; known fields: ${known.join(', ')}`,
        { field: input, hint: 'Use a field of the profile, or give a schema that declares it' }
      )
    }
    const type = shaper.columns[column]!.type
    if (type === 'json' || type === 'timestamp') {
      throw new GateError(
        'INPUT_INVALID',
        `input '${input}': field '${c.field}' is a ${type} column; compare scalar fields (string, number, boolean)`,
        {
          field: input
        }
      )
    }
    const number = Number(c.value)
    if ((type === 'int64' || type === 'double') && (c.value === '' || !Number.isFinite(number))) {
      throw new GateError(
        'INPUT_INVALID',
        `input '${input}': field '${c.field}' is a number, but '${c.value}' is not`,
        { field: input }
      )
    }
    if (type === 'boolean' && c.value !== 'true' && c.value !== 'false') {
      throw new GateError('INPUT_INVALID', `input '${input}': field '${c.field}' is a boolean; give true or false`, {
        field: input
      })
    }
    return { column, type, bytes: Buffer.from(c.value, 'utf8'), number, bool: c.value === 'true' }
  })
}

/** True when every condition holds for the shaped line. */
export function conditionsHold(conds: Compiled[], buf: Buffer, m: Members, shaper: RowShaper): boolean {
  for (const c of conds) {
    const k = shaper.memberOf[c.column]!
    if (k < 0) return false
    const kind = m.kind[k]!
    const vs = m.valueStart[k]!
    const ve = m.valueEnd[k]!
    switch (c.type) {
      case 'string':
        if (kind === KIND.STRING) {
          if (ve - vs - 2 !== c.bytes.length) return false
          for (let i = 0; i < c.bytes.length; i++) if (buf[vs + 1 + i] !== c.bytes[i]) return false
        } else if (kind !== KIND.ESCAPED || stringValue(buf, m, k) !== c.bytes.toString('utf8')) return false
        break
      case 'int64':
      case 'double':
        if (kind !== KIND.NUMBER || Number(buf.toString('latin1', vs, ve)) !== c.number) return false
        break
      case 'boolean':
        if (kind !== (c.bool ? KIND.TRUE : KIND.FALSE)) return false
        break
      default:
        return false
    }
  }
  return true
}

/** The timestamp of a shaped line in microseconds; a missing or bad one throws a CellTypeError. */
export function lineTime(buf: Buffer, m: Members, shaper: RowShaper, column: number, field: string): number {
  const k = column >= 0 ? shaper.memberOf[column]! : -1
  if (k < 0) {
    // The field may be undeclared: look for it among the extra members.
    for (const e of shaper.extras) {
      const s = m.keyStart[e]!
      if (m.keyEnd[e]! - s === Buffer.byteLength(field) && buf.toString('utf8', s, m.keyEnd[e]!) === field) {
        return timestampOf(buf, m, e, field)
      }
    }
    return timestampOf(buf, m, -1, field)
  }
  return timestampOf(buf, m, k, field)
}
