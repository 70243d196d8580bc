/**
 * audit-record in verify mode, as an auditor runs it on the record of a run: the
 * authentic record passes; a record changed after signing, a forged envelope, another
 * key, a record of a failed run and a changed artefact each fail by name; a malformed
 * record or envelope is an error with file, line and field.
 */
import { generateKeyPairSync } from 'node:crypto'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runCli } from '../../helpers/cli.js'
import { writeWorkspace } from '../../helpers/suite.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  await writeWorkspace(ws)
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  await writeFile(path.join(ws, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }))
  await writeFile(path.join(ws, 'pub.pem'), publicKey.export({ type: 'spki', format: 'pem' }))
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
  await writeFile(path.join(ws, 'other.pem'), other.export({ type: 'spki', format: 'pem' }))
  const r = await runCli(
    ['run', '--config', 'gates.yml', '--report-dir', 'out', '--signing-key', 'key.pem', '--quiet'],
    { cwd: ws }
  )
  expect(r.code).toBe(0)
})
afterEach(async () => removeDir(ws))

const verify = async (extra: string[] = [], key = 'pub.pem') => {
  const r = await runCli(
    [
      'audit-record',
      '--mode',
      'verify',
      '--record',
      'out/audit-record.json',
      '--public-key',
      key,
      '--report-dir',
      '',
      '--json',
      ...extra
    ],
    { cwd: ws }
  )
  return { code: r.code, result: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr }
}
const check = (result: any, id: string) => result.checks.find((c: any) => c.id === id)

test('the authentic record of a passing run verifies, artefacts included', async () => {
  const { code, result } = await verify(['--check-artefacts'])
  expect(code).toBe(0)
  expect(result.checks.map((c: any) => [c.id, c.status])).toEqual([
    ['record-valid', 'pass'],
    ['signature-verifies', 'pass'],
    ['statement-matches-record', 'pass'],
    ['signer-matches-record', 'pass'],
    ['record-passed', 'pass'],
    ['artefacts-match', 'pass']
  ])
  expect(result.outputs['signature-path']).toBe('out/audit-record.intoto.dsse.json')
})

test('a record changed after signing fails, even when it stays schema-valid', async () => {
  const file = path.join(ws, 'out/audit-record.json')
  const record = JSON.parse(await readFile(file, 'utf8'))
  record.gates[1].durationMs += 1000
  await writeFile(file, JSON.stringify(record, null, 2))
  const { code, result } = await verify()
  expect(code).toBe(1)
  expect(check(result, 'signature-verifies').status).toBe('pass')
  expect(check(result, 'statement-matches-record')).toMatchObject({
    status: 'fail',
    message: 'the predicate differs from out/audit-record.json: the record was changed after signing'
  })
})

test('a forged envelope and another key fail the signature check', async () => {
  const { code, result } = await verify([], 'other.pem')
  expect(code).toBe(1)
  expect(check(result, 'signature-verifies').message).toMatch(
    /^no signature of the envelope verifies with key [0-9a-f]{64}$/
  )
  expect(check(result, 'statement-matches-record').status).toBe('skipped')

  const env = path.join(ws, 'out/audit-record.intoto.dsse.json')
  const envelope = JSON.parse(await readFile(env, 'utf8'))
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString())
  statement.predicate.status = 'pass'
  envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
  await writeFile(env, JSON.stringify(envelope))
  expect(check((await verify()).result, 'signature-verifies').status).toBe('fail')
})

test('the signed record of a failed run is authentic but does not pass', async () => {
  await writeFile(
    path.join(ws, 'gates.yml'),
    (await readFile(path.join(ws, 'gates.yml'), 'utf8')).replace('metrics/*.json', 'metrics/*.csv')
  )
  expect(
    (
      await runCli(['run', '--config', 'gates.yml', '--report-dir', 'failed', '--signing-key', 'key.pem', '--quiet'], {
        cwd: ws
      })
    ).code
  ).toBe(2)
  const r = await runCli(
    [
      'audit-record',
      '--mode',
      'verify',
      '--record',
      'failed/audit-record.json',
      '--public-key',
      'pub.pem',
      '--report-dir',
      '',
      '--json'
    ],
    { cwd: ws }
  )
  expect(r.code).toBe(1)
  const result = JSON.parse(r.stdout)
  expect(check(result, 'signature-verifies').status).toBe('pass')
  expect(check(result, 'record-passed').message).toBe(
    'the record says error: 2 check(s) of the record did not pass: results-non-empty, gates-passed.'
  )
})

test('a changed artefact is named', async () => {
  await appendFile(path.join(ws, 'out/evidence.json'), ' ')
  const { code, result } = await verify(['--check-artefacts'])
  expect(code).toBe(1)
  expect(check(result, 'artefacts-match')).toMatchObject({
    status: 'fail',
    message: 'out/evidence.json changed',
    locations: [{ file: 'out/evidence.json' }]
  })
})

test.each([
  [
    'a record that is not JSON',
    'out/audit-record.json',
    '{\n  "recordVersion": 1,\n',
    /^out\/audit-record\.json:3:1: /
  ],
  [
    'an envelope without signatures',
    'out/audit-record.intoto.dsse.json',
    '{"payloadType":"application/vnd.in-toto+json","payload":""}',
    /^out\/audit-record\.intoto\.dsse\.json: signatures: not a DSSE envelope/
  ]
])('%s is an error with its location (exit 2)', async (_name, file, text, message) => {
  await writeFile(path.join(ws, file), text)
  const { code, result } = await verify()
  expect(code).toBe(2)
  expect(result.error.message).toMatch(message)
})

test('verify mode needs the key the auditor trusts', async () => {
  const r = await runCli(
    ['audit-record', '--mode', 'verify', '--record', 'out/audit-record.json', '--report-dir', ''],
    { cwd: ws }
  )
  expect(r.code).toBe(2)
  expect(r.stdout).toContain("input 'public-key' is required in verify mode")
})

test('a record that names another signer than the key that signed it fails by name', async () => {
  const file = path.join(ws, 'out/audit-record.json')
  const record = JSON.parse(await readFile(file, 'utf8'))
  const signedKeyId = record.signing.keyId
  record.signing.keyId = '0'.repeat(64)
  await writeFile(file, JSON.stringify(record, null, 2))
  const { code, result } = await verify()
  expect(code).toBe(1)
  expect(check(result, 'signer-matches-record')).toMatchObject({
    status: 'fail',
    message: `the record names key ${'0'.repeat(64)}, not ${signedKeyId}`,
    locations: [{ file: 'out/audit-record.json', field: 'signing' }]
  })
})

test.each([
  ['certificate-identity', 'https://github.com/o/r/.github/workflows/x.yml@refs/heads/main'],
  ['certificate-oidc-issuer', 'https://token.actions.githubusercontent.com'],
  ['trusted-root', 'gates.yml']
])('verify mode refuses %s for a DSSE envelope rather than ignore it', async (input, value) => {
  const { code, result } = await verify([`--${input}`, value])
  expect(code).toBe(2)
  expect(result.error.message).toBe(
    `${input}: input '${input}' is for Sigstore bundles; out/audit-record.intoto.dsse.json is a DSSE envelope: give public-key`
  )
})
