/**
 * The run's context for the record: a GitHub Actions run (context-github.ts) or a
 * local run, from the command line and git.
 */
import { spawnSync } from 'node:child_process'
import * as os from 'node:os'
import type { GateStatus, Resource } from '@ai-act-gates/core'
import type { GateOutcome } from './contract.js'
import { githubContext } from './context-github.js'
import type { RecordContext, RecordJob } from './record.js'
import type { SignerIdentity } from './signer.js'

/** Options for {@link collectContext}. */
export interface ContextOptions {
  env: NodeJS.ProcessEnv
  workspace: string
  gatesFilePath: string
  /** Token for the API; empty means no API calls (local runs only). */
  githubToken: string
  /** The called workflow's ref and sha, as the reusable workflow passes them. */
  jobWorkflowRef?: string
  jobWorkflowSha?: string
  recordResource(resource: Omit<Resource, 'at'> & { at?: string }): void
  signal: AbortSignal
  signing: SignerIdentity
}

function git(args: string[], cwd: string, record: ContextOptions['recordResource']): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' })
  record({ kind: 'process', uri: `git ${args.join(' ')}`, status: String(r.status ?? 'not started') })
  return r.status === 0 ? r.stdout.trim() : undefined
}

function localUser(env: NodeJS.ProcessEnv): string {
  try {
    return os.userInfo().username
  } catch {
    return env.USER ?? env.LOGNAME ?? 'unknown'
  }
}

/** Collects the context of a local run: the user, and git's view of the checkout. */
async function localContext(options: ContextOptions): Promise<RecordContext> {
  const { workspace, recordResource } = options
  const commit = git(['rev-parse', 'HEAD'], workspace, recordResource)
  const status =
    commit === undefined ? undefined : git(['status', '--porcelain', '--untracked-files=no'], workspace, recordResource)
  const gatesFileCommit =
    commit === undefined
      ? undefined
      : git(['log', '-1', '--format=%H', '--', options.gatesFilePath], workspace, recordResource)
  const user = localUser(options.env)
  return {
    pipeline: {
      provider: 'local',
      name: 'ai-act-gates run',
      trigger: { event: 'cli', actor: user, ...(commit ? { sha: commit } : {}) },
      configuration: {
        calledWorkflows: [],
        ...(commit ? { commit } : {}),
        ...(status !== undefined ? { dirty: status !== '' } : {}),
        ...(gatesFileCommit ? { gatesFileCommit } : {})
      }
    },
    jobs: [],
    approvals: [],
    pendingDeployments: [],
    humans: [{ role: 'local-user', login: user, detail: 'ran the suite from the command line' }],
    artefacts: [],
    signing: options.signing,
    checks: []
  }
}

/** The context of the run the record is written in. */
export async function collectContext(options: ContextOptions): Promise<RecordContext> {
  return options.env.GITHUB_ACTIONS === 'true' ? githubContext(options) : localContext(options)
}

/** For a local run, the suite is the one job and each gate one of its steps. */
export function localJob(outcomes: GateOutcome[], status: GateStatus): RecordJob {
  const ran = outcomes.filter(o => o.entry)
  const startedAt = ran[0]?.entry?.result.startedAt
  const completedAt = ran[ran.length - 1]?.entry?.result.finishedAt
  const conclusion = status === 'pass' ? 'success' : 'failure'
  return {
    name: 'ai-act-gates run',
    status: 'completed',
    conclusion,
    ...(startedAt ? { startedAt } : {}),
    ...(completedAt ? { completedAt } : {}),
    ...(startedAt && completedAt ? { durationMs: Math.max(0, Date.parse(completedAt) - Date.parse(startedAt)) } : {}),
    steps: outcomes.map((o, i) => {
      const r = o.entry?.result
      return {
        number: i + 1,
        name: `${o.expected.id} (${o.expected.uses})`,
        status: r ? 'completed' : 'skipped',
        conclusion: r ? (r.status === 'pass' ? 'success' : 'failure') : 'skipped',
        ...(r ? { startedAt: r.startedAt, completedAt: r.finishedAt } : {})
      }
    })
  }
}
