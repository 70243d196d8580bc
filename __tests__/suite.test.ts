/**
 * The whole suite end to end: the built CLI runs every gate of the example system's
 * gates file and writes a signed, schema-valid record and a readable report; a
 * pipeline that drops a gate fails its record; the root action does the same in one
 * step; `npm run demo` writes into a new folder every run.
 */
import { execFile, execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { parse } from 'yaml'
import type { ActionIO } from '@ai-act-gates/action-kit'
import { verifyEnvelope } from '@ai-act-gates/audit'
import type { Annotation } from '@ai-act-gates/report'
import { runSuiteAction } from '../packages/suite/src/suite-action.js'
import { runDistCli } from './helpers/cli.js'
import { startGitHubApi, type MockApi } from './helpers/github-actions-api.js'
import { describeWithFixtures, ROOT } from './helpers/paths.js'
import { githubClaims, startSigstoreMock, startTokenService, type SigstoreMock } from './helpers/sigstore-mock.js'
import { contractCheck, readValidRecord, writeWorkspace } from './helpers/suite.js'
import { makeTempDir, removeDir } from './helpers/tmp.js'

const EXAMPLE = 'examples/recruitment-screening/ai-act-gates.yml'
const outDirs: string[] = []
function freshOut(): string {
  const dir = `ai-act-gates-reports/test-${randomBytes(4).toString('hex')}`
  outDirs.push(dir)
  return dir
}
afterAll(async () => {
  for (const d of outDirs) await removeDir(path.join(ROOT, d))
})

describe('ai-act-gates run on the example system (dist/cli/index.js)', () => {
  test('runs every gate of the gates file and writes a signed, schema-valid record and a readable report', async () => {
    const out = freshOut()
    const r = await runDistCli(['run', '--config', EXAMPLE, '--report-dir', out], { cwd: ROOT })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('status:    PASS')
    const record = await readValidRecord(path.join(ROOT, out, 'audit-record.json'))
    const expected = parse(await readFile(path.join(ROOT, EXAMPLE), 'utf8')).gates.map(
      (g: { id?: string; uses: string }) => g.id ?? g.uses
    )
    expect(record.gates.map(g => g.id)).toEqual(expected)
    expect(record.gates.every(g => g.status === 'pass')).toBe(true)
    expect(record.system).toMatchObject({ id: 'recruitment-screening', annexIII: '4(a)', logProfile: 'recruitment' })
    expect(record.pipeline.configuration.commit).toMatch(/^[0-9a-f]{40}$/)

    const envelope = JSON.parse(await readFile(path.join(ROOT, out, 'audit-record.intoto.dsse.json'), 'utf8'))
    const statement = JSON.parse(verifyEnvelope(envelope, record.signing.publicKey!).toString('utf8'))
    expect(statement.predicate).toEqual(record)

    const report = await readFile(path.join(ROOT, out, 'audit-report.md'), 'utf8')
    expect(report).toMatch(/^# ✅ Pipeline audit record: Recruitment screening assistant: PASS/)
    expect(report).toContain('High-risk under Annex III point 4(a) (Employment')
    for (const id of expected) expect(report).toContain(id)
    const html = await readFile(path.join(ROOT, out, 'audit-report.html'), 'utf8')
    expect(html).toContain('<h1>✅ Pipeline audit record: Recruitment screening assistant: PASS</h1>')
    for (const id of expected) expect(html).toContain(id)
  })

  test('a pipeline that drops a gate of the example fails its record (exit 1)', async () => {
    const out = freshOut()
    await mkdir(path.join(ROOT, out), { recursive: true })
    const example = parse(await readFile(path.join(ROOT, EXAMPLE), 'utf8'))
    example.gates = example.gates.slice(0, -1)
    await writeFile(path.join(ROOT, out, 'dropped.yml'), JSON.stringify(example))
    expect(
      (await runDistCli(['run', '--config', `${out}/dropped.yml`, '--report-dir', out, '--no-record'], { cwd: ROOT }))
        .code
    ).toBe(0)
    const r = await runDistCli(
      [
        'audit-record',
        '--config',
        EXAMPLE,
        '--ledger',
        `${out}/ledger/*.json`,
        '--record',
        `${out}/record.json`,
        '--report-dir',
        ''
      ],
      { cwd: ROOT }
    )
    expect(r.code).toBe(1)
    const record = await readValidRecord(path.join(ROOT, out, 'record.json'))
    const last = example.gates.length
    expect(contractCheck(record, 'expected-gates-ran').message).toMatch(
      new RegExp(`^gates\\[${last}\\] '[a-z-]+' \\([a-z0-9-]+\\) has no result: it was skipped or never ran$`)
    )
  })

  test('npm run demo writes a new folder every time and never overwrites', () => {
    const before = new Set(readdirSync(path.join(ROOT, 'ai-act-gates-reports')).filter(d => d.startsWith('demo-')))
    const node = process.execPath
    const first = execFileSync(node, ['scripts/demo.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const second = execFileSync(node, ['scripts/demo.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const created = readdirSync(path.join(ROOT, 'ai-act-gates-reports')).filter(
      d => d.startsWith('demo-') && !before.has(d)
    )
    outDirs.push(...created.map(d => `ai-act-gates-reports/${d}`))
    expect(created).toHaveLength(2)
    expect(first).toContain('status:    PASS')
    expect(second).toContain('status:    PASS')
  })
})

/** A stand-in for @actions/core for the root action, whose inputs are not in the action specs. */
function rootIO(inputs: Record<string, string>) {
  const captured = {
    outputs: {} as Record<string, string>,
    failed: undefined as string | undefined,
    annotations: [] as Annotation[],
    summaries: [] as string[]
  }
  const io: ActionIO = {
    getInput: name => inputs[name] ?? '',
    setOutput: (n, v) => void (captured.outputs[n] = v),
    setFailed: m => void (captured.failed = m),
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    annotate: a => void captured.annotations.push(a),
    writeSummary: async md => void captured.summaries.push(md)
  }
  return { io, captured }
}

describe('the root action', () => {
  let ws: string
  beforeEach(async () => {
    ws = await makeTempDir()
    await writeWorkspace(ws)
  })
  afterEach(async () => removeDir(ws))

  test('runs the whole suite in one step and reports it as the job summary', async () => {
    const { io, captured } = rootIO({ config: 'gates.yml', 'report-dir': 'reports', signing: 'ephemeral' })
    const outcome = await runSuiteAction(io, { workspace: ws, env: { PATH: process.env.PATH } })
    expect(captured.failed).toBeUndefined()
    expect(outcome?.status).toBe('pass')
    expect(captured.outputs).toMatchObject({
      status: 'pass',
      'record-path': 'reports/audit-record.json',
      'report-path': 'reports/audit-report.md',
      'missing-gates': ''
    })
    expect(captured.summaries[0]).toContain('## Expected gates')
    await readValidRecord(path.join(ws, 'reports/audit-record.json'))
  })

  test('fails the step loudly, with annotations, when a gate cannot run', async () => {
    await writeFile(
      path.join(ws, 'gates.yml'),
      (await readFile(path.join(ws, 'gates.yml'), 'utf8')).replace('metrics/*.json', 'metrics/*.csv')
    )
    const { io, captured } = rootIO({ config: 'gates.yml', 'report-dir': 'reports', signing: 'ephemeral' })
    await runSuiteAction(io, { workspace: ws, env: { PATH: process.env.PATH } })
    expect(captured.failed).toMatch(
      /^ai-act-gates: the audit record could not be completed: \d check\(s\) of the record did not pass: results-non-empty, gates-passed\.$/
    )
    expect(captured.annotations.map(a => a.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("pattern 'metrics/*.csv' matched no file"),
        expect.stringContaining("gates[1] 'hash-metrics' (evidence-hash) recorded no check")
      ])
    )
    expect(captured.summaries[0]).toMatch(/^# ⛔ Pipeline audit record/)
  })

  test('runs only the named actions and writes no record, as a job of the reusable workflow', async () => {
    const { io, captured } = rootIO({ config: 'gates.yml', 'report-dir': 'reports', only: 'evidence-hash' })
    const outcome = await runSuiteAction(io, { workspace: ws, env: { PATH: process.env.PATH } })
    expect(captured.failed).toBeUndefined()
    expect(outcome?.results).toHaveLength(3)
    expect(outcome?.record).toBeUndefined()
    expect(readdirSync(path.join(ws, 'reports/ledger'))).toHaveLength(3)
  })
})

describeWithFixtures('the root action in a GitHub Actions job with id-token: write', () => {
  const REPO = 'octo-org/octo-repo'
  const RUN_ID = 30433642
  const TOKEN = 'ghs_test-token'
  const claims = githubClaims({
    repository: REPO,
    job_workflow_ref: `${REPO}/.github/workflows/build.yml@refs/heads/main`
  })
  let ws: string
  let mock: SigstoreMock
  let tokens: Awaited<ReturnType<typeof startTokenService>>
  let api: MockApi
  beforeAll(async () => {
    mock = await startSigstoreMock()
    tokens = await startTokenService(claims)
    api = await startGitHubApi({ repository: REPO, runId: RUN_ID, token: TOKEN })
  })
  afterAll(async () => {
    await mock?.stop()
    await tokens?.stop()
    await api?.close()
  })
  beforeEach(async () => {
    ws = await makeTempDir()
    await writeWorkspace(ws)
    await writeFile(path.join(ws, 'trusted_root.json'), JSON.stringify(mock.trustedRoot))
  })
  afterEach(async () => removeDir(ws))

  const actionsEnv = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPO,
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: 'acb5820ced9479c074f688cc328bf03f341a511d',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/build.yml@refs/heads/main`,
    GITHUB_JOB: 'gates',
    GITHUB_API_URL: api.url,
    ...tokens.env
  })

  test('signs the record keyless with the default signing, and the record verifies for the job workflow', async () => {
    const env = actionsEnv()
    const { io, captured } = rootIO({
      config: 'gates.yml',
      'report-dir': 'reports',
      'trusted-root': 'trusted_root.json',
      'github-token': TOKEN
    })
    const outcome = await runSuiteAction(io, { workspace: ws, env })
    expect(captured.failed).toBeUndefined()
    expect(outcome?.status).toBe('pass')
    expect(captured.outputs['signature-path']).toBe('reports/audit-record.intoto.sigstore.json')
    const identity = `https://github.com/${REPO}/.github/workflows/build.yml@refs/heads/main`
    const record = await readValidRecord(path.join(ws, 'reports/audit-record.json'))
    expect(record.signing).toEqual({
      kind: 'sigstore-keyless',
      identity,
      issuer: 'https://token.actions.githubusercontent.com'
    })
    expect(captured.summaries[0]).toContain(`identity ${identity}`)

    const r = await runDistCli(
      [
        'audit-record',
        '--mode',
        'verify',
        '--record',
        'reports/audit-record.json',
        '--certificate-identity',
        identity,
        '--certificate-oidc-issuer',
        'https://token.actions.githubusercontent.com',
        '--trusted-root',
        'trusted_root.json',
        '--report-dir',
        '',
        '--json'
      ],
      { cwd: ws }
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).checks.every((c: { status: string }) => c.status === 'pass')).toBe(true)
  })

  test('the built root action (dist/index.js), run as the runner runs it, signs keyless too', async () => {
    const outputs = path.join(ws, 'github-output.txt')
    const summary = path.join(ws, 'step-summary.md')
    await writeFile(outputs, '')
    await writeFile(summary, '')
    const { status, stdout } = await new Promise<{ status: number | null; stdout: string }>(resolve => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'dist/index.js')],
        {
          cwd: ws,
          env: {
            ...actionsEnv(),
            GITHUB_WORKSPACE: ws,
            GITHUB_OUTPUT: outputs,
            GITHUB_STEP_SUMMARY: summary,
            INPUT_CONFIG: 'gates.yml',
            'INPUT_REPORT-DIR': 'reports',
            INPUT_SIGNING: 'auto',
            'INPUT_TRUSTED-ROOT': 'trusted_root.json',
            'INPUT_GITHUB-TOKEN': TOKEN
          }
        },
        (error, out) => resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out })
      )
    })
    expect(stdout).not.toContain('::error')
    expect(status).toBe(0)
    expect(await readFile(outputs, 'utf8')).toContain('reports/audit-record.intoto.sigstore.json')
    const record = await readValidRecord(path.join(ws, 'reports/audit-record.json'))
    expect(record.signing.kind).toBe('sigstore-keyless')
    expect(record.pipeline.provider).toBe('github-actions')
  })
})
