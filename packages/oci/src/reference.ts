/**
 * Image references as users write them: `registry[:port]/repository[:tag][@sha256:hex]`.
 * A reference without a registry host is refused rather than guessed (no implicit Docker Hub).
 */
import { GateError } from '@ai-act-gates/core'

/** A parsed image reference. */
export interface ImageReference {
  /** Registry host, with port when given (`ghcr.io`, `127.0.0.1:5000`). */
  registry: string
  /** Repository path (`acme/recruit`). */
  repository: string
  /** Tag, when given. */
  tag?: string
  /** Digest (`sha256:<64 hex>`), when given. */
  digest?: string
}

const DIGEST = /^sha256:[a-f0-9]{64}$/
const TAG = /^[\w][\w.-]{0,127}$/
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/

/** True when `value` is a `sha256:` digest in canonical lowercase hex. */
export function isDigest(value: string): boolean {
  return DIGEST.test(value)
}

/** Parses an image reference; `field` names the input in errors. */
export function parseReference(input: string, field = 'image'): ImageReference {
  const text = input.trim()
  const bad = (why: string): GateError =>
    new GateError('INPUT_INVALID', `'${input}' is not an image reference: ${why}`, {
      field,
      hint: 'Write registry/repository:tag or registry/repository@sha256:<digest>'
    })
  let rest = text
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!isDigest(digest)) throw bad(`'${digest}' is not a sha256 digest of 64 lowercase hex digits`)
  }
  const slash = rest.indexOf('/')
  if (slash === -1) throw bad('the registry host is missing')
  const registry = rest.slice(0, slash)
  if (!/[.:]/.test(registry) && registry !== 'localhost') throw bad(`'${registry}' is not a registry host`)
  let path = rest.slice(slash + 1)
  let tag: string | undefined
  const colon = path.lastIndexOf(':')
  if (colon !== -1) {
    tag = path.slice(colon + 1)
    path = path.slice(0, colon)
    if (!TAG.test(tag)) throw bad(`'${tag}' is not a valid tag`)
  }
  if (path === '' || !path.split('/').every(c => COMPONENT.test(c))) throw bad(`'${path}' is not a repository name`)
  const ref: ImageReference = { registry, repository: path }
  if (tag !== undefined) ref.tag = tag
  if (digest !== undefined) ref.digest = digest
  return ref
}

/** Formats a reference back to text; with a digest, the digest form. */
export function formatReference(ref: ImageReference): string {
  const base = `${ref.registry}/${ref.repository}`
  if (ref.digest) return `${base}@${ref.digest}`
  return ref.tag ? `${base}:${ref.tag}` : base
}

/** cosign's legacy signature tag for an image digest: `sha256-<hex>.sig`. */
export function cosignSignatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`
}

/** cosign's legacy attestation tag for an image digest: `sha256-<hex>.att`. */
export function cosignAttestationTag(digest: string): string {
  return `${digest.replace(':', '-')}.att`
}

/** The OCI 1.1 referrers-tag fallback for a digest: `sha256-<hex>`. */
export function referrersTag(digest: string): string {
  return digest.replace(':', '-')
}
