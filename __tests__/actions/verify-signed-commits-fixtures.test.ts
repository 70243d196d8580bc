/**
 * verify-signed-commits on real signed commits written by others
 * (../shared/fixtures/git-signed-commits): SSH-signed commits with their projects' own
 * allowed_signers files, gitsign (Sigstore keyless) commits against the public-good
 * trusted root, and commits GitHub signed with its web-flow key. The fixture files are
 * read in place; the objects are stored into a temporary repository to run the gate.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { signedCommitsGate, type CommitVerdict } from '@ai-act-gates/commits'
import type { GateResult } from '@ai-act-gates/core'
import { fakeActionIO } from '../fixtures/action-io.js'
import { describeWithFixtures, fixture } from '../helpers/paths.js'
import { TestRepo } from '../helpers/signing.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

interface Expected {
  file: string
  object_sha1: string
  signature_type: string
  expected: string
  cert_san?: string
  cert_oidc_issuer?: string
  cert_not_before?: string
  ssh_keygen_verify?: string
  signer_fingerprint?: string
}

const ENV = { PATH: process.env.PATH, HOME: process.env.HOME }

describeWithFixtures('verify-signed-commits on real signed commits (shared fixtures)', () => {
  const dir = fixture('git-signed-commits')
  const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8')) as Expected[]
  const inDir = (d: string): Expected[] => expected.filter(e => e.file.startsWith(`${d}/`))
  let ws: string
  let repo: TestRepo

  beforeAll(async () => {
    ws = await makeTempDir('aag-fixture-commits-')
    repo = TestRepo.init(ws)
    for (const e of expected) {
      expect(repo.store(readFileSync(path.join(dir, e.file)))).toBe(e.object_sha1)
    }
    for (const d of readdirSync(path.join(dir, 'ssh'))) {
      writeFileSync(path.join(ws, `${d}.allowed_signers`), readFileSync(path.join(dir, 'ssh', d, 'allowed_signers')))
    }
    // The gate reads only files inside the workspace: the trusted roots are written there.
    writeFileSync(
      path.join(ws, 'trusted_root.json'),
      readFileSync(fixture('sigstore/public-good-trust-root/trusted_root.json'))
    )
    writeFileSync(
      path.join(ws, 'scaffolding.json'),
      readFileSync(fixture('sigstore/sigstore-go/trusted-roots/scaffolding.json'))
    )
  })
  afterAll(async () => removeDir(ws))

  async function verify(inputs: Record<string, string>): Promise<GateResult> {
    const io = fakeActionIO('verify-signed-commits', { 'report-dir': '', ...inputs })
    return (await runAction(signedCommitsGate, io, { workspace: ws, env: ENV }))!
  }
  const verdict = (r: GateResult, sha: string): CommitVerdict => {
    const check = r.checks.find(c => c.id === `commit-${sha}`)
    if (!check) throw new Error(r.error?.message ?? `no verdict for ${sha}`)
    return check.evidence as unknown as CommitVerdict
  }

  describe('SSH', () => {
    test.each(['crosse-testsigning', 'dextercd-sign-test', 'git-merge-workshops-simplify-signing-with-ssh'])(
      '%s: every commit gets the outcome ssh-keygen gave, against the project’s own allowed_signers',
      async d => {
        const cases = inDir(`ssh/${d}`)
        const r = await verify({
          'allowed-signers': `${d}.allowed_signers`,
          commits: cases.map(e => e.object_sha1).join('\n')
        })
        for (const e of cases) {
          const v = verdict(r, e.object_sha1)
          if (e.expected === 'good') {
            expect(v).toMatchObject({ verdict: 'verified', pass: true, signatureType: 'ssh' })
            expect(v.keyId).toBe(/key (SHA256:\S+)/.exec(e.ssh_keygen_verify!)![1])
            expect(v.signer!.name).toBe(/signature for (\S+) with/.exec(e.ssh_keygen_verify!)![1])
          } else {
            expect(e.expected).toBe('unsigned')
            expect(v).toMatchObject({ verdict: 'unsigned', pass: false, signatureType: 'none' })
          }
        }
        expect(r.status).toBe(cases.every(e => e.expected === 'good') ? 'pass' : 'fail')
      }
    )

    test('against another project’s allowed_signers, the same commits are signed by unknown keys', async () => {
      const cases = inDir('ssh/crosse-testsigning')
      const r = await verify({
        'allowed-signers': 'git-merge-workshops-simplify-signing-with-ssh.allowed_signers',
        commits: cases.map(e => e.object_sha1).join(',')
      })
      expect(r.status).toBe('fail')
      for (const e of cases) {
        expect(verdict(r, e.object_sha1)).toMatchObject({
          verdict: 'unknown-key',
          keyId: /key (SHA256:\S+)/.exec(e.ssh_keygen_verify!)![1]
        })
      }
    })
  })

  describe('gitsign (x509, Sigstore keyless)', () => {
    const cases = inDir('x509-gitsign-sigstore-cosign')
    const list = (skip?: string, issuer?: string): string =>
      `version: 1\nsigners:\n${cases
        .filter(e => e.object_sha1 !== skip)
        .map(
          (e, i) =>
            `  - name: Signer ${i}\n    id: s${e.object_sha1.slice(0, 7)}\n    keys:\n      - type: x509\n        identity: ${e.cert_san!.replace(/^email:/, '')}\n        issuer: ${issuer ?? e.cert_oidc_issuer}\n`
        )
        .join('')}`
    const shas = cases.map(e => e.object_sha1).join('\n')
    beforeAll(() => {
      writeFileSync(path.join(ws, 'gitsign.yml'), list())
    })

    test('by default every gitsign commit is unverifiable, saying exactly that Rekor inclusion could not be checked', async () => {
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: shas,
        'sigstore-trusted-root': 'trusted_root.json'
      })
      expect(r.status).toBe('fail')
      for (const e of cases) {
        const v = verdict(r, e.object_sha1)
        expect(v.verdict).toBe('unverifiable')
        expect(v.reason).toMatch(
          /CMS signature, Fulcio chain \(https:\/\/fulcio\.sigstore\.dev\) at the signing time \S+ and SCT \(https:\/\/ctfe\.sigstore\.dev\/2022\) verified, but its Rekor transparency-log entry cannot be verified offline/
        )
      }
    })

    test('with require-transparency-log false they verify at signing time (the certificate’s notBefore), not commit time', async () => {
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: shas,
        'sigstore-trusted-root': 'trusted_root.json',
        'require-transparency-log': 'false'
      })
      expect(r.status).toBe('pass')
      for (const e of cases) {
        const v = verdict(r, e.object_sha1)
        expect(v).toMatchObject({
          verdict: 'verified',
          signatureType: 'x509',
          signer: { id: `s${e.object_sha1.slice(0, 7)}` }
        })
        expect(v.keyId).toBe(`${e.cert_san!.replace(/^email:/, '')} (${e.cert_oidc_issuer})`)
        expect(new Date(v.signedAt!).getTime()).toBe(new Date(e.cert_not_before!).getTime())
        expect(new Date(v.committer.date).getTime()).toBeLessThan(new Date(v.signedAt!).getTime() + 1)
        expect(v.reason).toMatch(/Rekor inclusion not checked/)
      }
    })

    test('an identity not in the allow-list, or the right identity from another issuer, is an unknown key', async () => {
      const first = cases[0]!
      writeFileSync(path.join(ws, 'gitsign-missing.yml'), list(first.object_sha1))
      writeFileSync(path.join(ws, 'gitsign-issuer.yml'), list(undefined, 'https://token.actions.githubusercontent.com'))
      for (const file of ['gitsign-missing.yml', 'gitsign-issuer.yml']) {
        const r = await verify({
          'allowed-signers': file,
          commits: first.object_sha1,
          'sigstore-trusted-root': 'trusted_root.json',
          'require-transparency-log': 'false'
        })
        expect(verdict(r, first.object_sha1)).toMatchObject({ verdict: 'unknown-key', pass: false })
        expect(verdict(r, first.object_sha1).reason).toContain(
          `issued by ${first.cert_oidc_issuer}, which the allow-list does not list`
        )
      }
    })

    test('a gitsign commit whose message was altered is a bad signature', async () => {
      const e = cases[1]!
      const raw = readFileSync(path.join(dir, e.file), 'latin1').replace(/\n\n(.)/, '\n\nX$1')
      const altered = repo.store(Buffer.from(raw, 'latin1'))
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: altered,
        'sigstore-trusted-root': 'trusted_root.json',
        'require-transparency-log': 'false'
      })
      expect(verdict(r, altered)).toMatchObject({ verdict: 'bad-signature' })
      expect(verdict(r, altered).reason).toMatch(/changed after it was signed/)
    })

    test('another Sigstore deployment’s trusted root does not vouch for public-good certificates', async () => {
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: shas,
        'sigstore-trusted-root': 'scaffolding.json',
        'require-transparency-log': 'false'
      })
      for (const e of cases) {
        expect(verdict(r, e.object_sha1).verdict).toBe('untrusted-certificate')
      }
    })

    test.each([
      [
        'the Fulcio CA is not valid at the signing time',
        (root: any) =>
          root.certificateAuthorities.forEach((ca: any) => (ca.validFor = { start: '2027-01-01T00:00:00Z' })),
        /no Fulcio CA of the trusted root is valid at 20\d\d-/
      ],
      [
        'no CT log of the trusted root signed the SCT',
        (root: any) => (root.ctlogs = []),
        /no SCT of the certificate comes from a CT log of the trusted root/
      ],
      [
        'the CT log key was not valid when the SCT was made',
        (root: any) =>
          root.ctlogs.forEach(
            (log: any) => (log.publicKey.validFor = { start: '2020-01-01T00:00:00Z', end: '2021-01-01T00:00:00Z' })
          ),
        /no SCT of the certificate comes from a CT log of the trusted root/
      ]
    ])('untrusted certificate when %s', async (_name, change, reason) => {
      const root = JSON.parse(readFileSync(fixture('sigstore/public-good-trust-root/trusted_root.json'), 'utf8'))
      change(root)
      writeFileSync(path.join(ws, 'changed_root.json'), JSON.stringify(root))
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: shas,
        'sigstore-trusted-root': 'changed_root.json',
        'require-transparency-log': 'false'
      })
      expect(r.status).toBe('fail')
      for (const e of cases) {
        expect(verdict(r, e.object_sha1)).toMatchObject({ verdict: 'untrusted-certificate', pass: false })
        expect(verdict(r, e.object_sha1).reason).toMatch(reason)
      }
    })

    test('a trusted root that is not one is an error naming the field', async () => {
      writeFileSync(path.join(ws, 'not_a_root.json'), '{\n  "mediaType": "application/json"\n}\n')
      const r = await verify({
        'allowed-signers': 'gitsign.yml',
        commits: shas,
        'sigstore-trusted-root': 'not_a_root.json'
      })
      expect(r.status).toBe('error')
      expect(r.error?.message).toMatch(/^not_a_root\.json:2: mediaType: not a Sigstore trusted root/)
    })

    test('without a trusted root the certificate cannot be checked, and the reason says which input is missing', async () => {
      const r = await verify({ 'allowed-signers': 'gitsign.yml', commits: shas, 'require-transparency-log': 'false' })
      expect(verdict(r, cases[0]!.object_sha1)).toMatchObject({ verdict: 'unverifiable' })
      expect(verdict(r, cases[0]!.object_sha1).reason).toMatch(
        /no Sigstore trusted root was given \(input sigstore-trusted-root\)/
      )
    })
  })

  describe('GitHub web-flow (OpenPGP, platform-signed)', () => {
    const cases = inDir('pgp-github-web-flow')
    const shas = cases.map(e => e.object_sha1).join('\n')
    beforeAll(() => {
      const armored = readFileSync(path.join(dir, 'pgp-github-web-flow/web-flow-4AEE18F83AFDEB23.asc'), 'utf8')
      writeFileSync(path.join(ws, 'web-flow.asc'), armored)
      writeFileSync(
        path.join(ws, 'platform.yml'),
        'version: 1\nsigners:\n  - name: GitHub web-flow\n    id: github-web-flow\n    kind: platform\n    emails: [noreply@github.com]\n    keys:\n      - type: openpgp\n        fingerprint: 5DE3 E050 9C47 EA3C F04A  42D3 4AEE 18F8 3AFD EB23\n        publicKeyFile: web-flow.asc\n'
      )
      writeFileSync(
        path.join(ws, 'people.yml'),
        `version: 1\nsigners:\n  - name: Somebody\n    keys:\n      - type: ssh\n        publicKey: ${readFileSync(path.join(ws, 'crosse-testsigning.allowed_signers'), 'utf8').split(' ').slice(2, 4).join(' ')}\n`
      )
    })

    test('are reported as platform-signed, not attributable to an individual, and fail by default', async () => {
      const r = await verify({ 'allowed-signers': 'platform.yml', commits: shas })
      expect(r.status).toBe('fail')
      for (const e of cases) {
        expect(verdict(r, e.object_sha1)).toMatchObject({
          verdict: 'platform-signed',
          pass: false,
          signatureType: 'openpgp',
          keyId: e.signer_fingerprint,
          signer: { kind: 'platform', name: 'GitHub web-flow' }
        })
      }
    })

    test('pass with allow-platform-signed, and with signer-must-be-committer (the committer is GitHub)', async () => {
      const r = await verify({
        'allowed-signers': 'platform.yml',
        commits: shas,
        'allow-platform-signed': 'true',
        'signer-must-be-committer': 'true'
      })
      expect(r.status).toBe('pass')
    })

    test('without the web-flow key in the allow-list they are named as GitHub’s web-flow key and fail', async () => {
      const r = await verify({ 'allowed-signers': 'people.yml', commits: shas, 'allow-platform-signed': 'true' })
      for (const e of cases) {
        // These signatures carry only the issuer key id, not the full fingerprint: that is all gpg can name.
        expect(verdict(r, e.object_sha1)).toMatchObject({
          verdict: 'unknown-key',
          keyId: e.signer_fingerprint!.slice(-16)
        })
        expect(verdict(r, e.object_sha1).reason).toMatch(
          /GitHub's web-flow key .*4AEE18F83AFDEB23, which the allow-list does not list/
        )
      }
    })
  })
})
