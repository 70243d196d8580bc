/**
 * Terraform resource addresses: `module.logs["eu"].aws_s3_bucket.archive[0]`. Parsed
 * into module steps and a resource, each with its optional instance key, so a policy
 * can name a resource without keys to mean all of its instances.
 */

/** An instance key: a count index or a for_each key. */
export type InstanceKey = number | string

/** One `module.NAME[KEY]` step. */
export interface ModuleStep {
  name: string
  key?: InstanceKey
}

/** A parsed address. */
export interface ResourceAddress {
  modules: ModuleStep[]
  mode: 'managed' | 'data'
  type: string
  name: string
  key?: InstanceKey
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*/

/** Parses an address; returns a reason string when it is not one. */
export function parseAddress(text: string): ResourceAddress | string {
  let pos = 0
  const modules: ModuleStep[] = []
  const name = (): string | undefined => {
    const m = NAME_RE.exec(text.slice(pos))
    if (!m) return undefined
    pos += m[0].length
    return m[0]
  }
  const key = (): InstanceKey | undefined | string[] => {
    if (text[pos] !== '[') return undefined
    const close = findClose(text, pos)
    if (close < 0) return ['unclosed ['] as string[]
    const inner = text.slice(pos + 1, close)
    pos = close + 1
    if (/^(0|[1-9]\d*)$/.test(inner)) return Number(inner)
    if (inner.startsWith('"')) {
      try {
        const v: unknown = JSON.parse(inner)
        if (typeof v === 'string') return v
      } catch {
        // fall through
      }
    }
    return [`instance key [${inner}] is neither a number nor a quoted string`] as string[]
  }
  while (text.startsWith('module.', pos)) {
    pos += 'module.'.length
    const n = name()
    if (n === undefined) return `expected a module name at character ${pos + 1}`
    const k = key()
    if (Array.isArray(k)) return k[0]!
    modules.push(k === undefined ? { name: n } : { name: n, key: k })
    if (text[pos] !== '.') return `expected '.' after module ${n} at character ${pos + 1}`
    pos++
  }
  let mode: ResourceAddress['mode'] = 'managed'
  if (text.startsWith('data.', pos)) {
    mode = 'data'
    pos += 'data.'.length
  }
  const type = name()
  if (type === undefined) return `expected a resource type at character ${pos + 1}`
  if (text[pos] !== '.') return `expected '.' after resource type ${type} at character ${pos + 1}`
  pos++
  const rname = name()
  if (rname === undefined) return `expected a resource name at character ${pos + 1}`
  const k = key()
  if (Array.isArray(k)) return k[0]!
  if (pos !== text.length) return `unexpected '${text.slice(pos)}' after the resource name`
  const out: ResourceAddress = { modules, mode, type, name: rname }
  if (k !== undefined) out.key = k
  return out
}

function findClose(text: string, open: number): number {
  let inString = false
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === ']') return i
  }
  return -1
}

/** Formats a key as Terraform writes it: `[0]` or `["eu"]`. */
export function formatKey(key: InstanceKey | undefined): string {
  return key === undefined ? '' : typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`
}

/** Formats an address. */
export function formatAddress(a: ResourceAddress): string {
  const mods = a.modules.map(m => `module.${m.name}${formatKey(m.key)}.`).join('')
  return `${mods}${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}${formatKey(a.key)}`
}

/** The module path without instance keys, such as `logs.archive`: the key of module configuration. */
export function moduleConfigPath(modules: ModuleStep[]): string {
  return modules.map(m => m.name).join('.')
}

/** The module instance path with keys, such as `module.logs["eu"]`. */
export function moduleInstancePath(modules: ModuleStep[]): string {
  return modules.map(m => `module.${m.name}${formatKey(m.key)}`).join('.')
}

/**
 * True when `pattern` names `address`: same modules, type and name, and every key the
 * pattern gives equal to the address's (a key the pattern leaves out matches any).
 */
export function matchesAddress(pattern: ResourceAddress, address: ResourceAddress): boolean {
  if (pattern.mode !== address.mode || pattern.type !== address.type || pattern.name !== address.name) return false
  if (pattern.modules.length !== address.modules.length) return false
  for (let i = 0; i < pattern.modules.length; i++) {
    const p = pattern.modules[i]!
    const a = address.modules[i]!
    if (p.name !== a.name) return false
    if (p.key !== undefined && p.key !== a.key) return false
  }
  return pattern.key === undefined || pattern.key === address.key
}
