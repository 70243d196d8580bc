/**
 * The record signed with Sigstore keyless signing, against Fulcio, Rekor and a
 * timestamp authority from @sigstore/mock over real HTTP on 127.0.0.1, with the OIDC
 * token from a GitHub Actions token service stand-in: the bundle carries the statement,
 * its certificate names the reusable workflow, and verify mode accepts it only for the
 * identity, issuer and trusted root the auditor gives.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fulcioIdentityOf, tokenClaims } from '@ai-act-gates/audit'
import { fulcioClaims } from '@ai-act-gates/sigstore'
import { runCli } from '../../helpers/cli.js'
import { freePort } from '../../helpers/registry.js'
import {
  githubClaims,
  githubIdentity,
  startSigstoreMock,
  startTokenService,
  unsignedJwt,
  type SigstoreMock
} from '../../helpers/sigstore-mock.js'
import { readValidRecord, writeWorkspace } from '../../helpers/suite.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

/** The audit-record job of the reusable workflow, called with @v1. */
const WORKFLOW_REF = 'ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1'
const claims = githubClaims({ repository: 'acme/recruitment-screening', job_workflow_ref: WORKFLOW_REF })
const IDENTITY = githubIdentity(claims)
const ISSUER = 'https://token.actions.githubusercontent.com'

let mock: SigstoreMock
let other: SigstoreMock
let tokens: Awaited<ReturnType<typeof startTokenService>>
let ws: string

beforeAll(async () => {
  mock = await startSigstoreMock()
  other = await startSigstoreMock()
  tokens = await startTokenService(claims)
})
afterAll(async () => {
  await mock?.stop()
  await other?.stop()
  await tokens?.stop()
})
beforeEach(async () => {
  ws = await makeTempDir()
  await writeWorkspace(ws)
  await writeFile(path.join(ws, 'trusted_root.json'), JSON.stringify(mock.trustedRoot))
  await writeFile(path.join(ws, 'other_root.json'), JSON.stringify(other.trustedRoot))
})
afterEach(async () => removeDir(ws))

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  ...tokens.env,
  ...extra
})

async function signKeyless(extraEnv: Record<string, string> = {}, root = 'trusted_root.json') {
  return runCli(
    ['run', '--config', 'gates.yml', '--report-dir', 'out', '--signing', 'keyless', '--trusted-root', root, '--quiet'],
    { cwd: ws, env: env(extraEnv) }
  )
}

async function verify(flags: Record<string, string>, record = 'out/audit-record.json') {
  const args = ['audit-record', '--mode', 'verify', '--record', record, '--report-dir', '', '--json']
  for (const [k, v] of Object.entries(flags)) args.push(`--${k}`, v)
  const r = await runCli(args, { cwd: ws, env: { PATH: process.env.PATH } })
  return { code: r.code, result: r.stdout ? JSON.parse(r.stdout) : undefined, stdout: r.stdout }
}

const expected = {
  'certificate-identity': IDENTITY,
  'certificate-oidc-issuer': ISSUER,
  'trusted-root': 'trusted_root.json'
}
const check = (result: any, id: string) => result.checks.find((c: any) => c.id === id)

describe('a record signed keyless through the Actions token service', () => {
  let bundle: any
  beforeEach(async () => {
    const r = await signKeyless()
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('signature: out/audit-record.intoto.sigstore.json')
    bundle = JSON.parse(await readFile(path.join(ws, 'out/audit-record.intoto.sigstore.json'), 'utf8'))
  })

  test('states the workflow identity in the record and gets a certificate for exactly that identity', async () => {
    const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
    expect(record.signing).toEqual({ kind: 'sigstore-keyless', identity: IDENTITY, issuer: ISSUER })
    expect(IDENTITY).toBe(
      'https://github.com/ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1'
    )
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(Buffer.from(bundle.dsseEnvelope.payload, 'base64')).toEqual(
      await readFile(path.join(ws, 'out/audit-record.intoto.json'))
    )
    const cert = fulcioClaims(Buffer.from(bundle.verificationMaterial.certificate.rawBytes, 'base64'))
    expect(cert).toMatchObject({
      subjectAlternativeName: IDENTITY,
      issuer: ISSUER,
      githubWorkflowRepository: 'acme/recruitment-screening'
    })
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(bundle.verificationMaterial.tlogEntries[0].kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' })
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    // every service was asked, on the URLs the trusted root names
    expect(mock.requests).toEqual(
      expect.arrayContaining(['POST /api/v2/signingCert', 'POST /api/v1/log/entries', 'POST /api/v1/timestamp'])
    )
    // and the audit-record result lists what the signing touched
    const result = JSON.parse(await readFile(path.join(ws, 'out/audit-record.result.json'), 'utf8'))
    expect(result.outputs['signing-kind']).toBe('sigstore-keyless')
    expect(result.resources.map((r: any) => [r.kind, r.uri.replace(/\?.*$/, '')])).toEqual(
      expect.arrayContaining([
        ['oidc', tokens.env.ACTIONS_ID_TOKEN_REQUEST_URL!.replace(/\?.*$/, '')],
        ['http', `${mock.fulcioURL}/api/v2/signingCert`],
        ['transparency-log', `${mock.rekorURL}/api/v1/log/entries`],
        ['http', `${mock.tsaURL}/api/v1/timestamp`]
      ])
    )
  })

  test('verifies for the expected identity and issuer against the trusted root, artefacts included', async () => {
    const { code, result } = await verify({ ...expected, 'check-artefacts': 'true' })
    expect(result.checks.map((c: any) => [c.id, c.status])).toEqual([
      ['record-valid', 'pass'],
      ['signature-verifies', 'pass'],
      ['statement-matches-record', 'pass'],
      ['signer-matches-record', 'pass'],
      ['record-passed', 'pass'],
      ['artefacts-match', 'pass']
    ])
    expect(code).toBe(0)
    expect(check(result, 'signature-verifies').message).toMatch(
      new RegExp(
        `^out/audit-record\\.intoto\\.sigstore\\.json is signed keyless by ${IDENTITY.replace(/[.]/g, '\\.')} \\(issuer ${ISSUER.replace(/[.]/g, '\\.')}\\), verified against trusted_root\\.json, Rekor log index \\d+$`
      )
    )
    expect(result.outputs['signature-path']).toBe('out/audit-record.intoto.sigstore.json')
    expect(result.evidence[1].category).toBe('sigstore-bundle')
  })

  test.each([
    [
      'another identity',
      {
        'certificate-identity':
          'https://github.com/acme/recruitment-screening/.github/workflows/release.yml@refs/heads/main'
      },
      `the certificate's identity is '${IDENTITY}', expected 'https://github.com/acme/recruitment-screening/.github/workflows/release.yml@refs/heads/main'`
    ],
    [
      'another issuer',
      { 'certificate-oidc-issuer': 'https://accounts.google.com' },
      `the certificate's OIDC issuer is '${ISSUER}', expected 'https://accounts.google.com'`
    ]
  ])('fails for %s, naming the bundle and the certificate', async (_name, change, message) => {
    const { code, result } = await verify({ ...expected, ...change })
    expect(code).toBe(1)
    expect(check(result, 'signature-verifies')).toMatchObject({
      status: 'fail',
      message,
      locations: [{ file: 'out/audit-record.intoto.sigstore.json', field: 'verificationMaterial.certificate' }]
    })
    expect(check(result, 'statement-matches-record').status).toBe('skipped')
    expect(check(result, 'signer-matches-record').status).toBe('skipped')
  })

  test('fails against the trusted root of another Sigstore instance', async () => {
    const { code, result } = await verify({ ...expected, 'trusted-root': 'other_root.json' })
    expect(code).toBe(1)
    expect(check(result, 'signature-verifies').status).toBe('fail')
    // @sigstore/verify's code first: the first of the root's authorities that does not vouch for the bundle
    expect(check(result, 'signature-verifies').message).toMatch(/^(TIMESTAMP|CERTIFICATE|TLOG)_ERROR: /)
    expect(check(result, 'signature-verifies').locations).toEqual([
      { file: 'out/audit-record.intoto.sigstore.json', field: 'verificationMaterial' }
    ])
  })

  test('a record edited after signing fails, and so does a record that names another signer', async () => {
    const file = path.join(ws, 'out/audit-record.json')
    const record = JSON.parse(await readFile(file, 'utf8'))
    record.gates[1].durationMs += 1000
    await writeFile(file, JSON.stringify(record, null, 2))
    const edited = await verify(expected)
    expect(edited.code).toBe(1)
    expect(check(edited.result, 'signature-verifies').status).toBe('pass')
    expect(check(edited.result, 'statement-matches-record')).toMatchObject({
      status: 'fail',
      message: 'the predicate differs from out/audit-record.json: the record was changed after signing'
    })

    record.gates[1].durationMs -= 1000
    record.signing.identity =
      'https://github.com/acme/recruitment-screening/.github/workflows/release.yml@refs/heads/main'
    await writeFile(file, JSON.stringify(record, null, 2))
    const renamed = await verify(expected)
    expect(renamed.code).toBe(1)
    expect(check(renamed.result, 'signer-matches-record')).toMatchObject({
      status: 'fail',
      message: `the record names ${record.signing.identity} (issuer ${ISSUER}), not ${IDENTITY} (issuer ${ISSUER})`,
      locations: [{ file: 'out/audit-record.json', field: 'signing' }]
    })
  })

  test('a bundle whose signed payload was swapped does not verify', async () => {
    const file = path.join(ws, 'out/audit-record.intoto.sigstore.json')
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))
    statement.predicate.summary = 'nothing to see'
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    await writeFile(file, JSON.stringify(bundle))
    const { code, result } = await verify(expected)
    expect(code).toBe(1)
    expect(check(result, 'signature-verifies').status).toBe('fail')
  })

  test.each([
    [
      'no certificate-identity',
      { 'certificate-oidc-issuer': ISSUER },
      "certificate-identity: input 'certificate-identity' is required to verify the Sigstore bundle out/audit-record.intoto.sigstore.json"
    ],
    [
      'no certificate-oidc-issuer',
      { 'certificate-identity': IDENTITY },
      "certificate-oidc-issuer: input 'certificate-oidc-issuer' is required to verify the Sigstore bundle"
    ],
    [
      'a public key for a bundle',
      { ...expected, 'public-key': 'trusted_root.json' },
      "public-key: input 'public-key' is for DSSE envelopes; out/audit-record.intoto.sigstore.json is a Sigstore bundle"
    ]
  ])('verify mode with %s is an error naming the input (exit 2)', async (_name, flags, message) => {
    const { code, result } = await verify(flags)
    expect(code).toBe(2)
    expect(result.error.message).toContain(message)
  })

  test.each([
    ['a bundle that is not JSON', '{\n  "mediaType": 1,\n', /^out\/audit-record\.intoto\.sigstore\.json:3:1: /],
    [
      'a bundle without a DSSE envelope',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","messageSignature":{}}',
      /^out\/audit-record\.intoto\.sigstore\.json: dsseEnvelope\.payload: not a Sigstore bundle with a DSSE envelope/
    ],
    [
      'a bundle without verification material',
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        dsseEnvelope: {
          payloadType: 'application/vnd.in-toto+json',
          payload: Buffer.from(
            JSON.stringify({ subject: [{ name: 'x', digest: { sha256: 'a'.repeat(64) } }] })
          ).toString('base64'),
          signatures: []
        }
      }),
      /^out\/audit-record\.intoto\.sigstore\.json: content\.dsseEnvelope\.signatures, verificationMaterial: not a valid Sigstore bundle: /
    ]
  ])('%s is an error with its location (exit 2)', async (_name, text, message) => {
    await writeFile(path.join(ws, 'out/audit-record.intoto.sigstore.json'), text)
    const { code, result } = await verify(expected)
    expect(code).toBe(2)
    expect(result.error.message).toMatch(message)
  })

  test('a trusted root that is not one is an error naming the file', async () => {
    const { code, result } = await verify({ ...expected, 'trusted-root': 'gates.yml' })
    expect(code).toBe(2)
    expect(result.error.message).toMatch(/^gates\.yml:1:1: /)
  })
})

describe('keyless signing fails closed', () => {
  /** Neither the record, nor its statement, nor any signature. */
  async function nothingWritten(): Promise<void> {
    const files = await readdir(path.join(ws, 'out'))
    expect(files.filter(f => /^audit-record\.(json|intoto\.)/.test(f))).toEqual([])
    expect(files).toContain('audit-record.result.json')
  }

  test('without an OIDC token: an error that says how to get one, and nothing is written', async () => {
    const r = await runCli(['run', '--config', 'gates.yml', '--report-dir', 'out', '--signing', 'keyless', '--quiet'], {
      cwd: ws,
      env: { PATH: process.env.PATH }
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      "signing: keyless signing needs an OIDC token and none is available. In GitHub Actions give the job 'permissions: id-token: write'"
    )
    await nothingWritten()
  })

  test('when Fulcio cannot be reached: an error naming the signing step, and nothing is written', async () => {
    const root = JSON.parse(JSON.stringify(mock.trustedRoot))
    const down = `http://127.0.0.1:${await freePort()}`
    root.certificateAuthorities[0].uri = down
    await writeFile(path.join(ws, 'down_root.json'), JSON.stringify(root))
    const r = await signKeyless({}, 'down_root.json')
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(
      `signing: signing the statement failed: error creating signing certificate (request to ${down}/api/v2/signingCert failed, reason: connect ECONNREFUSED`
    )
    await nothingWritten()
  })

  test('when the services answer with material the trusted root does not vouch for: an error, and nothing is written', async () => {
    // the other instance's keys and certificates, with this instance's URLs: signing works, verifying does not
    const root = JSON.parse(JSON.stringify(other.trustedRoot))
    root.certificateAuthorities[0].uri = mock.fulcioURL
    root.tlogs[0].baseUrl = mock.rekorURL
    root.timestampAuthorities[0].uri = mock.tsaURL
    await writeFile(path.join(ws, 'mixed_root.json'), JSON.stringify(root))
    const r = await signKeyless({}, 'mixed_root.json')
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(
      /signing: the bundle Fulcio and Rekor returned does not verify against mixed_root\.json: [A-Z_]+_ERROR: .*; the signature is not written/
    )
    await nothingWritten()
  })

  test.each([
    [
      'a GitHub token whose subject Fulcio certifies instead of the workflow',
      { ...claims, sub: 'repo:acme/recruitment-screening:ref:refs/heads/main' },
      `certified 'repo:acme/recruitment-screening:ref:refs/heads/main' (issuer '${ISSUER}'), but the record states '${IDENTITY}' (issuer '${ISSUER}')`
    ],
    [
      'a token whose e-mail the record states while Fulcio certifies its subject',
      { iss: 'https://accounts.example', sub: '1234567890', email: 'auditor@example.org', email_verified: true },
      "certified '1234567890' (issuer 'https://accounts.example'), but the record states 'auditor@example.org' (issuer 'https://accounts.example')"
    ]
  ])('when the certificate names another identity than the record states: %s', async (_name, tokenClaims, message) => {
    const r = await signKeyless({ SIGSTORE_ID_TOKEN: unsignedJwt(tokenClaims) })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain(message)
    await nothingWritten()
  })

  test('a token from SIGSTORE_ID_TOKEN whose subject is its identity signs, and the record names it', async () => {
    const r = await signKeyless({
      SIGSTORE_ID_TOKEN: unsignedJwt({ iss: 'https://issuer.example', sub: 'spiffe://example.org/ci' })
    })
    expect(r.code).toBe(0)
    const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
    expect(record.signing).toEqual({
      kind: 'sigstore-keyless',
      identity: 'spiffe://example.org/ci',
      issuer: 'https://issuer.example'
    })
    const { code } = await verify({
      'certificate-identity': 'spiffe://example.org/ci',
      'certificate-oidc-issuer': 'https://issuer.example',
      'trusted-root': 'trusted_root.json'
    })
    expect(code).toBe(0)
  })
})

describe('the identity Fulcio certifies for a token', () => {
  test.each([
    [
      'a GitHub Actions token: the workflow that runs the job',
      {
        iss: ISSUER,
        sub: 'repo:o/r:ref:refs/heads/main',
        job_workflow_ref: 'o/r/.github/workflows/ci.yml@refs/heads/main'
      },
      { identity: 'https://github.com/o/r/.github/workflows/ci.yml@refs/heads/main', issuer: ISSUER }
    ],
    [
      'an e-mail token: the address',
      { iss: 'https://accounts.google.com', sub: '1', email: 'a@example.org', email_verified: true },
      { identity: 'a@example.org', issuer: 'https://accounts.google.com' }
    ],
    [
      'another token: the subject',
      { iss: 'https://oidc.example', sub: 'system:serviceaccount:ci:signer' },
      { identity: 'system:serviceaccount:ci:signer', issuer: 'https://oidc.example' }
    ]
  ])('%s', (_name, tokenClaims, identity) => {
    expect(fulcioIdentityOf(tokenClaims)).toEqual(identity)
  })

  test.each([
    ['no issuer', { sub: 'x' }, 'the OIDC identity token has no issuer (iss)'],
    ['a GitHub token without job_workflow_ref', { iss: ISSUER, sub: 'repo:o/r' }, 'has no job_workflow_ref claim'],
    [
      'an unverified e-mail',
      { iss: 'https://i', email: 'a@example.org', email_verified: false },
      'is not verified; Fulcio certifies only verified addresses'
    ],
    ['neither e-mail nor subject', { iss: 'https://i' }, 'has neither an e-mail nor a subject']
  ])('%s is an error', (_name, tokenClaims, message) => {
    expect(() => fulcioIdentityOf(tokenClaims)).toThrow(message)
  })

  test('a token that is not a JWT is an error', () => {
    expect(() => tokenClaims('not-a-jwt')).toThrow(/the OIDC identity token is not a JWT/)
    expect(tokenClaims(unsignedJwt({ iss: 'x' }))).toEqual({ iss: 'x' })
  })
})
