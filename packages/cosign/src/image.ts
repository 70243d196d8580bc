/**
 * Image mode: resolve the reference to a digest, collect every signature and
 * attestation (cosign's `.sig` tag, OCI referrers holding Sigstore bundles, and
 * optionally GitHub's attestations API), verify each against the trusted root and
 * the policy, and judge: at least one signature for this digest, and every required
 * predicate type attested by the same signer.
 */
import { GateError, makeCheck, type Check, type Location } from '@ai-act-gates/core'
import type { GateContext, GateRun } from '@ai-act-gates/action-kit'
import { formatReference, registryClientFor, type ReferrersSource } from '@ai-act-gates/oci'
import {
  cosignLayerToBundle,
  findBundles,
  findCosignSignatures,
  githubApiFor,
  listAttestations,
  readSimpleSigningPayload,
  sigstoreError,
  verifyBundle,
  type LoadedTrustedRoot,
  type VerifiedBundle,
  type VerifyOptions
} from '@ai-act-gates/sigstore'
import type { CosignVerifyInputs } from './inputs.js'
import { trustFor } from './trust.js'

/** Articles image admission supports: accuracy, robustness and cybersecurity (Art.15), QMS (Art.17). */
export const VERIFY_ARTICLES = ['Art.15(5)', 'Art.17(1)']

/** One signature or attestation found, and what became of it. */
export interface Candidate {
  /** Where it was found: `cosign-sig-tag`, `referrers-api`, `referrers-tag` or `github-api`. */
  source: string
  /** Layer or manifest digest naming it. */
  id: string
  kind: 'signature' | 'attestation' | 'unknown'
  verified?: VerifiedBundle
  error?: string
  code?: string
}

function describe(c: Candidate): string {
  return `${c.kind} ${c.id} (${c.source})`
}

function verifyOptions(inputs: CosignVerifyInputs, trust: LoadedTrustedRoot): VerifyOptions {
  return {
    trust,
    ...(inputs.policy ? { policy: inputs.policy } : {}),
    ...(inputs.publicKey !== undefined ? { publicKey: inputs.publicKey, ignoreTlog: inputs.insecureIgnoreTlog } : {})
  }
}

function attempt(c: Candidate, fn: () => VerifiedBundle): Candidate {
  try {
    c.verified = fn()
  } catch (error) {
    if (
      error instanceof GateError &&
      !['BUNDLE_INVALID', 'SIGNATURE_INVALID', 'POLICY_MISMATCH', 'SUBJECT_MISMATCH'].includes(error.code)
    ) {
      throw error
    }
    c.error = (error as Error).message
    c.code = (error as { code?: string }).code ?? 'SIGNATURE_INVALID'
  }
  return c
}

/** Verifies one bundle found beside the image: a DSSE attestation about the digest, or a signature over the manifest. */
function verifyFound(
  bundle: unknown,
  source: string,
  id: string,
  digest: string,
  manifest: Buffer,
  options: VerifyOptions
): Candidate {
  const b = bundle as { dsseEnvelope?: unknown; messageSignature?: unknown } | null
  const kind = b?.dsseEnvelope ? 'attestation' : b?.messageSignature ? 'signature' : 'unknown'
  const c: Candidate = { source, id, kind }
  return attempt(c, () => verifyBundle(bundle, kind === 'attestation' ? { digest } : { artifact: manifest }, options))
}

/** Runs image mode. */
export async function verifyImage(inputs: CosignVerifyInputs, ctx: GateContext): Promise<GateRun> {
  const ref = inputs.image!
  const client = registryClientFor(ctx, ref, inputs.githubToken)
  // the trusted root first: a bad one is the user's input, reported before any network access
  const trust = await trustFor(ctx, inputs)
  const digest = await client.resolve(ref)
  const manifest = (await client.getManifest(ref, digest))!
  const pinned = formatReference({ ...ref, digest })
  const options = verifyOptions(inputs, trust)
  const candidates: Candidate[] = []

  const legacy = await findCosignSignatures(client, ref, digest)
  for (const sig of legacy.signatures) {
    const c: Candidate = { source: 'cosign-sig-tag', id: sig.layerDigest, kind: 'signature' }
    if (!sig.payload) {
      candidates.push({ ...c, error: sig.error ?? 'unreadable', code: 'BUNDLE_INVALID' })
      continue
    }
    const payload = sig.payload
    candidates.push(
      attempt(c, () => {
        const v = verifyBundle(cosignLayerToBundle(payload, sig.annotations), { artifact: payload }, options)
        const signed = readSimpleSigningPayload(payload)
        if (signed.dockerManifestDigest !== digest) {
          throw sigstoreError(
            'SUBJECT_MISMATCH',
            `the signed payload names ${signed.dockerManifestDigest}, not ${digest}`
          )
        }
        return v
      })
    )
  }
  const referred = await findBundles(client, ref, digest)
  let referrersSource: ReferrersSource = 'none'
  for (const found of referred) {
    referrersSource = found.via
    if (found.bundle === undefined) {
      candidates.push({
        source: found.via,
        id: found.manifestDigest,
        kind: 'unknown',
        error: found.error ?? 'unreadable',
        code: 'BUNDLE_INVALID'
      })
      continue
    }
    candidates.push(verifyFound(found.bundle, found.via, found.manifestDigest, digest, manifest.bytes, options))
  }
  if (inputs.githubAttestations) {
    const bundles = await listAttestations(githubApiFor(ctx, inputs.githubToken, 'github-attestations'), digest)
    bundles.forEach((b, i) =>
      candidates.push(verifyFound(b, 'github-api', `#${i + 1}`, digest, manifest.bytes, options))
    )
  }
  return judge(inputs, pinned, digest, candidates, legacy.tag, referrersSource, trust)
}

function signerOf(v: VerifiedBundle): string {
  return v.claims?.subjectAlternativeName ?? 'key'
}

function judge(
  inputs: CosignVerifyInputs,
  pinned: string,
  digest: string,
  candidates: Candidate[],
  sigTag: string,
  referrersSource: ReferrersSource,
  trust: LoadedTrustedRoot
): GateRun {
  const signatures = candidates.filter(c => c.kind === 'signature')
  const goodSignatures = signatures.filter(c => c.verified)
  const attestations = candidates.filter(c => c.kind === 'attestation')
  const goodAttestations = attestations.filter(c => c.verified)
  const failures = candidates.filter(c => c.error)
  const location: Location = { resource: pinned }
  const where = `${sigTag} and the referrers of ${digest} (${referrersSource === 'none' ? 'none found' : referrersSource})${inputs.githubAttestations ? ' and GitHub attestations' : ''}`
  const checks: Check[] = [
    makeCheck(
      'image-resolved',
      'Image resolved to a digest',
      VERIFY_ARTICLES,
      'pass',
      `${formatReference(inputs.image!)} is ${digest}`,
      {
        locations: [location]
      }
    )
  ]
  const failureText = failures.map(f => `${describe(f)}: ${f.error}`).join('; ')
  checks.push(
    makeCheck(
      'signature-verified',
      'Signed by the expected identity',
      VERIFY_ARTICLES,
      goodSignatures.length > 0 ? 'pass' : 'fail',
      goodSignatures.length > 0
        ? `${goodSignatures.length} signature(s) verified for ${digest}: ${goodSignatures.map(c => `${c.source} by ${signerOf(c.verified!)}`).join(', ')}`
        : signatures.length === 0
          ? `no signature found in ${where}: an unsigned image is not admitted${failures.length ? `; ${failureText}` : ''}`
          : `none of ${signatures.length} signature(s) verified: ${failureText}`,
      {
        locations: [location],
        evidence: {
          trustedRoot: trust.source,
          candidates: candidates.map(c => ({
            source: c.source,
            id: c.id,
            kind: c.kind,
            verified: c.verified !== undefined,
            ...(c.error ? { error: c.error, code: c.code } : {}),
            ...(c.verified?.claims
              ? { identity: c.verified.claims.subjectAlternativeName, issuer: c.verified.claims.issuer }
              : {}),
            ...(c.verified?.statement ? { predicateType: c.verified.statement.predicateType } : {}),
            ...(c.verified ? { tlog: c.verified.tlogEntries, rfc3161Timestamps: c.verified.rfc3161Timestamps } : {})
          }))
        }
      }
    )
  )
  if (inputs.requireAttestations.length > 0) {
    const missing = inputs.requireAttestations.filter(
      t => !goodAttestations.some(c => c.verified!.statement?.predicateType === t)
    )
    checks.push(
      makeCheck(
        'attestations-verified',
        'Required attestations verified',
        VERIFY_ARTICLES,
        missing.length === 0 ? 'pass' : 'fail',
        missing.length === 0
          ? `verified ${inputs.requireAttestations.join(', ')} from the expected signer`
          : `no verified attestation of ${missing.join(', ')} for ${digest} from the expected signer${
              attestations.length > goodAttestations.length
                ? `; ${attestations
                    .filter(c => c.error)
                    .map(c => `${describe(c)}: ${c.error}`)
                    .join('; ')}`
                : ''
            }`,
        { locations: [location] }
      )
    )
  }
  const verified = [...goodSignatures, ...goodAttestations]
  const logged = verified.filter(c => c.verified!.tlogEntries.length > 0)
  checks.push(
    makeCheck(
      'transparency-log',
      'Transparency-log inclusion and signed timestamps',
      VERIFY_ARTICLES,
      verified.length === 0
        ? 'fail'
        : inputs.insecureIgnoreTlog && logged.length < verified.length
          ? 'skipped'
          : 'pass',
      verified.length === 0
        ? 'nothing verified, so nothing is logged'
        : inputs.insecureIgnoreTlog && logged.length < verified.length
          ? `insecure-ignore-tlog: ${verified.length - logged.length} key signature(s) accepted without a transparency-log entry`
          : `every verified item has a log entry checked against ${trust.source}: ${logged
              .map(c =>
                c
                  .verified!.tlogEntries.map(
                    t => `index ${t.logIndex}${t.integratedTime ? ` at ${t.integratedTime}` : ''}`
                  )
                  .join(', ')
              )
              .join('; ')}`
    )
  )
  const first = goodSignatures[0]?.verified
  return {
    subject: { image: pinned, digest },
    checks,
    metrics: {
      signaturesFound: signatures.length,
      signaturesVerified: goodSignatures.length,
      attestationsFound: attestations.length,
      attestationsVerified: goodAttestations.length
    },
    outputs: {
      digest,
      'signer-identity': first?.claims?.subjectAlternativeName ?? (first ? 'public-key' : ''),
      'signer-issuer': first?.claims?.issuer ?? '',
      'verified-signatures': goodSignatures.map(c => `${c.source} ${c.id}`).join('\n'),
      'verified-attestations': goodAttestations.map(c => `${c.verified!.statement?.predicateType} ${c.id}`).join('\n')
    }
  }
}
