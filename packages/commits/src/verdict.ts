/**
 * What the gate concludes about one commit: the signature check (did it verify, with
 * which key, whose key) and the policy on top (platform signatures, signer must be
 * committer, GitHub's own opinion). Only `verified`, and `platform-signed` where the
 * policy allows it, pass; everything else fails, each with its own reason.
 */
import type { KeyEntry, Signer } from './allowlist.js'
import type { Identity, SignatureType } from './commit.js'

/** The outcome of checking one signature against the allow-list. */
export type SignatureStatus =
  | 'good'
  | 'unsigned'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired-key'
  | 'expired-signature'
  | 'revoked-key'
  | 'untrusted-certificate'
  | 'unverifiable'
  | 'unsupported-signature'

/** A signature check, before policy. */
export interface SignatureCheck {
  /** Outcome. */
  status: SignatureStatus
  /** The key that signed: OpenPGP fingerprint, SSH SHA256 fingerprint or certificate identity. */
  keyId?: string
  /** The allow-list entry of that key, when listed. */
  entry?: KeyEntry
  /** One or two sentences: what was found, and for failures why. */
  detail: string
  /** When the signature was made, where the signature says so (x509 signing time). */
  signedAt?: string
}

/** The final per-commit verdict. */
export type Verdict =
  Exclude<SignatureStatus, 'good'> | 'verified' | 'platform-signed' | 'signer-not-committer' | 'github-unverified'

/** GitHub's `verification` object, as far as the gate records it. */
export interface GitHubVerification {
  verified: boolean
  reason: string
  verifiedAt?: string
}

/** One commit's line in the report. */
export interface CommitVerdict {
  sha: string
  subject: string
  author: Identity
  committer: Identity
  /** openpgp, ssh, x509, unknown, or none for an unsigned commit. */
  signatureType: SignatureType | 'none'
  keyId?: string
  /** The signer as named in the allow-list. */
  signer?: Pick<Signer, 'name' | 'id' | 'kind'>
  verdict: Verdict
  /** True when the commit passes the gate. */
  pass: boolean
  reason: string
  signedAt?: string
  /** GitHub's verification, with source github-api. */
  github?: GitHubVerification
}

/** Policy options. */
export interface VerdictPolicy {
  /** Let platform and bot signatures pass. */
  allowPlatformSigned: boolean
  /** The committer's email must be one of the signer's. */
  signerMustBeCommitter: boolean
  /** GitHub must also report the signature verified. */
  requireGitHubVerified: boolean
}

function describeSigner(s: Signer): string {
  if (s.kind !== 'person') return `${s.kind} signer '${s.name}'`
  return s.name === s.id ? s.name : `${s.name} (${s.id})`
}

/** Applies the policy to a signature check. */
export function decide(
  commit: {
    sha: string
    subject: string
    author: Identity
    committer: Identity
    signatureType: SignatureType | 'none'
  },
  check: SignatureCheck,
  policy: VerdictPolicy,
  github?: GitHubVerification
): CommitVerdict {
  const base: CommitVerdict = {
    ...commit,
    verdict: check.status === 'good' ? 'verified' : check.status,
    pass: false,
    reason: check.detail
  }
  if (check.keyId) base.keyId = check.keyId
  if (check.signedAt) base.signedAt = check.signedAt
  if (github) base.github = github
  const signer = check.entry?.signer
  if (signer) base.signer = { name: signer.name, id: signer.id, kind: signer.kind }
  if (check.status !== 'good' || !signer) return base

  const who = describeSigner(signer)
  if (signer.kind !== 'person') {
    base.verdict = 'platform-signed'
    base.reason = `${check.detail}; signed by ${who}, not attributable to an individual${
      policy.allowPlatformSigned ? ' (allowed by allow-platform-signed)' : '; set allow-platform-signed to accept it'
    }`
    base.pass = policy.allowPlatformSigned
  } else {
    base.reason = `${check.detail}; signed by ${who}`
    base.pass = true
  }
  if (base.pass && policy.signerMustBeCommitter && !signer.emails.includes(commit.committer.email.toLowerCase())) {
    base.verdict = 'signer-not-committer'
    base.pass = false
    base.reason = `signed by ${who}, but the committer is ${commit.committer.name} <${commit.committer.email}>, not an email of the signer (${
      signer.emails.join(', ') || 'the allow-list lists none'
    })`
  }
  if (base.pass && policy.requireGitHubVerified && github && !github.verified) {
    base.verdict = 'github-unverified'
    base.pass = false
    base.reason = `${base.reason}; but GitHub reports verified: false (${github.reason}) and require-github-verified is set`
  }
  return base
}
