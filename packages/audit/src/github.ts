/**
 * The few GitHub REST calls the record needs (the run, its jobs and steps, its
 * environment approvals and pending deployments), with Link-header pagination as
 * GitHub documents it. Every call is recorded as a resource of the gate; any failure
 * is a NETWORK GateError that names the URL and the permission to grant.
 */
import { createHash } from 'node:crypto'
import { GateError, type Resource } from '@ai-act-gates/core'

/** Records a resource the client accessed. */
export type ResourceSink = (resource: Omit<Resource, 'at'> & { at?: string }) => void

/** Pages followed at most, so a broken server cannot keep the client forever (100 per page: 10,000 jobs). */
export const MAX_PAGES = 100

/** A minimal GitHub REST client. */
export class GitHubClient {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly record: ResourceSink,
    private readonly signal?: AbortSignal
  ) {}

  private async request(url: string): Promise<{ body: unknown; link: string | null }> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'ai-act-gates'
    }
    if (this.token) headers.authorization = `Bearer ${this.token}`
    let response: Response
    try {
      response = await fetch(url, { headers, ...(this.signal ? { signal: this.signal } : {}) })
    } catch (error) {
      this.record({ kind: 'github-api', uri: url, method: 'GET', status: 'unreachable' })
      throw new GateError('NETWORK', `GitHub API unreachable at ${url}: ${(error as Error).message}`, { cause: error })
    }
    this.record({ kind: 'github-api', uri: url, method: 'GET', status: String(response.status) })
    const text = await response.text()
    if (!response.ok) {
      const hint =
        response.status === 403 || response.status === 404
          ? 'Give the job `permissions: actions: read` and pass github-token'
          : undefined
      throw new GateError(
        'NETWORK',
        `GitHub API answered ${response.status} for ${url}: ${text.slice(0, 200)}`,
        hint ? { hint } : {}
      )
    }
    try {
      return { body: JSON.parse(text), link: response.headers.get('link') }
    } catch (error) {
      throw new GateError('PARSE_ERROR', `GitHub API sent a body that is not JSON for ${url}`, { cause: error })
    }
  }

  /** GET raw bytes (an artifact archive), following GitHub's redirect to its storage. */
  async download(path: string): Promise<Buffer> {
    const url = this.url(path)
    let response: Response
    try {
      response = await fetch(url, {
        headers: {
          authorization: `Bearer ${this.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'ai-act-gates'
        },
        redirect: 'follow',
        ...(this.signal ? { signal: this.signal } : {})
      })
    } catch (error) {
      this.record({ kind: 'github-api', uri: url, method: 'GET', status: 'unreachable' })
      throw new GateError('NETWORK', `GitHub API unreachable at ${url}: ${(error as Error).message}`, { cause: error })
    }
    const body = Buffer.from(await response.arrayBuffer())
    this.record({
      kind: 'github-api',
      uri: url,
      method: 'GET',
      status: String(response.status),
      ...(response.ok ? { digest: `sha256:${createHash('sha256').update(body).digest('hex')}` } : {})
    })
    if (!response.ok) throw new GateError('NETWORK', `GitHub API answered ${response.status} for ${url}`)
    return body
  }

  /** GET one resource. */
  async get<T>(path: string): Promise<T> {
    return (await this.request(this.url(path))).body as T
  }

  /**
   * GET every page of a list. `key` names the array in an object response (such as
   * `jobs`), whose `total_count` must then match what the pages held.
   */
  async list<T>(path: string, key?: string): Promise<T[]> {
    const items: T[] = []
    let url: string | undefined = this.url(path)
    let total: number | undefined
    for (let page = 0; url !== undefined; page++) {
      if (page >= MAX_PAGES)
        throw new GateError('NETWORK', `GitHub API kept paginating past ${MAX_PAGES} pages at ${url}`)
      const { body, link }: { body: unknown; link: string | null } = await this.request(url)
      const array = key === undefined ? body : (body as Record<string, unknown>)[key]
      if (!Array.isArray(array))
        throw new GateError('PARSE_ERROR', `GitHub API response for ${url} has no ${key ?? 'array'}`)
      if (key !== undefined) total = (body as { total_count?: number }).total_count
      items.push(...(array as T[]))
      url = nextLink(link, this.apiUrl)
    }
    if (total !== undefined && total !== items.length) {
      throw new GateError('NETWORK', `GitHub API reported ${total} ${key} but its pages held ${items.length}`, {
        hint: 'The run changed while it was read, or pagination broke; run the record again'
      })
    }
    return items
  }

  private url(path: string): string {
    return `${this.apiUrl.replace(/\/+$/, '')}${path}`
  }
}

/**
 * The `rel="next"` URL of a Link header, or undefined. A next URL on another origin
 * than the API is refused: the token must not travel elsewhere.
 */
export function nextLink(link: string | null, apiUrl: string): string | undefined {
  if (!link) return undefined
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim())
    if (m && m[2]!.split(/\s+/).includes('next')) {
      const next = new URL(m[1]!, apiUrl)
      if (next.origin !== new URL(apiUrl).origin) {
        throw new GateError('NETWORK', `GitHub API pagination points to another origin: ${next.origin}`)
      }
      return next.toString()
    }
  }
  return undefined
}

/** A user as the API gives it. */
export interface ApiUser {
  login: string
  id: number
  type?: string
}

/** GET /repos/{owner}/{repo}/actions/runs/{run_id}, the fields the record uses. */
export interface ApiWorkflowRun {
  id: number
  name?: string
  path?: string
  event: string
  status?: string | null
  conclusion?: string | null
  head_sha: string
  head_branch?: string | null
  run_number?: number
  run_attempt?: number
  display_title?: string
  html_url?: string
  created_at?: string
  run_started_at?: string
  actor?: ApiUser | null
  triggering_actor?: ApiUser | null
  referenced_workflows?: Array<{ path: string; sha: string; ref?: string }>
}

/** A step of a job. */
export interface ApiStep {
  name: string
  status: string
  conclusion: string | null
  number: number
  started_at?: string | null
  completed_at?: string | null
}

/** A job of a run. */
export interface ApiJob {
  id: number
  run_id: number
  run_attempt?: number
  name: string
  status: string
  conclusion: string | null
  created_at?: string
  started_at?: string | null
  completed_at?: string | null
  html_url?: string | null
  head_sha?: string
  labels?: string[]
  runner_name?: string | null
  runner_group_name?: string | null
  workflow_name?: string | null
  steps?: ApiStep[]
}

/** An environment approval of a run. */
export interface ApiApproval {
  state?: string
  issue_state?: string
  comment: string
  environments: Array<{ id?: number; name?: string }>
  user: ApiUser
}

/** A deployment of a run waiting for review. */
export interface ApiPendingDeployment {
  environment: { id?: number; name?: string }
  wait_timer: number
  wait_timer_started_at: string | null
  current_user_can_approve?: boolean
  reviewers: Array<{ type: string; reviewer: { login?: string; name?: string; slug?: string; id: number } }>
}

/** What the API tells about one run. */
export interface RunFromApi {
  run: ApiWorkflowRun
  jobs: ApiJob[]
  approvals: ApiApproval[]
  pendingDeployments: ApiPendingDeployment[]
}

/** Reads a run, its jobs (every page), approvals and pending deployments. */
export async function readRunFromApi(client: GitHubClient, repository: string, runId: string): Promise<RunFromApi> {
  const base = `/repos/${repository}/actions/runs/${encodeURIComponent(runId)}`
  const run = await client.get<ApiWorkflowRun>(base)
  const jobs = await client.list<ApiJob>(`${base}/jobs?filter=latest&per_page=100`, 'jobs')
  const approvals = await client.list<ApiApproval>(`${base}/approvals`)
  const pendingDeployments = await client.list<ApiPendingDeployment>(`${base}/pending_deployments`)
  return { run, jobs, approvals, pendingDeployments }
}
