/**
 * The allow-list: who may sign, with which keys. Read from YAML/JSON files
 * (`schemas/allowed-signers.schema.json`) and from git's allowed_signers files, merged,
 * and checked so that every key names exactly one signer.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError, type EvidenceFile } from '@ai-act-gates/core'
import { parseConfigText, validateConfig, type ParsedConfig } from '@ai-act-gates/config'
import { resolveInside, sha256Hex, toPosixRelative } from '@ai-act-gates/files'
import schema from '../../../schemas/allowed-signers.schema.json' with { type: 'json' }
import { parseSignersFile } from './signers-file.js'
import { decodeSshPublicKey, sshFingerprint } from './ssh.js'

/** Whether a verified signature can be attributed to an individual. */
export type SignerKind = 'person' | 'platform' | 'bot'

/** Someone (or something) the allow-list names. */
export interface Signer {
  /** Name, as reports show it. */
  name: string
  /** Unique handle. */
  id: string
  /** person, platform or bot. */
  kind: SignerKind
  /** Committer emails that belong to the signer, lowercased. */
  emails: string[]
}

/** Where an allow-list entry was written. */
export interface EntrySource {
  /** Allow-list file, relative to the workspace. */
  file: string
  /** 1-based line. */
  line?: number
  /** Field path, such as `signers[2].keys[0]`. */
  field: string
}

/** An OpenPGP key of a signer. */
export interface OpenPgpEntry {
  type: 'openpgp'
  signer: Signer
  /** Fingerprint, uppercase hex without spaces. */
  fingerprint: string
  /** Armored public key. */
  armored: string
  /** Rejected by the allow-list itself. */
  revoked: boolean
  source: EntrySource
}

/** An SSH key of a signer. */
export interface SshEntry {
  type: 'ssh'
  signer: Signer
  /** Key type, such as ssh-ed25519. */
  keyType: string
  /** Base64 key blob. */
  base64: string
  /** `SHA256:...` fingerprint. */
  fingerprint: string
  /** allowed_signers options (namespaces, valid-after, valid-before). */
  options: Record<string, string>
  revoked: boolean
  source: EntrySource
}

/** A Sigstore certificate identity of a signer. */
export interface X509Entry {
  type: 'x509'
  signer: Signer
  /** Subject alternative name (email or URI), exactly. */
  identity: string
  /** OIDC issuer URL, exactly. */
  issuer: string
  revoked: boolean
  source: EntrySource
}

/** Any key entry. */
export type KeyEntry = OpenPgpEntry | SshEntry | X509Entry

/** The merged allow-list. */
export interface AllowList {
  signers: Signer[]
  openpgp: OpenPgpEntry[]
  ssh: SshEntry[]
  x509: X509Entry[]
  /** The files read, with their digests, for the evidence record. */
  files: EvidenceFile[]
}

interface YamlKey {
  type: 'openpgp' | 'ssh' | 'x509'
  fingerprint?: string
  publicKey?: string
  publicKeyFile?: string
  validAfter?: string
  validBefore?: string
  identity?: string
  issuer?: string
  revoked?: boolean
}

interface YamlAllowList {
  version: 1
  signers: Array<{ name: string; id?: string; kind?: SignerKind; emails?: string[]; keys: YamlKey[] }>
}

/** True when the file is read as YAML/JSON rather than as an allowed_signers file. */
export function isStructuredAllowList(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file)
}

/** Normalizes an OpenPGP fingerprint to uppercase hex without spaces or 0x. */
export function normalizeFingerprint(fpr: string): string {
  return fpr.replace(/^0x/i, '').replace(/\s+/g, '').toUpperCase()
}

function sourceOf(parsed: ParsedConfig, file: string, segments: Array<string | number>): EntrySource {
  const pos = parsed.locate(segments)
  const field = segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`),
    ''
  )
  return { file, field, ...(pos ? { line: pos.line } : {}) }
}

async function readArmoredKey(
  key: YamlKey,
  source: EntrySource,
  allowListDir: string,
  workspace: string
): Promise<string> {
  if (key.publicKey !== undefined) return key.publicKey
  const where = {
    file: source.file,
    ...(source.line ? { line: source.line } : {}),
    field: `${source.field}.publicKeyFile`
  }
  const absolute = await resolveInside(workspace, path.resolve(allowListDir, key.publicKeyFile!), {
    field: where.field,
    mustExist: true
  }).catch((error: unknown) => {
    throw new GateError(
      'FILE_NOT_FOUND',
      `cannot read the key file '${key.publicKeyFile}': ${toGateError(error).detail}`,
      where
    )
  })
  const text = await readFile(absolute, 'utf8').catch((error: unknown) => {
    throw new GateError(
      'FILE_UNREADABLE',
      `cannot read the key file '${key.publicKeyFile}': ${toGateError(error).detail}`,
      where
    )
  })
  if (!text.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----')) {
    throw new GateError('SCHEMA_VIOLATION', `'${key.publicKeyFile}' holds no ASCII-armored OpenPGP public key`, where)
  }
  return text
}

async function loadStructured(
  absolute: string,
  display: string,
  text: string,
  workspace: string,
  list: AllowList
): Promise<void> {
  const parsed = parseConfigText(text, display)
  const doc = validateConfig<YamlAllowList>(parsed, schema, display)
  for (const [i, s] of doc.signers.entries()) {
    const signer: Signer = {
      name: s.name,
      id: s.id ?? `${path.basename(display)}#${i + 1}`,
      kind: s.kind ?? 'person',
      emails: (s.emails ?? []).map(e => e.toLowerCase())
    }
    list.signers.push(signer)
    for (const [j, key] of s.keys.entries()) {
      const source = sourceOf(parsed, display, ['signers', i, 'keys', j])
      const revoked = key.revoked ?? false
      if (key.type === 'openpgp') {
        const armored = await readArmoredKey(key, source, path.dirname(absolute), workspace)
        list.openpgp.push({
          type: 'openpgp',
          signer,
          fingerprint: normalizeFingerprint(key.fingerprint!),
          armored,
          revoked,
          source
        })
      } else if (key.type === 'ssh') {
        const [keyType, base64] = key.publicKey!.split(/\s+/)
        const decoded = decodeSshPublicKey(keyType!, base64!)
        if ('problem' in decoded) {
          throw new GateError('SCHEMA_VIOLATION', decoded.problem, {
            file: display,
            ...(source.line ? { line: source.line } : {}),
            field: `${source.field}.publicKey`
          })
        }
        const options: Record<string, string> = {}
        if (key.validAfter) options['valid-after'] = key.validAfter
        if (key.validBefore) options['valid-before'] = key.validBefore
        list.ssh.push({
          type: 'ssh',
          signer,
          keyType: keyType!,
          base64: base64!,
          fingerprint: sshFingerprint(decoded.blob),
          options,
          revoked,
          source
        })
      } else {
        list.x509.push({ type: 'x509', signer, identity: key.identity!, issuer: key.issuer!, revoked, source })
      }
    }
  }
}

function loadSignersFile(display: string, text: string, list: AllowList): void {
  const bySigner = new Map<string, Signer>()
  for (const l of parseSignersFile(text, display)) {
    let signer = bySigner.get(l.principals)
    if (!signer) {
      const principals = l.principals.split(',').map(p => p.trim())
      signer = {
        name: l.principals,
        id: principals[0]!,
        kind: 'person',
        emails: principals.filter(p => p.includes('@') && !/[*?]/.test(p)).map(p => p.toLowerCase())
      }
      bySigner.set(l.principals, signer)
      list.signers.push(signer)
    }
    list.ssh.push({
      type: 'ssh',
      signer,
      keyType: l.keyType,
      base64: l.base64,
      fingerprint: sshFingerprint(l.blob),
      options: l.options,
      revoked: false,
      source: { file: display, line: l.line, field: 'key' }
    })
  }
}

function where(s: EntrySource): string {
  return `${s.file}${s.line ? `:${s.line}` : ''} (${s.field})`
}

/** Every key must belong to one signer only, and ids must be unique. */
function checkUnique(list: AllowList): void {
  const seen = new Map<string, KeyEntry>()
  const keyOf = (e: KeyEntry): string =>
    e.type === 'openpgp'
      ? `openpgp:${e.fingerprint}`
      : e.type === 'ssh'
        ? `ssh:${e.fingerprint}`
        : `x509:${e.identity}\n${e.issuer}`
  for (const e of [...list.openpgp, ...list.ssh, ...list.x509]) {
    const k = keyOf(e)
    const first = seen.get(k)
    if (first && first.signer !== e.signer) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `this key is also listed for '${first.signer.name}' at ${where(first.source)}; a key must name one signer`,
        { file: e.source.file, ...(e.source.line ? { line: e.source.line } : {}), field: e.source.field }
      )
    }
    seen.set(k, e)
  }
  const ids = new Map<string, Signer>()
  for (const s of list.signers) {
    const other = ids.get(s.id)
    if (other && other !== s) {
      throw new GateError('SCHEMA_VIOLATION', `signer id '${s.id}' is used by '${other.name}' and '${s.name}'`, {
        field: 'id'
      })
    }
    ids.set(s.id, s)
  }
}

/** Reads the allow-list files (absolute paths) into one list. */
export async function loadAllowList(files: string[], workspace: string): Promise<AllowList> {
  const list: AllowList = { signers: [], openpgp: [], ssh: [], x509: [], files: [] }
  for (const absolute of files) {
    const display = toPosixRelative(workspace, absolute)
    let bytes: Buffer
    try {
      bytes = await readFile(absolute)
    } catch (error) {
      throw toGateError(error, display)
    }
    const text = bytes.toString('utf8')
    if (text.trim() === '') throw new GateError('EMPTY_INPUT', 'the allow-list file is empty', { file: display })
    if (isStructuredAllowList(absolute)) await loadStructured(absolute, display, text, workspace, list)
    else loadSignersFile(display, text, list)
    list.files.push({
      path: display,
      sha256: sha256Hex(bytes),
      size: bytes.length,
      role: 'input',
      category: 'allowed-signers'
    })
  }
  checkUnique(list)
  return list
}

/** The allow-list schema, for tests and docs. */
export const ALLOWED_SIGNERS_SCHEMA = schema
