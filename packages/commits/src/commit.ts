/**
 * Raw commit objects as `git cat-file commit` prints them: the identities, the
 * signature header and the signed payload (the object without that header), the way
 * git itself splits them before handing both to gpg, ssh-keygen or gpgsm.
 */
import { createHash } from 'node:crypto'

/** The kinds of commit signature git knows, told apart by their armor. */
export type SignatureType = 'openpgp' | 'ssh' | 'x509' | 'unknown'

/** A person line (`author`, `committer`) of a commit. */
export interface Identity {
  /** Name as written. */
  name: string
  /** Email as written, without the angle brackets. */
  email: string
  /** When, as ISO 8601 UTC, from the Unix time and zone of the line. */
  date: string
}

/** A parsed commit object. */
export interface CommitObject {
  /** The object id. */
  sha: string
  /** Parent ids, in order. */
  parents: string[]
  /** Author. */
  author: Identity
  /** Committer. */
  committer: Identity
  /** The first line of the message. */
  subject: string
  /** The armored signature, when the commit carries one. */
  signature?: string
  /** The signature's kind, when signed. */
  signatureType?: SignatureType
  /** The bytes the signature covers: the object without its signature header. */
  payload: Buffer
}

const ARMOR: Array<[string, SignatureType]> = [
  ['-----BEGIN PGP SIGNATURE-----', 'openpgp'],
  ['-----BEGIN PGP MESSAGE-----', 'openpgp'],
  ['-----BEGIN SSH SIGNATURE-----', 'ssh'],
  ['-----BEGIN SIGNED MESSAGE-----', 'x509']
]

/** The kind of an armored signature, from its first line. */
export function signatureTypeOf(signature: string): SignatureType {
  const first = signature.trimStart().split('\n', 1)[0]!.trim()
  return ARMOR.find(([armor]) => first === armor)?.[1] ?? 'unknown'
}

/** Parses `Name <email> 1700000000 +0100`. */
export function parseIdentity(line: string): Identity {
  const m = /^(.*?) ?<([^>]*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!m) return { name: line, email: '', date: '' }
  const seconds = Number(m[3])
  const date = Number.isSafeInteger(seconds) ? new Date(seconds * 1000).toISOString() : ''
  return { name: m[1]!, email: m[2]!, date }
}

/**
 * Parses a raw commit object. `signatureHeader` is `gpgsig` in SHA-1 repositories
 * and `gpgsig-sha256` in SHA-256 ones.
 */
export function parseCommit(sha: string, raw: Buffer, signatureHeader = 'gpgsig'): CommitObject {
  const text = raw.toString('latin1')
  const end = text.indexOf('\n\n')
  const headerText = end === -1 ? text : text.slice(0, end + 1)
  const lines = headerText.split('\n')
  const parents: string[] = []
  let author = parseIdentity('')
  let committer = parseIdentity('')
  const sigLines: string[] = []
  const kept: string[] = []
  let inSignature = false
  for (const line of lines.slice(0, -1)) {
    if (line.startsWith(' ')) {
      if (inSignature) sigLines.push(line.slice(1))
      else kept.push(line)
      continue
    }
    inSignature = false
    if (line.startsWith(`${signatureHeader} `)) {
      inSignature = true
      sigLines.push(line.slice(signatureHeader.length + 1))
      continue
    }
    kept.push(line)
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = Buffer.from(line.slice(space + 1), 'latin1').toString('utf8')
    if (key === 'parent') parents.push(value)
    else if (key === 'author') author = parseIdentity(value)
    else if (key === 'committer') committer = parseIdentity(value)
  }
  const body = end === -1 ? '' : text.slice(end + 1)
  const payload = Buffer.from(kept.map(l => `${l}\n`).join('') + body, 'latin1')
  const message = Buffer.from(body.slice(1), 'latin1').toString('utf8')
  const commit: CommitObject = {
    sha,
    parents,
    author,
    committer,
    subject: message.split('\n', 1)[0] ?? '',
    payload
  }
  if (sigLines.length > 0) {
    commit.signature = Buffer.from(sigLines.join('\n') + '\n', 'latin1').toString('utf8')
    commit.signatureType = signatureTypeOf(commit.signature)
  }
  return commit
}

/** The git object id of a commit object's bytes (SHA-1, or SHA-256 for such repositories). */
export function commitObjectId(raw: Buffer, algorithm: 'sha1' | 'sha256' = 'sha1'): string {
  return createHash(algorithm).update(`commit ${raw.length}\0`).update(raw).digest('hex')
}

/**
 * Puts a signature header back into a payload, the way git writes it: `gpgsig `, then
 * the signature's lines with a space before each continuation line, after the header
 * line at `afterLine` (default: the last header line).
 */
export function insertSignature(payload: Buffer, signature: string, afterLine?: number): Buffer {
  const text = payload.toString('latin1')
  const end = text.indexOf('\n\n')
  if (end === -1) return payload
  const headerLines = text.slice(0, end).split('\n')
  const sig = Buffer.from(signature, 'utf8').toString('latin1')
  const body = sig.endsWith('\n') ? sig.slice(0, -1) : sig
  const header = `gpgsig ${body.split('\n').join('\n ')}`
  const at = afterLine === undefined ? headerLines.length : afterLine
  const withSig = [...headerLines.slice(0, at), header, ...headerLines.slice(at)]
  return Buffer.from(withSig.join('\n') + text.slice(end), 'latin1')
}

/**
 * Rebuilds the raw object of a signed commit from its payload and signature (as the
 * GitHub API returns them) and checks it against the commit's id. Returns the raw
 * object, or undefined when no placement of the signature gives that id.
 */
export function rebuildSignedCommit(sha: string, payload: string, signature: string): Buffer | undefined {
  const bytes = Buffer.from(payload, 'utf8')
  const text = bytes.toString('latin1')
  const end = text.indexOf('\n\n')
  if (end === -1) return undefined
  const headerCount = text.slice(0, end).split('\n').length
  const variants = [signature, signature.endsWith('\n') ? signature : `${signature}\n`, signature.replace(/\n+$/, '')]
  const positions = [headerCount, ...Array.from({ length: headerCount }, (_, i) => headerCount - 1 - i)]
  for (const variant of new Set(variants)) {
    for (const at of positions) {
      const raw = insertSignature(bytes, variant, at)
      if (commitObjectId(raw) === sha) return raw
    }
  }
  return undefined
}
