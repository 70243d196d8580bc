/**
 * verify-signed-commits against real repositories: commits signed in the test with
 * real GnuPG keys (one of them expired, one revoked), real SSH keys, unsigned commits,
 * an unknown key, signed commits whose content was altered, merges, a new branch, a
 * force push, a shallow clone; through the action, the CLI and the built CLI.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import * as path from 'node:path'
import { runAction, validateGateResult } from '@ai-act-gates/action-kit'
import { signedCommitsGate, type CommitVerdict } from '@ai-act-gates/commits'
import type { GateResult } from '@ai-act-gates/core'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli, runDistCli } from '../helpers/cli.js'
import { GpgHome, sh, sshKey, TestRepo } from '../helpers/signing.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const BASE_ENV = { PATH: process.env.PATH, HOME: process.env.HOME }

let tmp: string
let repo: TestRepo
let home: GpgHome
const fpr: Record<string, string> = {}
const pub: Record<string, string> = {}
const key: Record<string, string> = {}
const c: Record<string, string> = {}

function allowList(): string {
  return `# who may sign commits of the test system
version: 1
signers:
  - name: Ada Lovelace
    id: ada
    emails: [ada@example.com]
    keys:
      - type: openpgp
        fingerprint: ${fpr.ada}
        publicKeyFile: keys/ada.asc
  - name: Bob Builder
    id: bob
    emails: [bob@example.com]
    keys:
      - type: ssh
        publicKey: ${pub.bob}
  - name: Olga Oldkey
    id: olga
    keys:
      - type: openpgp
        fingerprint: ${fpr.olga}
        publicKeyFile: keys/olga.asc
  - name: Rita Revoked
    id: rita
    keys:
      - type: openpgp
        fingerprint: ${fpr.rita}
        publicKeyFile: keys/rita.asc
  - name: Sam Stolen
    id: sam
    keys:
      - type: ssh
        publicKey: ${pub.sam}
        revoked: true
  - name: Test web-flow
    id: web-flow
    kind: platform
    emails: [noreply@github.com]
    keys:
      - type: openpgp
        fingerprint: ${fpr.flow}
        publicKeyFile: keys/flow.asc
`
}

beforeAll(async () => {
  tmp = await makeTempDir('aag-commits-')
  home = new GpgHome(path.join(tmp, 'gnupg'))
  fpr.ada = home.generate('Ada Lovelace <ada@example.com>')
  fpr.eve = home.generate('Eve Unknown <eve@example.com>')
  fpr.olga = home.generate('Olga Oldkey <olga@example.com>', { at: '20200101T000000', expire: '1y' })
  fpr.rita = home.generate('Rita Revoked <rita@example.com>')
  fpr.flow = home.generate('GitHub (web-flow commit signing) <noreply@github.com>')
  for (const name of ['bob', 'mallory', 'sam']) {
    const k = sshKey(tmp, name)
    key[name] = k.key
    pub[name] = k.pub
  }
  const olgaAt = home.programAt('20200601T000000', tmp)

  repo = TestRepo.init(path.join(tmp, 'repo'))
  const ada = { kind: 'openpgp' as const, home, fpr: fpr.ada! }
  const bob = { kind: 'ssh' as const, key: key.bob! }
  c.base = repo.commit('initial', ada)
  c.ada1 = repo.commit('ada adds the model card', ada)
  c.bob1 = repo.commit('bob tunes the threshold', bob, { committer: ['Bob Builder', 'bob@example.com'] })
  repo.git(['checkout', '-q', '-b', 'feature'])
  c.side = repo.commit('bob on a side branch', bob, { committer: ['Bob Builder', 'bob@example.com'] })
  repo.git(['checkout', '-q', 'main'])
  c.merge = repo.merge('feature', ada)
  repo.git(['tag', 'good'])

  c.unsigned = repo.commit('an unsigned change', undefined)
  c.eve = repo.commit('eve signs with a key nobody listed', { kind: 'openpgp', home, fpr: fpr.eve! })
  c.mallory = repo.commit('mallory signs with an unlisted ssh key', { kind: 'ssh', key: key.mallory! })
  c.olga = repo.commit('olga signs with a key that expired since', {
    kind: 'openpgp',
    home,
    fpr: fpr.olga!,
    program: olgaAt
  })
  c.rita = repo.commit('rita signs before her key is revoked', { kind: 'openpgp', home, fpr: fpr.rita! })
  c.sam = repo.commit('sam signs with a stolen ssh key', { kind: 'ssh', key: key.sam! })
  const adaSigned = repo.commit('ada signs this, then someone alters it', ada)
  c.tamperedPgp = repo.tamper(adaSigned)
  const bobSigned = repo.commit('bob signs this, then someone alters it', bob)
  c.tamperedSsh = repo.tamper(bobSigned)
  c.platform = repo.commit(
    'merged in the web interface',
    { kind: 'openpgp', home, fpr: fpr.flow! },
    { committer: ['GitHub', 'noreply@github.com'] }
  )
  c.notCommitter = repo.commit('ada signs a commit recorded as mallory', ada, {
    committer: ['Mallory', 'mallory@example.com']
  })
  repo.git(['tag', 'bad'])
  home.revoke(fpr.rita!)

  mkdirSync(path.join(repo.dir, 'keys'))
  for (const name of ['ada', 'olga', 'rita', 'flow'])
    writeFileSync(path.join(repo.dir, `keys/${name}.asc`), home.export(fpr[name]!))
  writeFileSync(path.join(repo.dir, 'allowed-signers.yml'), allowList())
}, 60000)

afterAll(async () => {
  home.close()
  await removeDir(tmp)
})

async function verify(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, workspace = repo.dir) {
  const io = fakeActionIO('verify-signed-commits', {
    'allowed-signers': 'allowed-signers.yml',
    'report-dir': '',
    ...inputs
  })
  const result = (await runAction(signedCommitsGate, io, { workspace, env: { ...BASE_ENV, ...env } }))!
  return { io, result }
}

function verdictOf(result: GateResult, sha: string): CommitVerdict {
  const check = result.checks.find(k => k.id === `commit-${sha}`)
  if (!check)
    throw new Error(`no check for ${sha}: ${result.error?.message ?? result.checks.map(k => k.id).join(', ')}`)
  return check.evidence as unknown as CommitVerdict
}

function listed(result: GateResult): string[] {
  return result.checks.filter(k => k.id.startsWith('commit-')).map(k => k.id.slice(7))
}

describe('verify-signed-commits on a range of good commits', () => {
  test('OpenPGP, SSH and a merge commit, all signed by listed people, pass and name their signers', async () => {
    const { io, result } = await verify({ range: 'good~3..good' })
    expect(result.error).toBeUndefined()
    expect(result.status).toBe('pass')
    expect(io.failed).toBeUndefined()
    expect(listed(result).sort()).toEqual([c.ada1, c.bob1, c.side, c.merge].sort())
    expect(verdictOf(result, c.ada1!)).toMatchObject({
      verdict: 'verified',
      pass: true,
      signatureType: 'openpgp',
      keyId: fpr.ada,
      signer: { name: 'Ada Lovelace', id: 'ada', kind: 'person' },
      author: { name: 'Ada Lovelace', email: 'ada@example.com' }
    })
    expect(verdictOf(result, c.bob1!)).toMatchObject({
      verdict: 'verified',
      signatureType: 'ssh',
      signer: { name: 'Bob Builder' },
      committer: { email: 'bob@example.com' }
    })
    expect(verdictOf(result, c.bob1!).keyId).toBe(sh('ssh-keygen', ['-lf', `${key.bob}.pub`]).split(' ')[1])
    expect(verdictOf(result, c.merge!)).toMatchObject({ verdict: 'verified', signer: { id: 'ada' } })
    expect(io.outputs).toMatchObject({ status: 'pass', 'commit-count': '4', 'failed-count': '0', 'failed-commits': '' })
    expect(io.outputs.signers!.split('\n').sort()).toEqual(['Ada Lovelace', 'Bob Builder'])
    expect(result.evidence.map(e => e.path)).toEqual(['allowed-signers.yml'])
    validateGateResult(result)
  })
})

describe('verify-signed-commits on a range of bad commits', () => {
  let result: GateResult
  let io: ReturnType<typeof fakeActionIO>
  beforeAll(async () => {
    ;({ result, io } = await verify({ range: 'good..bad' }))
  })

  test('fails and lists every commit that did not pass', () => {
    expect(result.status).toBe('fail')
    expect(io.failed).toMatch(/^verify-signed-commits failed: 9 check\(s\) did not pass/)
    expect(listed(result)).toHaveLength(10)
    expect(io.outputs['failed-commits']!.split('\n').sort()).toEqual(
      [c.unsigned, c.eve, c.mallory, c.olga, c.rita, c.sam, c.tamperedPgp, c.tamperedSsh, c.platform].sort()
    )
    expect(io.outputs['unsigned-commits']).toBe(c.unsigned)
    expect(io.outputs['failed-count']).toBe('9')
  })

  test.each([
    ['unsigned', () => c.unsigned, 'unsigned', /carries no signature/],
    ['unknown OpenPGP key', () => c.eve, 'unknown-key', /OpenPGP key [0-9A-F]+, which the allow-list does not list/],
    [
      'unknown SSH key',
      () => c.mallory,
      'unknown-key',
      /SSH key SHA256:\S+ \(ssh-ed25519\), which the allow-list does not list/
    ],
    ['expired OpenPGP key', () => c.olga, 'expired-key', /which has expired/],
    ['revoked OpenPGP key', () => c.rita, 'revoked-key', /which has been revoked/],
    [
      'SSH key revoked in the allow-list',
      () => c.sam,
      'revoked-key',
      /is revoked in the allow-list \(allowed-signers\.yml:\d+\)/
    ],
    ['altered OpenPGP-signed commit', () => c.tamperedPgp, 'bad-signature', /changed after it was signed/],
    ['altered SSH-signed commit', () => c.tamperedSsh, 'bad-signature', /changed after it was signed/],
    [
      'platform key without allow-platform-signed',
      () => c.platform,
      'platform-signed',
      /not attributable to an individual; set allow-platform-signed/
    ]
  ])('%s: verdict %s', (_name, sha, verdict, reason) => {
    const v = verdictOf(result, sha()!)
    expect(v.verdict).toBe(verdict)
    expect(v.pass).toBe(false)
    expect(v.reason).toMatch(reason)
  })

  test('names the listed signer of a key that expired or was revoked, and the key id of every signature', () => {
    expect(verdictOf(result, c.olga!)).toMatchObject({ keyId: fpr.olga, signer: { id: 'olga' } })
    expect(verdictOf(result, c.rita!)).toMatchObject({ keyId: fpr.rita, signer: { id: 'rita' } })
    expect(verdictOf(result, c.eve!).keyId).toBe(fpr.eve)
    expect(verdictOf(result, c.unsigned!)).toMatchObject({ signatureType: 'none' })
    expect(verdictOf(result, c.unsigned!).keyId).toBeUndefined()
  })

  test('annotates each failing commit by its id', () => {
    const messages = io.annotations.map(a => a.message)
    expect(messages.some(m => m.includes(`(commit ${c.unsigned})`) && m.startsWith('unsigned: '))).toBe(true)
    expect(io.annotations.filter(a => a.level === 'error')).toHaveLength(9)
    expect(io.summaries[0]).toContain('verify-signed-commits: fail')
  })

  test('without signer-must-be-committer, a listed signer may sign for another committer', () => {
    expect(verdictOf(result, c.notCommitter!)).toMatchObject({ verdict: 'verified', pass: true })
  })
})

describe('policies', () => {
  test('allow-platform-signed lets a verified platform signature pass, still reported as platform-signed', async () => {
    const { result, io } = await verify({ commits: c.platform!, 'allow-platform-signed': 'true' })
    expect(result.status).toBe('pass')
    expect(verdictOf(result, c.platform!)).toMatchObject({
      verdict: 'platform-signed',
      pass: true,
      signer: { kind: 'platform', name: 'Test web-flow' }
    })
    expect(io.outputs['platform-signed-commits']).toBe(c.platform)
  })

  test('signer-must-be-committer rejects a signature by someone else than the committer', async () => {
    const { result } = await verify({ commits: `${c.notCommitter}\n${c.ada1}`, 'signer-must-be-committer': 'true' })
    expect(result.status).toBe('fail')
    expect(verdictOf(result, c.notCommitter!)).toMatchObject({ verdict: 'signer-not-committer', pass: false })
    expect(verdictOf(result, c.notCommitter!).reason).toMatch(
      /committer is Mallory <mallory@example.com>, not an email of the signer \(ada@example.com\)/
    )
    expect(verdictOf(result, c.ada1!).pass).toBe(true)
  })
})

function event(name: string, payload: unknown): NodeJS.ProcessEnv {
  const file = path.join(tmp, `event-${name}-${Math.random().toString(16).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(payload, null, 2))
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file }
}

const ZERO = '0'.repeat(40)

describe('the range from the event', () => {
  let branchHead: string
  let branchFirst: string
  beforeAll(() => {
    repo.git(['checkout', '-q', '-b', 'topic', 'good'])
    branchFirst = repo.commit('topic: first', { kind: 'openpgp', home, fpr: fpr.ada! })
    branchHead = repo.commit('topic: second', { kind: 'ssh', key: key.bob! })
    repo.git(['checkout', '-q', 'main'])
  })

  test('push to an existing branch: before..after', async () => {
    const { result } = await verify(
      {},
      event('push', { ref: 'refs/heads/topic', before: c.merge, after: branchHead, forced: false })
    )
    expect(result.status).toBe('pass')
    expect(listed(result)).toEqual([branchFirst, branchHead])
    expect(result.checks[0]!.message).toMatch(/^2 commit\(s\) from push to topic \(before\.\.after\)/)
  })

  test('push creating a branch (before is all zeros): the commits on no other branch or tag', async () => {
    const { result } = await verify(
      {},
      event('push', { ref: 'refs/heads/topic', before: ZERO, after: branchHead, created: true })
    )
    expect(result.status).toBe('pass')
    expect(listed(result)).toEqual([branchFirst, branchHead])
    expect(result.subject.range).toMatch(/push creating branch topic/)
  })

  test('force push: only the commits of the new history, not those it replaced', async () => {
    repo.git(['checkout', '-q', '-b', 'rewritten', 'good'])
    const old1 = repo.commit('old line 1', undefined)
    const old2 = repo.commit('old line 2', undefined)
    repo.git(['reset', '-q', '--hard', 'good'])
    const new1 = repo.commit('new line 1', { kind: 'openpgp', home, fpr: fpr.ada! })
    repo.git(['checkout', '-q', 'main'])
    const { result } = await verify(
      {},
      event('push', { ref: 'refs/heads/rewritten', before: old2, after: new1, forced: true })
    )
    expect(result.status).toBe('pass')
    expect(listed(result)).toEqual([new1])
    expect(listed(result)).not.toContain(old1)
    expect(result.checks[0]!.evidence).toMatchObject({ forced: true })
  })

  test('a push that moves the branch back verifies the commit it now points to', async () => {
    const { result } = await verify(
      {},
      event('push', { ref: 'refs/heads/main', before: c.bob1, after: c.ada1, forced: true })
    )
    expect(listed(result)).toEqual([c.ada1])
    expect(result.checks[0]!.message).toMatch(/the push adds no commit of its own/)
  })

  test('a tag push verifies the tagged commit', async () => {
    const { result } = await verify({}, event('push', { ref: 'refs/tags/v1', before: ZERO, after: c.eve }))
    expect(result.status).toBe('fail')
    expect(listed(result)).toEqual([c.eve])
  })

  test('pull_request: base..head, every commit of the pull request', async () => {
    const payload = { number: 7, pull_request: { number: 7, base: { sha: c.merge }, head: { sha: branchHead } } }
    const { result } = await verify({}, event('pull_request', payload))
    expect(result.status).toBe('pass')
    expect(listed(result)).toEqual([branchFirst, branchHead])
    expect(result.subject.range).toBe('pull_request #7 (base..head)')
  })

  test('merge_group: base_sha..head_sha', async () => {
    const { result } = await verify({}, event('merge_group', { merge_group: { base_sha: 'good', head_sha: 'bad' } }))
    expect(result.status).toBe('fail')
    expect(listed(result)).toContain(c.unsigned)
  })

  test.each([
    [
      'workflow_dispatch without a range',
      'workflow_dispatch',
      {},
      'INPUT_MISSING',
      /the workflow_dispatch event carries no commit range; set input 'range'/
    ],
    ['schedule without a range', 'schedule', {}, 'INPUT_MISSING', /set input 'range' \(BASE\.\.HEAD\) or 'commits'/],
    [
      'a deleted branch',
      'push',
      { ref: 'refs/heads/x', before: 'abc', after: ZERO, deleted: true },
      'EMPTY_INPUT',
      /the push deleted refs\/heads\/x/
    ],
    [
      'a pull_request payload without head',
      'pull_request',
      { pull_request: { base: { sha: 'abc' } } },
      'SCHEMA_VIOLATION',
      /event-pull_request-\w+\.json:\d+: pull_request\.head\.sha: the pull_request event payload has no pull_request\.head\.sha/
    ]
  ])('%s is an error that says what to do', async (_name, name, payload, code, message) => {
    const { result } = await verify({}, event(name, payload))
    expect(result.status).toBe('error')
    expect(result.error).toMatchObject({ code })
    expect(result.error!.message).toMatch(message)
  })

  test('an explicit range wins over the event, for workflow_dispatch and schedules', async () => {
    const { result } = await verify({ range: 'good~3..good' }, event('schedule', {}))
    expect(result.status).toBe('pass')
  })
})

describe('shallow clones', () => {
  let shallow: string
  beforeEach(async () => {
    shallow = path.join(await makeTempDir('aag-shallow-'), 'clone')
    sh('git', ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${repo.dir}`, shallow])
    writeFileSync(path.join(shallow, 'allowed-signers.yml'), allowList())
    mkdirSync(path.join(shallow, 'keys'))
    for (const name of ['ada', 'olga', 'rita', 'flow'])
      writeFileSync(path.join(shallow, `keys/${name}.asc`), home.export(fpr[name]!))
  })
  afterEach(async () => removeDir(path.dirname(shallow)))

  test('a range whose base is not in the clone fails and says how to fix the checkout', async () => {
    const good = repo.git(['rev-parse', 'good^{commit}']).trim()
    const bad = repo.git(['rev-parse', 'bad^{commit}']).trim()
    const { result } = await verify({ range: `${good}..${bad}` }, {}, shallow)
    expect(result.status).toBe('error')
    expect(result.error?.code).toBe('COMMIT_MISSING')
    expect(result.error?.message).toMatch(
      new RegExp(`commit ${good} \\(the base of the range\\) is not in the repository at .*, a shallow clone`)
    )
    expect(result.error?.message).toMatch(/fetch-depth: 0/)
  })

  test('a range that runs past the shallow boundary is never judged on the commits that happen to be there', async () => {
    const good = repo.git(['rev-parse', 'good^{commit}']).trim()
    const bad = repo.git(['rev-parse', 'bad^{commit}']).trim()
    sh('git', ['fetch', '-q', '--depth', '1', 'origin', good], { cwd: shallow })
    const { result } = await verify({ range: `${good}..${bad}` }, {}, shallow)
    expect(result.status).toBe('error')
    expect(result.error?.code).toBe('SHALLOW_CHECKOUT')
    expect(result.error?.message).toMatch(
      /is shallow and its history ends inside the range \(at [0-9a-f]{12}\), so some commits of the range are missing\. Check out the full history \(actions\/checkout with fetch-depth: 0\), or set fetch-missing: true/
    )
  })

  test('fetch-missing fetches what is needed and gives the same verdicts as a full clone', async () => {
    const good = repo.git(['rev-parse', 'good^{commit}']).trim()
    const bad = repo.git(['rev-parse', 'bad^{commit}']).trim()
    const { result } = await verify({ range: `${good}..${bad}`, 'fetch-missing': 'true' }, {}, shallow)
    const full = await verify({ range: 'good..bad' })
    expect(result.status).toBe('fail')
    expect(listed(result)).toEqual(listed(full.result))
    expect(listed(result).map(s => verdictOf(result, s).verdict)).toEqual(
      listed(full.result).map(s => verdictOf(full.result, s).verdict)
    )
    expect(result.checks[0]!.message).toMatch(/deepened from origin|commit\(s\)/)
  })
})

describe('nothing the gate reads is changed, and local configuration cannot swap the verifier', () => {
  test('a repository config that trusts every SSH key and fakes gpg changes no verdict and is left as it was', async () => {
    const evil = path.join(tmp, 'evil_signers')
    writeFileSync(evil, `mallory@example.com ${pub.mallory}\n`)
    const fakeGpg = path.join(tmp, 'fake-gpg.sh')
    writeFileSync(fakeGpg, '#!/bin/sh\necho "[GNUPG:] GOODSIG 0000000000000000 anyone" >&2\nexit 0\n', { mode: 0o755 })
    repo.git(['config', 'gpg.ssh.allowedSignersFile', evil])
    repo.git(['config', 'gpg.program', fakeGpg])
    const configBefore = readFileSync(path.join(repo.dir, '.git/config'))
    const refsBefore = repo.git(['for-each-ref'])
    try {
      const { result } = await verify({ commits: `${c.mallory}\n${c.eve}` })
      expect(verdictOf(result, c.mallory!).verdict).toBe('unknown-key')
      expect(verdictOf(result, c.eve!).verdict).toBe('unknown-key')
      expect(readFileSync(path.join(repo.dir, '.git/config'))).toEqual(configBefore)
      expect(repo.git(['for-each-ref'])).toBe(refsBefore)
      expect(readFileSync(path.join(repo.dir, 'allowed-signers.yml'), 'utf8')).toBe(allowList())
    } finally {
      repo.git(['config', '--unset', 'gpg.ssh.allowedSignersFile'])
      repo.git(['config', '--unset', 'gpg.program'])
    }
  })
})

describe('bad input, each a clear error naming file, line and field', () => {
  function write(name: string, text: string): string {
    writeFileSync(path.join(repo.dir, name), text)
    return name
  }

  test.each([
    [
      'an unknown key type in the allow-list',
      () =>
        write(
          'a1.yml',
          `version: 1\nsigners:\n  - name: X\n    keys:\n      - type: pgp\n        fingerprint: ${fpr.ada}\n`
        ),
      'SCHEMA_VIOLATION',
      /^a1\.yml:5:\d+: signers\[0\]\.keys\[0\]\.type: must be one of "openpgp", "ssh", "x509"/
    ],
    [
      'a fingerprint that is not in the key given',
      () =>
        write(
          'a2.yml',
          `version: 1\nsigners:\n  - name: X\n    keys:\n      - type: openpgp\n        fingerprint: ${fpr.eve}\n        publicKeyFile: keys/ada.asc\n`
        ),
      'SCHEMA_VIOLATION',
      /^a2\.yml:5: signers\[0\]\.keys\[0\]\.fingerprint: fingerprint [0-9A-F]{40} is not a key of the public key given \(it holds [0-9A-F]{40}\)/
    ],
    [
      'a key file that does not exist',
      () =>
        write(
          'a3.yml',
          `version: 1\nsigners:\n  - name: X\n    keys:\n      - type: openpgp\n        fingerprint: ${fpr.ada}\n        publicKeyFile: keys/nobody.asc\n`
        ),
      'FILE_NOT_FOUND',
      /^a3\.yml:5: signers\[0\]\.keys\[0\]\.publicKeyFile: cannot read the key file 'keys\/nobody\.asc'/
    ],
    [
      'the same key for two people',
      () =>
        write(
          'a4.yml',
          `version: 1\nsigners:\n  - name: X\n    keys: [{ type: ssh, publicKey: "${pub.bob}" }]\n  - name: Y\n    keys: [{ type: ssh, publicKey: "${pub.bob}" }]\n`
        ),
      'SCHEMA_VIOLATION',
      /^a4\.yml:6: signers\[1\]\.keys\[0\]: this key is also listed for 'X' at a4\.yml:4/
    ],
    [
      'a broken allowed_signers line',
      () => write('allowed_signers', `# team\nbob@example.com ${pub.bob}\ncarol@example.com ssh-ed25519 notbase64!\n`),
      'SCHEMA_VIOLATION',
      /^allowed_signers:3: key: the key is not base64/
    ],
    [
      'an allowed_signers cert-authority line',
      () => write('allowed_signers2', `*@example.com cert-authority ${pub.bob}\n`),
      'UNSUPPORTED',
      /^allowed_signers2:1: options: cert-authority lines are not supported/
    ],
    ['a missing allow-list', () => 'nope.yml', 'FILE_NOT_FOUND', /^nope\.yml: no such file or directory/]
  ])('%s', async (_name, file, code, message) => {
    const { result, io } = await verify({ 'allowed-signers': file(), range: 'good~1..good' })
    expect(result.status).toBe('error')
    expect(result.error?.code).toBe(code)
    expect(result.error?.message).toMatch(message)
    expect(io.failed).toMatch(/could not run/)
  })

  test.each([
    ['a symmetric range', { range: 'good...bad' }, 'INPUT_INVALID', /use BASE\.\.HEAD \(two dots\)/],
    [
      'range and commits together',
      { range: 'good..bad', commits: 'HEAD' },
      'INPUT_CONFLICT',
      /'range' and 'commits' exclude each other/
    ],
    [
      'an unknown revision',
      { commits: 'no-such-branch' },
      'COMMIT_MISSING',
      /commit no-such-branch \(input commits\) is not in the repository/
    ],
    ['an empty range', { range: 'good..good' }, 'EMPTY_INPUT', /holds no commit: an empty range is never a pass/],
    [
      'too many commits',
      { range: 'good..bad', 'max-commits': '3' },
      'INPUT_INVALID',
      /holds 10 commits, more than max-commits \(3\)/
    ],
    [
      'require-github-verified with source git',
      { range: 'good..bad', 'require-github-verified': 'true' },
      'INPUT_CONFLICT',
      /needs source: github-api/
    ],
    [
      'a remote that reads as an option',
      { range: 'good..bad', remote: '--upload-pack=touch /tmp/x' },
      'INPUT_INVALID',
      /input 'remote' is '--upload-pack=touch \/tmp\/x'; give a remote name/
    ],
    [
      'a bad boolean',
      { range: 'good..bad', 'allow-platform-signed': 'yes' },
      'INPUT_INVALID',
      /input 'allow-platform-signed' is 'yes'; use true or false/
    ]
  ])('%s', async (_name, inputs, code, message) => {
    const { result } = await verify(inputs)
    expect(result.status).toBe('error')
    expect(result.error?.code).toBe(code)
    expect(result.error?.message).toMatch(message)
  })

  test('a directory that is not a git repository', async () => {
    const dir = await makeTempDir()
    writeFileSync(
      path.join(dir, 'allowed-signers.yml'),
      allowList()
        .replace(/publicKeyFile: keys\/\w+\.asc/g, `publicKey: "${home.export(fpr.ada!).replace(/\n/g, '\\n')}"`)
        .replace(new RegExp(`fingerprint: (${fpr.olga}|${fpr.rita}|${fpr.flow})`, 'g'), `fingerprint: ${fpr.ada}`)
    )
    const { result } = await verify({ range: 'a..b', 'allowed-signers': 'allowed-signers.yml' }, {}, dir)
    expect(result.status).toBe('error')
    await removeDir(dir)
  })
})

describe('an allowed_signers file in git’s own format', () => {
  test('names each signer by its principals and verifies SSH commits with it', async () => {
    writeFileSync(path.join(repo.dir, 'team_signers'), `# the team\nbob@example.com namespaces="git" ${pub.bob}\n`)
    const { result } = await verify({ 'allowed-signers': 'team_signers', commits: `${c.bob1}\n${c.mallory}` })
    expect(verdictOf(result, c.bob1!)).toMatchObject({ verdict: 'verified', signer: { name: 'bob@example.com' } })
    expect(verdictOf(result, c.mallory!).verdict).toBe('unknown-key')
  })

  test('valid-before in the allow-list makes the key expired for commits after it', async () => {
    const list = allowList().replace(`publicKey: ${pub.bob}`, `publicKey: ${pub.bob}\n        validBefore: "20200101"`)
    writeFileSync(path.join(repo.dir, 'expiring.yml'), list)
    const { result } = await verify({ 'allowed-signers': 'expiring.yml', commits: c.bob1! })
    expect(verdictOf(result, c.bob1!)).toMatchObject({ verdict: 'expired-key', signer: { id: 'bob' } })
    expect(verdictOf(result, c.bob1!).reason).toMatch(/was not valid at the commit's committer date/)
  })
})

describe('from the command line', () => {
  test('exit 0 for a good range, 1 for a bad one, 2 for bad input; --json prints the GateResult', async () => {
    const ok = await runCli(
      [
        'verify-signed-commits',
        '--allowed-signers',
        'allowed-signers.yml',
        '--range',
        'good~3..good',
        '--report-dir',
        ''
      ],
      {
        cwd: repo.dir,
        env: BASE_ENV
      }
    )
    expect(ok.code).toBe(0)
    const bad = await runCli(
      [
        'verify-signed-commits',
        '--allowed-signers',
        'allowed-signers.yml',
        '--range',
        'good..bad',
        '--report-dir',
        '',
        '--json'
      ],
      {
        cwd: repo.dir,
        env: BASE_ENV
      }
    )
    expect(bad.code).toBe(1)
    const result = JSON.parse(bad.stdout) as GateResult
    expect(verdictOf(result, c.tamperedSsh!).verdict).toBe('bad-signature')
    const err = await runCli(['verify-signed-commits', '--allowed-signers', 'missing.yml', '--range', 'good..bad'], {
      cwd: repo.dir,
      env: BASE_ENV
    })
    expect(err.code).toBe(2)
    expect(err.stdout).toContain('missing.yml: no such file or directory')
  })

  test('the built CLI lists every failing commit with its verdict and writes JUnit with one testcase per commit', async () => {
    const r = await runDistCli(
      [
        'verify-signed-commits',
        '--allowed-signers',
        'allowed-signers.yml',
        '--range',
        'good..bad',
        '--report-dir',
        'reports'
      ],
      {
        cwd: repo.dir,
        env: BASE_ENV
      }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/verify-signed-commits: FAIL/)
    expect(r.stdout).toContain(`commit ${c.unsigned}`)
    expect(r.stdout).toMatch(/\[FAIL\] [0-9a-f]{12} eve signs with a key nobody listed: unknown-key: /)
    const junit = readFileSync(path.join(repo.dir, 'reports/verify-signed-commits.junit.xml'), 'utf8')
    expect(junit.match(/<testcase /g)).toHaveLength(11)
    expect(junit).toContain(`commit-${c.olga}`)
  })
})
