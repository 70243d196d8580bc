/**
 * Signing the record's in-toto statement. `RecordSigner` is the seam: the offline
 * key signer here writes a DSSE envelope (ECDSA P-256 with SHA-256, or Ed25519) over
 * the DSSE pre-authentication encoding; the Sigstore keyless signer (`keyless.ts`:
 * Fulcio, Rekor and a timestamp authority) plugs in through `registerKeylessSigner`
 * and writes a Sigstore bundle instead.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'
import { GateError, type Resource } from '@ai-act-gates/core'

/** The DSSE payload type of an in-toto statement. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/** A DSSE envelope (https://github.com/secure-systems-lab/dsse, envelope.md). */
export interface DsseEnvelope {
  payloadType: string
  /** Base64 of the payload bytes. */
  payload: string
  signatures: Array<{ keyid: string; sig: string }>
}

/** What a signer produced, ready to be written next to the record. */
export interface SignedStatement {
  /** File name suffix, such as `.dsse.json` or `.sigstore.json`. */
  extension: string
  /** Media type of the document. */
  mediaType: string
  /** The envelope or bundle, as JSON. */
  document: unknown
}

/** Who or what signs, as recorded in the record before signing. */
export interface SignerIdentity {
  /** `key` (a key the user holds), `ephemeral` (a key made for this run only) or `sigstore-keyless`. */
  kind: 'key' | 'ephemeral' | 'sigstore-keyless'
  /** Signature algorithm, such as `ecdsa-p256-sha256` or `ed25519`. */
  algorithm?: string
  /** Hex SHA-256 of the DER SubjectPublicKeyInfo. */
  keyId?: string
  /** PEM public key, for key and ephemeral signers. */
  publicKey?: string
  /** Certificate identity and issuer, for keyless signing. */
  identity?: string
  issuer?: string
}

/** Signs a statement. Implementations never see the record's file system. */
export interface RecordSigner {
  /** What the record says about the signer. */
  readonly identity: SignerIdentity
  /** Signs `payload` (the statement's JSON bytes) of type `payloadType`. */
  sign(payload: Uint8Array, payloadType: string): Promise<SignedStatement>
}

/** DSSE v1 pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'utf8'),
    type,
    Buffer.from(` ${payload.length} `, 'utf8'),
    Buffer.from(payload)
  ])
}

function algorithmOf(key: KeyObject): 'ecdsa-p256-sha256' | 'ed25519' {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519'
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return 'ecdsa-p256-sha256'
  throw new GateError(
    'INPUT_INVALID',
    `unsupported signing key type ${key.asymmetricKeyType}${key.asymmetricKeyDetails?.namedCurve ? ` (${key.asymmetricKeyDetails.namedCurve})` : ''}`,
    {
      field: 'signing-key',
      hint: 'Use an ECDSA P-256 or Ed25519 private key in PKCS#8 PEM'
    }
  )
}

/** Hex SHA-256 of a public key's DER SubjectPublicKeyInfo: the DSSE keyid. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
}

/** A signer holding a private key in memory. */
export class KeySigner implements RecordSigner {
  readonly identity: SignerIdentity
  private readonly key: KeyObject
  private readonly algorithm: 'ecdsa-p256-sha256' | 'ed25519'

  constructor(privateKey: KeyObject, kind: 'key' | 'ephemeral' = 'key') {
    this.key = privateKey
    this.algorithm = algorithmOf(privateKey)
    const publicKey = createPublicKey(privateKey)
    this.identity = {
      kind,
      algorithm: this.algorithm,
      keyId: keyIdOf(publicKey),
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString()
    }
  }

  /** Reads a PKCS#8 (or SEC1) PEM private key; a bad key is a GateError naming `field`. */
  static fromPem(pem: string, field = 'signing-key', file?: string): KeySigner {
    try {
      return new KeySigner(createPrivateKey({ key: pem, format: 'pem' }))
    } catch (error) {
      if (error instanceof GateError) throw error
      throw new GateError('INPUT_INVALID', `not a usable PEM private key: ${(error as Error).message}`, {
        field,
        ...(file ? { file } : {}),
        hint: 'Give an unencrypted ECDSA P-256 or Ed25519 private key in PEM'
      })
    }
  }

  /** A fresh P-256 key that exists for this run only. */
  static ephemeral(): KeySigner {
    return new KeySigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, 'ephemeral')
  }

  async sign(payload: Uint8Array, payloadType: string): Promise<SignedStatement> {
    const message = pae(payloadType, payload)
    const sig = this.algorithm === 'ed25519' ? sign(null, message, this.key) : sign('sha256', message, this.key)
    const envelope: DsseEnvelope = {
      payloadType,
      payload: Buffer.from(payload).toString('base64'),
      signatures: [{ keyid: this.identity.keyId!, sig: sig.toString('base64') }]
    }
    return { extension: '.dsse.json', mediaType: 'application/vnd.dsse.envelope.v1+json', document: envelope }
  }
}

/** Verifies a DSSE envelope with a PEM public key; returns the payload bytes or throws SIGNATURE_INVALID. */
export function verifyEnvelope(envelope: DsseEnvelope, publicKeyPem: string): Buffer {
  const publicKey = createPublicKey(publicKeyPem)
  const keyId = keyIdOf(publicKey)
  const payload = Buffer.from(envelope.payload, 'base64')
  const message = pae(envelope.payloadType, payload)
  const algorithm = publicKey.asymmetricKeyType === 'ed25519' ? null : 'sha256'
  const good = envelope.signatures.some(
    s => (s.keyid === '' || s.keyid === keyId) && verify(algorithm, message, publicKey, Buffer.from(s.sig, 'base64'))
  )
  if (!good) throw new GateError('SIGNATURE_INVALID', `no signature of the envelope verifies with key ${keyId}`)
  return payload
}

/** What a keyless signer factory is given. */
export interface KeylessSignerOptions {
  /** The environment: SIGSTORE_ID_TOKEN, or the Actions token service (ACTIONS_ID_TOKEN_REQUEST_*). */
  env: NodeJS.ProcessEnv
  /** Cancelled when the run is interrupted. */
  signal: AbortSignal
  /** A private Sigstore's trusted_root.json (absolute and display path); public-good when absent. */
  trustedRoot?: { absolute: string; display: string }
  /** Records every external resource the signer touches (OIDC, TUF, Fulcio, Rekor, TSA). */
  recordResource(resource: Omit<Resource, 'at'> & { at?: string }): void
}

/** Builds a Sigstore keyless signer; it gets its token and states its identity before returning. */
export type KeylessSignerFactory = (options: KeylessSignerOptions) => Promise<RecordSigner>

let keylessFactory: KeylessSignerFactory | undefined

/**
 * The seam for Sigstore keyless signing: `keyless.ts` registers its factory here when
 * the package index is imported (so the action, the CLI and the root action all have
 * it). The factory returns a RecordSigner whose identity is the one Fulcio will
 * certify and whose `sign` returns `{ extension: '.sigstore.json', mediaType:
 * 'application/vnd.dev.sigstore.bundle.v0.3+json', document: bundle }`.
 */
export function registerKeylessSigner(factory: KeylessSignerFactory | undefined): void {
  keylessFactory = factory
}

/** The registered keyless signer factory, if any. */
export function keylessSignerFactory(): KeylessSignerFactory | undefined {
  return keylessFactory
}
