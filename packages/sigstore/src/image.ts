/**
 * Sigstore material on images in an OCI registry: bundles attached as OCI 1.1
 * referrers (the layout of `cosign attest --new-bundle-format`, GitHub's
 * attestations and `@sigstore/oci`), and signatures in cosign's legacy `.sig` tag.
 */
import { GateError } from '@ai-act-gates/core'
import {
  cosignSignatureTag,
  OCI_EMPTY,
  OCI_EMPTY_BYTES,
  OCI_MANIFEST,
  type Descriptor,
  type ImageManifest,
  type ImageReference,
  type OciClient,
  type ReferrersSource
} from '@ai-act-gates/oci'
import type { SerializedBundle } from '@sigstore/bundle'
import { SIMPLE_SIGNING_MEDIA_TYPE } from './cosign.js'
import { parseJsonText } from './json.js'

/** Artifact type (and layer media type) of a Sigstore bundle v0.3 referrer. */
export const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
/** Annotation naming the bundle's content (`dsse-envelope` or `message-signature`). */
export const BUNDLE_CONTENT_ANNOTATION = 'dev.sigstore.bundle.content'
/** Annotation naming an attestation's predicate type. */
export const PREDICATE_TYPE_ANNOTATION = 'dev.sigstore.bundle.predicateType'
/** Largest bundle read from a registry. */
export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024

/** The manifest a referrer points at. */
export interface SubjectDescriptor {
  digest: string
  mediaType: string
  size: number
}

/** Attaches a bundle to an image as an OCI 1.1 referrer (with the referrers-tag fallback). */
export async function attachBundle(
  client: OciClient,
  ref: ImageReference,
  subject: SubjectDescriptor,
  bundle: SerializedBundle | Uint8Array,
  predicateType?: string
): Promise<{ digest: string; via: 'referrers-api' | 'referrers-tag'; bundleDigest: string; bundleSize: number }> {
  const bytes = bundle instanceof Uint8Array ? bundle : Buffer.from(JSON.stringify(bundle))
  const layer = await client.putBlob(ref, bytes, BUNDLE_ARTIFACT_TYPE)
  const config = await client.putBlob(ref, OCI_EMPTY_BYTES, OCI_EMPTY)
  const annotations: Record<string, string> = {
    [BUNDLE_CONTENT_ANNOTATION]: predicateType ? 'dsse-envelope' : 'message-signature',
    'org.opencontainers.image.created': new Date().toISOString()
  }
  if (predicateType) annotations[PREDICATE_TYPE_ANNOTATION] = predicateType
  const manifest: ImageManifest & { mediaType: string } = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_ARTIFACT_TYPE,
    config,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations
  }
  const attached = await client.attachReferrer(
    ref,
    Buffer.from(JSON.stringify(manifest)),
    OCI_MANIFEST,
    { artifactType: BUNDLE_ARTIFACT_TYPE, annotations },
    subject.digest
  )
  return { ...attached, bundleDigest: layer.digest, bundleSize: layer.size }
}

/** A bundle found among an image's referrers. */
export interface FoundBundle {
  /** Digest of the referrer manifest. */
  manifestDigest: string
  /** The predicate type its annotations declare (checked again after verification). */
  predicateType?: string
  /** The bundle's JSON, or the reason it could not be read. */
  bundle?: unknown
  error?: string
  /** Where it was found. */
  via: ReferrersSource
}

/** Reads every Sigstore bundle attached to a digest. A referrer that cannot be read is reported, not skipped. */
export async function findBundles(client: OciClient, ref: ImageReference, digest: string): Promise<FoundBundle[]> {
  const { descriptors, source } = await client.referrers(ref, digest)
  const bundles = descriptors.filter(d => (d.artifactType ?? '').startsWith('application/vnd.dev.sigstore.bundle'))
  const found: FoundBundle[] = []
  for (const d of bundles) {
    const entry: FoundBundle = { manifestDigest: d.digest, via: source }
    const pt = d.annotations?.[PREDICATE_TYPE_ANNOTATION]
    if (pt) entry.predicateType = pt
    try {
      const manifest = await client.getManifest(ref, d.digest)
      if (!manifest) throw new GateError('REFERRER_MISSING', `referrer ${d.digest} is listed but not in the registry`)
      const m = manifest.json as unknown as ImageManifest
      if (m.subject?.digest !== digest) {
        throw new GateError('SUBJECT_MISMATCH', `referrer ${d.digest} names subject ${m.subject?.digest ?? 'none'}`)
      }
      const layer = m.layers?.[0]
      if (!layer) throw new GateError('BUNDLE_INVALID', `referrer ${d.digest} has no layer`)
      const bytes = await client.getBlob(ref, layer.digest, MAX_BUNDLE_BYTES)
      entry.bundle = parseJsonText(bytes.toString('utf8'), `${d.digest}:${layer.digest}`)
    } catch (error) {
      if (error instanceof GateError && error.code === 'NETWORK') throw error
      entry.error = (error as Error).message
    }
    found.push(entry)
  }
  return found
}

/** One signature from a cosign `.sig` tag. */
export interface CosignSignature {
  /** Digest of the simple-signing layer (the payload). */
  layerDigest: string
  /** The payload bytes, or undefined with `error` when unreadable. */
  payload?: Buffer
  annotations: Record<string, string>
  error?: string
}

/** Reads the signatures in cosign's legacy `sha256-<digest>.sig` tag; none when the tag is absent. */
export async function findCosignSignatures(
  client: OciClient,
  ref: ImageReference,
  digest: string
): Promise<{ tag: string; signatures: CosignSignature[] }> {
  const tag = cosignSignatureTag(digest)
  const manifest = await client.getManifest(ref, tag)
  if (!manifest) return { tag, signatures: [] }
  const layers = ((manifest.json as unknown as ImageManifest).layers ?? []).filter(
    l => l.mediaType === SIMPLE_SIGNING_MEDIA_TYPE
  )
  const signatures: CosignSignature[] = []
  for (const layer of layers) {
    const sig: CosignSignature = { layerDigest: layer.digest, annotations: layer.annotations ?? {} }
    try {
      sig.payload = await client.getBlob(ref, layer.digest, 1024 * 1024)
    } catch (error) {
      if (error instanceof GateError && error.code === 'NETWORK') throw error
      sig.error = (error as Error).message
    }
    signatures.push(sig)
  }
  return { tag, signatures }
}

/** Appends a signature to cosign's legacy `.sig` tag (creating it), as cosign does. */
export async function writeCosignSignature(
  client: OciClient,
  ref: ImageReference,
  digest: string,
  payload: Buffer,
  annotations: Record<string, string>
): Promise<string> {
  const tag = cosignSignatureTag(digest)
  const current = await client.getManifest(ref, tag)
  const layers: Descriptor[] = current ? ((current.json as unknown as ImageManifest).layers ?? []) : []
  const layer = await client.putBlob(ref, payload, SIMPLE_SIGNING_MEDIA_TYPE)
  layers.push({ ...layer, annotations })
  const config = Buffer.from(
    JSON.stringify({
      architecture: '',
      os: '',
      config: {},
      rootfs: { type: 'layers', diff_ids: layers.map(l => l.digest) }
    })
  )
  const configDesc = await client.putBlob(ref, config, 'application/vnd.oci.image.config.v1+json')
  const manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST, config: configDesc, layers }
  const put = await client.putManifest(ref, Buffer.from(JSON.stringify(manifest)), OCI_MANIFEST, tag)
  return put.digest
}
