/**
 * The attestation half of sbom-attest: an in-toto Statement v1 with predicate type
 * `https://cyclonedx.org/bom` about the image digest, signed into a Sigstore bundle,
 * attached to the image as an OCI 1.1 referrer (or the referrers-tag fallback),
 * read back by the image digest and verified, and optionally stored through
 * GitHub's attestations API.
 */
import { createPublicKey } from 'node:crypto'
import { GateError, makeCheck, type Check } from '@ai-act-gates/core'
import type { GateContext } from '@ai-act-gates/action-kit'
import { formatReference, registryClientFor } from '@ai-act-gates/oci'
import {
  attachBundle,
  keyOnlyTrustedRoot,
  trustedRootFor,
  findBundles,
  fulcioClaims,
  getIdentityToken,
  githubApiFor,
  GITHUB_ATTESTATION_MAX_BYTES,
  PUBLIC_GOOD,
  servicesOf,
  signStatement,
  storeAttestation,
  verifyBundle,
  type IdentityToken,
  type InTotoStatement,
  type LoadedTrustedRoot,
  type SignedBundle,
  type SigningOptions,
  type VerifyOptions
} from '@ai-act-gates/sigstore'
import type { SbomAttestInputs } from './inputs.js'

/** The predicate type of a CycloneDX attestation. */
export const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom'
/** Articles the attestation supports: record-keeping of the build (Art.12) and cybersecurity of the supply chain (Art.15(5)). */
export const ATTEST_ARTICLES = ['Art.12(1)', 'Art.15(5)', 'Art.17(1)']

/** An empty trusted root: key signing offline trusts nothing but the key. */

/** The subject of the statement. */
export interface AttestSubject {
  name: string
  digest: string
  mediaType?: string
  size?: number
}

/** What attesting produced. */
export interface Attested {
  checks: Check[]
  bundle: SignedBundle
  outputs: Record<string, string>
}

/** Resolves the image to the digest the statement is about. */
export async function resolveSubject(ctx: GateContext, inputs: SbomAttestInputs): Promise<AttestSubject | undefined> {
  if (!inputs.image) return undefined
  const client = registryClientFor(ctx, inputs.image, inputs.githubToken)
  const digest = await client.resolve(inputs.image)
  const manifest = await client.getManifest(inputs.image, digest)
  if (!manifest) throw new GateError('IMAGE_NOT_FOUND', `${formatReference(inputs.image)} vanished while reading it`)
  return {
    name: `${inputs.image.registry}/${inputs.image.repository}`,
    digest,
    mediaType: manifest.mediaType,
    size: manifest.bytes.length
  }
}

async function trustFor(ctx: GateContext, inputs: SbomAttestInputs): Promise<LoadedTrustedRoot> {
  if (!inputs.trustedRoot && (inputs.signing === 'key' || inputs.signing === 'ephemeral'))
    return keyOnlyTrustedRoot('(none: key only)')
  return trustedRootFor(inputs.trustedRoot, r => ctx.recordResource(r))
}

async function signingOptions(
  ctx: GateContext,
  inputs: SbomAttestInputs,
  trust: LoadedTrustedRoot,
  token: IdentityToken | undefined
): Promise<SigningOptions> {
  if (inputs.signing === 'key' || inputs.signing === 'ephemeral') {
    const tlog = trust.root.tlogs.find(t => t.baseUrl)?.baseUrl
    const tsa = trust.root.timestampAuthorities.find(t => t.uri)?.uri
    return {
      mode: 'key',
      privateKey: inputs.key!,
      ...(ctx.env.COSIGN_PASSWORD ? { passphrase: ctx.env.COSIGN_PASSWORD } : {}),
      ...(tlog ? { rekorURL: tlog } : {}),
      ...(tsa ? { tsaURL: tsa } : {})
    }
  }
  const services = inputs.trustedRoot ? servicesOf(trust) : PUBLIC_GOOD
  if (!token) throw new GateError('INTERNAL', 'keyless signing without an identity token')
  ctx.recordResource({ kind: 'oidc', uri: token.url ?? token.source, method: 'GET', status: 'ok' })
  ctx.recordResource({ kind: 'http', uri: `${services.fulcioURL}/api/v2/signingCert`, method: 'POST' })
  if (services.rekorURL)
    ctx.recordResource({ kind: 'transparency-log', uri: `${services.rekorURL}/api/v1/log/entries`, method: 'POST' })
  if (services.tsaURL) ctx.recordResource({ kind: 'http', uri: `${services.tsaURL}/api/v1/timestamp`, method: 'POST' })
  return {
    mode: 'keyless',
    identityToken: token.token,
    fulcioURL: services.fulcioURL,
    ...(services.rekorURL ? { rekorURL: services.rekorURL } : {}),
    ...(services.tsaURL ? { tsaURL: services.tsaURL } : {})
  }
}

/** The verification options that check a bundle we signed: our own identity, or our key. */
function selfPolicy(
  bundle: SignedBundle,
  trust: LoadedTrustedRoot,
  inputs: SbomAttestInputs,
  offline: boolean
): VerifyOptions {
  const cert = (bundle.verificationMaterial as { certificate?: { rawBytes: string } }).certificate?.rawBytes
  if (cert) {
    const claims = fulcioClaims(Buffer.from(cert, 'base64'))
    return {
      trust,
      policy: { certificateIdentity: claims.subjectAlternativeName ?? '', certificateOidcIssuer: claims.issuer ?? '' }
    }
  }
  const publicKey = (bundle.verificationMaterial as { publicKey?: unknown }).publicKey
  if (!publicKey) throw new GateError('INTERNAL', 'the signed bundle has neither a certificate nor a key')
  const pem = createPublicKey(inputs.key!).export({ format: 'pem', type: 'spki' }).toString()
  return { trust, publicKey: pem, ignoreTlog: offline }
}

/** Signs, attaches, reads back and verifies the attestation. */
export async function attest(
  ctx: GateContext,
  inputs: SbomAttestInputs,
  bom: Record<string, unknown>,
  subject: AttestSubject
): Promise<Attested> {
  // the identity token first: without one there is nothing to fetch a trusted root for
  const token = inputs.signing === 'keyless' ? await getIdentityToken(ctx.env, ctx.signal) : undefined
  const trust = await trustFor(ctx, inputs)
  const options = await signingOptions(ctx, inputs, trust, token)
  const statement: InTotoStatement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject.name, digest: { sha256: subject.digest.replace(/^sha256:/, '') } }],
    predicateType: CYCLONEDX_PREDICATE_TYPE,
    predicate: bom
  }
  const bundle = await signStatement(statement, options)
  const offline = options.mode === 'key' && !options.rekorURL
  const verify = selfPolicy(bundle, trust, inputs, offline)
  const signer = verify.policy
    ? `${verify.policy.certificateIdentity} (issuer ${verify.policy.certificateOidcIssuer})`
    : inputs.signing === 'ephemeral'
      ? 'an ephemeral key made for this run (trust it only through the public key written beside the bundle)'
      : 'the given key'
  const tlog = (bundle.verificationMaterial.tlogEntries ?? [])[0]
  const checks: Check[] = [
    makeCheck(
      'attestation-signed',
      'SBOM attestation signed',
      ATTEST_ARTICLES,
      'pass',
      `in-toto statement (${CYCLONEDX_PREDICATE_TYPE}) about ${subject.digest} signed by ${signer}${tlog ? `, Rekor log index ${tlog.logIndex}` : offline ? ', offline (no transparency log)' : ''}`,
      {
        evidence: {
          subject: subject.digest,
          signing: inputs.signing === 'ephemeral' ? 'ephemeral' : options.mode,
          ...(tlog ? { logIndex: tlog.logIndex } : {})
        }
      }
    )
  ]
  const outputs: Record<string, string> = {}
  const bundleText = JSON.stringify(bundle)
  if (inputs.pushToRegistry && inputs.image) {
    const client = registryClientFor(ctx, inputs.image, inputs.githubToken)
    const attached = await attachBundle(
      client,
      inputs.image,
      { digest: subject.digest, mediaType: subject.mediaType!, size: subject.size! },
      Buffer.from(bundleText),
      CYCLONEDX_PREDICATE_TYPE
    )
    outputs['attestation-digest'] = attached.digest
    outputs['attestation-location'] = attached.via
    checks.push(
      makeCheck(
        'attestation-attached',
        'Attestation attached to the image',
        ATTEST_ARTICLES,
        'pass',
        `referrer ${attached.digest} of ${formatReference({ ...inputs.image, digest: subject.digest })} via the ${attached.via === 'referrers-api' ? 'OCI referrers API' : 'referrers-tag fallback'} (bundle ${attached.bundleSize} bytes)`,
        { locations: [{ resource: formatReference({ ...inputs.image, digest: subject.digest }) }] }
      )
    )
    const found = (await findBundles(client, inputs.image, subject.digest)).find(
      b => b.manifestDigest === attached.digest
    )
    let status: 'pass' | 'fail' = 'fail'
    let message: string
    if (!found) message = `the attestation ${attached.digest} is not among the image's referrers`
    else if (found.error || found.bundle === undefined) message = `the attestation cannot be read back: ${found.error}`
    else {
      try {
        const v = verifyBundle(found.bundle, { digest: subject.digest }, verify)
        status = v.statement?.predicateType === CYCLONEDX_PREDICATE_TYPE ? 'pass' : 'fail'
        message =
          status === 'pass'
            ? `read back by ${subject.digest} (${found.via}) and verified against ${trust.source}`
            : `read back, but its predicate type is ${v.statement?.predicateType}`
      } catch (error) {
        message = `read back, but it does not verify: ${(error as Error).message}`
      }
    }
    checks.push(
      makeCheck('attestation-verified', 'Attestation found by digest and verified', ATTEST_ARTICLES, status, message)
    )
  } else {
    try {
      verifyBundle(bundle, { digest: subject.digest }, verify)
      checks.push(
        makeCheck(
          'attestation-verified',
          'Attestation verified',
          ATTEST_ARTICLES,
          'pass',
          `verified against ${trust.source}`
        )
      )
    } catch (error) {
      checks.push(
        makeCheck('attestation-verified', 'Attestation verified', ATTEST_ARTICLES, 'fail', (error as Error).message)
      )
    }
  }
  if (inputs.pushToGithub) checks.push(await storeOnGitHub(ctx, inputs, bundle, bundleText, outputs))
  return { checks, bundle, outputs }
}

async function storeOnGitHub(
  ctx: GateContext,
  inputs: SbomAttestInputs,
  bundle: SignedBundle,
  bundleText: string,
  outputs: Record<string, string>
): Promise<Check> {
  const title = 'Attestation stored through GitHub'
  const size = Buffer.byteLength(bundleText) + 12
  if (size > GITHUB_ATTESTATION_MAX_BYTES) {
    return makeCheck(
      'attestation-github',
      title,
      ATTEST_ARTICLES,
      inputs.pushToRegistry ? 'skipped' : 'fail',
      `the bundle is ${size} bytes, over GitHub's 16 MiB limit: ${inputs.pushToRegistry ? 'it is kept in the registry as a referrer only' : 'and it was not pushed to the registry either'}`
    )
  }
  const api = githubApiFor(ctx, inputs.githubToken, 'push-to-github')
  const id = await storeAttestation(api, bundle)
  outputs['github-attestation-id'] = id
  return makeCheck(
    'attestation-github',
    title,
    ATTEST_ARTICLES,
    'pass',
    `stored in ${api.repository} as attestation ${id}`
  )
}
