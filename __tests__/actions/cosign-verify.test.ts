import { generateKeyPairSync } from 'node:crypto'
import { cp, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { cosignVerifyGate } from '@ai-act-gates/cosign'
import { sbomAttestGate } from '@ai-act-gates/sbom'
import { OCI_MANIFEST, OciClient, parseReference } from '@ai-act-gates/oci'
import {
  attachBundle,
  COSIGN_BUNDLE,
  cosignAnnotations,
  parseTrustedRoot,
  servicesOf,
  signBlob,
  signStatement,
  simpleSigningPayload,
  writeCosignSignature,
  type SignedBundle,
  type SigningOptions
} from '@ai-act-gates/sigstore'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli } from '../helpers/cli.js'
import { describeWithFixtures, fixture, ROOT } from '../helpers/paths.js'
import { freePort, pushImage, startRegistry, type PushedImage, type TestRegistry } from '../helpers/registry.js'
import {
  githubClaims,
  githubIdentity,
  startSigstoreMock,
  startTokenService,
  unsignedJwt,
  type SigstoreMock
} from '../helpers/sigstore-mock.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const claims = githubClaims({ repository: 'example-org/recruitment-screening' })
const identity = githubIdentity(claims)
const ISSUER = claims.iss!
const intruder = githubClaims({ repository: 'intruder/fork' })

let registry: TestRegistry
let mock: SigstoreMock
let ws: string
let keyless: SigningOptions
let intruderKeyless: SigningOptions
const client = new OciClient()

beforeAll(async () => {
  registry = await startRegistry()
  mock = await startSigstoreMock()
  const services = servicesOf(parseTrustedRoot(JSON.stringify(mock.trustedRoot), 'mock'))
  keyless = { mode: 'keyless', identityToken: unsignedJwt({ ...claims, sub: identity }), ...services }
  intruderKeyless = {
    mode: 'keyless',
    identityToken: unsignedJwt({ ...intruder, sub: githubIdentity(intruder) }),
    ...services
  }
})
afterAll(async () => {
  await registry?.stop()
  await mock?.stop()
})
beforeEach(async () => {
  ws = await makeTempDir()
  await writeFile(path.join(ws, 'trusted_root.json'), JSON.stringify(mock.trustedRoot))
})
afterEach(async () => removeDir(ws))

let n = 0
async function image(): Promise<PushedImage> {
  n++
  return pushImage(registry.host, `example-org/app${n}`, 'v1', `build ${n}`)
}

/** cosign's legacy layout: a simple-signing payload signed as a blob, in the `.sig` tag. */
async function signLegacy(
  img: PushedImage,
  options: SigningOptions,
  change: {
    digest?: string
    annotations?: (a: Record<string, string>) => Record<string, string>
    payload?: (p: Buffer) => Buffer
  } = {}
): Promise<void> {
  const ref = parseReference(img.reference)
  const payload = simpleSigningPayload(`${ref.registry}/${ref.repository}`, change.digest ?? img.digest)
  const bundle = await signBlob(payload, options)
  const annotations = cosignAnnotations(bundle)
  await writeCosignSignature(
    client,
    ref,
    img.digest,
    change.payload ? change.payload(payload) : payload,
    change.annotations ? change.annotations(annotations) : annotations
  )
}

/** The referrers layout: a Sigstore bundle over the manifest attached as an OCI 1.1 referrer. */
async function signReferrer(img: PushedImage, options: SigningOptions, edit?: (b: any) => void): Promise<void> {
  const bundle = (await signBlob(img.manifest, options)) as any
  edit?.(bundle)
  await attachBundle(
    client,
    parseReference(img.reference),
    { digest: img.digest, mediaType: OCI_MANIFEST, size: img.manifest.length },
    bundle as SignedBundle
  )
}

async function attest(img: PushedImage, options: SigningOptions, predicateType: string): Promise<void> {
  const bundle = await signStatement(
    {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: img.reference, digest: { sha256: img.digest.slice(7) } }],
      predicateType,
      predicate: { buildType: 'https://example.org/build/v1' }
    },
    options
  )
  await attachBundle(
    client,
    parseReference(img.reference),
    { digest: img.digest, mediaType: OCI_MANIFEST, size: img.manifest.length },
    bundle,
    predicateType
  )
}

function verify(img: PushedImage, extra: Record<string, string> = {}) {
  const io = fakeActionIO('cosign-verify', {
    image: img.reference,
    'certificate-identity': identity,
    'certificate-oidc-issuer': ISSUER,
    'trusted-root': 'trusted_root.json',
    ...extra
  })
  return runAction(cosignVerifyGate, io, { workspace: ws, env: {} }).then(result => ({ result: result!, io }))
}

describe('cosign-verify admits correctly signed images', () => {
  test("in cosign's legacy .sig layout", async () => {
    const img = await image()
    await signLegacy(img, keyless)
    const { result, io } = await verify(img, {
      'certificate-github-workflow-repository': 'example-org/recruitment-screening',
      'certificate-github-workflow-trigger': 'push',
      'certificate-github-workflow-ref': 'refs/heads/main'
    })
    expect(io.failed).toBeUndefined()
    expect(result.checks.map(c => [c.id, c.status])).toEqual([
      ['image-resolved', 'pass'],
      ['signature-verified', 'pass'],
      ['transparency-log', 'pass']
    ])
    expect(io.outputs).toMatchObject({ digest: img.digest, 'signer-identity': identity, 'signer-issuer': ISSUER })
    expect(io.outputs['verified-signatures']).toMatch(/^cosign-sig-tag sha256:[a-f0-9]{64}$/)
    expect(result.subject.image).toBe(`${registry.host}/${parseReference(img.reference).repository}@${img.digest}`)
  })

  test('as an OCI 1.1 referrer holding a Sigstore bundle (referrers-tag fallback), with a regexp identity', async () => {
    const img = await image()
    await signReferrer(img, keyless)
    const { result, io } = await verify(img, {
      'certificate-identity': '',
      'certificate-identity-regexp':
        'https://github\\.com/example-org/recruitment-screening/\\.github/workflows/[^@]+@refs/heads/main',
      'certificate-oidc-issuer': '',
      'certificate-oidc-issuer-regexp': 'https://token\\.actions\\.githubusercontent\\.com'
    })
    expect(result.status).toBe('pass')
    expect(io.outputs['verified-signatures']).toMatch(/^referrers-tag sha256:/)
    expect(result.resources.some(r => r.uri.endsWith(`/referrers/${img.digest}`) && r.status === '404')).toBe(true)
  })

  test('with the SBOM attestation sbom-attest made, required by predicate type', async () => {
    const img = await image()
    await signLegacy(img, keyless)
    const tokens = await startTokenService(claims)
    const sbomWs = await makeTempDir()
    try {
      await cp(path.join(ROOT, 'examples/recruitment-screening/models'), path.join(sbomWs, 'models'), {
        recursive: true
      })
      await writeFile(path.join(sbomWs, 'trusted_root.json'), JSON.stringify(mock.trustedRoot))
      const made = await runAction(
        sbomAttestGate,
        fakeActionIO('sbom-attest', {
          models: 'models/models.yml',
          lockfiles: 'models/requirements.txt',
          image: img.reference,
          'trusted-root': 'trusted_root.json',
          'report-dir': ''
        }),
        { workspace: sbomWs, env: { GITHUB_ACTIONS: 'true', ...tokens.env } }
      )
      expect(made?.status).toBe('pass')
    } finally {
      await tokens.stop()
      await removeDir(sbomWs)
    }
    const { result, io } = await verify(img, { 'require-attestations': 'https://cyclonedx.org/bom' })
    expect(result.checks.find(c => c.id === 'attestations-verified')?.status).toBe('pass')
    expect(io.outputs['verified-attestations']).toMatch(/^https:\/\/cyclonedx.org\/bom sha256:/)
    const missing = await verify(img, {
      'require-attestations': 'https://cyclonedx.org/bom, https://slsa.dev/provenance/v1'
    })
    expect(missing.result.status).toBe('fail')
    expect(missing.result.checks.find(c => c.id === 'attestations-verified')?.message).toMatch(
      /^no verified attestation of https:\/\/slsa.dev\/provenance\/v1 for sha256:/
    )
  })
})

describe('cosign-verify rejects every negative case', () => {
  test('an unsigned image', async () => {
    const img = await image()
    const { result, io } = await verify(img)
    expect(result.status).toBe('fail')
    expect(result.checks.find(c => c.id === 'signature-verified')?.message).toMatch(
      /^no signature found in sha256-[a-f0-9]{64}\.sig and the referrers of sha256:[a-f0-9]{64} \(none found\): an unsigned image is not admitted$/
    )
    expect(io.failed).toMatch(/^cosign-verify failed/)
  })

  test.each([
    ['legacy', signLegacy],
    ['referrer', signReferrer]
  ] as const)('a signature by another identity (%s layout)', async (_l, sign) => {
    const img = await image()
    await sign(img, intruderKeyless)
    const { result } = await verify(img)
    expect(result.status).toBe('fail')
    expect(result.checks.find(c => c.id === 'signature-verified')?.message).toContain(
      `the certificate's identity is '${githubIdentity(intruder)}', expected '${identity}'`
    )
  })

  test('a signature from another OIDC issuer than the policy names', async () => {
    const img = await image()
    await signLegacy(img, keyless)
    const { result } = await verify(img, { 'certificate-oidc-issuer': 'https://accounts.google.com' })
    expect(result.status).toBe('fail')
    expect(result.checks[1]!.message).toContain(
      "OIDC issuer is 'https://token.actions.githubusercontent.com', expected 'https://accounts.google.com'"
    )
  })

  test('another workflow repository claim', async () => {
    const img = await image()
    await signLegacy(img, keyless)
    const { result } = await verify(img, { 'certificate-github-workflow-repository': 'example-org/other' })
    expect(result.checks[1]!.message).toContain(
      "GitHub workflow repository is 'example-org/recruitment-screening', expected 'example-org/other'"
    )
  })

  test('a tampered payload (the signed document changed, its signature kept)', async () => {
    const img = await image()
    await signLegacy(img, keyless, {
      payload: p => Buffer.from(p.toString().replace('"optional":null', '"optional":{"approved":true}'))
    })
    const { result } = await verify(img)
    expect(result.status).toBe('fail')
    expect(result.checks[1]!.message).toMatch(
      /none of 1 signature\(s\) verified: signature sha256:[a-f0-9]{64} \(cosign-sig-tag\): .*(SIGNATURE|TLOG)/
    )
  })

  test('a tampered referrer bundle', async () => {
    const img = await image()
    await signReferrer(img, keyless, b => {
      const sig = Buffer.from(b.messageSignature.signature, 'base64')
      sig[sig.length - 1]! ^= 1
      b.messageSignature.signature = sig.toString('base64')
    })
    expect((await verify(img)).result.status).toBe('fail')
  })

  test('a signed payload that names another digest', async () => {
    const img = await image()
    const other = await image()
    await signLegacy(img, keyless, { digest: other.digest })
    const { result } = await verify(img)
    expect(result.status).toBe('fail')
    expect(result.checks[1]!.message).toContain(`the signed payload names ${other.digest}, not ${img.digest}`)
  })

  test('a signature with no timestamp: no Rekor bundle (legacy) or no log entry (referrer)', async () => {
    const legacy = await image()
    await signLegacy(legacy, keyless, {
      annotations: a => Object.fromEntries(Object.entries(a).filter(([k]) => k !== COSIGN_BUNDLE))
    })
    expect((await verify(legacy)).result.checks[1]!.message).toContain('TIMESTAMP_ERROR: expected 1 timestamps, got 0')
    const referrer = await image()
    await signReferrer(referrer, keyless, b => {
      b.verificationMaterial.tlogEntries = []
      b.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [] }
    })
    expect((await verify(referrer)).result.checks[1]!.message).toContain(
      'TIMESTAMP_ERROR: expected 1 timestamps, got 0'
    )
  })

  test('a required attestation signed by another identity', async () => {
    const img = await image()
    await signLegacy(img, keyless)
    await attest(img, intruderKeyless, 'https://slsa.dev/provenance/v1')
    const { result } = await verify(img, { 'require-attestations': 'https://slsa.dev/provenance/v1' })
    expect(result.status).toBe('fail')
    expect(result.checks.find(c => c.id === 'attestations-verified')?.message).toContain('intruder/fork')
  })

  test('a registry that cannot be reached is an error, exit code 2', async () => {
    const port = await freePort()
    const r = await runCli(
      [
        'cosign-verify',
        '--image',
        `127.0.0.1:${port}/acme/recruit:1`,
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        ISSUER,
        '--trusted-root',
        'trusted_root.json',
        '--report-dir',
        '',
        '--json'
      ],
      { cwd: ws }
    )
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'NETWORK', field: 'image' })
  })
})

describeWithFixtures("cosign-verify on a real cosign signature (public-good Sigstore) in the image's .sig tag", () => {
  async function pushReal(withRekor: boolean): Promise<PushedImage> {
    const img = await image()
    const dir = 'sigstore/cosign-simple-signing/github-actions-keyless'
    const layer = JSON.parse(await readFile(fixture(dir, 'sig-manifest.json'), 'utf8')).layers[0]
    const annotations = { ...layer.annotations }
    if (!withRekor) delete annotations[COSIGN_BUNDLE]
    await writeCosignSignature(
      client,
      parseReference(img.reference),
      img.digest,
      await readFile(fixture(dir, 'payload.json')),
      annotations
    )
    return img
  }
  const policy = {
    'certificate-identity':
      'https://github.com/salrashid123/go-bazel-github-workflow/.github/workflows/release.yaml@refs/tags/v0.0.30',
    'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
    'trusted-root': fixture('sigstore/public-good-trust-root/trusted_root.json')
  }

  test('it verifies cryptographically, but names another image digest, so the image is refused', async () => {
    const img = await pushReal(true)
    const io = fakeActionIO('cosign-verify', { image: img.reference, ...policy })
    const result = (await runAction(cosignVerifyGate, io, { workspace: '/', env: {} }))!
    expect(result.status).toBe('fail')
    expect(result.checks[1]!.message).toContain(
      `the signed payload names sha256:c05263d2ff654c3a94243662440913f045075d59c436e2c69e9145ec2b87a321, not ${img.digest}`
    )
  })

  test('without its Rekor bundle, the expired certificate has no timestamp and fails', async () => {
    const img = await pushReal(false)
    const io = fakeActionIO('cosign-verify', { image: img.reference, ...policy })
    const result = (await runAction(cosignVerifyGate, io, { workspace: '/', env: {} }))!
    expect(result.checks[1]!.message).toContain('TIMESTAMP_ERROR: expected 1 timestamps, got 0')
  })
})

describe('cosign-verify reading GitHub attestations', () => {
  test('a signature stored through the GitHub API admits the image; the request names the digest', async () => {
    const { createServer } = await import('node:http')
    const img = await image()
    const bundle = await signBlob(img.manifest, keyless)
    const requests: string[] = []
    // GET /repos/{owner}/{repo}/attestations/{subject_digest}, as GitHub documents its answer
    const api = createServer((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization}`)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ attestations: [{ bundle, repository_id: 123 }] }))
    })
    await new Promise<void>(r => api.listen(0, '127.0.0.1', r))
    try {
      const io = fakeActionIO('cosign-verify', {
        image: img.reference,
        'certificate-identity': identity,
        'certificate-oidc-issuer': ISSUER,
        'trusted-root': 'trusted_root.json',
        'github-attestations': 'true',
        'github-token': 'read-token'
      })
      const env = {
        GITHUB_REPOSITORY: 'example-org/recruitment-screening',
        GITHUB_API_URL: `http://127.0.0.1:${(api.address() as any).port}`
      }
      const result = await runAction(cosignVerifyGate, io, { workspace: ws, env })
      expect(result?.status).toBe('pass')
      expect(io.outputs['verified-signatures']).toBe('github-api #1')
      expect(requests).toEqual([
        `GET /repos/example-org/recruitment-screening/attestations/${img.digest}?per_page=100 Bearer read-token`
      ])
      expect(result?.resources.some(r => r.kind === 'github-api' && r.status === '200')).toBe(true)
    } finally {
      await new Promise(r => api.close(r))
    }
  })
})

describe('cosign-verify with a public key', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
  const keySigning: SigningOptions = {
    mode: 'key',
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  }

  test('an offline key signature passes only with insecure-ignore-tlog, and only for the right key', async () => {
    const img = await image()
    await signLegacy(img, keySigning)
    await writeFile(path.join(ws, 'cosign.pub'), publicKey.export({ format: 'pem', type: 'spki' }))
    await writeFile(path.join(ws, 'other.pub'), other.export({ format: 'pem', type: 'spki' }))
    const base = { image: img.reference, 'certificate-identity': '', 'certificate-oidc-issuer': '', 'trusted-root': '' }
    const ok = await runAction(
      cosignVerifyGate,
      fakeActionIO('cosign-verify', { ...base, key: 'cosign.pub', 'insecure-ignore-tlog': 'true' }),
      { workspace: ws, env: {} }
    )
    expect(ok?.status).toBe('pass')
    expect(ok?.checks.find(c => c.id === 'transparency-log')?.status).toBe('skipped')
    expect(ok?.outputs['signer-identity']).toBe('public-key')
    const wrong = await runAction(
      cosignVerifyGate,
      fakeActionIO('cosign-verify', { ...base, key: 'other.pub', 'insecure-ignore-tlog': 'true' }),
      { workspace: ws, env: {} }
    )
    expect(wrong?.status).toBe('fail')
    const logged = await runAction(
      cosignVerifyGate,
      fakeActionIO('cosign-verify', { ...base, key: 'cosign.pub', 'trusted-root': 'trusted_root.json' }),
      { workspace: ws, env: {} }
    )
    expect(logged?.status).toBe('fail')
    expect(logged?.checks[1]!.message).toMatch(/expected 1 (tlog entries|timestamps)/)
  })
})

describe('cosign-verify blob mode and bad input', () => {
  test('a blob signed keyless verifies, and fails for another artifact', async () => {
    const bundle = await signBlob(Buffer.from('model weights v2'), keyless)
    await writeFile(path.join(ws, 'weights.bin'), 'model weights v2')
    await writeFile(path.join(ws, 'other.bin'), 'model weights v3')
    await writeFile(path.join(ws, 'weights.sigstore.json'), JSON.stringify(bundle))
    const args = [
      'cosign-verify',
      '--bundle',
      'weights.sigstore.json',
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      'trusted_root.json',
      '--report-dir',
      ''
    ]
    expect((await runCli([...args, '--artifact', 'weights.bin'], { cwd: ws })).code).toBe(0)
    const bad = await runCli([...args, '--artifact', 'other.bin', '--json'], { cwd: ws })
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout).checks[0].message).toMatch(
      /^weights.sigstore.json does not verify for other.bin: SIGNATURE_INVALID/
    )
  })

  test.each([
    [
      'image and bundle together',
      ['--image', 'r.example/a:1', '--bundle', 'b.json', '--artifact', 'a.bin'],
      'INPUT_CONFLICT',
      /give 'image', or 'bundle' and 'artifact'/
    ],
    [
      'a bundle without its artifact',
      ['--bundle', 'b.json'],
      'INPUT_MISSING',
      /blob mode needs both 'bundle' and 'artifact'/
    ],
    ['neither image nor bundle', [], 'INPUT_MISSING', /input 'image' is required/],
    [
      'a key and an identity',
      ['--image', 'r.example/a:1', '--key', 'k.pub', '--certificate-identity', 'x'],
      'INPUT_CONFLICT',
      /give 'key' or a keyless identity, not both/
    ],
    [
      'no issuer',
      ['--image', 'r.example/a:1', '--certificate-identity', 'x'],
      'INPUT_MISSING',
      /keyless verification needs 'certificate-oidc-issuer' or 'certificate-oidc-issuer-regexp'/
    ],
    [
      'both exact and regexp identity',
      [
        '--image',
        'r.example/a:1',
        '--certificate-identity',
        'x',
        '--certificate-identity-regexp',
        'x',
        '--certificate-oidc-issuer',
        'i'
      ],
      'INPUT_CONFLICT',
      /not both/
    ],
    [
      'a bad regexp',
      ['--image', 'r.example/a:1', '--certificate-identity-regexp', '(', '--certificate-oidc-issuer', 'i'],
      'INPUT_INVALID',
      /'certificate-identity-regexp' is not a valid regular expression/
    ],
    [
      'ignoring the log for keyless',
      [
        '--image',
        'r.example/a:1',
        '--certificate-identity',
        'x',
        '--certificate-oidc-issuer',
        'i',
        '--insecure-ignore-tlog',
        'true'
      ],
      'INPUT_CONFLICT',
      /key-signed artifacts only/
    ],
    [
      'a malformed trusted root',
      [
        '--image',
        'r.example/a:1',
        '--certificate-identity',
        'x',
        '--certificate-oidc-issuer',
        'i',
        '--trusted-root',
        'bad-root.json'
      ],
      'PARSE_ERROR',
      /bad-root.json:2:3/
    ]
  ])('%s', async (_n, args, code, message) => {
    await writeFile(path.join(ws, 'b.json'), '{}')
    await writeFile(path.join(ws, 'a.bin'), 'a')
    await writeFile(path.join(ws, 'k.pub'), 'x')
    await writeFile(path.join(ws, 'bad-root.json'), '{\n  mediaType: 1\n}')
    const r = await runCli(['cosign-verify', '--report-dir', '', '--json', ...args], { cwd: ws })
    expect(r.code).toBe(2)
    const error = JSON.parse(r.stdout).error
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
  })
})

describe('cosign-verify from the built CLI (dist/cli/index.js)', () => {
  test('admits a signed image (exit 0), refuses an unsigned one (exit 1)', async () => {
    const signed = await image()
    await signLegacy(signed, keyless)
    const unsigned = await image()
    const args = [
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      'trusted_root.json'
    ]
    const ok = await runDistCli(['cosign-verify', '--image', signed.reference, ...args], { cwd: ws })
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    const no = await runDistCli(['cosign-verify', '--image', unsigned.reference, ...args], { cwd: ws })
    expect(no.code).toBe(1)
    expect(no.stdout).toContain('an unsigned image is not admitted')
  })
})
