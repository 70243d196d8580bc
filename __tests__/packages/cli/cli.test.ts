import { actionSpecs } from '@ai-act-gates/action-kit'
import { GATES } from '@ai-act-gates/cli'
import { runCli, runDistCli } from '../../helpers/cli.js'
import { pythonCanonical } from '../../helpers/python.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

let cwd: string
beforeAll(async () => {
  cwd = await makeTempDir()
})
afterAll(async () => removeDir(cwd))

describe('ai-act-gates', () => {
  test('--help lists every action and command; no arguments is a usage error', async () => {
    const help = await runCli(['--help'], { cwd })
    expect(help.code).toBe(0)
    for (const name of Object.keys(actionSpecs())) expect(help.stdout).toContain(name)
    expect(help.stdout).toContain('canonicalize')
    expect((await runCli([], { cwd })).code).toBe(2)
  })

  test('every action has a gate behind it', () => {
    expect(Object.keys(GATES).sort()).toEqual(Object.keys(actionSpecs()).sort())
  })

  test('<action> --help shows the flags, defaults and outputs of its action.yml', async () => {
    const r = await runCli(['evidence-hash', '--help'], { cwd })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/--manifest\s+Path of the manifest/)
    expect(r.stdout).toContain('(default: evidence-manifest.json)')
    expect(r.stdout).toContain('manifest-sha256')
  })

  test('an unknown action, an unknown flag and a stray argument exit 2 with advice', async () => {
    const unknown = await runCli(['evidence-hsh'], { cwd })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown action or command 'evidence-hsh'")
    const flag = await runCli(['evidence-hash', '--path', 'x'], { cwd })
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('unknown flag --path for evidence-hash')
    expect(flag.stderr).toContain('--paths')
    const stray = await runCli(['evidence-hash', 'x'], { cwd })
    expect(stray.code).toBe(2)
  })

  test('--version prints the version', async () => {
    expect((await runCli(['--version'], { cwd })).stdout).toMatch(/^\d+\.\d+\.\d+/)
  })
})

describe('ai-act-gates canonicalize', () => {
  const doc = '{"name":"José","v":[1.0,1e-7,1e16,-0.0,9007199254740993],"B":1,"b":2,"10":0,"2":0}'

  test('python-json prints the bytes Python prints, with no newline', async () => {
    const r = await runDistCli(['canonicalize', '--mode', 'python-json'], { cwd, stdin: doc })
    expect(r.code).toBe(0)
    expect(r.stdoutBytes.toString('hex')).toBe(pythonCanonical([doc])[0])
  })

  test('jcs prints RFC 8785 bytes', async () => {
    const r = await runCli(['canonicalize', '--mode', 'jcs'], { cwd, stdin: doc })
    expect(r.stdout).toBe('{"10":0,"2":0,"B":1,"b":2,"name":"José","v":[1,1e-7,10000000000000000,0,9007199254740992]}')
  })

  test('--sha256 --prefix computes a chain link', async () => {
    const r = await runCli(['canonicalize', '--mode', 'python-json', '--sha256', '--prefix', 'genesis'], {
      cwd,
      stdin: '{"a":1}'
    })
    const { createHash } = await import('node:crypto')
    expect(r.stdout.trim()).toBe(createHash('sha256').update('genesis:{"a":1}').digest('hex'))
  })

  test('bad JSON, a bad mode and invalid UTF-8 exit 2 with line and column', async () => {
    const bad = await runCli(['canonicalize', '--mode', 'jcs'], { cwd, stdin: '{\n "a": [1,]\n}' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('<stdin>:2:10: ')
    expect((await runCli(['canonicalize', '--mode', 'python'], { cwd, stdin: '{}' })).stderr).toContain(
      "unknown canonicalization mode 'python'"
    )
    expect((await runCli(['canonicalize'], { cwd, stdin: '{}' })).code).toBe(2)
    const utf = await runCli(['canonicalize', '--mode', 'jcs'], { cwd, stdin: Buffer.from([0x22, 0xff, 0x22]) })
    expect(utf.stderr).toContain('not valid UTF-8')
  })
})
