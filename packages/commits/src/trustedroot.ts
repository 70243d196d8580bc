/**
 * The Sigstore trusted root (`trusted_root.json`, media type
 * application/vnd.dev.sigstore.trustedroot+json): the Fulcio certificate chains and
 * the certificate-transparency log keys, each with the time window it is valid for.
 */
import { createPublicKey, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { X509Certificate } from '@sigstore/core'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseConfigText } from '@ai-act-gates/config'
import { sha256Hex } from '@ai-act-gates/files'

/** A validity window; an open end means still valid. */
export interface Window {
  start: Date
  end?: Date
}

/** A Fulcio certificate authority: its chain from intermediate to root. */
export interface CertAuthority {
  uri: string
  chain: X509Certificate[]
  validFor: Window
}

/** A certificate-transparency log. */
export interface CtLog {
  baseUrl: string
  logId: Buffer
  key: KeyObject
  validFor: Window
}

/** The parts of a trusted root that commit verification uses. */
export interface SigstoreTrust {
  /** File it was read from, relative to the workspace. */
  file: string
  /** SHA-256 of the file. */
  sha256: string
  size: number
  authorities: CertAuthority[]
  ctlogs: CtLog[]
}

/** True when `date` lies in the window. */
export function inWindow(w: Window, date: Date): boolean {
  return w.start <= date && (w.end === undefined || date <= w.end)
}

type Json = Record<string, unknown>

/** Reads and checks a trusted_root.json; every problem names the file, line and field. */
export async function loadTrustedRoot(absolute: string, display: string): Promise<SigstoreTrust> {
  let bytes: Buffer
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    throw toGateError(error, display)
  }
  const parsed = parseConfigText(bytes.toString('utf8'), display)
  const fail = (segments: Array<string | number>, detail: string): never => {
    const pos = parsed.locate(segments)
    const field = segments
      .map(s => (typeof s === 'number' ? `[${s}]` : `.${s}`))
      .join('')
      .replace(/^\./, '')
    throw new GateError('SCHEMA_VIOLATION', detail, { file: display, field, ...(pos ? { line: pos.line } : {}) })
  }
  const root = parsed.value as Json
  if (
    typeof root !== 'object' ||
    root === null ||
    !String(root.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot')
  ) {
    fail(['mediaType'], 'not a Sigstore trusted root: mediaType must be application/vnd.dev.sigstore.trustedroot+json')
  }
  const window = (w: unknown, at: Array<string | number>): Window => {
    const v = (w ?? {}) as Json
    const start = new Date(String(v.start ?? ''))
    if (Number.isNaN(start.getTime())) fail([...at, 'start'], 'validFor.start must be an RFC 3339 time')
    if (v.end === undefined) return { start }
    const end = new Date(String(v.end))
    if (Number.isNaN(end.getTime())) fail([...at, 'end'], 'validFor.end must be an RFC 3339 time')
    return { start, end }
  }
  const authorities = ((root.certificateAuthorities ?? []) as Json[]).map((ca, i) => {
    const certs = (((ca.certChain ?? {}) as Json).certificates ?? []) as Json[]
    if (certs.length === 0) fail(['certificateAuthorities', i, 'certChain'], 'the certificate chain is empty')
    const chain = certs.map((c, j) => {
      try {
        return X509Certificate.parse(Buffer.from(String(c.rawBytes ?? ''), 'base64'))
      } catch {
        return fail(['certificateAuthorities', i, 'certChain', 'certificates', j, 'rawBytes'], 'not a DER certificate')
      }
    })
    return {
      uri: String(ca.uri ?? ''),
      chain,
      validFor: window(ca.validFor, ['certificateAuthorities', i, 'validFor'])
    }
  })
  const ctlogs = ((root.ctlogs ?? []) as Json[]).map((log, i) => {
    const pk = (log.publicKey ?? {}) as Json
    let key: KeyObject
    try {
      key = createPublicKey({ key: Buffer.from(String(pk.rawBytes ?? ''), 'base64'), format: 'der', type: 'spki' })
    } catch {
      return fail(['ctlogs', i, 'publicKey', 'rawBytes'], 'not a DER public key')
    }
    const logId = Buffer.from(String(((log.logId ?? {}) as Json).keyId ?? ''), 'base64')
    if (logId.length !== 32) fail(['ctlogs', i, 'logId', 'keyId'], 'the log id must be 32 bytes of base64')
    return {
      baseUrl: String(log.baseUrl ?? ''),
      logId,
      key,
      validFor: window(pk.validFor, ['ctlogs', i, 'publicKey', 'validFor'])
    }
  })
  if (authorities.length === 0) fail(['certificateAuthorities'], 'the trusted root lists no certificate authority')
  return { file: display, sha256: sha256Hex(bytes), size: bytes.length, authorities, ctlogs }
}
