/**
 * A GitHub REST API stand-in on 127.0.0.1, answering with the documented example
 * responses of ../shared/fixtures/github-rest-api (read in place): the workflow run,
 * its jobs (paginated with a Link header, as GitHub paginates), its environment
 * approvals and pending deployments. Every request is kept for assertions.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fixture } from './paths.js'

const EXAMPLES = ['github-rest-api', 'rest-api-docs-md-examples']

/** A documented example response, parsed. */
export function example<T = any>(name: string): T {
  return JSON.parse(readFileSync(fixture(...EXAMPLES, `${name}.json`), 'utf8')) as T
}

/** Options for {@link startGitHubApi}. */
export interface MockOptions {
  repository: string
  runId: number
  /** Jobs to serve; defaults to {@link documentedJobs}. */
  jobs?: any[]
  /** Jobs per page, whatever per_page asks (GitHub caps per_page too). */
  pageSize?: number
  /** Fields to change in the documented workflow run. */
  run?: Record<string, unknown>
  /** total_count to claim, when it should disagree with the jobs served. */
  totalCount?: number
  /** Answer this status for paths matching the pattern. */
  fail?: { path: RegExp; status: number }
  /** A Link next URL to send instead of the right one. */
  nextOverride?: string
  /** The token requests must carry. */
  token: string
}

/** A running stand-in. */
export interface MockApi {
  url: string
  requests: Array<{ path: string; authorization: string | undefined }>
  close(): Promise<void>
}

/**
 * The run's jobs, built from the documented job: the documented `build` job as it is,
 * and gate jobs derived from it (new ids, names and times, and `created_at`, a field
 * of the documented job schema that the example leaves out).
 */
export function documentedJobs(
  runId: number,
  names = ['plan', 'evidence-hash', 'art12-log-gates', 'audit-record']
): any[] {
  const doc = example('job-paginated').jobs[0]
  const jobs = [{ ...doc, run_id: runId }]
  names.forEach((name, i) => {
    const created = new Date(Date.parse('2020-01-20T17:45:00Z') + i * 60_000)
    const started = new Date(created.getTime() + (i + 1) * 7_000)
    const completed = new Date(started.getTime() + 30_000)
    jobs.push({
      ...doc,
      id: doc.id + i + 1,
      run_id: runId,
      name,
      created_at: created.toISOString(),
      started_at: started.toISOString(),
      completed_at: completed.toISOString(),
      html_url: `https://github.com/octo-org/octo-repo/runs/${runId}/jobs/${doc.id + i + 1}`
    })
  })
  return jobs
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

/** Starts the stand-in on a free port of 127.0.0.1. */
export async function startGitHubApi(options: MockOptions): Promise<MockApi> {
  const requests: MockApi['requests'] = []
  const jobs = options.jobs ?? documentedJobs(options.runId)
  const pageSize = options.pageSize ?? 2
  const base = `/repos/${options.repository}/actions/runs/${options.runId}`
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ path: `${url.pathname}${url.search}`, authorization: req.headers.authorization })
    if (req.headers.authorization !== `Bearer ${options.token}`) return send(res, 401, { message: 'Bad credentials' })
    if (options.fail && options.fail.path.test(url.pathname))
      return send(res, options.fail.status, { message: 'Resource not accessible by integration' })
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    if (url.pathname === base) {
      return send(res, 200, { ...example<Record<string, unknown>>('workflow-run'), id: options.runId, ...options.run })
    }
    if (url.pathname === `${base}/jobs`) {
      const page = Number(url.searchParams.get('page') ?? '1')
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), pageSize)
      const last = Math.max(1, Math.ceil(jobs.length / perPage))
      const links: string[] = []
      const at = (p: number): string => {
        const u = new URL(url.pathname, origin)
        u.searchParams.set('filter', url.searchParams.get('filter') ?? 'latest')
        u.searchParams.set('per_page', String(url.searchParams.get('per_page') ?? '30'))
        u.searchParams.set('page', String(p))
        return u.toString()
      }
      if (page < last) links.push(`<${options.nextOverride ?? at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`)
      if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`)
      return send(
        res,
        200,
        { total_count: options.totalCount ?? jobs.length, jobs: jobs.slice((page - 1) * perPage, page * perPage) },
        links.length > 0 ? { link: links.join(', ') } : {}
      )
    }
    if (url.pathname === `${base}/approvals`) return send(res, 200, example('environment-approvals-items'))
    if (url.pathname === `${base}/pending_deployments`) return send(res, 200, example('pending-deployment-items'))
    return send(res, 404, { message: 'Not Found' })
  }
  const server = createServer(handler)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
