/**
 * cosign's legacy signature layout: a `sha256-<digest>.sig` tag whose manifest has
 * one `simplesigning` layer per signature. The layer is the signed payload (a JSON
 * document naming the image digest); its annotations carry the signature, the
 * Fulcio certificate and chain, and the Rekor bundle (signed entry timestamp and
 * the hashedrekord entry). These are turned into a Sigstore bundle v0.1 so one
 * verifier checks both layouts.
 */
import { createHash } from 'node:crypto'
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle'
import { sigstoreError } from './errors.js'

/** Media type of a simple-signing layer. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json'
/** The signature annotation (base64). */
export const COSIGN_SIGNATURE = 'dev.cosignproject.cosign/signature'
/** The certificate annotation (PEM). */
export const COSIGN_CERTIFICATE = 'dev.sigstore.cosign/certificate'
/** The chain annotation (PEM). */
export const COSIGN_CHAIN = 'dev.sigstore.cosign/chain'
/** The Rekor bundle annotation (JSON). */
export const COSIGN_BUNDLE = 'dev.sigstore.cosign/bundle'
/** The `critical.type` of an image signature payload. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature'

/** The parts of a simple-signing payload a verifier uses. */
export interface SimpleSigningPayload {
  /** `critical.image.docker-manifest-digest`: the image the signature is for. */
  dockerManifestDigest: string
  /** `critical.identity.docker-reference`. */
  dockerReference: string
  /** `optional`, as signed. */
  optional: Record<string, unknown> | null
}

/** Builds the payload cosign signs for an image. */
export function simpleSigningPayload(
  dockerReference: string,
  digest: string,
  optional: Record<string, unknown> | null = null
): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': digest },
        type: COSIGN_SIGNATURE_TYPE
      },
      optional
    })
  )
}

/** Reads a simple-signing payload; anything else is BUNDLE_INVALID. */
export function readSimpleSigningPayload(payload: Buffer): SimpleSigningPayload {
  let doc: { critical?: { identity?: Record<string, unknown>; image?: Record<string, unknown>; type?: unknown } }
  try {
    doc = JSON.parse(payload.toString('utf8')) as typeof doc
  } catch {
    throw sigstoreError('BUNDLE_INVALID', 'the simple-signing payload is not JSON')
  }
  const digest = doc.critical?.image?.['docker-manifest-digest']
  if (doc.critical?.type !== COSIGN_SIGNATURE_TYPE || typeof digest !== 'string') {
    throw sigstoreError('BUNDLE_INVALID', `the payload is not a '${COSIGN_SIGNATURE_TYPE}'`)
  }
  const ref = doc.critical.identity?.['docker-reference']
  return {
    dockerManifestDigest: digest,
    dockerReference: typeof ref === 'string' ? ref : '',
    optional: ((doc as { optional?: Record<string, unknown> | null }).optional ?? null) as Record<
      string,
      unknown
    > | null
  }
}

function pemToDer(pem: string): Buffer[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(m =>
    Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')
  )
}

interface RekorBundle {
  SignedEntryTimestamp: string
  Payload: { body: string; integratedTime: number; logIndex: number; logID: string }
}

/** Converts a simple-signing layer (payload bytes and annotations) into a Sigstore bundle v0.1. */
export function cosignLayerToBundle(payload: Buffer, annotations: Record<string, string>): SerializedBundle {
  const signature = annotations[COSIGN_SIGNATURE]
  if (!signature) throw sigstoreError('BUNDLE_INVALID', `the layer has no ${COSIGN_SIGNATURE} annotation`)
  const certificates = annotations[COSIGN_CERTIFICATE] ? pemToDer(annotations[COSIGN_CERTIFICATE]) : []
  const tlogEntries: unknown[] = []
  if (annotations[COSIGN_BUNDLE]) {
    let rekor: RekorBundle
    try {
      rekor = JSON.parse(annotations[COSIGN_BUNDLE]) as RekorBundle
    } catch {
      throw sigstoreError('BUNDLE_INVALID', `the ${COSIGN_BUNDLE} annotation is not JSON`)
    }
    const body = JSON.parse(Buffer.from(rekor.Payload?.body ?? '', 'base64').toString('utf8') || '{}') as {
      kind?: string
      apiVersion?: string
    }
    tlogEntries.push({
      logIndex: String(rekor.Payload.logIndex),
      logId: { keyId: Buffer.from(rekor.Payload.logID, 'hex').toString('base64') },
      kindVersion: { kind: body.kind ?? 'hashedrekord', version: body.apiVersion ?? '0.0.1' },
      integratedTime: String(rekor.Payload.integratedTime),
      inclusionPromise: { signedEntryTimestamp: rekor.SignedEntryTimestamp },
      canonicalizedBody: rekor.Payload.body
    })
  }
  const json = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      ...(certificates.length > 0
        ? { x509CertificateChain: { certificates: [{ rawBytes: certificates[0]!.toString('base64') }] } }
        : { publicKey: { hint: '' } }),
      tlogEntries,
      timestampVerificationData: { rfc3161Timestamps: [] }
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(payload).digest('base64') },
      signature
    }
  }
  try {
    bundleFromJSON(json)
  } catch (error) {
    throw sigstoreError('BUNDLE_INVALID', `the cosign signature cannot be read: ${(error as Error).message}`)
  }
  return json as unknown as SerializedBundle
}

/**
 * The cosign annotations for a message-signature bundle over a simple-signing
 * payload: what cosign writes beside the layer. Used to publish signatures in the
 * legacy layout for verifiers that only read it.
 */
export function cosignAnnotations(bundle: SerializedBundle, chainPem = ''): Record<string, string> {
  const b = bundle as unknown as {
    messageSignature?: { signature: string }
    verificationMaterial: {
      certificate?: { rawBytes: string }
      x509CertificateChain?: { certificates: Array<{ rawBytes: string }> }
      tlogEntries?: Array<{
        logIndex: string
        logId: { keyId: string }
        integratedTime: string
        inclusionPromise?: { signedEntryTimestamp: string }
        canonicalizedBody: string
      }>
    }
  }
  if (!b.messageSignature) throw sigstoreError('BUNDLE_INVALID', 'only message-signature bundles map to cosign layers')
  const annotations: Record<string, string> = { [COSIGN_SIGNATURE]: b.messageSignature.signature }
  const vm = b.verificationMaterial
  const cert = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes
  if (cert) {
    const lines = cert.match(/.{1,64}/g)!.join('\n')
    annotations[COSIGN_CERTIFICATE] = `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`
    annotations[COSIGN_CHAIN] = chainPem
  }
  const entry = (vm.tlogEntries ?? [])[0]
  if (entry?.inclusionPromise) {
    annotations[COSIGN_BUNDLE] = JSON.stringify({
      SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
      Payload: {
        body: entry.canonicalizedBody,
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
      }
    })
  }
  return annotations
}
