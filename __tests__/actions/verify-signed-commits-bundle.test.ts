/**
 * verify-signed-commits over a git bundle, as an auditor receives a repository: the
 * example system's history (SSH and OpenPGP signed by the example allow-list's people),
 * the same history with an unsigned commit on top, and a file that is not a bundle.
 */
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { sha256Hex } from '@ai-act-gates/files'
import { runCli } from '../helpers/cli.js'
import { ROOT } from '../helpers/paths.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const BUNDLE = 'examples/recruitment-screening/source.bundle'
let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
  await mkdir(path.join(ws, 'examples/recruitment-screening'), { recursive: true })
  await mkdir(path.join(ws, 'examples/keys'), { recursive: true })
  await copyFile(path.join(ROOT, BUNDLE), path.join(ws, BUNDLE))
  await copyFile(path.join(ROOT, 'examples/allowed-signers.yml'), path.join(ws, 'examples/allowed-signers.yml'))
  await copyFile(path.join(ROOT, 'examples/keys/jberg.asc'), path.join(ws, 'examples/keys/jberg.asc'))
})
afterAll(async () => removeDir(ws))

const verify = (bundle: string) =>
  runCli(
    [
      'verify-signed-commits',
      '--repository-path',
      bundle,
      '--range',
      'v1.0.0..main',
      '--allowed-signers',
      'examples/allowed-signers.yml',
      '--report-dir',
      '',
      '--json'
    ],
    { cwd: ws, env: { PATH: process.env.PATH } }
  )

test('the example history verifies from its bundle, every commit attributed, the bundle unchanged', async () => {
  const before = sha256Hex(await readFile(path.join(ws, BUNDLE)))
  const r = await verify(BUNDLE)
  expect(r.code).toBe(0)
  const result = JSON.parse(r.stdout)
  const signers = result.checks.filter((c: any) => c.id.startsWith('commit-')).map((c: any) => c.evidence.signer.id)
  expect(signers).toEqual(['jberg', 'mnovak', 'jberg'])
  expect(result.checks[0].message).toContain(`read from the git bundle ${BUNDLE}`)
  expect(sha256Hex(await readFile(path.join(ws, BUNDLE)))).toBe(before)
})

test('an unsigned commit added to the bundled history fails, by sha', async () => {
  const repo = path.join(ws, 'clone')
  execFileSync('git', ['clone', '--quiet', '--branch', 'main', path.join(ws, BUNDLE), repo])
  await writeFile(path.join(repo, 'README.md'), 'changed without a signature\n')
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Mallory', '-c', 'user.email=m@example.com', ...args], { cwd: repo })
  git(['commit', '--quiet', '--no-gpg-sign', '-am', 'Quietly change the README'])
  const sha = git(['rev-parse', 'HEAD']).toString().trim()
  execFileSync('git', ['bundle', 'create', '--quiet', path.join(ws, 'tampered.bundle'), 'main', 'v1.0.0'], {
    cwd: repo
  })
  const r = await verify('tampered.bundle')
  expect(r.code).toBe(1)
  expect(JSON.parse(r.stdout).outputs['unsigned-commits']).toBe(sha)
})

test('a file that is not a bundle exits 2 naming it', async () => {
  await writeFile(path.join(ws, 'notes.bundle'), 'not a bundle\n')
  const r = await verify('notes.bundle')
  expect(r.code).toBe(2)
  expect(JSON.parse(r.stdout).error).toMatchObject({
    code: 'PARSE_ERROR',
    file: 'notes.bundle',
    field: 'repository-path'
  })
})
