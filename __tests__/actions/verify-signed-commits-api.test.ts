/**
 * verify-signed-commits with source github-api. The only mock in the commit tests: a
 * local HTTP server answering with GitHub's documented responses, filled from a real
 * repository whose commits were signed in the test. The workspace holds no checkout.
 */
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { signedCommitsGate, type CommitVerdict } from '@ai-act-gates/commits'
import type { GateResult } from '@ai-act-gates/core'
import { fakeActionIO } from '../fixtures/action-io.js'
import { startGitHubMock, type GitHubMock, type MockOptions } from '../helpers/github-api.js'
import { describeWithFixtures } from '../helpers/paths.js'
import { GpgHome, sh, sshKey, TestRepo } from '../helpers/signing.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const TOKEN = 'ghs_test_token_value'
const REPO = 'acme/recruit'

describeWithFixtures('verify-signed-commits with source github-api', () => {
  let tmp: string
  let ws: string
  let repo: TestRepo
  let home: GpgHome
  let adaFpr: string
  let bob: { key: string; pub: string }
  const c: Record<string, string> = {}
  let mock: GitHubMock | undefined

  beforeAll(async () => {
    tmp = await makeTempDir('aag-api-')
    ws = path.join(tmp, 'workspace')
    home = new GpgHome(path.join(tmp, 'gnupg'))
    adaFpr = home.generate('Ada Lovelace <ada@example.com>')
    bob = sshKey(tmp, 'bob')
    const eve = sshKey(tmp, 'eve')
    repo = TestRepo.init(path.join(tmp, 'repo'))
    const ada = { kind: 'openpgp' as const, home, fpr: adaFpr }
    c.base = repo.commit('initial', ada)
    c.ada = repo.commit('ada signs', ada)
    c.bob = repo.commit('bob signs', { kind: 'ssh', key: bob.key }, { committer: ['Bob Builder', 'bob@example.com'] })
    c.unsigned = repo.commit('nobody signs', undefined)
    c.eve = repo.commit('eve signs with an unlisted key', { kind: 'ssh', key: eve.key })
    c.tampered = repo.tamper(repo.commit('ada signs, then it is altered', ada))
    c.head = repo.commit('ada signs the tip', ada)
    repo.git(['branch', 'feature', c.ada!])
    sh('mkdir', ['-p', ws])
    writeFileSync(path.join(ws, 'ada.asc'), home.export(adaFpr))
    writeFileSync(
      path.join(ws, 'allowed-signers.yml'),
      `version: 1\nsigners:\n  - name: Ada Lovelace\n    id: ada\n    keys:\n      - type: openpgp\n        fingerprint: ${adaFpr}\n        publicKeyFile: ada.asc\n  - name: Bob Builder\n    id: bob\n    keys:\n      - type: ssh\n        publicKey: ${bob.pub}\n`
    )
  }, 60000)
  afterAll(async () => {
    home.close()
    await removeDir(tmp)
  })
  afterEach(async () => {
    await mock?.close()
    mock = undefined
  })

  async function verify(
    inputs: Record<string, string>,
    options: Partial<MockOptions> = {},
    env: NodeJS.ProcessEnv = {}
  ) {
    mock = await startGitHubMock({ dir: repo.dir, repo: REPO, token: TOKEN, ...options })
    const io = fakeActionIO('verify-signed-commits', {
      'allowed-signers': 'allowed-signers.yml',
      source: 'github-api',
      'github-api-url': mock.url,
      'github-token': TOKEN,
      repository: REPO,
      'report-dir': '',
      ...inputs
    })
    const result = (await runAction(signedCommitsGate, io, { workspace: ws, env: { PATH: process.env.PATH, ...env } }))!
    return { io, result, requests: mock.requests }
  }
  const verdict = (r: GateResult, sha: string): CommitVerdict => {
    const check = r.checks.find(k => k.id === `commit-${sha}`)
    if (!check) throw new Error(r.error?.message ?? `no verdict for ${sha}`)
    return check.evidence as unknown as CommitVerdict
  }

  test('rebuilds each commit from its verification object and verifies it like the git source, keeping GitHub’s verdict', async () => {
    const { result, requests } = await verify({ range: `${c.base}..${c.head}` })
    expect(result.status).toBe('fail')
    expect(requests[0]).toBe(`GET /repos/${REPO}/compare/${c.base}...${c.head}?per_page=100&page=1`)
    expect(verdict(result, c.ada!)).toMatchObject({
      verdict: 'verified',
      pass: true,
      keyId: adaFpr,
      signer: { name: 'Ada Lovelace' },
      github: { verified: true, reason: 'valid', verifiedAt: '2026-11-22T10:00:00Z' }
    })
    expect(verdict(result, c.bob!)).toMatchObject({ verdict: 'verified', signatureType: 'ssh', signer: { id: 'bob' } })
    expect(verdict(result, c.unsigned!)).toMatchObject({
      verdict: 'unsigned',
      github: { verified: false, reason: 'unsigned' }
    })
    expect(verdict(result, c.eve!)).toMatchObject({ verdict: 'unknown-key' })
    expect(verdict(result, c.tampered!)).toMatchObject({ verdict: 'bad-signature' })
    expect(verdict(result, c.head!).pass).toBe(true)
    expect(result.resources.filter(r => r.kind === 'github-api')).toEqual([
      expect.objectContaining({
        method: 'GET',
        status: '200',
        uri: `${mock!.url}/repos/${REPO}/compare/${c.base}...${c.head}?per_page=100&page=1`
      })
    ])
    expect(result.inputs['github-token']).toBe('***')
    expect(JSON.stringify(result)).not.toContain(TOKEN)
  })

  test('gives the same verdicts as the git source for the same range', async () => {
    const api = (await verify({ range: `${c.base}..${c.head}` })).result
    writeFileSync(
      path.join(repo.dir, 'allowed-signers.yml'),
      `version: 1\nsigners:\n  - name: Ada Lovelace\n    id: ada\n    keys:\n      - type: openpgp\n        fingerprint: ${adaFpr}\n        publicKey: "${home.export(adaFpr).replace(/\n/g, '\\n')}"\n  - name: Bob Builder\n    id: bob\n    keys:\n      - type: ssh\n        publicKey: ${bob.pub}\n`
    )
    const io = fakeActionIO('verify-signed-commits', {
      'allowed-signers': 'allowed-signers.yml',
      range: `${c.base}..${c.head}`,
      'report-dir': ''
    })
    const git = (await runAction(signedCommitsGate, io, { workspace: repo.dir, env: { PATH: process.env.PATH } }))!
    const pick = (r: GateResult) =>
      r.checks
        .filter(k => k.id.startsWith('commit-'))
        .map(k => [k.id, (k.evidence as any).verdict, (k.evidence as any).keyId])
    expect(pick(api)).toEqual(pick(git))
  })

  test('require-github-verified fails a commit GitHub does not verify, even when the allow-list does', async () => {
    const opinion: MockOptions['opinion'] = (sha, signed) =>
      sha === c.bob
        ? { verified: false, reason: 'unknown_key' }
        : signed
          ? { verified: true, reason: 'valid' }
          : { verified: false, reason: 'unsigned' }
    const { result } = await verify({ commits: `${c.ada}\n${c.bob}`, 'require-github-verified': 'true' }, { opinion })
    expect(result.status).toBe('fail')
    expect(verdict(result, c.ada!).pass).toBe(true)
    expect(verdict(result, c.bob!)).toMatchObject({ verdict: 'github-unverified', pass: false })
    expect(verdict(result, c.bob!).reason).toMatch(/GitHub reports verified: false \(unknown_key\)/)
  })

  test('a payload that does not rebuild the commit id is unverifiable', async () => {
    const edit = (item: any): void => {
      if (item.sha === c.ada && item.commit.verification.payload) item.commit.verification.payload += 'extra line\n'
    }
    const { result } = await verify({ commits: c.ada! }, { edit })
    expect(verdict(result, c.ada!)).toMatchObject({ verdict: 'unverifiable', pass: false })
    expect(verdict(result, c.ada!).reason).toMatch(/do not rebuild a commit object with this id/)
  })

  test('a comparison whose pages do not add up to total_commits is refused', async () => {
    const { result } = await verify({ range: `${c.base}..${c.head}` }, { totalOffset: 1 })
    expect(result.status).toBe('error')
    expect(result.error?.message).toMatch(/reports total_commits 7 but its pages listed 6; refusing a partial range/)
  })

  test('a wrong token is an error that names the token', async () => {
    const { result } = await verify({ range: `${c.base}..${c.head}`, 'github-token': 'wrong' })
    expect(result.status).toBe('error')
    expect(result.error).toMatchObject({ code: 'NETWORK' })
    expect(result.error?.message).toMatch(/returned 401: Bad credentials\. The github-token is missing or invalid/)
  })

  test('push creating a branch: the commits not on the default branch', async () => {
    repo.git(['checkout', '-q', '-b', 'topic', c.ada!])
    const t1 = repo.commit('topic work', { kind: 'ssh', key: bob.key })
    repo.git(['checkout', '-q', 'main'])
    const file = path.join(tmp, 'push.json')
    writeFileSync(
      file,
      JSON.stringify({
        ref: 'refs/heads/topic',
        before: '0'.repeat(40),
        after: t1,
        repository: { default_branch: 'main' }
      })
    )
    const { result, requests } = await verify({}, {}, { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file })
    expect(requests[0]).toBe(`GET /repos/${REPO}/compare/main...${t1}?per_page=100&page=1`)
    expect(result.checks.filter(k => k.id.startsWith('commit-')).map(k => k.id)).toEqual([`commit-${t1}`])
    expect(result.status).toBe('pass')
  })

  describe('a pull request of 260 commits, past the 250-commit limit of an unpaginated comparison', () => {
    let big: TestRepo
    const shas: string[] = []
    beforeAll(() => {
      big = TestRepo.init(path.join(tmp, 'big'))
      const base = big.commit('base', undefined)
      sh('sh', ['-c', 'for i in $(seq 1 259); do git commit -q --allow-empty -m "change $i"; done'], { cwd: big.dir })
      big.commit('the last one, signed', { kind: 'ssh', key: bob.key })
      shas.push(
        ...big
          .git(['rev-list', '--reverse', 'HEAD', `^${base}`])
          .split('\n')
          .filter(Boolean)
      )
      writeFileSync(
        path.join(tmp, 'pr.json'),
        JSON.stringify({ number: 42, pull_request: { number: 42, base: { sha: base }, head: { sha: big.head() } } })
      )
    })

    test('every commit is listed, page by page through the Link headers, and judged', async () => {
      mock = await startGitHubMock({ dir: big.dir, repo: REPO, token: TOKEN })
      const io = fakeActionIO('verify-signed-commits', {
        'allowed-signers': 'allowed-signers.yml',
        source: 'github-api',
        'github-token': TOKEN,
        'report-dir': ''
      })
      const env = {
        PATH: process.env.PATH,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(tmp, 'pr.json'),
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: mock.url
      }
      const result = (await runAction(signedCommitsGate, io, { workspace: ws, env }))!
      expect(mock.requests.map(r => new URL(r.split(' ')[1]!, 'http://x').searchParams.get('page'))).toEqual([
        '1',
        '2',
        '3'
      ])
      expect(io.outputs['commit-count']).toBe('260')
      expect(result.checks.filter(k => k.id.startsWith('commit-')).map(k => k.id.slice(7))).toEqual(shas)
      expect(io.outputs['unsigned-commits']!.split('\n')).toHaveLength(259)
      expect(verdict(result, shas[259]!)).toMatchObject({ verdict: 'verified', signer: { id: 'bob' } })
      expect(result.subject.range).toBe('pull_request #42 (base..head)')
    })
  })
})
