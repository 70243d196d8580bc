/**
 * Verifies a Sigstore bundle: the signature, the certificate chain to a trusted CA
 * at a signed time, the certificate-transparency SCT, the transparency-log entry
 * (inclusion proof or promise) and signed timestamps, with @sigstore/verify; then
 * the signer against the policy and the signed content against the artifact.
 * Fails closed: a keyless signature needs a log entry, an SCT and a signed time.
 */
import { createHash } from 'node:crypto'
import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { toSignedEntity, Verifier, type VerifierOptions } from '@sigstore/verify'
import { fulcioClaims, type FulcioClaims } from './certificate.js'
import { sigstoreError } from './errors.js'
import { matchIdentity, type IdentityPolicy } from './policy.js'
import { IN_TOTO_PAYLOAD_TYPE, isStatement, statementNames, type InTotoStatement } from './statement.js'
import { trustMaterial, type LoadedTrustedRoot } from './trust.js'

/** What the signature must cover: the artifact's bytes, or (DSSE only) a digest its statement names. */
export type VerifySubject = { artifact: Buffer } | { digest: string }

/** Options for {@link verifyBundle}. */
export interface VerifyOptions {
  /** The trusted root. */
  trust: LoadedTrustedRoot
  /** Keyless: who must have signed. */
  policy?: IdentityPolicy
  /** Key mode: the public key (PEM) that must have signed. */
  publicKey?: string
  /** Key mode only (cosign's --insecure-ignore-tlog): accept a bundle without a log entry or timestamp. */
  ignoreTlog?: boolean
}

/** A verified bundle. */
export interface VerifiedBundle {
  /** `dsse` (an attestation) or `message-signature` (a blob signature). */
  kind: 'dsse' | 'message-signature'
  /** `certificate` (keyless) or `public-key`. */
  method: 'certificate' | 'public-key'
  /** The certificate's claims (keyless). */
  claims?: FulcioClaims
  /** The statement of a DSSE bundle. */
  statement?: InTotoStatement
  /** Transparency-log entries: index and integrated time. */
  tlogEntries: Array<{ logIndex: string; integratedTime?: string }>
  /** Number of RFC 3161 signed timestamps. */
  rfc3161Timestamps: number
}

function parseBundle(json: unknown): Bundle {
  try {
    return bundleFromJSON(json)
  } catch (error) {
    throw sigstoreError('BUNDLE_INVALID', `not a valid Sigstore bundle: ${(error as Error).message}`, { cause: error })
  }
}

function thresholds(method: 'certificate' | 'public-key', ignoreTlog: boolean): VerifierOptions {
  if (method === 'certificate') return { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }
  return ignoreTlog
    ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 0 }
    : { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }
}

function leafCertificate(bundle: Bundle): Buffer | undefined {
  const vm = bundle.verificationMaterial.content
  if (vm.$case === 'certificate') return vm.certificate.rawBytes
  if (vm.$case === 'x509CertificateChain') return vm.x509CertificateChain.certificates[0]?.rawBytes
  return undefined
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Verifies a bundle (its JSON form) for a subject under a policy or key. Throws a Sigstore GateError. */
export function verifyBundle(bundleJson: unknown, subject: VerifySubject, options: VerifyOptions): VerifiedBundle {
  const bundle = parseBundle(bundleJson)
  const leaf = leafCertificate(bundle)
  const method = leaf ? 'certificate' : 'public-key'
  if (options.publicKey !== undefined && method === 'certificate') {
    throw sigstoreError('POLICY_MISMATCH', 'signed keyless with a certificate, but a public key was expected')
  }
  if (options.publicKey === undefined && method === 'public-key') {
    throw sigstoreError('POLICY_MISMATCH', 'signed with a key, but a keyless identity was expected (give key)')
  }
  const kind = bundle.content.$case === 'dsseEnvelope' ? 'dsse' : 'message-signature'
  if (kind === 'message-signature' && !('artifact' in subject)) {
    throw sigstoreError('SUBJECT_MISMATCH', 'a message signature can only be checked against the artifact itself')
  }
  const entity = toSignedEntity(
    bundle,
    kind === 'message-signature' ? (subject as { artifact: Buffer }).artifact : undefined
  )
  const verifier = new Verifier(
    trustMaterial(options.trust, options.publicKey),
    thresholds(method, options.ignoreTlog === true)
  )
  try {
    verifier.verify(entity)
  } catch (error) {
    const e = error as { code?: string; message: string; cause?: { message?: string } }
    const cause = e.cause?.message ? ` (${e.cause.message})` : ''
    throw sigstoreError('SIGNATURE_INVALID', `${e.code ? `${e.code}: ` : ''}${e.message}${cause}`, { cause: error })
  }
  const claims = leaf ? fulcioClaims(leaf) : undefined
  if (claims) {
    if (!options.policy) throw sigstoreError('POLICY_MISMATCH', 'no identity policy to check the certificate against')
    matchIdentity(options.policy, claims)
  }
  let statement: InTotoStatement | undefined
  if (bundle.content.$case === 'dsseEnvelope') {
    const envelope = bundle.content.dsseEnvelope
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
      throw sigstoreError('SUBJECT_MISMATCH', `the envelope's payload type is '${envelope.payloadType}', not in-toto`)
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(envelope.payload.toString('utf8'))
    } catch {
      throw sigstoreError('BUNDLE_INVALID', 'the signed in-toto payload is not JSON')
    }
    if (!isStatement(parsed)) throw sigstoreError('BUNDLE_INVALID', 'the signed payload is not an in-toto Statement v1')
    statement = parsed
    const digest = 'artifact' in subject ? `sha256:${sha256Hex(subject.artifact)}` : subject.digest
    if (!statementNames(statement, digest)) {
      throw sigstoreError(
        'SUBJECT_MISMATCH',
        `the statement's subjects (${statement.subject
          .map(s =>
            Object.entries(s.digest ?? {})
              .map(([a, h]) => `${a}:${h}`)
              .join(' ')
          )
          .join(', ')}) do not include ${digest}`
      )
    }
  }
  return {
    kind,
    method,
    ...(claims ? { claims } : {}),
    ...(statement ? { statement } : {}),
    tlogEntries: bundle.verificationMaterial.tlogEntries.map(t => ({
      logIndex: t.logIndex,
      ...(t.inclusionPromise ? { integratedTime: new Date(Number(t.integratedTime) * 1000).toISOString() } : {})
    })),
    rfc3161Timestamps: bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.length ?? 0
  }
}
