/**
 * Sigstore keyless signing of the record's statement, registered on the
 * `registerKeylessSigner` seam when this package is imported. The signer takes the
 * OIDC token first and states, before anything is signed, the identity and issuer
 * Fulcio will certify for it (the record carries them); it then signs the
 * statement's bytes into a Sigstore bundle v0.3 (DSSE, in-toto payload type) with
 * Fulcio, Rekor and, where the trusted root names one, a timestamp authority, and
 * refuses the bundle unless its certificate names exactly the stated identity and
 * issuer and the bundle verifies against the trusted root.
 */
import { GateError, toGateError, type Resource } from '@ai-act-gates/core'
import {
  trustedRootFor,
  fulcioClaims,
  getIdentityToken,
  PUBLIC_GOOD,
  servicesOf,
  sigstoreError,
  signPayload,
  verifyBundle,
  type IdentityToken,
  type LoadedTrustedRoot,
  type SignedBundle,
  type SigstoreServices
} from '@ai-act-gates/sigstore'
import {
  registerKeylessSigner,
  type KeylessSignerOptions,
  type RecordSigner,
  type SignedStatement,
  type SignerIdentity
} from './signer.js'

/** The OIDC issuer of GitHub Actions tokens (github.com). */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'
/** The media type of the bundle the keyless signer writes. */
export const SIGSTORE_BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
/** The file name suffix of the bundle, after `.intoto`. */
export const SIGSTORE_BUNDLE_EXTENSION = '.sigstore.json'

/** Who Fulcio certifies for a token. */
export interface FulcioIdentity {
  /** The certificate's subject alternative name. */
  identity: string
  /** The OIDC issuer Fulcio writes into the certificate. */
  issuer: string
}

/** The claims of a JWT, without checking its signature (Fulcio checks it). */
export function tokenClaims(token: string): Record<string, unknown> {
  const parts = token.split('.')
  let claims: unknown
  try {
    if (parts.length !== 3) throw new Error(`${parts.length} part(s), not 3`)
    claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'))
  } catch (error) {
    throw sigstoreError('OIDC_UNAVAILABLE', `the OIDC identity token is not a JWT: ${(error as Error).message}`, {
      field: 'signing'
    })
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw sigstoreError('OIDC_UNAVAILABLE', 'the OIDC identity token carries no claims object', { field: 'signing' })
  }
  return claims as Record<string, unknown>
}

function claim(claims: Record<string, unknown>, name: string): string | undefined {
  const v = claims[name]
  return typeof v === 'string' && v !== '' ? v : undefined
}

/**
 * The identity and issuer Fulcio certifies for a token's claims: for a GitHub
 * Actions token, the workflow that runs the job (`https://github.com/<job_workflow_ref>`);
 * for any other issuer, the verified e-mail address, else the subject.
 */
export function fulcioIdentityOf(claims: Record<string, unknown>): FulcioIdentity {
  const issuer = claim(claims, 'iss')
  if (!issuer)
    throw sigstoreError('OIDC_UNAVAILABLE', 'the OIDC identity token has no issuer (iss)', { field: 'signing' })
  if (issuer === GITHUB_ACTIONS_ISSUER) {
    const ref = claim(claims, 'job_workflow_ref')
    if (!ref) {
      throw sigstoreError('OIDC_UNAVAILABLE', 'the GitHub Actions token has no job_workflow_ref claim', {
        field: 'signing'
      })
    }
    return { identity: `https://github.com/${ref}`, issuer }
  }
  const email = claim(claims, 'email')
  if (email) {
    if (claims.email_verified === false) {
      throw sigstoreError(
        'OIDC_UNAVAILABLE',
        `the token's e-mail ${email} is not verified; Fulcio certifies only verified addresses`,
        {
          field: 'signing'
        }
      )
    }
    return { identity: email, issuer }
  }
  const subject = claim(claims, 'sub')
  if (!subject) {
    throw sigstoreError('OIDC_UNAVAILABLE', `the token from ${issuer} has neither an e-mail nor a subject`, {
      field: 'signing'
    })
  }
  return { identity: subject, issuer }
}

/** The leaf certificate of a bundle (DER), or undefined for a key-signed bundle. */
export function bundleCertificate(bundle: unknown): Buffer | undefined {
  const vm = (bundle as { verificationMaterial?: Record<string, unknown> } | null)?.verificationMaterial
  const single = (vm?.certificate as { rawBytes?: unknown } | undefined)?.rawBytes
  const chain = (vm?.x509CertificateChain as { certificates?: Array<{ rawBytes?: unknown }> } | undefined)
    ?.certificates?.[0]?.rawBytes
  const raw = typeof single === 'string' ? single : typeof chain === 'string' ? chain : undefined
  return raw === undefined ? undefined : Buffer.from(raw, 'base64')
}

/** The first subject digest of a signed in-toto payload, as `sha256:<hex>`. */
function firstSubjectDigest(payload: Uint8Array): string {
  const statement = JSON.parse(Buffer.from(payload).toString('utf8')) as {
    subject?: Array<{ digest?: Record<string, string> }>
  }
  const sha256 = statement.subject?.[0]?.digest?.sha256
  if (!sha256) throw new GateError('INTERNAL', 'the statement to sign has no sha256 subject')
  return `sha256:${sha256}`
}

type RecordResource = (resource: Omit<Resource, 'at'> & { at?: string }) => void

/** A signer holding an OIDC token, the services to sign with and the root to check the result against. */
export class SigstoreKeylessSigner implements RecordSigner {
  readonly identity: SignerIdentity

  constructor(
    private readonly token: IdentityToken,
    stated: FulcioIdentity,
    private readonly services: SigstoreServices,
    private readonly trust: LoadedTrustedRoot,
    private readonly recordResource: RecordResource
  ) {
    this.identity = { kind: 'sigstore-keyless', identity: stated.identity, issuer: stated.issuer }
  }

  async sign(payload: Uint8Array, payloadType: string): Promise<SignedStatement> {
    const s = this.services
    this.recordResource({ kind: 'http', uri: `${s.fulcioURL}/api/v2/signingCert`, method: 'POST' })
    if (s.rekorURL)
      this.recordResource({ kind: 'transparency-log', uri: `${s.rekorURL}/api/v1/log/entries`, method: 'POST' })
    if (s.tsaURL) this.recordResource({ kind: 'http', uri: `${s.tsaURL}/api/v1/timestamp`, method: 'POST' })
    const bundle = await signPayload(Buffer.from(payload), payloadType, {
      mode: 'keyless',
      identityToken: this.token.token,
      ...s
    })
    this.checkCertificate(bundle)
    this.checkBundle(bundle, payload)
    return { extension: SIGSTORE_BUNDLE_EXTENSION, mediaType: SIGSTORE_BUNDLE_MEDIA_TYPE, document: bundle }
  }

  /** The certificate must name exactly the identity and issuer the record states. */
  private checkCertificate(bundle: SignedBundle): void {
    const leaf = bundleCertificate(bundle)
    if (!leaf)
      throw sigstoreError('SIGNING_FAILED', 'the signed bundle carries no Fulcio certificate', { field: 'signing' })
    const claims = fulcioClaims(leaf)
    const { identity, issuer } = this.identity
    if (claims.subjectAlternativeName !== identity || claims.issuer !== issuer) {
      throw sigstoreError(
        'SIGNING_FAILED',
        `Fulcio at ${this.services.fulcioURL} certified '${claims.subjectAlternativeName ?? '(no identity)'}' (issuer '${claims.issuer ?? '(none)'}'), but the record states '${identity}' (issuer '${issuer}'); the signature is not written`,
        {
          field: 'signing',
          hint: 'The token is not one whose identity this signer can state; sign with signing: key instead'
        }
      )
    }
  }

  /** The bundle must verify against the trusted root, for the stated signer, over exactly these bytes. */
  private checkBundle(bundle: SignedBundle, payload: Uint8Array): void {
    let verified
    try {
      verified = verifyBundle(
        bundle,
        { digest: firstSubjectDigest(payload) },
        {
          trust: this.trust,
          policy: { certificateIdentity: this.identity.identity!, certificateOidcIssuer: this.identity.issuer! }
        }
      )
    } catch (error) {
      throw sigstoreError(
        'SIGNING_FAILED',
        `the bundle Fulcio and Rekor returned does not verify against ${this.trust.source}: ${toGateError(error).detail}; the signature is not written`,
        { field: 'signing', cause: error }
      )
    }
    const signed = (bundle as { dsseEnvelope?: { payload?: string } }).dsseEnvelope?.payload
    if (verified.kind !== 'dsse' || signed !== Buffer.from(payload).toString('base64')) {
      throw sigstoreError('SIGNING_FAILED', 'the signed bundle does not carry the statement that was signed', {
        field: 'signing'
      })
    }
  }
}

/**
 * Builds the keyless signer: the OIDC token, the identity Fulcio will certify for it,
 * the trusted root (the given file, else public-good through TUF) and the services
 * it names (a given root's Fulcio/Rekor/TSA, else public-good Fulcio and Rekor).
 */
export async function sigstoreKeylessSigner(options: KeylessSignerOptions): Promise<RecordSigner> {
  const token = await getIdentityToken(options.env, options.signal)
  options.recordResource({ kind: 'oidc', uri: token.url ?? token.source, method: 'GET', status: 'ok' })
  const stated = fulcioIdentityOf(tokenClaims(token.token))
  const trust = await trustedRootFor(options.trustedRoot, options.recordResource)
  const services: SigstoreServices = options.trustedRoot
    ? servicesOf(trust)
    : { fulcioURL: PUBLIC_GOOD.fulcioURL, rekorURL: PUBLIC_GOOD.rekorURL }
  return new SigstoreKeylessSigner(token, stated, services, trust, options.recordResource)
}

registerKeylessSigner(sigstoreKeylessSigner)
