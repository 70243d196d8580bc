/**
 * audit-record as a GitHub Action in a GitHub Actions run: the gates run first (with
 * the runner's environment), then the action reads the run from a GitHub API stand-in
 * built from GitHub's documented example responses, served with Link pagination.
 */
import { generateKeyPairSync } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { auditRecordGate, nextLink } from '@ai-act-gates/audit'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runCli } from '../helpers/cli.js'
import { documentedJobs, startGitHubApi, type MockApi, type MockOptions } from '../helpers/github-actions-api.js'
import { describeWithFixtures } from '../helpers/paths.js'
import { contractCheck, readValidRecord, writeWorkspace } from '../helpers/suite.js'
import { freePort } from '../helpers/registry.js'
import { githubClaims, startSigstoreMock, startTokenService, type SigstoreMock } from '../helpers/sigstore-mock.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

const REPO = 'octo-org/octo-repo'
const RUN_ID = 30433642
const TOKEN = 'ghs_test-token'

let ws: string
let api: MockApi | undefined
beforeEach(async () => {
  ws = await makeTempDir()
  await writeWorkspace(ws)
  await writeFile(
    path.join(ws, 'signing.pem'),
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' })
  )
  await writeFile(path.join(ws, 'event.json'), JSON.stringify({ schedule: '17 6 * * 1' }))
})
afterEach(async () => {
  await api?.close()
  api = undefined
  await removeDir(ws)
})

function runnerEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '562',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: path.join(ws, 'event.json'),
    GITHUB_ACTOR: 'octocat',
    GITHUB_TRIGGERING_ACTOR: 'hubot',
    GITHUB_SHA: 'acb5820ced9479c074f688cc328bf03f341a511d',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'Build',
    GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/build.yml@refs/heads/main`,
    GITHUB_WORKFLOW_SHA: 'acb5820ced9479c074f688cc328bf03f341a511d',
    GITHUB_JOB: 'gates',
    ...overrides
  }
}

async function runGates(env: NodeJS.ProcessEnv): Promise<void> {
  const r = await runCli(['run', '--config', 'gates.yml', '--report-dir', 'reports', '--no-record'], { cwd: ws, env })
  expect(r.code).toBe(0)
}

async function recordWith(mock: Partial<MockOptions>, envOverrides: Record<string, string> = {}) {
  api = await startGitHubApi({ repository: REPO, runId: RUN_ID, token: TOKEN, run: { event: 'schedule' }, ...mock })
  const env = runnerEnv({ GITHUB_API_URL: api.url, ...envOverrides })
  const io = fakeActionIO('audit-record', {
    config: 'gates.yml',
    ledger: 'reports/ledger/*.json',
    record: 'record/audit-record.json',
    'signing-key': 'signing.pem',
    'github-token': TOKEN,
    'job-workflow-ref': 'ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1',
    'job-workflow-sha': '1595d4b6de6a9e9751fb270a41019ce507d4099e',
    'report-dir': ''
  })
  const result = await runAction(auditRecordGate, io, { workspace: ws, env })
  return { io, result, env }
}

describeWithFixtures('audit-record in a GitHub Actions run (API from the documented examples)', () => {
  test('records jobs and steps from every page, the trigger, actors, approvals, reviewers and called workflows', async () => {
    await runGates(runnerEnv())
    const { io, result } = await recordWith({})
    expect(io.failed).toBeUndefined()
    expect(result?.status).toBe('pass')
    const record = await readValidRecord(path.join(ws, 'record/audit-record.json'))

    const jobRequests = api!.requests.filter(r => r.path.includes('/jobs'))
    expect(jobRequests.map(r => new URL(r.path, 'http://x').searchParams.get('page') ?? '1')).toEqual(['1', '2', '3'])
    expect(api!.requests.every(r => r.authorization === `Bearer ${TOKEN}`)).toBe(true)
    expect(record.jobs.map(j => j.name)).toEqual(['build', 'plan', 'evidence-hash', 'art12-log-gates', 'audit-record'])

    const build = record.jobs[0]!
    expect(build).toMatchObject({
      id: 399444496,
      conclusion: 'success',
      startedAt: '2020-01-20T17:42:40.000Z',
      durationMs: 119_000,
      runnerName: 'my runner'
    })
    expect(build.queueWaitMs).toBeUndefined() // the documented job has no created_at: no wait is invented
    expect(build.steps[0]).toEqual({
      number: 1,
      name: 'Set up job',
      status: 'completed',
      conclusion: 'success',
      startedAt: '2020-01-20T17:42:40.000Z', // 09:42:40.000-08:00 in UTC
      completedAt: '2020-01-20T17:42:41.000Z'
    })
    expect(record.jobs.slice(1).map(j => j.queueWaitMs)).toEqual([7000, 14000, 21000, 28000])

    expect(record.pipeline).toMatchObject({
      provider: 'github-actions',
      repository: REPO,
      runId: String(RUN_ID),
      runNumber: '562',
      url: 'https://github.com/octo-org/octo-repo/actions/runs/30433642',
      createdAt: '2020-01-22T19:33:08.000Z',
      trigger: {
        event: 'schedule',
        schedule: '17 6 * * 1',
        actor: 'octocat',
        triggeringActor: 'octocat',
        ref: 'refs/heads/main'
      }
    })
    expect(record.pipeline.configuration.workflow).toEqual({
      ref: `${REPO}/.github/workflows/build.yml@refs/heads/main`,
      sha: 'acb5820ced9479c074f688cc328bf03f341a511d',
      source: 'env'
    })
    expect(record.pipeline.configuration.calledWorkflows).toEqual([
      {
        ref: 'ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1',
        sha: '1595d4b6de6a9e9751fb270a41019ce507d4099e',
        source: 'job-workflow'
      },
      {
        ref: 'octocat/Hello-World/.github/workflows/deploy.yml@main',
        sha: '86e8bc9ecf7d38b1ed2d2cfb8eb87ba9b35b01db',
        source: 'api'
      },
      {
        ref: 'octo-org/octo-repo/.github/workflows/report.yml@v2',
        sha: '79e9790903e1c3373b1a3e3a941d57405478a232',
        source: 'api'
      },
      {
        ref: 'octo-org/octo-repo/.github/workflows/secure.yml@1595d4b6de6a9e9751fb270a41019ce507d4099e',
        sha: '1595d4b6de6a9e9751fb270a41019ce507d4099e',
        source: 'api'
      }
    ])
    expect(record.approvals).toEqual([
      {
        environments: ['staging'],
        state: 'approved',
        comment: 'Ship it!',
        user: { login: 'octocat', id: 1, type: 'User' }
      }
    ])
    expect(record.pendingDeployments).toEqual([
      {
        environment: 'staging',
        waitTimerMinutes: 30,
        waitTimerStartedAt: '2020-11-23T22:00:40.000Z',
        reviewers: [
          { type: 'User', name: 'octocat' },
          { type: 'Team', name: 'justice-league' }
        ]
      }
    ])
    expect(record.humans).toEqual(
      expect.arrayContaining([
        { role: 'approver', login: 'octocat', type: 'User', detail: 'approved staging: Ship it!' },
        { role: 'required-reviewer', login: 'justice-league', type: 'Team', detail: 'review pending for staging' }
      ])
    )
    expect(record.gates.every(g => g.job === 'gates' && g.runAttempt === '1')).toBe(true)
    expect(contractCheck(record, 'pipeline-jobs').message).toBe('5 job(s) and 50 step(s) recorded')
    const calls = result!.resources.filter(r => r.kind === 'github-api')
    expect(calls).toHaveLength(6)
    expect(calls.every(c => c.status === '200' && c.uri.startsWith(api!.url))).toBe(true)
    expect(result!.inputs['github-token']).toBe('***')
    expect(result!.inputs['signing-key']).toBe('***')
  })

  test('a job that failed fails the record and is named', async () => {
    await runGates(runnerEnv())
    const jobs = documentedJobs(RUN_ID)
    jobs[2] = { ...jobs[2], conclusion: 'failure' }
    jobs[3] = { ...jobs[3], conclusion: 'timed_out' }
    const { io } = await recordWith({ jobs })
    const record = await readValidRecord(path.join(ws, 'record/audit-record.json'))
    expect(contractCheck(record, 'pipeline-jobs')).toMatchObject({
      status: 'fail',
      message: '2 job(s) ended badly: evidence-hash (failure), art12-log-gates (timed_out)'
    })
    expect(io.failed).toMatch(/^audit-record failed: 1 check\(s\) did not pass/)
    expect(io.annotations.map(a => a.title)).toContain(
      'audit-record: The run’s jobs and steps are recorded and none ended badly'
    )
  })

  test.each([
    [
      'a 403 on the jobs API',
      { fail: { path: /\/jobs$/, status: 403 } },
      /GitHub API answered 403 for .*\/jobs\?filter=latest&per_page=100.*Give the job `permissions: actions: read`/
    ],
    [
      'pages that hold fewer jobs than total_count',
      { totalCount: 9 },
      /GitHub API reported 9 jobs but its pages held 5/
    ],
    [
      'a next page on another origin',
      { nextOverride: 'https://evil.example/jobs?page=2' },
      /pagination points to another origin: https:\/\/evil\.example/
    ]
  ])('%s makes the record an error, loudly', async (_name, mock, message) => {
    await runGates(runnerEnv())
    const { io, result } = await recordWith(mock)
    expect(result?.status).toBe('error')
    expect(io.failed).toMatch(/^audit-record could not run: /)
    const record = await readValidRecord(path.join(ws, 'record/audit-record.json'))
    expect(contractCheck(record, 'pipeline-jobs').message).toMatch(message)
    expect(record.status).toBe('error')
  })

  test('results from another run of the same repository do not count', async () => {
    await runGates(runnerEnv({ GITHUB_RUN_ID: '1111' }))
    const { result } = await recordWith({})
    expect(result?.status).toBe('fail')
    const record = await readValidRecord(path.join(ws, 'record/audit-record.json'))
    expect(contractCheck(record, 'results-from-this-run').message).toMatch(
      /^3 result\(s\) from another run, not counted: reports\/ledger\/.* \(evidence-hash\): it is from run 1111, not 30433642/
    )
    expect(record.gates.every(g => g.status === 'missing')).toBe(true)
  })

  test('a re-run attempt supersedes the first; the same gate twice in one attempt fails the record', async () => {
    const gates = async (dir: string, attempt: string): Promise<void> => {
      const r = await runCli(['run', '--config', 'gates.yml', '--report-dir', dir, '--no-record'], {
        cwd: ws,
        env: runnerEnv({ GITHUB_RUN_ATTEMPT: attempt })
      })
      expect(r.code).toBe(0)
    }
    await gates('attempt1', '1')
    await gates('attempt2', '2')
    api = await startGitHubApi({ repository: REPO, runId: RUN_ID, token: TOKEN })
    const record = async (ledger: string, attempt: string, out: string) => {
      const io = fakeActionIO('audit-record', {
        config: 'gates.yml',
        ledger,
        record: out,
        'signing-key': 'signing.pem',
        'github-token': TOKEN
      })
      await runAction(auditRecordGate, io, {
        workspace: ws,
        env: runnerEnv({ GITHUB_API_URL: api!.url, GITHUB_RUN_ATTEMPT: attempt })
      })
      return readValidRecord(path.join(ws, out))
    }
    const rerun = await record('attempt*/ledger/*.json', '2', 'rerun.json')
    expect(rerun.status).toBe('pass')
    expect(rerun.gates.map(g => [g.runAttempt, g.supersededRuns, g.extraRuns])).toEqual([
      ['2', 1, 0],
      ['2', 1, 0],
      ['2', 1, 0]
    ])
    await gates('again', '2')
    const twice = await record('attempt2/ledger/*.json\nagain/ledger/*.json', '2', 'twice.json')
    expect(contractCheck(twice, 'expected-gates-ran').message).toBe(
      "gates[0] 'hash-evidence' (evidence-hash) ran 2 times; gates[1] 'hash-metrics' (evidence-hash) ran 2 times; gates[2] 'verify-evidence' (evidence-hash) ran 2 times"
    )
    // A result from a later attempt than the record's own cannot belong to it.
    const early = await record('attempt2/ledger/*.json', '1', 'early.json')
    expect(contractCheck(early, 'results-from-this-run').message).toContain(
      'it is from attempt 2, later than this attempt 1'
    )
  })

  test('without a token or a signer the run cannot be recorded', async () => {
    await runGates(runnerEnv())
    api = await startGitHubApi({ repository: REPO, runId: RUN_ID, token: TOKEN })
    const env = runnerEnv({ GITHUB_API_URL: api.url })
    const noKey = fakeActionIO('audit-record', {
      config: 'gates.yml',
      ledger: 'reports/ledger/*.json',
      record: 'r1.json',
      'github-token': TOKEN
    })
    expect((await runAction(auditRecordGate, noKey, { workspace: ws, env }))?.error?.message).toMatch(
      /signing: no signer: the record of a GitHub Actions run must be signed\. Give the job `permissions: id-token: write`/
    )
    const noToken = fakeActionIO('audit-record', {
      config: 'gates.yml',
      ledger: 'reports/ledger/*.json',
      record: 'r2.json',
      'github-token': '',
      'signing-key': 'signing.pem'
    })
    await runAction(auditRecordGate, noToken, { workspace: ws, env })
    const record = await readValidRecord(path.join(ws, 'r2.json'))
    expect(contractCheck(record, 'pipeline-jobs')).toMatchObject({
      status: 'error',
      message: 'no github-token: the jobs, steps and approvals of the run cannot be read'
    })
    expect(JSON.parse(await readFile(path.join(ws, 'r2.json'), 'utf8')).jobs).toEqual([])
  })
})

describeWithFixtures('audit-record in a GitHub Actions run with id-token: write (Sigstore mocks on 127.0.0.1)', () => {
  const WORKFLOW_REF = 'ai-act-gates/ai-act-gates/.github/workflows/ai-act-gates.yml@refs/tags/v1'
  const claims = githubClaims({ repository: REPO, job_workflow_ref: WORKFLOW_REF })
  let mock: SigstoreMock
  let tokens: Awaited<ReturnType<typeof startTokenService>>
  beforeAll(async () => {
    mock = await startSigstoreMock()
    tokens = await startTokenService(claims)
  })
  afterAll(async () => {
    await mock?.stop()
    await tokens?.stop()
  })
  beforeEach(async () => writeFile(path.join(ws, 'trusted_root.json'), JSON.stringify(mock.trustedRoot)))

  async function recordAuto(inputs: Record<string, string>) {
    api = await startGitHubApi({ repository: REPO, runId: RUN_ID, token: TOKEN, run: { event: 'schedule' } })
    const io = fakeActionIO('audit-record', {
      config: 'gates.yml',
      ledger: 'reports/ledger/*.json',
      record: 'record/audit-record.json',
      'github-token': TOKEN,
      'report-dir': '',
      ...inputs
    })
    const result = await runAction(auditRecordGate, io, {
      workspace: ws,
      env: runnerEnv({ GITHUB_API_URL: api.url, ...tokens.env })
    })
    return { io, result }
  }

  test('auto signs keyless as the workflow, even with a signing key given, and records what it touched', async () => {
    await runGates(runnerEnv())
    const { io, result } = await recordAuto({ 'trusted-root': 'trusted_root.json', 'signing-key': 'signing.pem' })
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toMatchObject({
      'signing-kind': 'sigstore-keyless',
      'signature-path': 'record/audit-record.intoto.sigstore.json'
    })
    const record = await readValidRecord(path.join(ws, 'record/audit-record.json'))
    expect(record.signing).toEqual({
      kind: 'sigstore-keyless',
      identity: `https://github.com/${WORKFLOW_REF}`,
      issuer: 'https://token.actions.githubusercontent.com'
    })
    expect(result!.resources.filter(r => !['github-api', 'file'].includes(r.kind)).map(r => [r.kind, r.uri])).toEqual([
      ['oidc', tokens.env.ACTIONS_ID_TOKEN_REQUEST_URL!.replace(/\?.*$/, '')],
      ['http', `${mock.fulcioURL}/api/v2/signingCert`],
      ['transparency-log', `${mock.rekorURL}/api/v1/log/entries`],
      ['http', `${mock.tsaURL}/api/v1/timestamp`]
    ])

    const verify = fakeActionIO('audit-record', {
      mode: 'verify',
      record: 'record/audit-record.json',
      'certificate-identity': `https://github.com/${WORKFLOW_REF}`,
      'certificate-oidc-issuer': 'https://token.actions.githubusercontent.com',
      'trusted-root': 'trusted_root.json',
      'report-dir': ''
    })
    const verified = await runAction(auditRecordGate, verify, { workspace: ws, env: { PATH: process.env.PATH } })
    expect(verify.failed).toBeUndefined()
    expect(verified?.status).toBe('pass')
  })

  test('a keyless signer that fails is an error, never a silent fallback to a key or an ephemeral key', async () => {
    await runGates(runnerEnv())
    const root = JSON.parse(JSON.stringify(mock.trustedRoot))
    root.certificateAuthorities[0].uri = `http://127.0.0.1:${await freePort()}`
    await writeFile(path.join(ws, 'down_root.json'), JSON.stringify(root))
    const attempts: Array<Record<string, string>> = [
      { 'trusted-root': 'down_root.json' },
      { 'trusted-root': 'down_root.json', 'signing-key': 'signing.pem' }
    ]
    for (const inputs of attempts) {
      const { io, result } = await recordAuto(inputs)
      expect(result?.status).toBe('error')
      expect(result?.error?.code).toBe('SIGNING_FAILED')
      expect(io.failed).toMatch(
        /^audit-record could not run: signing: signing the statement failed: error creating signing certificate/
      )
      expect(io.outputs['signing-kind']).toBeUndefined()
      await api?.close()
      api = undefined
    }
    await expect(readFile(path.join(ws, 'record/audit-record.json'))).rejects.toThrow(/ENOENT/)
  })
})

test('Link headers: rel="next" is followed, other relations and origins are not', () => {
  const api = 'https://api.github.com'
  expect(
    nextLink('<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"', api)
  ).toBe('https://api.github.com/x?page=2')
  expect(nextLink('<https://api.github.com/x?page=1>; rel="prev"', api)).toBeUndefined()
  expect(nextLink(null, api)).toBeUndefined()
  expect(() => nextLink('<https://elsewhere.test/x?page=2>; rel="next"', api)).toThrow(/another origin/)
})
