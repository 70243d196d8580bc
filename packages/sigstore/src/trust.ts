/**
 * Trusted roots (`application/vnd.dev.sigstore.trustedroot+json`): the CAs, logs and
 * timestamp authorities a verifier trusts, read from a file for offline or private
 * Sigstore. A root that leaves a validity start out is refused, not read as
 * "valid since forever".
 */
import { createPublicKey } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { toGateError } from '@ai-act-gates/core'
import { parseJsonText } from './json.js'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify'
import { sigstoreError } from './errors.js'

/** The public-good Sigstore instance. */
export const PUBLIC_GOOD = {
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev',
  tsaURL: undefined as string | undefined
}

/** Service URLs a signer talks to. */
export interface SigstoreServices {
  /** Fulcio base URL. */
  fulcioURL: string
  /** Rekor base URL; undefined signs without a transparency log. */
  rekorURL?: string
  /** Timestamp authority base URL, when signed timestamps are wanted. */
  tsaURL?: string
}

/** A trusted root as read, with where it came from. */
export interface LoadedTrustedRoot {
  /** The parsed root. */
  root: TrustedRoot
  /** The JSON as read. */
  json: Record<string, unknown>
  /** Path shown in messages. */
  source: string
}

type TimeRange = { start?: unknown; end?: unknown }

/** Checks every `validFor` of a root's JSON form: a range without its start is malformed. */
function checkValidity(json: Record<string, unknown>, source: string): void {
  const groups: Array<[string, string]> = [
    ['certificateAuthorities', 'validFor'],
    ['timestampAuthorities', 'validFor'],
    ['tlogs', 'publicKey.validFor'],
    ['ctlogs', 'publicKey.validFor']
  ]
  for (const [group, at] of groups) {
    const list = json[group]
    if (list === undefined) continue
    if (!Array.isArray(list)) {
      throw sigstoreError('TRUSTED_ROOT_INVALID', 'must be a list', { file: source, field: group })
    }
    list.forEach((entry: Record<string, unknown>, i) => {
      const range = at.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], entry) as
        TimeRange | undefined
      if (range === undefined) return
      if (typeof range.start !== 'string' || Number.isNaN(Date.parse(range.start))) {
        throw sigstoreError('TRUSTED_ROOT_INVALID', 'the validity range has no start time', {
          file: source,
          field: `${group}[${i}].${at}.start`
        })
      }
    })
  }
}

/** Parses a trusted root from its JSON text. */
export function parseTrustedRoot(text: string, source: string): LoadedTrustedRoot {
  const json = parseJsonText(text, source) as Record<string, unknown>
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw sigstoreError('TRUSTED_ROOT_INVALID', 'a trusted root must be a JSON object', { file: source })
  }
  if (typeof json.mediaType !== 'string' || !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw sigstoreError('TRUSTED_ROOT_INVALID', `mediaType is ${JSON.stringify(json.mediaType)}, not a trusted root`, {
      file: source,
      field: 'mediaType'
    })
  }
  checkValidity(json, source)
  let root: TrustedRoot
  try {
    root = TrustedRoot.fromJSON(json)
  } catch (error) {
    throw sigstoreError('TRUSTED_ROOT_INVALID', `cannot read the trusted root: ${(error as Error).message}`, {
      file: source,
      cause: error
    })
  }
  return { root, json, source }
}

/** Reads a trusted root file. */
export async function loadTrustedRoot(path: string, display: string = path): Promise<LoadedTrustedRoot> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  return parseTrustedRoot(text, display)
}

/**
 * The verifier's trust material. With `publicKey` (PEM), key-signed bundles are
 * checked against that key, whatever hint they carry.
 */
export function trustMaterial(root: LoadedTrustedRoot, publicKey?: string): TrustMaterial {
  if (publicKey === undefined) return toTrustMaterial(root.root)
  let key
  try {
    key = createPublicKey(publicKey)
  } catch (error) {
    throw sigstoreError('BUNDLE_INVALID', `not a PEM public key: ${(error as Error).message}`, {
      field: 'key',
      cause: error
    })
  }
  return toTrustMaterial(root.root, () => ({ publicKey: key, validFor: () => true }))
}

function newestWithUrl<T>(
  list: T[],
  url: (t: T) => string | undefined,
  end: (t: T) => Date | undefined
): string | undefined {
  const now = Date.now()
  const usable = list.filter(t => url(t) && (end(t) === undefined || end(t)!.getTime() > now))
  return usable.length > 0 ? url(usable[usable.length - 1]!) : undefined
}

/**
 * The services named in a trusted root: the current Fulcio CA's URI, Rekor log's
 * base URL and timestamp authority's URI, so one file configures a private Sigstore.
 */
export function servicesOf(root: LoadedTrustedRoot): SigstoreServices {
  const r = root.root
  const fulcioURL = newestWithUrl(
    r.certificateAuthorities,
    c => c.uri || undefined,
    c => c.validFor?.end
  )
  if (!fulcioURL) {
    throw sigstoreError('TRUSTED_ROOT_INVALID', 'no current certificate authority with a URI to sign with', {
      file: root.source,
      field: 'certificateAuthorities'
    })
  }
  const rekorURL = newestWithUrl(
    r.tlogs,
    t => t.baseUrl || undefined,
    t => t.publicKey?.validFor?.end
  )
  const tsaURL = newestWithUrl(
    r.timestampAuthorities,
    t => t.uri || undefined,
    t => t.validFor?.end
  )
  return { fulcioURL, ...(rekorURL ? { rekorURL } : {}), ...(tsaURL ? { tsaURL } : {}) }
}
