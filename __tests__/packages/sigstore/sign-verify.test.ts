import { generateKeyPairSync } from 'node:crypto'
import {
  parseTrustedRoot,
  servicesOf,
  signBlob,
  signStatement,
  verifyBundle,
  getIdentityToken,
  type InTotoStatement,
  type LoadedTrustedRoot
} from '@ai-act-gates/sigstore'
import {
  githubClaims,
  githubIdentity,
  startSigstoreMock,
  startTokenService,
  unsignedJwt,
  type SigstoreMock
} from '../../helpers/sigstore-mock.js'

const DIGEST = 'sha256:' + 'c'.repeat(64)
const statement: InTotoStatement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'registry.example/acme/recruit', digest: { sha256: 'c'.repeat(64) } }],
  predicateType: 'https://cyclonedx.org/bom',
  predicate: { bomFormat: 'CycloneDX', specVersion: '1.6' }
}
const claims = githubClaims()
const identity = githubIdentity(claims)
const issuer = claims.iss!
const token = unsignedJwt({ ...claims, sub: identity })

let mock: SigstoreMock
let root: LoadedTrustedRoot
beforeAll(async () => {
  mock = await startSigstoreMock()
  root = parseTrustedRoot(JSON.stringify(mock.trustedRoot), 'mock-root.json')
})
afterAll(async () => mock?.stop())

describe('keyless signing against the mock Fulcio, Rekor and TSA', () => {
  test('the trusted root names the services to sign with', () => {
    expect(servicesOf(root)).toEqual({ fulcioURL: mock.fulcioURL, rekorURL: mock.rekorURL, tsaURL: mock.tsaURL })
  })

  test('a statement signs into a v0.3 DSSE bundle that verifies for the identity, issuer and digest', async () => {
    const bundle = await signStatement(statement, { mode: 'keyless', identityToken: token, ...servicesOf(root) })
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    const result = verifyBundle(
      bundle,
      { digest: DIGEST },
      { trust: root, policy: { certificateIdentity: identity, certificateOidcIssuer: issuer } }
    )
    expect(result).toMatchObject({ kind: 'dsse', method: 'certificate', rfc3161Timestamps: 1 })
    expect(result.claims).toMatchObject({
      subjectAlternativeName: identity,
      issuer,
      githubWorkflowRepository: 'acme/recruitment-screening',
      githubWorkflowRef: 'refs/heads/main',
      githubWorkflowTrigger: 'push'
    })
    expect(result.tlogEntries).toHaveLength(1)
    expect(result.statement?.predicateType).toBe('https://cyclonedx.org/bom')
    expect(mock.requests).toEqual(
      expect.arrayContaining(['POST /api/v2/signingCert', 'POST /api/v1/log/entries', 'POST /api/v1/timestamp'])
    )
  })

  test.each([
    [
      'another identity',
      { certificateIdentity: 'https://github.com/evil/x', certificateOidcIssuer: issuer },
      /identity is '.*', expected 'https:\/\/github.com\/evil\/x'/
    ],
    [
      'another issuer',
      { certificateIdentity: identity, certificateOidcIssuer: 'https://accounts.google.com' },
      /OIDC issuer is 'https:\/\/token.actions.githubusercontent.com', expected/
    ],
    [
      'an identity pattern that only matches a prefix',
      { certificateIdentityRegexp: 'https://github.com/acme/', certificateOidcIssuer: issuer },
      /does not match/
    ],
    [
      'another workflow repository',
      { certificateIdentity: identity, certificateOidcIssuer: issuer, githubWorkflowRepository: 'acme/other' },
      /GitHub workflow repository is 'acme\/recruitment-screening', expected 'acme\/other'/
    ],
    [
      'another workflow trigger',
      { certificateIdentity: identity, certificateOidcIssuer: issuer, githubWorkflowTrigger: 'workflow_dispatch' },
      /trigger is 'push'/
    ]
  ])('a policy with %s rejects it', async (_n, policy, message) => {
    const bundle = await signStatement(statement, { mode: 'keyless', identityToken: token, ...servicesOf(root) })
    expect(() => verifyBundle(bundle, { digest: DIGEST }, { trust: root, policy })).toThrow(message)
  })

  test('patterns match the whole identity and issuer', async () => {
    const bundle = await signStatement(statement, { mode: 'keyless', identityToken: token, ...servicesOf(root) })
    const policy = {
      certificateIdentityRegexp: 'https://github\\.com/acme/.+/\\.github/workflows/release\\.yml@refs/heads/main',
      certificateOidcIssuerRegexp: 'https://token\\.actions\\.githubusercontent\\.com'
    }
    expect(verifyBundle(bundle, { digest: DIGEST }, { trust: root, policy }).kind).toBe('dsse')
  })

  test('a statement for another digest, a tampered payload and another trusted root all fail', async () => {
    const bundle = await signStatement(statement, { mode: 'keyless', identityToken: token, ...servicesOf(root) })
    const policy = { certificateIdentity: identity, certificateOidcIssuer: issuer }
    expect(() => verifyBundle(bundle, { digest: 'sha256:' + 'd'.repeat(64) }, { trust: root, policy })).toThrow(
      expect.objectContaining({ code: 'SUBJECT_MISMATCH' })
    )
    const tampered = structuredClone(bundle) as any
    const payload = JSON.parse(Buffer.from(tampered.dsseEnvelope.payload, 'base64').toString())
    payload.predicate.specVersion = '1.5'
    tampered.dsseEnvelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64')
    expect(() => verifyBundle(tampered, { digest: DIGEST }, { trust: root, policy })).toThrow(
      expect.objectContaining({ code: 'SIGNATURE_INVALID' })
    )
    const other = await startSigstoreMock()
    try {
      const otherRoot = parseTrustedRoot(JSON.stringify(other.trustedRoot), 'other.json')
      expect(() => verifyBundle(bundle, { digest: DIGEST }, { trust: otherRoot, policy })).toThrow(
        expect.objectContaining({ code: 'SIGNATURE_INVALID' })
      )
    } finally {
      await other.stop()
    }
  })

  test('the OIDC token comes from the GitHub Actions token service', async () => {
    const service = await startTokenService(claims)
    try {
      const got = await getIdentityToken(service.env)
      expect(got.source).toBe('github-actions')
      const bundle = await signBlob(Buffer.from('model weights'), {
        mode: 'keyless',
        identityToken: got.token,
        ...servicesOf(root)
      })
      const result = verifyBundle(
        bundle,
        { artifact: Buffer.from('model weights') },
        { trust: root, policy: { certificateIdentity: identity, certificateOidcIssuer: issuer } }
      )
      expect(result.kind).toBe('message-signature')
      expect(() =>
        verifyBundle(
          bundle,
          { artifact: Buffer.from('other weights') },
          { trust: root, policy: { certificateIdentity: identity, certificateOidcIssuer: issuer } }
        )
      ).toThrow(expect.objectContaining({ code: 'SIGNATURE_INVALID' }))
    } finally {
      await service.stop()
    }
    await expect(getIdentityToken({})).rejects.toMatchObject({ code: 'OIDC_UNAVAILABLE' })
  })
})

describe('certificates are judged at the signed time, never at verification time', () => {
  // A Fulcio certificate lives ten minutes; a signed timestamp (the log's SET or a TSA's
  // RFC 3161 token) must show the signature was made inside them. The real, long-expired
  // certificates of the conformance suite and of cosign's fixture are checked elsewhere.
  test('a bundle with no timestamp at all fails, whatever its certificate', async () => {
    const bundle = await signStatement(statement, { mode: 'keyless', identityToken: token, ...servicesOf(root) })
    const stripped = structuredClone(bundle) as any
    stripped.verificationMaterial.tlogEntries = []
    stripped.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] }
    expect(() =>
      verifyBundle(
        stripped,
        { digest: DIGEST },
        { trust: root, policy: { certificateIdentity: identity, certificateOidcIssuer: issuer } }
      )
    ).toThrow(/TIMESTAMP_ERROR: expected 1 timestamps, got 0/)
  })

  test('a log entry and timestamp dated outside the certificate validity fail', async () => {
    const later = await startSigstoreMock({ caClock: new Date(Date.now() + 60 * 60 * 1000) })
    try {
      const laterRoot = parseTrustedRoot(JSON.stringify(later.trustedRoot), 'later.json')
      const bundle = await signStatement(statement, {
        mode: 'keyless',
        identityToken: token,
        ...servicesOf(laterRoot)
      })
      expect(() =>
        verifyBundle(
          bundle,
          { digest: DIGEST },
          { trust: laterRoot, policy: { certificateIdentity: identity, certificateOidcIssuer: issuer } }
        )
      ).toThrow(/CERTIFICATE_ERROR: .*not valid or expired at the specified date/)
    } finally {
      await later.stop()
    }
  })
})

describe('signing with a key', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const priv = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  const pub = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const otherPub = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .publicKey.export({ format: 'pem', type: 'spki' })
    .toString()

  test('offline (no log) verifies only when the verifier accepts no log, and only with the right key', async () => {
    const bundle = await signStatement(statement, { mode: 'key', privateKey: priv })
    expect(bundle.verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(verifyBundle(bundle, { digest: DIGEST }, { trust: root, publicKey: pub, ignoreTlog: true }).method).toBe(
      'public-key'
    )
    expect(() => verifyBundle(bundle, { digest: DIGEST }, { trust: root, publicKey: pub })).toThrow(/tlog|timestamp/i)
    expect(() =>
      verifyBundle(bundle, { digest: DIGEST }, { trust: root, publicKey: otherPub, ignoreTlog: true })
    ).toThrow(/SIGNATURE_ERROR/)
    expect(() =>
      verifyBundle(bundle, { digest: DIGEST }, { trust: root, policy: { certificateIdentity: identity } })
    ).toThrow(/signed with a key, but a keyless identity was expected/)
  })

  test('witnessed by Rekor and the TSA, it verifies with the log required', async () => {
    const { rekorURL, tsaURL } = servicesOf(root)
    const bundle = await signStatement(statement, {
      mode: 'key',
      privateKey: priv,
      rekorURL: rekorURL!,
      tsaURL: tsaURL!
    })
    const result = verifyBundle(bundle, { digest: DIGEST }, { trust: root, publicKey: pub })
    expect(result.tlogEntries).toHaveLength(1)
  })
})
