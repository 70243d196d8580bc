/**
 * cosign's legacy signatures made by cosign itself (the shared fixtures): the
 * simple-signing layer and its annotations, turned into a Sigstore bundle and
 * verified, and the signed payload's digest compared with the image manifest's.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import {
  cosignLayerToBundle,
  parseTrustedRoot,
  readSimpleSigningPayload,
  verifyBundle,
  COSIGN_BUNDLE
} from '@ai-act-gates/sigstore'
import { describeWithFixtures, fixture } from '../../helpers/paths.js'

const CI = 'sigstore/cosign-simple-signing/containers-image'
const sha256 = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`

/** containers/image's "sigstore-json" file: `\0sigstore-json\n` then {mimeType, payload, annotations}. */
function readContainersSignature(file: string): { payload: Buffer; annotations: Record<string, string> } {
  const bytes = readFileSync(file)
  const prefix = Buffer.from('\0sigstore-json\n')
  expect(bytes.subarray(0, prefix.length).equals(prefix)).toBe(true)
  const json = JSON.parse(bytes.subarray(prefix.length).toString('utf8'))
  return { payload: Buffer.from(json.payload, 'base64'), annotations: json.annotations }
}

const EMPTY_ROOT = parseTrustedRoot(
  '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}',
  'empty'
)

describeWithFixtures('cosign legacy signatures made by cosign', () => {
  const key = readFileSync(fixture(CI, 'cosign.pub'), 'utf8')

  test.each([
    'dir-img-cosign-valid/signature-1',
    'dir-img-cosign-valid-2/signature-1',
    'dir-img-cosign-valid-2/signature-2',
    'dir-img-cosign-valid-with-tag/signature-1'
  ])('%s verifies with cosign.pub and names the digest of its manifest', sig => {
    const { payload, annotations } = readContainersSignature(fixture(CI, sig))
    const v = verifyBundle(
      cosignLayerToBundle(payload, annotations),
      { artifact: payload },
      {
        trust: EMPTY_ROOT,
        publicKey: key,
        ignoreTlog: true
      }
    )
    expect(v.method).toBe('public-key')
    const manifest = readFileSync(fixture(CI, sig.split('/')[0]!, 'manifest.json'))
    expect(readSimpleSigningPayload(payload).dockerManifestDigest).toBe(sha256(manifest))
  })

  test('a signature over another manifest verifies, but names another digest', () => {
    const { payload, annotations } = readContainersSignature(
      fixture(CI, 'dir-img-cosign-modified-manifest/signature-1')
    )
    verifyBundle(
      cosignLayerToBundle(payload, annotations),
      { artifact: payload },
      { trust: EMPTY_ROOT, publicKey: key, ignoreTlog: true }
    )
    const manifest = readFileSync(fixture(CI, 'dir-img-cosign-modified-manifest/manifest.json'))
    expect(readSimpleSigningPayload(payload).dockerManifestDigest).not.toBe(sha256(manifest))
  })

  test('a signature by an unknown key fails', () => {
    const { payload, annotations } = readContainersSignature(fixture(CI, 'unknown-cosign-key.signature'))
    expect(() =>
      verifyBundle(
        cosignLayerToBundle(payload, annotations),
        { artifact: payload },
        { trust: EMPTY_ROOT, publicKey: key, ignoreTlog: true }
      )
    ).toThrow(/SIGNATURE_ERROR/)
  })

  test('a key signature whose Rekor entry is from a log the trusted root does not hold fails, even ignoring the log', () => {
    // (the fixture's rekor.pub is a stub, so that log cannot be trusted here)
    const { payload, annotations } = readContainersSignature(fixture(CI, 'dir-img-cosign-key-rekor-valid/signature-1'))
    expect(annotations[COSIGN_BUNDLE]).toBeDefined()
    const bundle = cosignLayerToBundle(payload, annotations)
    const cosign2 = readFileSync(fixture(CI, 'cosign2.pub'), 'utf8')
    expect(() =>
      verifyBundle(bundle, { artifact: payload }, { trust: EMPTY_ROOT, publicKey: cosign2, ignoreTlog: true })
    ).toThrow(/TLOG/)
    const { [COSIGN_BUNDLE]: _log, ...withoutLog } = annotations
    const v = verifyBundle(
      cosignLayerToBundle(payload, withoutLog),
      { artifact: payload },
      {
        trust: EMPTY_ROOT,
        publicKey: cosign2,
        ignoreTlog: true
      }
    )
    expect(v.tlogEntries).toEqual([])
  })

  describe('a keyless signature cosign made in GitHub Actions (public-good Sigstore, certificate expired since February 2026)', () => {
    const dir = 'sigstore/cosign-simple-signing/github-actions-keyless'
    const layer = JSON.parse(readFileSync(fixture(dir, 'sig-manifest.json'), 'utf8')).layers[0]
    const payload = readFileSync(fixture(dir, 'payload.json'))
    const trust = parseTrustedRoot(
      readFileSync(fixture('sigstore/public-good-trust-root/trusted_root.json'), 'utf8'),
      'public-good'
    )
    const policy = {
      certificateIdentity:
        'https://github.com/salrashid123/go-bazel-github-workflow/.github/workflows/release.yaml@refs/tags/v0.0.30',
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com'
    }

    test('verifies: the Rekor signed entry timestamp dates it inside the certificate validity', () => {
      expect(sha256(payload)).toBe(layer.digest)
      const v = verifyBundle(cosignLayerToBundle(payload, layer.annotations), { artifact: payload }, { trust, policy })
      expect(v.tlogEntries).toEqual([{ logIndex: '1004096555', integratedTime: '2026-02-27T18:20:46.000Z' }])
      expect(v.claims).toMatchObject({
        githubWorkflowRepository: 'salrashid123/go-bazel-github-workflow',
        githubWorkflowRef: 'refs/tags/v0.0.30',
        githubWorkflowTrigger: 'push'
      })
      expect(readSimpleSigningPayload(payload).dockerManifestDigest).toBe(
        'sha256:c05263d2ff654c3a94243662440913f045075d59c436e2c69e9145ec2b87a321'
      )
    })

    test('without its Rekor bundle (no timestamp) the expired certificate fails', () => {
      const { [COSIGN_BUNDLE]: _dropped, ...rest } = layer.annotations
      expect(() => verifyBundle(cosignLayerToBundle(payload, rest), { artifact: payload }, { trust, policy })).toThrow(
        /TIMESTAMP_ERROR: expected 1 timestamps, got 0/
      )
    })

    test('another workflow identity fails', () => {
      expect(() =>
        verifyBundle(
          cosignLayerToBundle(payload, layer.annotations),
          { artifact: payload },
          {
            trust,
            policy: { ...policy, certificateIdentity: policy.certificateIdentity.replace('v0.0.30', 'v0.0.31') }
          }
        )
      ).toThrow(/identity is '.*v0.0.30', expected '.*v0.0.31'/)
    })
  })
})
