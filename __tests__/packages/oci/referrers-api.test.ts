/**
 * The OCI 1.1 referrers API path, end to end: an image pushed with skopeo to a registry
 * that has the API (the spec-built stand-in in helpers/oci-registry.ts), the SBOM
 * attestation attached by sbom-attest through the API (the registry confirms the
 * subject, so no fallback tag is written) and found again through the API.
 */
import { generateKeyPairSync } from 'node:crypto'
import { cp, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { OciClient, parseReference, referrersTag } from '@ai-act-gates/oci'
import { findBundles, parseTrustedRoot, verifyBundle } from '@ai-act-gates/sigstore'
import { runCli } from '../../helpers/cli.js'
import { startReferrersRegistry, type ReferrersRegistry } from '../../helpers/oci-registry.js'
import { ROOT } from '../../helpers/paths.js'
import { pushImage } from '../../helpers/registry.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let registry: ReferrersRegistry
let ws: string
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })

beforeAll(async () => {
  registry = await startReferrersRegistry()
  ws = await makeTempDir()
  await cp(path.join(ROOT, 'examples/recruitment-screening/models'), path.join(ws, 'models'), { recursive: true })
  await writeFile(path.join(ws, 'cosign.key'), privateKey.export({ format: 'pem', type: 'pkcs8' }))
})
afterAll(async () => {
  await registry?.stop()
  await removeDir(ws)
})

test('sbom-attest attaches through the referrers API and the bundle is found again through it', async () => {
  const image = await pushImage(registry.host, 'example-org/screening', '2.3.1')
  const r = await runCli(
    [
      'sbom-attest',
      '--models',
      'models/models.yml',
      '--image',
      image.reference,
      '--signing',
      'key',
      '--key',
      'cosign.key',
      '--report-dir',
      '',
      '--json'
    ],
    { cwd: ws }
  )
  expect(r.code).toBe(0)
  const result = JSON.parse(r.stdout)
  expect(result.outputs['attestation-location']).toBe('referrers-api')
  // The registry confirmed the subject: the fallback tag of the digest was never written.
  expect(registry.tags('example-org/screening')).toEqual(['2.3.1'])
  expect(registry.tags('example-org/screening')).not.toContain(referrersTag(image.digest))
  expect(registry.requests).toContain(`PUT /v2/example-org/screening/manifests/${result.outputs['attestation-digest']}`)

  const client = new OciClient()
  const ref = parseReference(image.reference, 'image')
  const listed = await client.referrers(ref, image.digest)
  expect(listed.source).toBe('referrers-api')
  expect(listed.descriptors.map(d => d.digest)).toEqual([result.outputs['attestation-digest']])
  const found = await findBundles(client, ref, image.digest)
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({ via: 'referrers-api', predicateType: 'https://cyclonedx.org/bom' })
  const trust = parseTrustedRoot('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}', 'empty')
  const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString()
  const bundle = JSON.parse(await readFile(path.join(ws, 'sbom.cdx.sigstore.json'), 'utf8'))
  expect(verifyBundle(bundle, { digest: image.digest }, { trust, publicKey: pem, ignoreTlog: true }).method).toBe(
    'public-key'
  )
})

test('the API filters by artifact type, and a digest without referrers lists none', async () => {
  const image = await pushImage(registry.host, 'example-org/other', 'v1')
  const client = new OciClient()
  const ref = parseReference(image.reference, 'image')
  expect(await client.referrers(ref, image.digest)).toEqual({ descriptors: [], source: 'referrers-api' })
  const screening = parseReference(`${registry.host}/example-org/screening:2.3.1`, 'image')
  const digest = await client.resolve(screening)
  const sigstore = await client.referrers(screening, digest, 'application/vnd.dev.sigstore.bundle.v0.3+json')
  expect(sigstore.descriptors).toHaveLength(1)
  expect((await client.referrers(screening, digest, 'application/spdx+json')).descriptors).toEqual([])
})
