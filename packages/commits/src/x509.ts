/**
 * x509 commit signatures as gitsign makes them: a detached CMS (PKCS #7) SignedData
 * over the commit payload, signed with the ephemeral key of a short-lived Sigstore
 * Fulcio certificate. Verified here without gitsign:
 *
 * 1. the CMS signed attributes: content type, message digest = hash of the payload;
 * 2. the signature over the signed attributes with the certificate's key;
 * 3. the certificate chain to a Fulcio CA of the trusted root, every certificate valid
 *    at the signing time (the CMS signingTime attribute, never the commit date);
 * 4. an embedded SCT from a CT log of the trusted root, proving Fulcio logged the
 *    certificate;
 * 5. the identity (subject alternative name) and OIDC issuer (Fulcio OID
 *    1.3.6.1.4.1.57264.1.8, else .1.1) against the allow-list.
 *
 * What cannot be checked offline is said exactly: the commit carries no Rekor
 * inclusion proof, so with require-transparency-log the verdict is `unverifiable`.
 */
import { createHash, verify as verifySignature } from 'node:crypto'
import { ASN1Obj, X509Certificate } from '@sigstore/core'
import type { AllowList, X509Entry } from './allowlist.js'
import type { CommitObject } from './commit.js'
import { inWindow, type CertAuthority, type SigstoreTrust } from './trustedroot.js'
import type { SignatureCheck } from './verdict.js'

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  extKeyUsage: '2.5.29.37',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  fulcioIssuerV1: '1.3.6.1.4.1.57264.1.1',
  fulcioIssuerV2: '1.3.6.1.4.1.57264.1.8',
  sct: '1.3.6.1.4.1.11129.2.4.2'
}

const DIGESTS: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}

const SIGNATURE_DIGESTS: Record<string, string> = {
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512'
}

/** Options for {@link verifyX509}. */
export interface X509Options {
  /** The Sigstore trusted root, when one was given. */
  trust: SigstoreTrust | undefined
  /** Fail because Rekor inclusion cannot be checked offline. */
  requireTransparencyLog: boolean
}

/** The parts of a gitsign CMS signature the checks need. */
interface ParsedCms {
  certificates: X509Certificate[]
  serial: Buffer
  digestAlgorithm: string
  signedAttrs: ASN1Obj
  signatureDigest: string
  signature: Buffer
  attributes: Map<string, ASN1Obj[]>
}

class CmsError extends Error {}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new CmsError(what)
  return value
}

/** Parses a PEM `SIGNED MESSAGE` into its CMS parts. */
export function parseCms(armored: string): ParsedCms {
  const der = Buffer.from(armored.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, ''), 'base64')
  const root = ASN1Obj.parseBuffer(der as Buffer<ArrayBuffer>)
  if (root.subs[0]?.toOID() !== OID.signedData) throw new CmsError('not a CMS SignedData')
  const sd = need(root.subs[1]?.subs[0], 'no SignedData content')
  const encap = need(sd.subs[2], 'no encapsulated content info')
  if (encap.subs[0]?.toOID() !== OID.data) throw new CmsError('the signed content type is not id-data')
  if (encap.subs.length > 1) throw new CmsError('the signature is not detached: it embeds content')
  const certSet = sd.subs.find(s => s.tag.isContextSpecific(0))
  const certificates = (certSet?.subs ?? []).map(c => new X509Certificate(c))
  const signerInfos = need(sd.subs[sd.subs.length - 1], 'no signer infos')
  if (signerInfos.subs.length !== 1) throw new CmsError(`expected one signer, found ${signerInfos.subs.length}`)
  const si = signerInfos.subs[0]!
  const sid = need(si.subs[1], 'no signer identifier')
  if (sid.tag.isContextSpecific(0)) throw new CmsError('signer identified by key id, not issuer and serial number')
  const serial = need(sid.subs[1], 'no signer serial number').value
  const digestAlgorithm = need(
    DIGESTS[need(si.subs[2]?.subs[0], 'no digest algorithm').toOID()],
    'unsupported digest algorithm'
  )
  const signedAttrs = need(si.subs[3], 'no signed attributes')
  if (!signedAttrs.tag.isContextSpecific(0)) throw new CmsError('no signed attributes')
  const sigAlgOid = need(si.subs[4]?.subs[0], 'no signature algorithm').toOID()
  const signatureDigest = SIGNATURE_DIGESTS[sigAlgOid] ?? digestAlgorithm
  const signature = need(si.subs[5], 'no signature value').value
  const attributes = new Map<string, ASN1Obj[]>()
  for (const attr of signedAttrs.subs) attributes.set(attr.subs[0]!.toOID(), attr.subs[1]?.subs ?? [])
  return { certificates, serial, digestAlgorithm, signedAttrs, signatureDigest, signature, attributes }
}

/** The Fulcio OIDC issuer of a certificate. */
export function fulcioIssuer(cert: X509Certificate): string | undefined {
  const v2 = cert.extension(OID.fulcioIssuerV2)
  if (v2) {
    const inner = ASN1Obj.parseBuffer(v2.value as Buffer<ArrayBuffer>)
    return inner.value.toString('utf8')
  }
  return cert.extension(OID.fulcioIssuerV1)?.value.toString('utf8')
}

/** The identity (email or URI subject alternative name) of a certificate. */
export function certificateIdentity(cert: X509Certificate): string | undefined {
  const san = cert.extSubjectAltName
  return san?.rfc822Name ?? san?.uri
}

/** The chain from `leaf` through one of the authorities valid at `time`, or why there is none. */
function verifyChain(
  leaf: X509Certificate,
  authorities: CertAuthority[],
  time: Date
): { ca: CertAuthority } | { problem: string } {
  const candidates = authorities.filter(a => inWindow(a.validFor, time))
  if (candidates.length === 0) return { problem: `no Fulcio CA of the trusted root is valid at ${time.toISOString()}` }
  for (const ca of candidates) {
    const [issuer, ...rest] = ca.chain
    if (!issuer || !leaf.verify(issuer)) continue
    const path = [issuer, ...rest]
    const linked = path.every((c, i) => (i + 1 < path.length ? c.verify(path[i + 1]) : c.verify()))
    if (linked && path.every(c => c.isCA && c.validForDate(time))) return { ca }
  }
  return { problem: `the certificate does not chain to a Fulcio CA of the trusted root valid at ${time.toISOString()}` }
}

/** Verifies the embedded SCTs against the CT logs; returns the logs that vouch for the certificate. */
function verifyScts(
  leaf: X509Certificate,
  issuer: X509Certificate,
  trust: SigstoreTrust
): { logs: string[] } | { problem: string } {
  const ext = leaf.extSCT
  if (!ext || ext.signedCertificateTimestamps.length === 0) {
    return { problem: 'the certificate carries no SCT, so nothing shows it was logged in certificate transparency' }
  }
  const precert = leaf.clone()
  const exts = precert.extensions
  exts.splice(
    exts.findIndex(e => e.subs[0]!.toOID() === OID.sct),
    1
  )
  const tbs = precert.tbsCertificate.toDER()
  const length = Buffer.alloc(3)
  length.writeUIntBE(tbs.length, 0, 3)
  const signed = Buffer.concat([createHash('sha256').update(issuer.publicKey).digest(), length, tbs])
  const logs: string[] = []
  for (const sct of ext.signedCertificateTimestamps) {
    const log = trust.ctlogs.find(l => l.logId.equals(sct.logID) && inWindow(l.validFor, sct.datetime))
    if (!log) continue
    if (!sct.verify(signed, log.key)) return { problem: `the SCT from ${log.baseUrl || 'a CT log'} does not verify` }
    logs.push(log.baseUrl || sct.logID.toString('base64'))
  }
  if (logs.length === 0) return { problem: 'no SCT of the certificate comes from a CT log of the trusted root' }
  return { logs }
}

function hasCodeSigning(cert: X509Certificate): boolean {
  const eku = cert.extension(OID.extKeyUsage)
  if (!eku) return false
  const seq = ASN1Obj.parseBuffer(eku.value as Buffer<ArrayBuffer>)
  return seq.subs.some(s => s.toOID() === OID.codeSigning)
}

/** Verifies a gitsign (x509 CMS) commit signature. */
export function verifyX509(commit: CommitObject, list: AllowList, options: X509Options): SignatureCheck {
  let cms: ParsedCms
  try {
    cms = parseCms(commit.signature ?? '')
  } catch (error) {
    return {
      status: 'unverifiable',
      detail: `the x509 signature is not a readable CMS signature: ${(error as Error).message}`
    }
  }
  const leaf = cms.certificates.find(c => c.serialNumber.equals(cms.serial))
  if (!leaf) return { status: 'unverifiable', detail: 'the CMS signature does not include its signing certificate' }
  const identity = certificateIdentity(leaf) ?? '(no email or URI subject alternative name)'
  const issuer = fulcioIssuer(leaf) ?? '(no Fulcio issuer extension)'
  const keyId = `${identity} (${issuer})`
  const entry: X509Entry | undefined = list.x509.find(e => e.identity === identity && e.issuer === issuer)
  const base = { keyId, ...(entry ? { entry } : {}) }

  const contentType = cms.attributes.get(OID.contentType)?.[0]
  const digest = cms.attributes.get(OID.messageDigest)?.[0]
  const time = cms.attributes.get(OID.signingTime)?.[0]
  if (!contentType || contentType.toOID() !== OID.data || !digest) {
    return {
      ...base,
      status: 'unverifiable',
      detail: 'the CMS signed attributes lack the content type or message digest'
    }
  }
  if (!time) {
    return {
      ...base,
      status: 'unverifiable',
      detail: 'the CMS signature has no signingTime, so the certificate cannot be checked at signing time'
    }
  }
  const signedAt = time.toDate()
  const at = { signedAt: signedAt.toISOString() }
  if (!createHash(cms.digestAlgorithm).update(commit.payload).digest().equals(digest.value)) {
    return {
      ...base,
      ...at,
      status: 'bad-signature',
      detail: `the x509 signature by ${keyId} does not match the commit: the commit was changed after it was signed`
    }
  }
  const signedBytes = Buffer.from(cms.signedAttrs.toDER())
  signedBytes[0] = 0x31
  let good = false
  try {
    good = verifySignature(
      cms.signatureDigest,
      signedBytes,
      { key: Buffer.from(leaf.publicKey), format: 'der', type: 'spki' },
      cms.signature
    )
  } catch {
    good = false
  }
  if (!good) {
    return {
      ...base,
      ...at,
      status: 'bad-signature',
      detail: `the CMS signature does not verify with the key of the certificate of ${keyId}`
    }
  }
  if (!options.trust) {
    return {
      ...base,
      ...at,
      status: 'unverifiable',
      detail: `x509 signature by ${keyId}: no Sigstore trusted root was given (input sigstore-trusted-root), so the Fulcio certificate cannot be checked`
    }
  }
  if (!leaf.validForDate(signedAt)) {
    return {
      ...base,
      ...at,
      status: 'untrusted-certificate',
      detail: `signed at ${at.signedAt}, outside the certificate's validity ${leaf.notBefore.toISOString()} to ${leaf.notAfter.toISOString()}`
    }
  }
  if (!hasCodeSigning(leaf) || leaf.extKeyUsage?.digitalSignature !== true) {
    return {
      ...base,
      ...at,
      status: 'untrusted-certificate',
      detail: 'the certificate is not a code-signing certificate (key usage or extended key usage)'
    }
  }
  const chain = verifyChain(leaf, options.trust.authorities, signedAt)
  if ('problem' in chain) return { ...base, ...at, status: 'untrusted-certificate', detail: chain.problem }
  const scts = verifyScts(leaf, chain.ca.chain[0]!, options.trust)
  if ('problem' in scts) return { ...base, ...at, status: 'untrusted-certificate', detail: scts.problem }
  if (!entry) {
    return {
      ...base,
      ...at,
      status: 'unknown-key',
      detail: `x509 certificate for ${identity} issued by ${issuer}, which the allow-list does not list`
    }
  }
  if (entry.revoked) {
    return {
      ...base,
      ...at,
      status: 'revoked-key',
      detail: `certificate identity ${keyId} is marked revoked in the allow-list`
    }
  }
  const verified = `CMS signature, Fulcio chain (${chain.ca.uri || 'trusted root'}) at the signing time ${at.signedAt} and SCT (${scts.logs.join(', ')}) verified`
  if (options.requireTransparencyLog) {
    return {
      ...base,
      ...at,
      status: 'unverifiable',
      detail: `x509 signature by ${keyId}: ${verified}, but its Rekor transparency-log entry cannot be verified offline (the commit carries no inclusion proof); set require-transparency-log: false to accept gitsign signatures without it`
    }
  }
  return {
    ...base,
    ...at,
    status: 'good',
    detail: `good x509 signature by ${keyId}: ${verified}; Rekor inclusion not checked (require-transparency-log: false)`
  }
}
