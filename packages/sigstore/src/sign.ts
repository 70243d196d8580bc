/**
 * Signing into Sigstore bundles v0.3: an in-toto statement as a DSSE envelope, or a
 * blob as a message signature. Keyless (a Fulcio certificate for the OIDC identity)
 * or with a private key for air-gapped use; witnessed by Rekor and a timestamp
 * authority when their URLs are given.
 */
import { createPrivateKey, createPublicKey, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle'
import {
  DSSEBundleBuilder,
  FulcioSigner,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signer,
  type Witness
} from '@sigstore/sign'
import { sigstoreError } from './errors.js'
import { IN_TOTO_PAYLOAD_TYPE, type InTotoStatement } from './statement.js'

/** Keyless signing: a short-lived Fulcio certificate for an OIDC identity. */
export interface KeylessSigning {
  mode: 'keyless'
  /** The OIDC identity token (see getIdentityToken). */
  identityToken: string
  /** Fulcio base URL. */
  fulcioURL: string
  /** Rekor base URL, required: a keyless signature without a log entry could not be dated. */
  rekorURL?: string
  /** Timestamp authority base URL, for an RFC 3161 signed timestamp as well. */
  tsaURL?: string
}

/** Signing with a private key (PEM, PKCS#8 or SEC1). */
export interface KeySigning {
  mode: 'key'
  /** The private key, PEM. */
  privateKey: string
  /** Passphrase of an encrypted key. */
  passphrase?: string
  /** Rekor base URL; leave out to sign offline. */
  rekorURL?: string
  /** Timestamp authority base URL. */
  tsaURL?: string
}

/** How to sign. */
export type SigningOptions = KeylessSigning | KeySigning

/** A signed bundle in its JSON form (Sigstore bundle v0.3). */
export type SignedBundle = SerializedBundle

function keySigner(options: KeySigning): Signer {
  let key: KeyObject
  try {
    key = createPrivateKey(
      options.passphrase ? { key: options.privateKey, passphrase: options.passphrase } : options.privateKey
    )
  } catch (error) {
    throw sigstoreError('SIGNING_FAILED', `the signing key cannot be read: ${(error as Error).message}`, {
      field: 'key',
      cause: error
    })
  }
  const publicKey = createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString()
  const algorithm = key.asymmetricKeyType === 'ed25519' ? null : 'sha256'
  return {
    sign: async data => ({
      signature: cryptoSign(algorithm, data, key),
      key: { $case: 'publicKey', publicKey }
    })
  }
}

function witnesses(options: SigningOptions, entryType?: 'dsse'): Witness[] {
  const list: Witness[] = []
  if (options.rekorURL) {
    list.push(new RekorWitness({ rekorBaseURL: options.rekorURL, ...(entryType ? { entryType } : {}) }))
  }
  if (options.tsaURL) list.push(new TSAWitness({ tsaBaseURL: options.tsaURL }))
  return list
}

function signer(options: SigningOptions): Signer {
  if (options.mode === 'key') return keySigner(options)
  if (!options.rekorURL) {
    throw sigstoreError('SIGNING_FAILED', 'keyless signing needs a transparency log (Rekor) and none is configured', {
      field: 'trusted-root'
    })
  }
  return new FulcioSigner({
    fulcioBaseURL: options.fulcioURL,
    identityProvider: { getToken: async () => options.identityToken }
  })
}

async function build<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SIGNING_FAILED') throw error
    const cause = (error as { cause?: { message?: string } }).cause?.message
    throw sigstoreError(
      'SIGNING_FAILED',
      `signing the ${what} failed: ${(error as Error).message}${cause ? ` (${cause})` : ''}`,
      { field: 'signing', cause: error }
    )
  }
}

/** Signs an in-toto statement into a DSSE Sigstore bundle v0.3. */
export async function signStatement(statement: InTotoStatement, options: SigningOptions): Promise<SignedBundle> {
  const data = Buffer.from(JSON.stringify(statement))
  return signPayload(data, IN_TOTO_PAYLOAD_TYPE, options)
}

/** Signs any payload (with its DSSE payload type) into a DSSE Sigstore bundle v0.3. */
export async function signPayload(data: Buffer, payloadType: string, options: SigningOptions): Promise<SignedBundle> {
  const builder = new DSSEBundleBuilder({ signer: signer(options), witnesses: witnesses(options, 'dsse') })
  const bundle = await build('statement', () => builder.create({ data, type: payloadType }))
  return bundleToJSON(bundle)
}

/** Signs a blob (its SHA-256 digest) into a message-signature Sigstore bundle v0.3. */
export async function signBlob(data: Buffer, options: SigningOptions): Promise<SignedBundle> {
  const builder = new MessageSignatureBundleBuilder({ signer: signer(options), witnesses: witnesses(options) })
  const bundle = await build('blob', () => builder.create({ data }))
  return bundleToJSON(bundle)
}
