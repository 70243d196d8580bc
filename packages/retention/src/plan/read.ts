/**
 * Reads `terraform show -json` output: format versions 0.1 to 1.x, resources from
 * `resource_changes` (with `after_unknown`), and from `planned_values` for anything
 * `resource_changes` leaves out, in the root module, child modules and every
 * count/for_each instance. Anything that is not such a plan is an error naming the
 * file, line and field.
 */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseJson } from '@ai-act-gates/canonical-json'
import { sha256Hex } from '@ai-act-gates/files'
import { parseAddress, type ResourceAddress } from './address.js'
import { readModuleConfig, type ModuleConfig } from './config.js'
import { formatPath, locatePaths, type JsonPath, type TextPosition } from './locate.js'

/** Error codes of the plan reader. */
export type PlanErrorCode = 'NOT_A_PLAN' | 'UNSUPPORTED'

/** One resource instance as the plan will leave it. */
export interface PlanInstance {
  /** The plan file, as displayed. */
  file: string
  /** Full address, such as `module.logs.aws_s3_bucket.archive[0]`. */
  address: string
  /** The address parsed. */
  parsed: ResourceAddress
  /** Resource type. */
  type: string
  /** Planned actions (`create`, `update`, `delete`, `no-op`, `read`, `forget`); empty when only in planned_values. */
  actions: string[]
  /** Deposed object key, for a deposed instance. */
  deposed?: string
  /** Attribute values after the change (null when the instance is deleted). */
  after: Record<string, unknown> | null
  /** Which of them are unknown until apply: `true` leaves in the shape of `after`. */
  afterUnknown: unknown
  /** Attribute values before the change (null when the instance is created). */
  before: Record<string, unknown> | null
  /** Where `after` is in the file. */
  afterPath: JsonPath
  /** Where the values came from. In planned_values an unknown value is simply absent. */
  source: 'resource_changes' | 'planned_values'
}

/** A plan file, read. */
export interface TerraformPlan {
  /** Path as displayed (relative to the workspace). */
  file: string
  /** Hex SHA-256 of the bytes. */
  sha256: string
  /** Size in bytes. */
  size: number
  formatVersion: string
  terraformVersion?: string
  /** False when Terraform says the plan is incomplete (deferred changes, -target). */
  complete?: boolean
  /** Every managed resource instance. */
  instances: PlanInstance[]
  /** The configuration, for following references. */
  config: ModuleConfig
  /** Positions of paths in the file. */
  locate(paths: JsonPath[]): Map<string, TextPosition>
}

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

class PlanReader {
  private readonly problems: Array<{ path: JsonPath; detail: string }> = []

  constructor(
    private readonly file: string,
    private readonly text: string
  ) {}

  fail(code: string, detail: string, path: JsonPath, hint?: string): never {
    const pos = locatePaths(this.text, [path]).get(formatPath(path))
    throw new GateError(code, detail, {
      file: this.file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      ...(path.length > 0 ? { field: formatPath(path) } : {}),
      ...(hint ? { hint } : {})
    })
  }

  expect(cond: boolean, path: JsonPath, detail: string): boolean {
    if (!cond) this.problems.push({ path, detail })
    return cond
  }

  flush(): void {
    const first = this.problems[0]
    if (!first) return
    const positions = locatePaths(
      this.text,
      this.problems.map(p => p.path)
    )
    const where = (p: JsonPath): string => {
      const pos = positions.get(formatPath(p))
      return `${this.file}${pos ? `:${pos.line}:${pos.column}` : ''}: ${formatPath(p)}`
    }
    const rest = this.problems
      .slice(1, 20)
      .map(p => `\n  ${where(p.path)}: ${p.detail}`)
      .join('')
    const pos = positions.get(formatPath(first.path))
    throw new GateError('SCHEMA_VIOLATION', `${first.detail}${rest}`, {
      file: this.file,
      ...(pos ? { line: pos.line, column: pos.column } : {}),
      field: formatPath(first.path)
    })
  }

  parseAddressAt(value: unknown, path: JsonPath): ResourceAddress | undefined {
    if (!this.expect(typeof value === 'string', path, 'must be a resource address string')) return undefined
    const parsed = parseAddress(value as string)
    if (typeof parsed === 'string') {
      this.expect(false, path, `'${value as string}' is not a resource address: ${parsed}`)
      return undefined
    }
    return parsed
  }

  changes(plan: Obj): PlanInstance[] {
    const out: PlanInstance[] = []
    const rc = plan.resource_changes
    if (rc === undefined) return out
    if (!this.expect(Array.isArray(rc), ['resource_changes'], 'must be an array')) return out
    ;(rc as unknown[]).forEach((item, i) => {
      const base: JsonPath = ['resource_changes', i]
      if (!this.expect(isObj(item), base, 'must be an object')) return
      const r = item as Obj
      const parsed = this.parseAddressAt(r.address, [...base, 'address'])
      this.expect(typeof r.type === 'string', [...base, 'type'], 'must be a string')
      if (!this.expect(isObj(r.change), [...base, 'change'], 'must be an object')) return
      const change = r.change as Obj
      const actions = change.actions
      const okActions = this.expect(
        Array.isArray(actions) && actions.length > 0 && actions.every(a => typeof a === 'string'),
        [...base, 'change', 'actions'],
        'must be a non-empty array of strings'
      )
      const after = change.after
      this.expect(
        after === null || after === undefined || isObj(after),
        [...base, 'change', 'after'],
        'must be an object or null'
      )
      if (!parsed || !okActions || r.mode === 'data' || parsed.mode === 'data') return
      const inst: PlanInstance = {
        file: this.file,
        address: r.address as string,
        parsed,
        type: r.type as string,
        actions: actions as string[],
        after: isObj(after) ? after : null,
        afterUnknown: change.after_unknown ?? {},
        before: isObj(change.before) ? change.before : null,
        afterPath: [...base, 'change', 'after'],
        source: 'resource_changes'
      }
      if (typeof r.deposed === 'string') inst.deposed = r.deposed
      out.push(inst)
    })
    return out
  }

  planned(plan: Obj, seen: Set<string>): PlanInstance[] {
    const out: PlanInstance[] = []
    const pv = plan.planned_values
    if (pv === undefined) return out
    if (!this.expect(isObj(pv), ['planned_values'], 'must be an object')) return out
    const walk = (mod: unknown, path: JsonPath): void => {
      if (!this.expect(isObj(mod), path, 'must be a module object')) return
      const m = mod as Obj
      if (
        m.resources !== undefined &&
        this.expect(Array.isArray(m.resources), [...path, 'resources'], 'must be an array')
      ) {
        ;(m.resources as unknown[]).forEach((item, i) => {
          const base: JsonPath = [...path, 'resources', i]
          if (!this.expect(isObj(item), base, 'must be an object')) return
          const r = item as Obj
          const parsed = this.parseAddressAt(r.address, [...base, 'address'])
          const values = r.values
          this.expect(values === undefined || isObj(values), [...base, 'values'], 'must be an object')
          if (!parsed || parsed.mode === 'data' || r.mode === 'data' || seen.has(r.address as string)) return
          out.push({
            file: this.file,
            address: r.address as string,
            parsed,
            type: parsed.type,
            actions: [],
            after: isObj(values) ? values : {},
            afterUnknown: {},
            before: null,
            afterPath: [...base, 'values'],
            source: 'planned_values'
          })
        })
      }
      if (
        m.child_modules !== undefined &&
        this.expect(Array.isArray(m.child_modules), [...path, 'child_modules'], 'must be an array')
      ) {
        ;(m.child_modules as unknown[]).forEach((c, i) => walk(c, [...path, 'child_modules', i]))
      }
    }
    if ((pv as Obj).root_module !== undefined) walk((pv as Obj).root_module, ['planned_values', 'root_module'])
    return out
  }
}

/** Reads a plan text. `file` is the path to name in errors. */
export function parsePlan(
  text: string,
  file: string,
  sha256 = sha256Hex(text),
  size = Buffer.byteLength(text)
): TerraformPlan {
  if (text.trim() === '')
    throw new GateError('EMPTY_INPUT', 'the file is empty; expected the output of terraform show -json', { file })
  let plan: unknown
  try {
    plan = JSON.parse(text)
  } catch {
    // JSON.parse says little about where; the strict parser names the line and column.
    parseJson(text, { file })
    throw new GateError('PARSE_ERROR', 'not valid JSON', { file })
  }
  const reader = new PlanReader(file, text)
  const howTo = 'Give the output of terraform show -json <planfile>'
  if (!isObj(plan)) reader.fail('NOT_A_PLAN', 'not a Terraform plan: the JSON is not an object', [], howTo)
  const p = plan as Obj
  if (p.format_version === undefined) {
    reader.fail('NOT_A_PLAN', 'not a Terraform plan: format_version is missing', [], howTo)
  }
  if (typeof p.format_version !== 'string' || !/^\d+\.\d+$/.test(p.format_version)) {
    reader.fail(
      'NOT_A_PLAN',
      `not a Terraform plan: format_version is ${JSON.stringify(p.format_version)}`,
      ['format_version'],
      howTo
    )
  }
  const major = Number((p.format_version as string).split('.')[0])
  if (major > 1) {
    reader.fail(
      'UNSUPPORTED',
      `format_version ${p.format_version as string} is a major version this gate does not know (it reads 0.x and 1.x)`,
      ['format_version']
    )
  }
  if (p.planned_values === undefined && p.resource_changes === undefined) {
    const what = p.values !== undefined ? 'a Terraform state, not a plan' : 'not a Terraform plan'
    reader.fail('NOT_A_PLAN', `${what}: it has neither planned_values nor resource_changes`, [], howTo)
  }
  if (p.errored === true) {
    reader.fail('NOT_A_PLAN', 'the plan is errored: Terraform could not finish planning, so it proves nothing', [
      'errored'
    ])
  }
  const changes = reader.changes(p)
  const seen = new Set(changes.map(c => c.address))
  const planned = reader.planned(p, seen)
  reader.flush()
  const out: TerraformPlan = {
    file,
    sha256,
    size,
    formatVersion: p.format_version as string,
    instances: [...changes, ...planned],
    config: readModuleConfig(isObj(p.configuration) ? (p.configuration as Obj).root_module : undefined),
    locate: paths => locatePaths(text, paths)
  }
  if (typeof p.terraform_version === 'string') out.terraformVersion = p.terraform_version
  if (typeof p.complete === 'boolean') out.complete = p.complete
  return out
}

/** Reads a plan file. */
export async function readPlan(absolute: string, display: string): Promise<TerraformPlan> {
  let bytes: Buffer
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    throw toGateError(error, display)
  }
  return parsePlan(bytes.toString('utf8'), display, sha256Hex(bytes), bytes.length)
}
