/**
 * The context of a GitHub Actions run: the runner's environment and event payload,
 * and the GitHub API (the run, its jobs and steps, approvals, pending deployments and
 * called workflows). Times are normalised to UTC: the jobs API gives step times with
 * offsets (such as -08:00) and job times in Z.
 */
import { readFile } from 'node:fs/promises'
import { makeCheck, toGateError, type Check } from '@ai-act-gates/core'
import { CONTRACT_ARTICLES } from './contract.js'
import { GitHubClient, readRunFromApi, type ApiJob, type RunFromApi } from './github.js'
import type { ContextOptions } from './context.js'
import type { RecordContext, RecordHuman, RecordJob, RecordWorkflow } from './record.js'

/** An ISO time in UTC, or undefined for null, empty or unparseable values. */
export function utc(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}

function span(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined
  const ms = Date.parse(to) - Date.parse(from)
  return ms >= 0 ? ms : undefined
}

/** A job of the jobs API in the record's shape. */
export function toRecordJob(job: ApiJob): RecordJob {
  const createdAt = utc(job.created_at)
  const startedAt = utc(job.started_at)
  const completedAt = utc(job.completed_at)
  const out: RecordJob = {
    id: job.id,
    name: job.name,
    status: job.status,
    conclusion: job.conclusion,
    steps: (job.steps ?? []).map(s => {
      const started = utc(s.started_at)
      const completed = utc(s.completed_at)
      return {
        number: s.number,
        name: s.name,
        status: s.status,
        conclusion: s.conclusion,
        ...(started ? { startedAt: started } : {}),
        ...(completed ? { completedAt: completed } : {})
      }
    })
  }
  if (createdAt) out.createdAt = createdAt
  if (startedAt) out.startedAt = startedAt
  if (completedAt) out.completedAt = completedAt
  const wait = span(createdAt, startedAt)
  if (wait !== undefined) out.queueWaitMs = wait
  const duration = span(startedAt, completedAt)
  if (duration !== undefined) out.durationMs = duration
  if (job.html_url) out.url = job.html_url
  if (job.runner_name) out.runnerName = job.runner_name
  if (job.labels && job.labels.length > 0) out.labels = job.labels
  return out
}

async function readEvent(
  env: NodeJS.ProcessEnv,
  record: ContextOptions['recordResource']
): Promise<Record<string, unknown>> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    const event = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    record({ kind: 'file', uri: file, status: 'read' })
    return event
  } catch (error) {
    throw toGateError(error, file)
  }
}

function workflowFrom(
  ref: string | undefined,
  sha: string | undefined,
  source: RecordWorkflow['source']
): RecordWorkflow | undefined {
  if (!ref && !sha) return undefined
  return { ...(ref ? { ref } : {}), ...(sha ? { sha } : {}), source }
}

/** Jobs that ended badly; a skipped job is not counted (a gate's own `if:` may skip it, and the contract catches a missing gate). */
const BAD_CONCLUSIONS = ['failure', 'cancelled', 'timed_out', 'action_required', 'startup_failure']

function jobsCheck(jobs: RecordJob[]): Check {
  const bad = jobs.filter(j => j.conclusion !== null && BAD_CONCLUSIONS.includes(j.conclusion))
  const steps = jobs.reduce((n, j) => n + j.steps.length, 0)
  return bad.length === 0
    ? makeCheck(
        'pipeline-jobs',
        'The run’s jobs and steps are recorded and none ended badly',
        CONTRACT_ARTICLES,
        'pass',
        `${jobs.length} job(s) and ${steps} step(s) recorded`
      )
    : makeCheck(
        'pipeline-jobs',
        'The run’s jobs and steps are recorded and none ended badly',
        CONTRACT_ARTICLES,
        'fail',
        `${bad.length} job(s) ended badly: ${bad.map(j => `${j.name} (${j.conclusion})`).join(', ')}`,
        { locations: bad.map(j => ({ resource: j.name, ...(j.url ? { url: j.url } : {}) })) }
      )
}

/** The pipeline-jobs check when the run's jobs cannot be read. */
function jobsUnreadCheck(message: string, extra?: Parameters<typeof makeCheck>[5]): Check {
  return makeCheck('pipeline-jobs', 'The run’s jobs and steps are recorded', CONTRACT_ARTICLES, 'error', message, extra)
}

function humansFrom(api: RunFromApi | undefined, env: NodeJS.ProcessEnv): RecordHuman[] {
  const humans: RecordHuman[] = []
  const actor = api?.run.actor?.login ?? env.GITHUB_ACTOR
  const triggering = api?.run.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR
  if (actor) humans.push({ role: 'actor', login: actor, ...(api?.run.actor?.type ? { type: api.run.actor.type } : {}) })
  if (triggering) {
    humans.push({
      role: 'triggering-actor',
      login: triggering,
      ...(api?.run.triggering_actor?.type ? { type: api.run.triggering_actor.type } : {}),
      ...(triggering !== actor ? { detail: 'started or re-ran this run; differs from the actor' } : {})
    })
  }
  for (const a of api?.approvals ?? []) {
    humans.push({
      role: 'approver',
      login: a.user.login,
      ...(a.user.type ? { type: a.user.type } : {}),
      detail: `${a.state ?? a.issue_state ?? 'unknown'} ${a.environments.map(e => e.name ?? String(e.id)).join(', ')}${a.comment ? `: ${a.comment}` : ''}`
    })
  }
  for (const p of api?.pendingDeployments ?? []) {
    for (const r of p.reviewers) {
      humans.push({
        role: 'required-reviewer',
        login: r.reviewer.login ?? r.reviewer.slug ?? r.reviewer.name ?? String(r.reviewer.id),
        type: r.type,
        detail: `review pending for ${p.environment.name ?? String(p.environment.id)}`
      })
    }
  }
  return humans
}

/** Collects the context of a GitHub Actions run: env, event payload and the API. */
export async function githubContext(options: ContextOptions): Promise<RecordContext> {
  const { env } = options
  const event = await readEvent(env, options.recordResource)
  const repository = env.GITHUB_REPOSITORY
  const runId = env.GITHUB_RUN_ID
  const checks: Check[] = []
  let api: RunFromApi | undefined
  if (!repository || !runId) {
    checks.push(jobsUnreadCheck('GITHUB_REPOSITORY or GITHUB_RUN_ID is not set: the run cannot be read'))
  } else if (!options.githubToken) {
    checks.push(
      jobsUnreadCheck('no github-token: the jobs, steps and approvals of the run cannot be read', {
        locations: [{ field: 'github-token' }]
      })
    )
  } else {
    const client = new GitHubClient(
      env.GITHUB_API_URL ?? 'https://api.github.com',
      options.githubToken,
      options.recordResource,
      options.signal
    )
    try {
      api = await readRunFromApi(client, repository, runId)
    } catch (error) {
      const e = toGateError(error)
      checks.push(jobsUnreadCheck(e.message))
    }
  }
  const jobs = (api?.jobs ?? []).map(toRecordJob)
  if (api) checks.push(jobsCheck(jobs))
  const called: RecordWorkflow[] = []
  const own = workflowFrom(options.jobWorkflowRef, options.jobWorkflowSha, 'job-workflow')
  if (own) called.push(own)
  for (const w of api?.run.referenced_workflows ?? []) called.push({ ref: w.path, sha: w.sha, source: 'api' })
  const schedule = typeof event.schedule === 'string' ? event.schedule : undefined
  const inputs =
    event.inputs && typeof event.inputs === 'object' ? (event.inputs as Record<string, unknown>) : undefined
  const run = api?.run
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const pipeline: RecordContext['pipeline'] = {
    provider: 'github-actions',
    ...((run?.name ?? env.GITHUB_WORKFLOW) ? { name: run?.name ?? env.GITHUB_WORKFLOW! } : {}),
    ...(repository ? { repository } : {}),
    ...(runId ? { runId } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
    ...(env.GITHUB_RUN_NUMBER
      ? { runNumber: env.GITHUB_RUN_NUMBER }
      : run?.run_number
        ? { runNumber: String(run.run_number) }
        : {}),
    ...(run?.html_url
      ? { url: run.html_url }
      : repository && runId
        ? { url: `${serverUrl}/${repository}/actions/runs/${runId}` }
        : {}),
    trigger: {
      event: run?.event ?? env.GITHUB_EVENT_NAME ?? 'unknown',
      ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
      ...((env.GITHUB_SHA ?? run?.head_sha) ? { sha: env.GITHUB_SHA ?? run!.head_sha } : {}),
      ...((run?.actor?.login ?? env.GITHUB_ACTOR) ? { actor: run?.actor?.login ?? env.GITHUB_ACTOR! } : {}),
      ...((run?.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR)
        ? { triggeringActor: run?.triggering_actor?.login ?? env.GITHUB_TRIGGERING_ACTOR! }
        : {}),
      ...(schedule ? { schedule } : {}),
      ...(inputs ? { inputs } : {})
    },
    configuration: {
      ...(workflowFrom(env.GITHUB_WORKFLOW_REF, env.GITHUB_WORKFLOW_SHA, 'env')
        ? { workflow: workflowFrom(env.GITHUB_WORKFLOW_REF, env.GITHUB_WORKFLOW_SHA, 'env')! }
        : {}),
      calledWorkflows: called
    },
    ...(utc(run?.created_at) ? { createdAt: utc(run?.created_at)! } : {}),
    ...(utc(run?.run_started_at) ? { startedAt: utc(run?.run_started_at)! } : {})
  }
  return {
    pipeline,
    jobs,
    approvals: (api?.approvals ?? []).map(a => ({
      environments: a.environments.map(e => e.name ?? String(e.id)),
      state: a.state ?? a.issue_state ?? 'unknown',
      comment: a.comment ?? '',
      user: { login: a.user.login, id: a.user.id, ...(a.user.type ? { type: a.user.type } : {}) }
    })),
    pendingDeployments: (api?.pendingDeployments ?? []).map(p => ({
      environment: p.environment.name ?? String(p.environment.id),
      waitTimerMinutes: p.wait_timer,
      waitTimerStartedAt: utc(p.wait_timer_started_at) ?? null,
      reviewers: p.reviewers.map(r => ({
        type: r.type,
        name: r.reviewer.login ?? r.reviewer.slug ?? r.reviewer.name ?? String(r.reviewer.id)
      }))
    })),
    humans: humansFrom(api, env),
    artefacts: [],
    signing: options.signing,
    checks
  }
}
