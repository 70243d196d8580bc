/**
 * Attribute values of a planned instance, three-valued: known, unknown until apply,
 * or absent. An unknown value is never read as any value: rules turn it into an
 * `unknown` finding.
 */
import type { JsonPath } from './locate.js'
import type { PlanInstance } from './read.js'

/** An attribute's value as the plan knows it. */
export type AttrValue = { state: 'known'; value: unknown } | { state: 'unknown' } | { state: 'absent' }

const UNKNOWN: AttrValue = { state: 'unknown' }
const ABSENT: AttrValue = { state: 'absent' }

/** The value at `path` inside the instance's attributes. */
export function attr(inst: PlanInstance, path: JsonPath): AttrValue {
  let u: unknown = inst.afterUnknown
  for (const seg of path) {
    if (u === true) return UNKNOWN
    u = typeof u === 'object' && u !== null ? (u as Record<string | number, unknown>)[seg] : undefined
  }
  if (u === true) return UNKNOWN
  let v: unknown = inst.after
  for (const [depth, seg] of path.entries()) {
    if (typeof v !== 'object' || v === null) return ABSENT
    const container = v as Record<string | number, unknown>
    // planned_values leaves out a top-level attribute whose value is not wholly known;
    // inside a known attribute, a missing element is simply not there.
    if (!(seg in container)) return inst.source === 'planned_values' && depth === 0 ? UNKNOWN : ABSENT
    v = container[seg]
  }
  return { state: 'known', value: v }
}

/**
 * The elements of a nested block list (`rule`, `expiration`): their indexes when
 * known, `unknown` when the list itself is unknown, an empty list when absent or null.
 */
export function blockIndexes(inst: PlanInstance, path: JsonPath): number[] | 'unknown' {
  const v = attr(inst, path)
  if (v.state === 'unknown') return 'unknown'
  if (v.state === 'absent' || v.value === null) return []
  if (Array.isArray(v.value)) return v.value.map((_, i) => i)
  // Some providers write a single nested object instead of a list.
  return typeof v.value === 'object' ? [-1] : []
}

/** The path of element `i` of a block list; -1 stands for a block written as a single object. */
export function elementPath(path: JsonPath, i: number): JsonPath {
  return i < 0 ? path : [...path, i]
}

/** A known number, or the state that stops it being one. */
export function numberAttr(inst: PlanInstance, path: JsonPath): { n: number | null } | 'unknown' | 'invalid' {
  const v = attr(inst, path)
  if (v.state === 'unknown') return 'unknown'
  if (v.state === 'absent' || v.value === null) return { n: null }
  if (typeof v.value === 'number' && Number.isFinite(v.value)) return { n: v.value }
  if (typeof v.value === 'string' && /^-?\d+$/.test(v.value)) return { n: Number(v.value) }
  return 'invalid'
}

/** A known string (empty strings are returned as they are), or the state that stops it being one. */
export function stringAttr(inst: PlanInstance, path: JsonPath): { s: string | null } | 'unknown' {
  const v = attr(inst, path)
  if (v.state === 'unknown') return 'unknown'
  if (v.state === 'absent' || v.value === null) return { s: null }
  return { s: typeof v.value === 'string' ? v.value : JSON.stringify(v.value) }
}

/** A known boolean (strings "true"/"false" accepted), or the state that stops it being one. */
export function boolAttr(inst: PlanInstance, path: JsonPath): { b: boolean | null } | 'unknown' {
  const v = attr(inst, path)
  if (v.state === 'unknown') return 'unknown'
  if (v.state === 'absent' || v.value === null) return { b: null }
  if (typeof v.value === 'boolean') return { b: v.value }
  if (v.value === 'true' || v.value === 'false') return { b: v.value === 'true' }
  return { b: null }
}

/** `rule[0].expiration[0].days`: an attribute path as reports show it. */
export function attributeName(path: JsonPath): string {
  let out = ''
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`
  return out
}
