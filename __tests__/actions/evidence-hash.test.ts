import { readFile, rm, writeFile, appendFile, symlink } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction, validateGateResult } from '@ai-act-gates/action-kit'
import { evidenceHashGate, MANIFEST_SCHEMA } from '@ai-act-gates/evidence'
import { compileSchema } from '@ai-act-gates/config'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli } from '../helpers/cli.js'
import { makeTempDir, removeDir, writeTree } from '../helpers/tmp.js'
import { sha256Hex } from '@ai-act-gates/files'

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
  await writeTree(ws, {
    'evidence/junit.xml': '<testsuites/>',
    'evidence/metrics.json': '{"auc":0.91}',
    'evidence/model-card.md': '# Model card\n',
    'evidence/sub/notes.txt': 'notes'
  })
})
afterEach(async () => removeDir(ws))

const env = {
  GITHUB_ACTIONS: 'true',
  GITHUB_RUN_ID: '7',
  GITHUB_JOB: 'gates',
  GITHUB_ACTION: 'hash-evidence',
  GITHUB_REPOSITORY: 'acme/recruit'
}

describe('evidence-hash as a GitHub Action', () => {
  test('hash mode writes a schema-valid manifest, an in-toto statement and the outputs', async () => {
    const io = fakeActionIO('evidence-hash', {
      paths: 'evidence/**',
      manifest: 'pack/manifest.json',
      category: 'test-report'
    })
    const result = await runAction(evidenceHashGate, io, { workspace: ws, env })
    expect(io.failed).toBeUndefined()
    expect(result?.status).toBe('pass')
    const text = await readFile(path.join(ws, 'pack/manifest.json'), 'utf8')
    const manifest = JSON.parse(text)
    expect(compileSchema(MANIFEST_SCHEMA)(manifest)).toBe(true)
    expect(manifest.files.map((f: any) => f.path)).toEqual([
      'evidence/junit.xml',
      'evidence/metrics.json',
      'evidence/model-card.md',
      'evidence/sub/notes.txt'
    ])
    expect(manifest.files[1]).toMatchObject({
      sha256: sha256Hex('{"auc":0.91}'),
      size: 12,
      category: 'test-report',
      producer: { repository: 'acme/recruit', runId: '7', job: 'gates', step: 'hash-evidence' }
    })
    expect(io.outputs['manifest-sha256']).toBe(sha256Hex(text))
    expect(io.outputs['file-count']).toBe('4')
    const statement = JSON.parse(await readFile(path.join(ws, 'pack/manifest.intoto.json'), 'utf8'))
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.subject[0]).toEqual({ name: 'evidence/junit.xml', digest: { sha256: sha256Hex('<testsuites/>') } })
    expect(statement.predicate.manifest.digest.sha256).toBe(sha256Hex(text))
    expect(io.summaries[0]).toContain('evidence-hash: pass')
    expect(io.outputs['result-path']).toMatch(/^ai-act-gates-reports\/evidence-hash\.hash-evidence\.result\.json$/)
    validateGateResult(JSON.parse(await readFile(path.join(ws, io.outputs['result-path']!), 'utf8')))
  })

  test('verify mode names every modified, missing and extra file and fails the step', async () => {
    await runAction(evidenceHashGate, fakeActionIO('evidence-hash', { paths: 'evidence/**', manifest: 'm.json' }), {
      workspace: ws,
      env
    })
    await appendFile(path.join(ws, 'evidence/metrics.json'), ' ')
    await rm(path.join(ws, 'evidence/model-card.md'))
    await writeFile(path.join(ws, 'evidence/sub/added.txt'), 'new')
    const io = fakeActionIO('evidence-hash', { mode: 'verify', manifest: 'm.json' })
    const result = await runAction(evidenceHashGate, io, { workspace: ws, env })
    expect(result?.status).toBe('fail')
    expect(io.failed).toMatch(/^evidence-hash failed: 3 check\(s\) did not pass/)
    expect(io.outputs).toMatchObject({
      modified: 'evidence/metrics.json',
      missing: 'evidence/model-card.md',
      extra: 'evidence/sub/added.txt'
    })
    expect(io.annotations.map(a => a.file).sort()).toEqual([
      'evidence/metrics.json',
      'evidence/model-card.md',
      'evidence/sub/added.txt'
    ])
    const modified = result!.checks.find(c => c.id === 'files-unmodified')!
    expect(modified.evidence).toMatchObject({
      modified: [{ path: 'evidence/metrics.json', expectedSize: 12, actualSize: 13 }]
    })
  })

  test('an unchanged pack verifies', async () => {
    await runAction(evidenceHashGate, fakeActionIO('evidence-hash', { paths: 'evidence/**', manifest: 'm.json' }), {
      workspace: ws,
      env
    })
    const io = fakeActionIO('evidence-hash', { mode: 'verify', manifest: 'm.json' })
    expect((await runAction(evidenceHashGate, io, { workspace: ws, env }))?.status).toBe('pass')
    expect(io.failed).toBeUndefined()
  })
})

describe('evidence-hash bad input, each a clear error', () => {
  const cases: Array<[string, Record<string, string>, string, RegExp]> = [
    [
      'a glob that matches nothing',
      { paths: 'evidence/**, reports/**' },
      'GLOB_NO_MATCH',
      /pattern 'reports\/\*\*' matched no file/
    ],
    ['no paths in hash mode', { paths: '' }, 'INPUT_MISSING', /'paths' is required in hash mode/],
    ['an unknown mode', { mode: 'check' }, 'INPUT_INVALID', /input 'mode' is 'check'; use one of: hash, verify/],
    [
      'a manifest outside the workspace',
      { paths: 'evidence/**', manifest: '../m.json' },
      'PATH_OUTSIDE_WORKSPACE',
      /outside the workspace/
    ],
    [
      'a missing manifest in verify mode',
      { mode: 'verify', manifest: 'none.json' },
      'FILE_NOT_FOUND',
      /^none.json: no such file/
    ]
  ]
  test.each(cases)('%s', async (_name, inputs, code, message) => {
    const io = fakeActionIO('evidence-hash', { manifest: 'm.json', ...inputs })
    const result = await runAction(evidenceHashGate, io, { workspace: ws, env: {} })
    expect(result?.status).toBe('error')
    expect(result?.error).toMatchObject({ code })
    expect(result?.error?.message).toMatch(message)
    expect(io.failed).toMatch(/could not run/)
  })

  test('a malformed manifest names its line', async () => {
    await writeFile(path.join(ws, 'm.json'), '{\n  "manifestVersion": 1,\n  "files": [\n}\n')
    const r = await runCli(['evidence-hash', '--mode', 'verify', '--manifest', 'm.json', '--report-dir', ''], {
      cwd: ws
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toMatch(/m.json:4:1: /)
  })

  test('a schema-invalid manifest names the field', async () => {
    await runCli(['evidence-hash', '--paths', 'evidence/**', '--manifest', 'm.json', '--report-dir', ''], { cwd: ws })
    const m = JSON.parse(await readFile(path.join(ws, 'm.json'), 'utf8'))
    m.files[2].sha256 = 'not-a-digest'
    m.files[3].path = '../../etc/passwd'
    await writeFile(path.join(ws, 'bad.json'), JSON.stringify(m, null, 2))
    const r = await runCli(
      ['evidence-hash', '--mode', 'verify', '--manifest', 'bad.json', '--report-dir', '', '--json'],
      { cwd: ws }
    )
    expect(r.code).toBe(2)
    const result = JSON.parse(r.stdout)
    expect(result.error).toMatchObject({ code: 'SCHEMA_VIOLATION', file: 'bad.json', field: 'files[2].sha256' })
    expect(result.error.message).toContain('files[3].path')
  })

  test('an existing manifest is never overwritten', async () => {
    await writeFile(path.join(ws, 'm.json'), 'keep')
    const r = await runCli(['evidence-hash', '--paths', 'evidence/**', '--manifest', 'm.json', '--report-dir', ''], {
      cwd: ws
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('m.json: already exists and will not be overwritten')
    expect(await readFile(path.join(ws, 'm.json'), 'utf8')).toBe('keep')
  })

  test('a symlink out of the tree is refused', async () => {
    const outside = await makeTempDir()
    await writeFile(path.join(outside, 'x'), 'x')
    await symlink(path.join(outside, 'x'), path.join(ws, 'evidence/link.txt'))
    const r = await runCli(['evidence-hash', '--paths', 'evidence/**', '--report-dir', ''], { cwd: ws })
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('evidence/link.txt: symlink leads outside the workspace')
    await removeDir(outside)
  })
})

describe('evidence-hash from the built CLI (dist/cli/index.js)', () => {
  test('hash then verify catches a modified, a missing and an extra file by name, exit 1; bad input exits 2', async () => {
    const hash = await runDistCli(
      ['evidence-hash', '--mode', 'hash', '--paths', 'evidence/**', '--manifest', 'm.json'],
      { cwd: ws }
    )
    expect(hash.stderr).toBe('')
    expect(hash.code).toBe(0)
    await writeFile(path.join(ws, 'evidence/junit.xml'), '<testsuites tampered="1"/>')
    await rm(path.join(ws, 'evidence/sub/notes.txt'))
    await writeFile(path.join(ws, 'evidence/extra.bin'), 'x')
    const verify = await runDistCli(['evidence-hash', '--mode', 'verify', '--manifest', 'm.json', '--json'], {
      cwd: ws
    })
    expect(verify.code).toBe(1)
    const result = JSON.parse(verify.stdout)
    expect(result.outputs).toMatchObject({
      modified: 'evidence/junit.xml',
      missing: 'evidence/sub/notes.txt',
      extra: 'evidence/extra.bin'
    })
    const bad = await runDistCli(['evidence-hash', '--mode', 'verify', '--manifest', 'missing.json'], { cwd: ws })
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain('missing.json: no such file or directory')
  })
})
