/**
 * Dependencies from lockfiles: npm's package-lock.json (v2/v3), pip's
 * requirements.txt (pinned with `==`, hashes from `--hash`), poetry.lock and
 * uv.lock. Each package keeps its file and line, its purl and the hashes the
 * lockfile records (npm's SRI integrity, the per-file SHA-256 of Python wheels and
 * sdists). Every malformed file is a GateError naming file and line.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { parse as parseToml, type TomlError } from 'smol-toml'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseJsonText } from '@ai-act-gates/sigstore'

/** The lockfile kinds read. */
export type LockfileKind = 'npm' | 'requirements' | 'poetry' | 'uv'

/** One distribution file of a package, with its digest. */
export interface Distribution {
  /** URL or file name. */
  url: string
  /** Lowercase hex SHA-256. */
  sha256: string
}

/** A locked dependency. */
export interface LockedPackage {
  ecosystem: 'npm' | 'pypi'
  name: string
  /** Exact version; undefined for an unpinned requirement. */
  version?: string
  /** The requirement as written, when not pinned. */
  specifier?: string
  purl?: string
  /** Digests of the package itself (npm integrity), by CycloneDX algorithm name. */
  hashes: Record<string, string>
  /** Files the package is distributed as (Python), each with its SHA-256. */
  distributions: Distribution[]
  /** npm: a development dependency. */
  development?: boolean
  /** Declared license, when the lockfile has it. */
  license?: string
  /** Where it is locked. */
  file: string
  line?: number
}

/** Which lockfile a file name is, or undefined. */
export function lockfileKind(file: string): LockfileKind | undefined {
  const base = path.basename(file)
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') return 'npm'
  if (/^requirements.*\.txt$/.test(base)) return 'requirements'
  if (base === 'poetry.lock') return 'poetry'
  if (base === 'uv.lock') return 'uv'
  return undefined
}

/** The glob patterns used to find lockfiles when none are given. */
export const LOCKFILE_PATTERNS = [
  '**/package-lock.json',
  '**/requirements*.txt',
  '**/poetry.lock',
  '**/uv.lock',
  '!**/node_modules/**',
  '!**/.venv/**',
  '!**/venv/**',
  '!**/.git/**'
]

/** PEP 503 normalized name, as purls for PyPI use. */
export function normalizePypiName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function pypiPurl(name: string, version: string): string {
  return `pkg:pypi/${encodeURIComponent(normalizePypiName(name))}@${encodeURIComponent(version)}`
}

function npmPurl(name: string, version: string): string {
  const [scope, bare] = name.startsWith('@') ? name.split('/', 2) : [undefined, name]
  const ns = scope ? `${encodeURIComponent(scope)}/` : ''
  return `pkg:npm/${ns}${encodeURIComponent(bare!)}@${encodeURIComponent(version)}`
}

/** The line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string, from = 0): number | undefined {
  const i = text.indexOf(needle, from)
  return i === -1 ? undefined : text.slice(0, i).split('\n').length
}

const SRI_ALGORITHMS: Record<string, string> = {
  sha512: 'SHA-512',
  sha384: 'SHA-384',
  sha256: 'SHA-256',
  sha1: 'SHA-1'
}

function parseNpm(text: string, file: string): LockedPackage[] {
  const doc = parseJsonText(text, file) as {
    lockfileVersion?: number
    packages?: Record<string, Record<string, unknown>>
  }
  if (typeof doc !== 'object' || doc === null || typeof doc.packages !== 'object' || doc.packages === null) {
    throw new GateError('UNSUPPORTED', 'only package-lock.json v2 and v3 (with "packages") are read', {
      file,
      field: 'lockfileVersion',
      hint: 'Regenerate the lockfile with npm 7 or later'
    })
  }
  const out: LockedPackage[] = []
  for (const [key, entry] of Object.entries(doc.packages)) {
    if (key === '' || entry.link === true) continue
    const name = typeof entry.name === 'string' ? entry.name : key.slice(key.lastIndexOf('node_modules/') + 13)
    const version = entry.version
    if (typeof version !== 'string' || name === '') {
      throw new GateError('SCHEMA_VIOLATION', `package '${key}' has no version`, {
        file,
        field: `packages["${key}"].version`,
        ...(lineOf(text, JSON.stringify(key)) ? { line: lineOf(text, JSON.stringify(key))! } : {})
      })
    }
    const hashes: Record<string, string> = {}
    if (typeof entry.integrity === 'string') {
      for (const part of entry.integrity.split(/\s+/)) {
        const [alg, b64] = part.split('-', 2)
        const cdx = SRI_ALGORITHMS[alg ?? '']
        if (cdx && b64) hashes[cdx] = Buffer.from(b64, 'base64').toString('hex')
      }
    }
    const pkg: LockedPackage = {
      ecosystem: 'npm',
      name,
      version,
      purl: npmPurl(name, version),
      hashes,
      distributions: [],
      file,
      ...(entry.dev === true ? { development: true } : {}),
      ...(typeof entry.license === 'string' ? { license: entry.license } : {})
    }
    const line = lineOf(text, JSON.stringify(key) + ':')
    if (line !== undefined) pkg.line = line
    out.push(pkg)
  }
  return out
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$/

function parseRequirements(text: string, file: string): LockedPackage[] {
  const out: LockedPackage[] = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const first = i + 1
    let logical = lines[i]!
    while (logical.trimEnd().endsWith('\\') && i + 1 < lines.length)
      logical = logical.trimEnd().slice(0, -1) + ' ' + lines[++i]
    const content = logical.replace(/(^|\s)#.*$/, '').trim()
    if (content === '' || content.startsWith('-')) continue
    const hashes = [...content.matchAll(/--hash[=\s]+sha256:([a-f0-9]{64})/g)].map(m => m[1]!)
    const spec = content
      .replace(/--hash[=\s]+\S+/g, '')
      .split(';')[0]!
      .trim()
    if (/^(https?|git\+|file:)/.test(spec) || spec.includes(' @ ')) {
      throw new GateError(
        'UNSUPPORTED',
        `a direct URL requirement cannot be described by name and version: '${spec}'`,
        {
          file,
          line: first
        }
      )
    }
    const m = REQUIREMENT.exec(spec)
    if (!m) throw new GateError('PARSE_ERROR', `not a requirement: '${spec}'`, { file, line: first })
    const name = m[1]!
    const pin = /^===?\s*([^\s,;]+)$/.exec(m[3]!.trim())
    const pkg: LockedPackage = {
      ecosystem: 'pypi',
      name,
      hashes: {},
      distributions: hashes.map(h => ({ url: `${normalizePypiName(name)}@sha256:${h}`, sha256: h })),
      file,
      line: first
    }
    if (pin) {
      pkg.version = pin[1]!
      pkg.purl = pypiPurl(name, pin[1]!)
    } else pkg.specifier = m[3]!.trim() || '(any version)'
    if (hashes.length === 1) pkg.hashes['SHA-256'] = hashes[0]!
    out.push(pkg)
  }
  return out
}

interface TomlPackage {
  name?: unknown
  version?: unknown
  files?: Array<{ file?: string; hash?: string }>
  sdist?: { url?: string; path?: string; hash?: string }
  wheels?: Array<{ url?: string; path?: string; filename?: string; hash?: string }>
}

function parseTomlLock(text: string, file: string, kind: 'poetry' | 'uv'): LockedPackage[] {
  let doc: { package?: TomlPackage[] }
  try {
    doc = parseToml(text) as typeof doc
  } catch (error) {
    const e = error as TomlError
    throw new GateError('PARSE_ERROR', (e.message ?? String(error)).split('\n')[0]!, {
      file,
      ...(typeof e.line === 'number' ? { line: e.line } : {}),
      ...(typeof e.column === 'number' ? { column: e.column } : {})
    })
  }
  const packages = doc.package ?? []
  if (!Array.isArray(packages))
    throw new GateError('SCHEMA_VIOLATION', '[[package]] must be an array of tables', { file })
  let cursor = 0
  return packages.map((p, i) => {
    const at = text.indexOf('[[package]]', cursor)
    cursor = at === -1 ? cursor : at + 1
    const line = at === -1 ? undefined : text.slice(0, at).split('\n').length
    if (typeof p.name !== 'string' || typeof p.version !== 'string') {
      throw new GateError('SCHEMA_VIOLATION', 'a package needs a name and a version', {
        file,
        field: `package[${i}]`,
        ...(line ? { line } : {})
      })
    }
    const files: Array<{ url?: string; hash?: string }> =
      kind === 'poetry'
        ? (p.files ?? []).map(f => ({ url: f.file ?? '', hash: f.hash ?? '' }))
        : [
            ...(p.sdist ? [{ url: p.sdist.url ?? p.sdist.path ?? '', hash: p.sdist.hash ?? '' }] : []),
            ...(p.wheels ?? []).map(w => ({ url: w.url ?? w.path ?? w.filename ?? '', hash: w.hash ?? '' }))
          ]
    const distributions = files
      .filter(f => f.url && f.hash?.startsWith('sha256:'))
      .map(f => ({ url: f.url!, sha256: f.hash!.slice(7).toLowerCase() }))
    return {
      ecosystem: 'pypi' as const,
      name: p.name,
      version: p.version,
      purl: pypiPurl(p.name, p.version),
      hashes: {},
      distributions,
      file,
      ...(line ? { line } : {})
    }
  })
}

/** Parses lockfile text of a kind. */
export function parseLockfile(text: string, file: string, kind: LockfileKind): LockedPackage[] {
  switch (kind) {
    case 'npm':
      return parseNpm(text, file)
    case 'requirements':
      return parseRequirements(text, file)
    case 'poetry':
    case 'uv':
      return parseTomlLock(text, file, kind)
  }
}

/** Reads one lockfile. */
export async function readLockfile(absolute: string, display: string): Promise<LockedPackage[]> {
  const kind = lockfileKind(display)
  if (!kind) {
    throw new GateError('UNSUPPORTED', 'not a lockfile this gate reads', {
      file: display,
      field: 'lockfiles',
      hint: 'Use package-lock.json, requirements*.txt, poetry.lock or uv.lock'
    })
  }
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  return parseLockfile(text, display, kind)
}
