/**
 * The reusable workflow's shape against the registry: one job per action, chained in
 * the order its plan job enforces, every ledger collected by the audit-record job,
 * least privilege per job; and the plan command on real gates files.
 */
import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { parse } from 'yaml'
import { GATES } from '@ai-act-gates/cli'
import { planWorkflow } from '@ai-act-gates/suite'
import type { LoadedGatesFile } from '@ai-act-gates/audit'
import { runCli } from './helpers/cli.js'
import { ROOT } from './helpers/paths.js'
import { gatesYaml, THREE_GATES } from './helpers/suite.js'
import { makeTempDir, removeDir } from './helpers/tmp.js'

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/ai-act-gates.yml'), 'utf8'))
const order: string[] = String(workflow.env.AI_ACT_GATES_JOB_ORDER).split(',')
const needs = (job: string): string[] => [workflow.jobs[job].needs ?? []].flat()

describe('the reusable workflow', () => {
  test('is called with workflow_call and typed inputs, and reads nothing but contents at the top', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call'])
    for (const input of Object.values<any>(workflow.on.workflow_call.inputs))
      expect(['string', 'number', 'boolean']).toContain(input.type)
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })

  test('has one job per action in AI_ACT_GATES_JOB_ORDER, each needing plan and the one before', () => {
    order.forEach((action, i) => {
      expect(workflow.jobs[action]).toBeDefined()
      expect(needs(action)).toEqual(i === 0 ? ['plan'] : ['plan', order[i - 1]])
      expect(workflow.jobs[action].if).toContain(`fromJSON(needs.plan.outputs.actions)['${action}']`)
      const run = workflow.jobs[action].steps.find((s: any) => s.uses === './.ai-act-gates')
      expect(run.with.only).toBe(action)
      const upload = workflow.jobs[action].steps.find((s: any) => String(s.uses).startsWith('actions/upload-artifact@'))
      expect(upload.with.name).toBe(`ai-act-gates-ledger-${action}`)
    })
  })

  test('has a job for every registered gate but the record writer, and the record job waits for all', () => {
    expect([...order].sort()).toEqual(
      Object.keys(GATES)
        .filter(n => n !== 'audit-record')
        .sort()
    )
    expect(needs('audit-record').sort()).toEqual(['plan', ...order].sort())
  })

  test('gives every job its own permissions, each with a reason', () => {
    const text = readFileSync(path.join(ROOT, '.github/workflows/ai-act-gates.yml'), 'utf8')
    for (const [name, job] of Object.entries<any>(workflow.jobs)) {
      expect(job.permissions).toBeDefined()
      for (const [scope, level] of Object.entries(job.permissions)) {
        expect(text).toMatch(new RegExp(`${scope}: ${level} # \\w+`))
      }
      // Only the jobs that sign with Sigstore keyless ask for an OIDC token.
      if (!['audit-record', 'sbom-attest'].includes(name)) expect(job.permissions['id-token']).toBeUndefined()
    }
  })
})

describe('ai-act-gates plan', () => {
  let ws: string
  beforeEach(async () => {
    ws = await makeTempDir()
  })
  afterEach(async () => removeDir(ws))

  test('outputs the actions the file uses and writes them to GITHUB_OUTPUT', async () => {
    await writeFile(path.join(ws, 'gates.yml'), gatesYaml(THREE_GATES))
    const out = path.join(ws, 'github-output')
    await writeFile(out, '')
    const r = await runCli(
      ['plan', '--config', 'gates.yml', '--job-order', 'verify-signed-commits,evidence-hash,cosign-verify'],
      {
        cwd: ws,
        env: { GITHUB_OUTPUT: out }
      }
    )
    expect(r.code).toBe(0)
    const plan = JSON.parse(r.stdout)
    expect(plan.actions).toEqual({ 'verify-signed-commits': false, 'evidence-hash': true, 'cosign-verify': false })
    expect(plan.gates.map((g: any) => g.id)).toEqual(['hash-evidence', 'hash-metrics', 'verify-evidence'])
    expect(readFileSync(out, 'utf8')).toContain(
      'actions={"verify-signed-commits":false,"evidence-hash":true,"cosign-verify":false}\n'
    )
  })

  test('refuses a file the job order cannot run, and an action without a job, with file, line and field', async () => {
    await writeFile(path.join(ws, 'gates.yml'), gatesYaml(THREE_GATES))
    const r = await runCli(['plan', '--config', 'gates.yml', '--job-order', 'cosign-verify'], { cwd: ws })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      /^ai-act-gates plan: gates\.yml:9: gates\[0\]\.uses: the reusable workflow has no job for action 'evidence-hash'\. Its jobs run: cosign-verify/
    )
  })

  test('plans the example system with the workflow’s own job order', async () => {
    const r = await runCli(
      ['plan', '--config', 'examples/recruitment-screening/ai-act-gates.yml', '--job-order', order.join(',')],
      { cwd: ROOT }
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).systemId).toBe('recruitment-screening')
  })
})

test('plan refuses an order the chained jobs cannot honour, naming the entry', () => {
  const file = {
    path: 'gates.yml',
    sha256: '0'.repeat(64),
    file: { version: 1, system: { id: 's', name: 's', intendedPurpose: 'p', annexIII: '4(a)' }, gates: [] },
    gates: [
      {
        position: 0,
        id: 'commits',
        uses: 'verify-signed-commits',
        name: 'commits',
        with: {},
        allowSkipped: {},
        line: 9
      },
      { position: 1, id: 'hash', uses: 'evidence-hash', name: 'hash', with: {}, allowSkipped: {}, line: 12 },
      {
        position: 2,
        id: 'commits-again',
        uses: 'verify-signed-commits',
        name: 'again',
        with: {},
        allowSkipped: {},
        line: 15
      }
    ]
  } as LoadedGatesFile
  expect(() => planWorkflow(file, ['verify-signed-commits', 'evidence-hash'])).toThrow(
    'gates.yml:15: gates[2]: gates[2] (verify-signed-commits) comes after gates[1] (evidence-hash), but the reusable workflow runs evidence-hash after verify-signed-commits'
  )
  expect(
    planWorkflow({ ...file, gates: file.gates.slice(0, 2) }, ['verify-signed-commits', 'evidence-hash']).actions
  ).toEqual({
    'verify-signed-commits': true,
    'evidence-hash': true
  })
})
