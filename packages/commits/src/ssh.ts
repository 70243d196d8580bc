/**
 * SSH keys and signatures, read far enough to name the key: the fingerprint of a
 * public key line, and the public key inside an armored `SSHSIG` signature. Checking
 * the signature itself is left to git and ssh-keygen.
 */
import { createHash } from 'node:crypto'

/** Key types git's allowed_signers file (and ssh-keygen -Y) accept for signing. */
export const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'sk-ssh-ed25519@openssh.com'
] as const

/** The `SHA256:...` fingerprint of a public key blob, as ssh-keygen prints it. */
export function sshFingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`
}

/** Reads an SSH wire-format string (uint32 length + bytes) at `offset`. */
function readString(buf: Buffer, offset: number): { value: Buffer; next: number } | undefined {
  if (offset + 4 > buf.length) return undefined
  const len = buf.readUInt32BE(offset)
  if (offset + 4 + len > buf.length) return undefined
  return { value: buf.subarray(offset + 4, offset + 4 + len), next: offset + 4 + len }
}

/**
 * Checks a base64 key blob from a public key line: it must decode and name the same
 * key type as the line. Returns the decoded blob, or a reason it is not a key.
 */
export function decodeSshPublicKey(keyType: string, base64: string): { blob: Buffer } | { problem: string } {
  if (!(SSH_KEY_TYPES as readonly string[]).includes(keyType)) {
    return { problem: `'${keyType}' is not an SSH signing key type; use one of ${SSH_KEY_TYPES.join(', ')}` }
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return { problem: 'the key is not base64' }
  const blob = Buffer.from(base64, 'base64')
  const inner = readString(blob, 0)
  if (!inner || inner.value.toString('latin1') !== keyType) {
    return { problem: `the key data does not hold a ${keyType} key` }
  }
  return { blob }
}

/** What an armored SSH signature says about itself. */
export interface SshSignatureInfo {
  /** Fingerprint of the signing public key. */
  fingerprint: string
  /** Key type of the signing key. */
  keyType: string
  /** Namespace the signature was made for (`git` for commits). */
  namespace: string
}

/** Reads the signing key and namespace out of an `-----BEGIN SSH SIGNATURE-----` block. */
export function readSshSignature(armored: string): SshSignatureInfo | undefined {
  const body = armored.replace(/-----(BEGIN|END) SSH SIGNATURE-----/g, '').replace(/\s+/g, '')
  const buf = Buffer.from(body, 'base64')
  if (buf.subarray(0, 6).toString('latin1') !== 'SSHSIG') return undefined
  const key = readString(buf, 10)
  if (!key) return undefined
  const namespace = readString(buf, key.next)
  const keyType = readString(key.value, 0)
  if (!namespace || !keyType) return undefined
  return {
    fingerprint: sshFingerprint(key.value),
    keyType: keyType.value.toString('latin1'),
    namespace: namespace.value.toString('utf8')
  }
}
