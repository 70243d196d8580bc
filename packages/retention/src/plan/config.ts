/**
 * The `configuration` section of a plan: each module's resources with their
 * expressions, module calls and outputs. Used to follow references (`bucket =
 * aws_s3_bucket.logs.id`) when the value itself is unknown until apply, which is the
 * usual case for a resource the plan is about to create.
 */
import type { InstanceKey } from './address.js'

/** One resource block of the configuration. */
export interface ResourceConfig {
  /** Expressions by argument name. */
  expressions: Record<string, unknown>
}

/** One module's configuration. */
export interface ModuleConfig {
  resources: Map<string, ResourceConfig>
  calls: Map<string, { expressions: Record<string, unknown>; module: ModuleConfig }>
  outputs: Map<string, { expression: unknown }>
}

/** A resource a reference leads to. */
export interface ReferenceTarget {
  /** Module call names from the root. */
  modulePath: string[]
  /** `type.name`. */
  resource: string
  /** The instance key when the reference gives one. */
  key?: InstanceKey
}

const MAX_DEPTH = 16

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
}

/** Reads a module from the configuration JSON; anything missing becomes empty. */
export function readModuleConfig(raw: unknown): ModuleConfig {
  const m = obj(raw)
  const resources = new Map<string, ResourceConfig>()
  for (const r of Array.isArray(m.resources) ? m.resources : []) {
    const rr = obj(r)
    if (typeof rr.address === 'string' && rr.mode !== 'data') {
      resources.set(rr.address, { expressions: obj(rr.expressions) })
    }
  }
  const calls = new Map<string, { expressions: Record<string, unknown>; module: ModuleConfig }>()
  for (const [name, c] of Object.entries(obj(m.module_calls))) {
    const cc = obj(c)
    calls.set(name, { expressions: obj(cc.expressions), module: readModuleConfig(cc.module) })
  }
  const outputs = new Map<string, { expression: unknown }>()
  for (const [name, o] of Object.entries(obj(m.outputs))) outputs.set(name, { expression: obj(o).expression })
  return { resources, calls, outputs }
}

/** The module at a path of call names, if the configuration has it. */
export function moduleAt(root: ModuleConfig, path: string[]): ModuleConfig | undefined {
  let m: ModuleConfig | undefined = root
  for (const name of path) m = m?.calls.get(name)?.module
  return m
}

/** The `references` of an expression (or of every expression nested in a block). */
export function expressionReferences(expr: unknown): string[] {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>
      if (Array.isArray(o.references)) for (const r of o.references) if (typeof r === 'string') out.push(r)
      for (const [k, child] of Object.entries(o)) if (k !== 'references') walk(child)
    }
  }
  walk(expr)
  return out
}

interface Step {
  name: string
  key?: InstanceKey
}

/** Splits a traversal such as `module.a.out` or `aws_s3_bucket.x["k"].id` into steps. */
export function parseTraversal(ref: string): Step[] | undefined {
  const steps: Step[] = []
  let pos = 0
  while (pos < ref.length) {
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(ref.slice(pos))
    if (!m) return undefined
    pos += m[0].length
    const step: Step = { name: m[0] }
    if (ref[pos] === '[') {
      const close = ref.indexOf(']', ref[pos + 1] === '"' ? ref.indexOf('"', pos + 2) : pos)
      if (close < 0) return undefined
      const inner = ref.slice(pos + 1, close)
      if (/^\d+$/.test(inner)) step.key = Number(inner)
      else if (inner.startsWith('"')) {
        try {
          step.key = JSON.parse(inner) as string
        } catch {
          return undefined
        }
      } else return undefined
      pos = close + 1
    }
    steps.push(step)
    if (pos < ref.length) {
      if (ref[pos] !== '.') return undefined
      pos++
    }
  }
  return steps
}

/**
 * Follows the references of an expression in the module at `modulePath` to the
 * managed resources they lead to, through module outputs and input variables.
 */
export function resolveReferences(root: ModuleConfig, modulePath: string[], refs: string[]): ReferenceTarget[] {
  const found = new Map<string, ReferenceTarget>()
  const visit = (path: string[], ref: string, depth: number): void => {
    if (depth > MAX_DEPTH) return
    const steps = parseTraversal(ref)
    if (!steps || steps.length < 2) return
    const [head, second] = [steps[0]!, steps[1]!]
    if (head.name === 'module') {
      if (steps.length < 3) return
      const call = moduleAt(root, path)?.calls.get(second.name)
      const output = call?.module.outputs.get(steps[2]!.name)
      if (!output) return
      for (const r of expressionReferences(output.expression)) visit([...path, second.name], r, depth + 1)
      return
    }
    if (head.name === 'var') {
      if (path.length === 0) return
      const parent = moduleAt(root, path.slice(0, -1))
      const call = parent?.calls.get(path.at(-1)!)
      for (const r of expressionReferences(call?.expressions[second.name])) visit(path.slice(0, -1), r, depth + 1)
      return
    }
    if (['data', 'local', 'each', 'count', 'path', 'terraform', 'self'].includes(head.name)) return
    const resource = `${head.name}.${second.name}`
    if (!moduleAt(root, path)?.resources.has(resource)) return
    const id = `${path.join('.')}|${resource}`
    const existing = found.get(id)
    const target: ReferenceTarget = { modulePath: path, resource }
    if (second.key !== undefined) target.key = second.key
    if (!existing || (existing.key === undefined && target.key !== undefined)) found.set(id, target)
  }
  for (const r of refs) visit(modulePath, r, 0)
  return [...found.values()]
}
