/**
 * The signed record: a DSSE envelope over the in-toto statement, checked against the
 * DSSE specification's pre-authentication encoding written out here, and verified by
 * OpenSSL as an independent implementation of ECDSA P-256 and Ed25519.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { pae, verifyEnvelope, type DsseEnvelope } from '@ai-act-gates/audit'
import { sha256Hex } from '@ai-act-gates/files'
import { runCli } from '../../helpers/cli.js'
import { readValidRecord, writeWorkspace } from '../../helpers/suite.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  await writeWorkspace(ws)
})
afterEach(async () => removeDir(ws))

/** PAE as DSSE's protocol.md spells it: "DSSEv1" SP len(type) SP type SP len(body) SP body, lengths in ASCII decimal bytes. */
function specPae(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body])
}

function openssl(args: string[]): string {
  return execFileSync('openssl', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

test('PAE matches the specification, with byte lengths of non-ASCII bodies', () => {
  const body = Buffer.from('{"name":"José"}')
  expect(pae('application/vnd.in-toto+json', body).toString()).toBe(
    `DSSEv1 28 application/vnd.in-toto+json ${body.length} {"name":"José"}`
  )
  expect(pae('t', Buffer.alloc(0))).toEqual(specPae('t', Buffer.alloc(0)))
})

describe.each([
  ['ECDSA P-256', 'ec'],
  ['Ed25519', 'ed25519']
])('a record signed with an %s key', (_name, type) => {
  test('verifies with OpenSSL and carries the record as its predicate; a changed payload does not verify', async () => {
    const { privateKey, publicKey } =
      type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519')
    await writeFile(path.join(ws, 'signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }))
    const pubPem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
    await writeFile(path.join(ws, 'pub.pem'), pubPem)

    const r = await runCli(
      ['run', '--config', 'gates.yml', '--report-dir', 'out', '--signing-key', 'signing.pem', '--quiet'],
      { cwd: ws }
    )
    expect(r.code).toBe(0)
    const recordText = await readFile(path.join(ws, 'out/audit-record.json'), 'utf8')
    const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
    expect(record.signing).toMatchObject({
      kind: 'key',
      algorithm: type === 'ec' ? 'ecdsa-p256-sha256' : 'ed25519',
      publicKey: pubPem
    })
    const envelope = JSON.parse(
      await readFile(path.join(ws, 'out/audit-record.intoto.dsse.json'), 'utf8')
    ) as DsseEnvelope
    expect(envelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(envelope.signatures[0]!.keyid).toBe(record.signing.keyId)

    const payload = Buffer.from(envelope.payload, 'base64')
    expect(payload).toEqual(await readFile(path.join(ws, 'out/audit-record.intoto.json')))
    const statement = JSON.parse(payload.toString('utf8'))
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.predicateType).toBe('https://ai-act-gates.dev/attestations/pipeline-audit-record/v1')
    expect(statement.predicate).toEqual(JSON.parse(recordText))
    expect(statement.subject[0]).toEqual({
      name: 'gates.yml',
      digest: { sha256: sha256Hex(await readFile(path.join(ws, 'gates.yml'))) }
    })
    const manifest = statement.subject.find((s: { name: string }) => s.name === 'out/evidence.json')
    expect(manifest.digest.sha256).toBe(sha256Hex(await readFile(path.join(ws, 'out/evidence.json'))))

    await writeFile(path.join(ws, 'pae.bin'), specPae(envelope.payloadType, payload))
    await writeFile(path.join(ws, 'sig.bin'), Buffer.from(envelope.signatures[0]!.sig, 'base64'))
    const args =
      type === 'ec'
        ? ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig.bin', 'pae.bin']
        : ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-sigfile', 'sig.bin', '-in', 'pae.bin']
    const verify = (): string => execFileSync('openssl', args, { cwd: ws, encoding: 'utf8' })
    expect(verify()).toMatch(/Verified OK|Signature Verified Successfully/)
    expect(verifyEnvelope(envelope, pubPem)).toEqual(payload)

    const tampered = JSON.parse(payload.toString('utf8'))
    tampered.predicate.status = 'pass'
    tampered.predicate.gates[0].status = 'pass'
    tampered.predicate.summary = 'nothing to see'
    const forged = { ...envelope, payload: Buffer.from(JSON.stringify(tampered)).toString('base64') }
    await writeFile(path.join(ws, 'pae.bin'), specPae(forged.payloadType, Buffer.from(forged.payload, 'base64')))
    expect(verify).toThrow()
    expect(() => verifyEnvelope(forged, pubPem)).toThrow(/no signature of the envelope verifies/)
  })
})

test('a local run without a key signs with an ephemeral key and says so', async () => {
  const r = await runCli(['run', '--config', 'gates.yml', '--report-dir', 'out', '--quiet'], { cwd: ws })
  expect(r.code).toBe(0)
  expect(r.stderr).toContain('signing with an ephemeral key made for this run (keyid ')
  const record = await readValidRecord(path.join(ws, 'out/audit-record.json'))
  expect(record.signing.kind).toBe('ephemeral')
  expect(r.stderr).toContain(record.signing.publicKey!)
  const envelope = JSON.parse(await readFile(path.join(ws, 'out/audit-record.intoto.dsse.json'), 'utf8'))
  expect(JSON.parse(verifyEnvelope(envelope, record.signing.publicKey!).toString()).predicate.status).toBe('pass')
  expect(openssl(['version'])).toMatch(/OpenSSL/)
})

describe('signing problems are errors that name the input', () => {
  test.each([
    ['a key that is not PEM', ['--signing-key', 'gates.yml'], /signing-key: not a usable PEM private key/],
    ['an RSA key', ['--signing-key', 'rsa.pem'], /unsupported signing key type rsa/],
    ['key mode without a key', ['--signing', 'key'], /signing 'key' needs input 'signing-key'/],
    [
      'keyless without an OIDC token',
      ['--signing', 'keyless'],
      /signing: keyless signing needs an OIDC token and none is available\. In GitHub Actions give the job 'permissions: id-token: write'/
    ],
    [
      'a trusted root with key signing',
      ['--signing', 'key', '--signing-key', 'rsa.pem', '--trusted-root', 'gates.yml'],
      /trusted-root: input 'trusted-root' is for keyless signing; signing is key/
    ]
  ])('%s', async (_name, flags, message) => {
    await writeFile(
      path.join(ws, 'rsa.pem'),
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' })
    )
    const r = await runCli(['run', '--config', 'gates.yml', '--report-dir', 'out', '--quiet', ...flags], { cwd: ws })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(message)
    expect(r.stdout).toContain('status:    ERROR')
  })
})
