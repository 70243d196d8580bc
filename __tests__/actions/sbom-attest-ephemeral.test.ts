/**
 * sbom-attest with signing: ephemeral (the demo's mode): the SBOM of the example system
 * is signed with a key made for the run, the public key lands beside the bundle, and
 * cosign-verify's blob mode admits the SBOM with that key only, and only unchanged.
 */
import { generateKeyPairSync } from 'node:crypto'
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runCli } from '../helpers/cli.js'
import { ROOT } from '../helpers/paths.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
  await cp(path.join(ROOT, 'examples/recruitment-screening/models'), path.join(ws, 'models'), { recursive: true })
})
afterAll(async () => removeDir(ws))

const cli = (args: string[]) => runCli([...args, '--report-dir', '', '--json'], { cwd: ws })
const verifyBlob = (key: string) =>
  cli([
    'cosign-verify',
    '--bundle',
    'out/sbom.cdx.sigstore.json',
    '--artifact',
    'out/sbom.cdx.json',
    '--key',
    key,
    '--insecure-ignore-tlog',
    'true'
  ])

test('signs with a key made for the run, writes its public key, and says so', async () => {
  const r = await cli([
    'sbom-attest',
    '--models',
    'models/models.yml',
    '--lockfiles',
    'models/requirements.txt',
    '--output',
    'out/sbom.cdx.json',
    '--signing',
    'ephemeral'
  ])
  expect(r.code).toBe(0)
  const result = JSON.parse(r.stdout)
  expect(result.outputs['public-key-path']).toBe('out/sbom.cdx.pub.pem')
  expect(await readFile(path.join(ws, 'out/sbom.cdx.pub.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
  const signed = result.checks.find((c: any) => c.id === 'attestation-signed')
  expect(signed.message).toContain('an ephemeral key made for this run')
  expect(signed.evidence.signing).toBe('ephemeral')
  expect(r.stderr).toContain('ephemeral key')
})

test('cosign-verify admits the SBOM with that public key only, and only unchanged', async () => {
  expect((await verifyBlob('out/sbom.cdx.pub.pem')).code).toBe(0)
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'pem', type: 'spki' })
  await writeFile(path.join(ws, 'other.pub.pem'), other)
  expect((await verifyBlob('other.pub.pem')).code).toBe(1)
  await appendFile(path.join(ws, 'out/sbom.cdx.json'), ' ')
  expect((await verifyBlob('out/sbom.cdx.pub.pem')).code).toBe(1)
})

test('an ephemeral key never comes with a key input', async () => {
  const r = await cli(['sbom-attest', '--models', 'models/models.yml', '--signing', 'ephemeral', '--key', 'k.pem'])
  expect(r.code).toBe(2)
  expect(JSON.parse(r.stdout).error.message).toContain("input 'key' is given but signing is 'ephemeral'")
})
