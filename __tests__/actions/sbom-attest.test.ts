import { createHash, generateKeyPairSync } from 'node:crypto'
import { cp, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import * as path from 'node:path'
import { runAction, validateGateResult } from '@ai-act-gates/action-kit'
import { sbomAttestGate, validateBom } from '@ai-act-gates/sbom'
import { OciClient, parseReference, referrersTag } from '@ai-act-gates/oci'
import { findBundles, parseTrustedRoot, verifyBundle } from '@ai-act-gates/sigstore'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli } from '../helpers/cli.js'
import { ROOT } from '../helpers/paths.js'
import { pushImage, skopeoRawManifest, startRegistry, type TestRegistry } from '../helpers/registry.js'
import {
  githubClaims,
  githubIdentity,
  startSigstoreMock,
  startTokenService,
  type SigstoreMock
} from '../helpers/sigstore-mock.js'
import { makeTempDir, removeDir, writeTree } from '../helpers/tmp.js'

const EXAMPLE = path.join(ROOT, 'examples/recruitment-screening/models')
const claims = githubClaims({ repository: 'example-org/recruitment-screening' })
const identity = githubIdentity(claims)

let registry: TestRegistry
let mock: SigstoreMock
let tokens: Awaited<ReturnType<typeof startTokenService>>
let ws: string

beforeAll(async () => {
  registry = await startRegistry()
  mock = await startSigstoreMock()
  tokens = await startTokenService(claims)
})
afterAll(async () => {
  await registry?.stop()
  await mock?.stop()
  await tokens?.stop()
})
beforeEach(async () => {
  ws = await makeTempDir()
  await cp(EXAMPLE, path.join(ws, 'models'), { recursive: true })
  await writeFile(path.join(ws, 'trusted_root.json'), JSON.stringify(mock.trustedRoot))
})
afterEach(async () => removeDir(ws))

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

function actionsEnv(): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'example-org/recruitment-screening',
    GITHUB_ACTION: 'sbom',
    ...tokens.env
  }
}

describe('sbom-attest end to end: build, validate, sign keyless, attach, read back, verify', () => {
  test('the example system gets a valid ML-BOM attested to its image in the registry', async () => {
    const image = await pushImage(registry.host, 'example-org/recruitment-screening', '1.4.0')
    const io = fakeActionIO('sbom-attest', {
      models: 'models/models.yml',
      lockfiles: 'models/requirements.txt',
      image: image.reference,
      'trusted-root': 'trusted_root.json',
      'spdx-output': 'sbom.spdx.json'
    })
    const result = await runAction(sbomAttestGate, io, { workspace: ws, env: actionsEnv() })
    expect(io.failed).toBeUndefined()
    expect(result?.checks.map(c => [c.id, c.status])).toEqual([
      ['sbom-built', 'pass'],
      ['dependencies-pinned', 'pass'],
      ['models-listed', 'pass'],
      ['sbom-schema-valid', 'pass'],
      ['model-card-complete', 'pass'],
      ['attestation-signed', 'pass'],
      ['attestation-attached', 'pass'],
      ['attestation-verified', 'pass']
    ])
    expect(io.outputs).toMatchObject({
      'image-digest': image.digest,
      'attestation-location': 'referrers-tag',
      'model-count': '2',
      'bundle-path': 'sbom.cdx.sigstore.json'
    })
    validateGateResult(JSON.parse(await readFile(path.join(ws, io.outputs['result-path']!), 'utf8')))

    // the SBOM on disk: valid 1.6, real file hashes, model card, datasets, pedigree
    const text = await readFile(path.join(ws, 'sbom.cdx.json'), 'utf8')
    expect(io.outputs['sbom-sha256']).toBe(sha256(text))
    const bom = JSON.parse(text)
    expect(validateBom(bom)).toEqual([])
    const ranker = bom.components.find((c: any) => c['bom-ref'] === 'model:cv-ranker@2.3.0')
    const weights = await readFile(path.join(EXAMPLE, 'cv-ranker.weights.json'))
    expect(ranker.hashes).toEqual([{ alg: 'SHA-256', content: sha256(weights) }])
    expect(ranker.modelCard.modelParameters).toMatchObject({
      task: 'tabular-classification',
      approach: { type: 'supervised' },
      architectureFamily: 'logistic regression',
      datasets: [{ ref: 'data:applications-2024-train@2024.06' }, { ref: 'data:applications-2024-eval@2024.06' }]
    })
    expect(ranker.modelCard.quantitativeAnalysis.performanceMetrics[0]).toEqual({
      type: 'accuracy',
      value: '0.87',
      confidenceInterval: { lowerBound: '0.84', upperBound: '0.9' }
    })
    expect(ranker.modelCard.considerations.fairnessAssessments[0].groupAtRisk).toBe('applicants over 50')
    expect(ranker.pedigree.ancestors[0]).toMatchObject({ name: 'skills-encoder', version: '1.1.0' })
    expect(ranker.pedigree.commits[0].uid).toBe('3f9c1e0d2b7a4c6e8f0a1b2c3d4e5f60718293a4')
    const train = bom.components.find((c: any) => c['bom-ref'] === 'data:applications-2024-train@2024.06')
    expect(train.type).toBe('data')
    expect(train.data[0]).toMatchObject({ type: 'dataset', classification: 'confidential' })
    expect(train.components[0].hashes[0].content).toBe(
      sha256(await readFile(path.join(EXAMPLE, 'data/applications-2024-train.csv')))
    )
    const numpy = bom.components.find((c: any) => c.name === 'numpy')
    expect(numpy).toMatchObject({
      purl: 'pkg:pypi/numpy@1.26.4',
      hashes: [{ alg: 'SHA-256', content: '2e4ee3380d6de9c9ec04745830fd9e2eccb3e6cf790d39d7b98ffd19b0dd754a' }]
    })
    const spdx = JSON.parse(await readFile(path.join(ws, 'sbom.spdx.json'), 'utf8'))
    expect(spdx.spdxVersion).toBe('SPDX-2.3')
    expect(spdx.packages.find((p: any) => p.name === 'cv-ranker').checksums).toEqual([
      { algorithm: 'SHA256', checksumValue: sha256(weights) }
    ])

    // found again by the image digest, independently of the gate: skopeo reads the
    // fallback index, the bundle verifies with @sigstore/verify for the workflow identity
    const index = JSON.parse(
      skopeoRawManifest(`${registry.host}/example-org/recruitment-screening:${referrersTag(image.digest)}`).toString()
    )
    expect(index.manifests.map((m: any) => m.digest)).toEqual([io.outputs['attestation-digest']])
    const ref = parseReference(image.reference)
    const [found] = await findBundles(new OciClient(), ref, image.digest)
    expect(found?.predicateType).toBe('https://cyclonedx.org/bom')
    const trust = parseTrustedRoot(JSON.stringify(mock.trustedRoot), 'root')
    const verified = verifyBundle(
      found!.bundle,
      { digest: image.digest },
      {
        trust,
        policy: { certificateIdentity: identity, certificateOidcIssuer: claims.iss! }
      }
    )
    expect(verified.statement?.predicate).toEqual(bom)
    expect(await readFile(path.join(ws, 'sbom.cdx.sigstore.json'), 'utf8')).toBe(JSON.stringify(found!.bundle) + '\n')
    // every registry request and the OIDC token are in the record
    expect(result!.resources.filter(r => r.kind === 'registry').length).toBeGreaterThan(5)
    expect(result!.resources.some(r => r.kind === 'oidc')).toBe(true)
  })

  test('a model card without a required field fails field by field, with the manifest line, and nothing is signed', async () => {
    const io = fakeActionIO('sbom-attest', {
      models: 'models/models.yml',
      lockfiles: 'models/requirements.txt',
      'required-model-fields': 'task, considerations.fairnessAssessments, baseModel',
      'trusted-root': 'trusted_root.json'
    })
    const result = await runAction(sbomAttestGate, io, { workspace: ws, env: actionsEnv() })
    expect(result?.status).toBe('fail')
    const card = result!.checks.find(c => c.id === 'model-card-complete')!
    expect(card.status).toBe('fail')
    expect(card.message).toBe('skills-encoder@1.1.0 lacks considerations.fairnessAssessments, baseModel')
    expect(card.locations).toEqual([
      { file: 'models/models.yml', line: 75, field: 'models[1]: considerations.fairnessAssessments, baseModel' }
    ])
    expect(result!.checks.find(c => c.id === 'attestation-signed')?.status).toBe('skipped')
    expect(mock.requests.filter(r => r.includes('signingCert')).length).toBeGreaterThanOrEqual(0)
    expect(io.outputs['bundle-path']).toBeUndefined()
  })
})

describe('sbom-attest with a key, for air-gapped use', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

  test('signs offline and attaches; the bundle verifies with the public key', async () => {
    const image = await pushImage(registry.host, 'example-org/offline', 'v1')
    await writeTree(ws, { 'cosign.key': privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() })
    const r = await runCli(
      [
        'sbom-attest',
        '--models',
        'models/models.yml',
        '--lockfiles',
        'models/requirements.txt',
        '--image',
        image.reference,
        '--signing',
        'key',
        '--key',
        'cosign.key',
        '--json'
      ],
      { cwd: ws }
    )
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout)
    expect(result.inputs.key).toBe('***')
    expect(result.checks.find((c: any) => c.id === 'attestation-signed').message).toContain(
      'offline (no transparency log)'
    )
    const bundle = JSON.parse(await readFile(path.join(ws, 'sbom.cdx.sigstore.json'), 'utf8'))
    const trust = parseTrustedRoot('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}', 'empty')
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
    expect(verifyBundle(bundle, { digest: image.digest }, { trust, publicKey: pem, ignoreTlog: true }).method).toBe(
      'public-key'
    )
  })
})

describe('sbom-attest extending an SBOM from another generator', () => {
  function syftLike(components: number): Record<string, unknown> {
    return {
      $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
      version: 1,
      metadata: { tools: { components: [{ type: 'application', author: 'anchore', name: 'syft', version: '1.4.1' }] } },
      components: Array.from({ length: components }, (_, i) => ({
        'bom-ref': `pkg:deb/debian/lib${i}@1.0.${i}`,
        type: 'library',
        name: `lib${i}`,
        version: `1.0.${i}`,
        purl: `pkg:deb/debian/lib${i}@1.0.${i}`,
        description: 'x'.repeat(120),
        hashes: [{ alg: 'SHA-256', content: sha256(String(i)) }]
      }))
    }
  }

  test('an SBOM over 16 MB is extended, attested, attached and verified; GitHub storage is skipped for its size', async () => {
    const big = syftLike(60000)
    await writeFile(path.join(ws, 'syft.cdx.json'), JSON.stringify(big))
    const image = await pushImage(registry.host, 'example-org/big', 'v1')
    const io = fakeActionIO('sbom-attest', {
      sbom: 'syft.cdx.json',
      models: 'models/models.yml',
      lockfiles: 'models/requirements.txt',
      image: image.reference,
      'trusted-root': 'trusted_root.json',
      'push-to-github': 'true',
      'github-token': 'test-token'
    })
    const result = await runAction(sbomAttestGate, io, { workspace: ws, env: actionsEnv() })
    expect(io.failed).toBeUndefined()
    expect(result!.metrics.sbomBytes).toBeGreaterThan(16 * 1024 * 1024)
    expect(result!.checks.find(c => c.id === 'attestation-verified')?.status).toBe('pass')
    const github = result!.checks.find(c => c.id === 'attestation-github')!
    expect(github.status).toBe('skipped')
    expect(github.message).toMatch(/over GitHub's 16 MiB limit: it is kept in the registry/)
    const bom = JSON.parse(await readFile(path.join(ws, 'sbom.cdx.json'), 'utf8'))
    expect(bom.specVersion).toBe('1.6')
    expect(bom.components.length).toBe(60000 + 2 + 2 + 3)
    expect(bom.metadata.tools.components.map((t: any) => t.name)).toEqual(['syft', 'ai-act-gates'])
  })

  test('a small attestation is stored through the GitHub attestations API', async () => {
    const received: any[] = []
    const api = createServer((req, res) => {
      let body = ''
      req.on('data', d => (body += d))
      req.on('end', () => {
        received.push({ method: req.method, url: req.url, auth: req.headers.authorization, body: JSON.parse(body) })
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"id": 4242}')
      })
    })
    await new Promise<void>(r => api.listen(0, '127.0.0.1', r))
    try {
      const image = await pushImage(registry.host, 'example-org/gh', 'v1')
      const io = fakeActionIO('sbom-attest', {
        models: 'models/models.yml',
        lockfiles: 'models/requirements.txt',
        image: image.reference,
        'trusted-root': 'trusted_root.json',
        'push-to-github': 'true',
        'github-token': 'test-token'
      })
      const env = { ...actionsEnv(), GITHUB_API_URL: `http://127.0.0.1:${(api.address() as any).port}` }
      const result = await runAction(sbomAttestGate, io, { workspace: ws, env })
      expect(result?.status).toBe('pass')
      expect(io.outputs['github-attestation-id']).toBe('4242')
      expect(received[0]).toMatchObject({
        method: 'POST',
        url: '/repos/example-org/recruitment-screening/attestations',
        auth: 'Bearer test-token'
      })
      expect(received[0].body.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    } finally {
      await new Promise(r => api.close(r))
    }
  })

  test('an SBOM made invalid by its generator fails the schema check and is not signed', async () => {
    const bad = syftLike(2) as any
    bad.components[1].hashes[0].alg = 'SHA-257'
    await writeFile(path.join(ws, 'bad.cdx.json'), JSON.stringify(bad))
    const io = fakeActionIO('sbom-attest', { sbom: 'bad.cdx.json', models: 'models/models.yml', signing: 'none' })
    const result = await runAction(sbomAttestGate, io, { workspace: ws, env: {} })
    expect(result?.status).toBe('fail')
    const schema = result!.checks.find(c => c.id === 'sbom-schema-valid')!
    expect(schema.status).toBe('fail')
    expect(schema.message).toContain('components[1].hashes[0].alg')
  })
})

describe('sbom-attest bad input, each a clear error (exit code 2)', () => {
  const lock = ['--lockfiles', 'models/requirements.txt']
  test.each([
    [
      'a key without signing: key',
      [...lock, '--key', 'k.pem'],
      'INPUT_CONFLICT',
      /input 'key' is given but signing is 'keyless'/
    ],
    [
      'signing: key without a key',
      [...lock, '--signing', 'key'],
      'INPUT_MISSING',
      /'key' is required with signing: key/
    ],
    [
      'an unknown model-card field',
      [...lock, '--required-model-fields', 'task,accuracy'],
      'INPUT_INVALID',
      /'accuracy' is not a model-card field/
    ],
    ['an image without a registry', [...lock, '--image', 'recruit:1'], 'INPUT_INVALID', /registry host is missing/],
    [
      'push-to-github without an image',
      [...lock, '--push-to-github', 'true'],
      'INPUT_MISSING',
      /'image' is required with push-to-github/
    ],
    [
      'a lockfile pattern that matches nothing',
      ['--lockfiles', 'poetry.lock'],
      'GLOB_NO_MATCH',
      /pattern 'poetry.lock' matched no file/
    ],
    ['nothing to describe', ['--signing', 'none'], 'EMPTY_INPUT', /nothing to describe/],
    [
      'keyless outside Actions without a token',
      [...lock, '--models', 'models/models.yml'],
      'OIDC_UNAVAILABLE',
      /needs an OIDC token/
    ]
  ])('%s', async (name, args, code, message) => {
    const dir = await makeTempDir()
    if (name !== 'nothing to describe') await cp(EXAMPLE, path.join(dir, 'models'), { recursive: true })
    const r = await runCli(['sbom-attest', '--report-dir', '', '--json', ...args], { cwd: dir })
    expect(r.code).toBe(2)
    const result = JSON.parse(r.stdout)
    expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(message)
    await removeDir(dir)
  })

  test('a model file that is missing names the manifest, its line and field', async () => {
    const manifest = (await readFile(path.join(ws, 'models/models.yml'), 'utf8')).replace(
      'cv-ranker.weights.json',
      'cv-ranker.onnx'
    )
    await writeFile(path.join(ws, 'models/models.yml'), manifest)
    const r = await runCli(
      ['sbom-attest', '--models', 'models/models.yml', '--signing', 'none', '--report-dir', '', '--json'],
      { cwd: ws }
    )
    expect(r.code).toBe(2)
    const error = JSON.parse(r.stdout).error
    expect(error).toMatchObject({
      code: 'FILE_NOT_FOUND',
      file: 'models/models.yml',
      line: 18,
      field: 'models[0].files[0]'
    })
    expect(error.message).toContain('cv-ranker.onnx: no such file')
  })

  test('a schema violation in the manifest names file, line and field', async () => {
    await writeFile(
      path.join(ws, 'm.yml'),
      'manifestVersion: 1\nmodels:\n  - name: x\n    version: 1\n    files: [a]\n    approach: guessing\n'
    )
    const r = await runCli(['sbom-attest', '--models', 'm.yml', '--signing', 'none', '--report-dir', '', '--json'], {
      cwd: ws
    })
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: 'SCHEMA_VIOLATION', file: 'm.yml', line: 4 })
  })
})
