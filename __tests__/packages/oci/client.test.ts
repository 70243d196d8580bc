import { GateError } from '@ai-act-gates/core'
import {
  cosignSignatureTag,
  digestOf,
  OCI_EMPTY,
  OCI_EMPTY_BYTES,
  OCI_MANIFEST,
  OciClient,
  parseReference,
  referrersTag,
  type RegistryRequest
} from '@ai-act-gates/oci'
import { freePort, pushImage, skopeoRawManifest, startRegistry, type TestRegistry } from '../../helpers/registry.js'

let registry: TestRegistry
beforeAll(async () => {
  registry = await startRegistry()
})
afterAll(async () => registry?.stop())

describe('image references', () => {
  test.each([
    ['ghcr.io/acme/recruit:1.2', { registry: 'ghcr.io', repository: 'acme/recruit', tag: '1.2' }],
    ['127.0.0.1:5000/a/b/c', { registry: '127.0.0.1:5000', repository: 'a/b/c' }],
    [
      `localhost/x@sha256:${'a'.repeat(64)}`,
      { registry: 'localhost', repository: 'x', digest: `sha256:${'a'.repeat(64)}` }
    ]
  ])('%s parses', (text, expected) => {
    expect(parseReference(text)).toEqual(expected)
  })

  test.each([
    ['recruit:1.2', /registry host is missing/],
    ['acme/recruit:1.2', /'acme' is not a registry host/],
    ['ghcr.io/acme/recruit@sha256:abc', /not a sha256 digest/],
    ['ghcr.io/Acme/recruit', /not a repository name/]
  ])('%s is refused with a reason', (text, message) => {
    expect(() => parseReference(text)).toThrow(message)
  })

  test('the cosign and fallback tags are derived from the digest', () => {
    const d = `sha256:${'b'.repeat(64)}`
    expect(cosignSignatureTag(d)).toBe(`sha256-${'b'.repeat(64)}.sig`)
    expect(referrersTag(d)).toBe(`sha256-${'b'.repeat(64)}`)
  })
})

describe('OciClient against docker-registry on 127.0.0.1', () => {
  test('resolves a tag pushed by skopeo to the digest of its manifest, recording each request', async () => {
    const image = await pushImage(registry.host, 'acme/recruit', 'v1')
    const requests: RegistryRequest[] = []
    const client = new OciClient({ onRequest: r => requests.push(r) })
    expect(await client.resolve(parseReference(image.reference))).toBe(image.digest)
    expect(requests[0]).toMatchObject({ method: 'GET', status: 200, digest: image.digest })
    expect(requests[0]!.url).toBe(`http://${registry.host}/v2/acme/recruit/manifests/v1`)
  })

  test('an unknown tag is IMAGE_NOT_FOUND', async () => {
    const client = new OciClient()
    await expect(client.resolve(parseReference(`${registry.host}/acme/none:v9`))).rejects.toMatchObject({
      code: 'IMAGE_NOT_FOUND'
    })
  })

  test('a registry that is not there is a NETWORK error naming it', async () => {
    const port = await freePort()
    const client = new OciClient()
    const error = await client.resolve(parseReference(`127.0.0.1:${port}/acme/recruit:v1`)).catch(e => e)
    expect(error).toBeInstanceOf(GateError)
    expect(error.code).toBe('NETWORK')
    expect(error.message).toContain(`registry 127.0.0.1:${port} cannot be reached`)
  })

  test('attaches a referrer through the referrers-tag fallback (docker-registry 2.8 has no referrers API) and finds it again', async () => {
    const image = await pushImage(registry.host, 'acme/referred', 'v1')
    const ref = parseReference(image.reference)
    const client = new OciClient()
    const layer = Buffer.from('{"hello":"bundle"}')
    const layerDesc = await client.putBlob(ref, layer, 'application/vnd.dev.sigstore.bundle.v0.3+json')
    const config = await client.putBlob(ref, OCI_EMPTY_BYTES, OCI_EMPTY)
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        config,
        layers: [layerDesc],
        subject: { mediaType: OCI_MANIFEST, digest: image.digest, size: image.manifest.length }
      })
    )
    const attached = await client.attachReferrer(
      ref,
      manifest,
      OCI_MANIFEST,
      { artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
      image.digest
    )
    expect(attached).toEqual({ digest: digestOf(manifest), via: 'referrers-tag' })
    // A second artifact lands in the same index; attaching the first again does not duplicate it.
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(manifest.toString()), annotations: { n: '2' } }))
    await client.attachReferrer(ref, other, OCI_MANIFEST, { artifactType: 'x/other' }, image.digest)
    await client.attachReferrer(
      ref,
      manifest,
      OCI_MANIFEST,
      { artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json' },
      image.digest
    )
    const found = await client.referrers(ref, image.digest)
    expect(found.source).toBe('referrers-tag')
    expect(found.descriptors.map(d => d.digest)).toEqual([digestOf(manifest), digestOf(other)])
    const filtered = await client.referrers(ref, image.digest, 'x/other')
    expect(filtered.descriptors.map(d => d.digest)).toEqual([digestOf(other)])
    // skopeo reads the same index under the fallback tag, byte for byte what the client stored
    const index = JSON.parse(
      skopeoRawManifest(`${registry.host}/acme/referred:${referrersTag(image.digest)}`).toString()
    )
    expect(index.manifests).toHaveLength(2)
    expect(await client.getBlob(ref, layerDesc.digest)).toEqual(layer)
  })

  test('an image with no referrers reports none', async () => {
    const image = await pushImage(registry.host, 'acme/lonely', 'v1')
    const found = await new OciClient().referrers(parseReference(image.reference), image.digest)
    expect(found).toEqual({ descriptors: [], source: 'none' })
  })

  test('a manifest fetched by digest is checked against the digest', async () => {
    const image = await pushImage(registry.host, 'acme/check', 'v1')
    const ref = parseReference(image.reference)
    const client = new OciClient()
    const got = await client.getManifest(ref, image.digest)
    expect(got?.bytes).toEqual(image.manifest)
    expect(await client.getManifest(ref, `sha256:${'0'.repeat(64)}`)).toBeUndefined()
  })

  test('a large blob (20 MB) goes up and comes back intact', async () => {
    const ref = parseReference(`${registry.host}/acme/large:v1`)
    const client = new OciClient()
    const big = Buffer.alloc(20 * 1024 * 1024, 7)
    const desc = await client.putBlob(ref, big, 'application/octet-stream')
    expect((await client.getBlob(ref, desc.digest)).equals(big)).toBe(true)
  })
})
