/**
 * Where a gate runs: GitHub Actions (read from the runner's environment) or a
 * local command line. Recorded in every GateResult.
 */

/** The run a result belongs to. Fields are absent when not known. */
export interface RunContext {
  /** `github-actions` in a workflow, `local` on a command line. */
  provider: 'github-actions' | 'local'
  /** `owner/name` of the repository. */
  repository?: string
  /** Workflow run id. */
  runId?: string
  /** Attempt number of the run. */
  runAttempt?: string
  /** Workflow name. */
  workflow?: string
  /** `owner/repo/.github/workflows/file.yml@ref` of the workflow. */
  workflowRef?: string
  /** Job id. */
  job?: string
  /** Step id (GITHUB_ACTION). */
  step?: string
  /** Event that triggered the run. */
  event?: string
  /** Commit sha the run is for. */
  sha?: string
  /** Git ref the run is for. */
  ref?: string
  /** User who started the run. */
  actor?: string
  /** Base URL of the GitHub server. */
  serverUrl?: string
}

const ENV_FIELDS: Array<[keyof RunContext, string]> = [
  ['repository', 'GITHUB_REPOSITORY'],
  ['runId', 'GITHUB_RUN_ID'],
  ['runAttempt', 'GITHUB_RUN_ATTEMPT'],
  ['workflow', 'GITHUB_WORKFLOW'],
  ['workflowRef', 'GITHUB_WORKFLOW_REF'],
  ['job', 'GITHUB_JOB'],
  ['step', 'GITHUB_ACTION'],
  ['event', 'GITHUB_EVENT_NAME'],
  ['sha', 'GITHUB_SHA'],
  ['ref', 'GITHUB_REF'],
  ['actor', 'GITHUB_ACTOR'],
  ['serverUrl', 'GITHUB_SERVER_URL']
]

/** Reads the run context from environment variables set by the Actions runner. */
export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const ctx: RunContext = { provider: env.GITHUB_ACTIONS === 'true' ? 'github-actions' : 'local' }
  for (const [field, name] of ENV_FIELDS) {
    const value = env[name]
    if (value !== undefined && value !== '') (ctx as unknown as Record<string, string>)[field] = value
  }
  return ctx
}
