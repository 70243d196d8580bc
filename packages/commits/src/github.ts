/**
 * The GitHub REST API as a source of commits: the compare endpoint (paginated with
 * `per_page`, so past the 250-commit limit of an unpaginated comparison) for ranges,
 * the commits endpoint for single commits and whole branches. Each commit's
 * `verification` object carries GitHub's verdict and the signature and payload, from
 * which the raw commit object is rebuilt and checked against its id.
 */
import { GateError } from '@ai-act-gates/core'
import type { GateContext } from '@ai-act-gates/action-kit'
import type { Identity } from './commit.js'
import type { RangeSpec } from './event.js'
import type { GitHubVerification } from './verdict.js'

/** Results per page; GitHub's maximum. */
export const PER_PAGE = 100

/** Stop following pages after this many, whatever the Link header says. */
export const MAX_PAGES = 1000

/** Give up on one request after this long. */
export const REQUEST_TIMEOUT_MS = 30_000

/** A commit as the API describes it. */
export interface ApiCommit {
  sha: string
  author: Identity
  committer: Identity
  subject: string
  /** GitHub's verification. */
  verification: GitHubVerification & { signature: string | null; payload: string | null }
}

/** Where and how to call the API. */
export interface GitHubSource {
  apiUrl: string
  token: string
  repository: string
}

interface RawCommitItem {
  sha?: unknown
  commit?: {
    author?: { name?: string; email?: string; date?: string }
    committer?: { name?: string; email?: string; date?: string }
    message?: string
    verification?: {
      verified?: unknown
      reason?: unknown
      signature?: unknown
      payload?: unknown
      verified_at?: unknown
    }
  }
}

/** The URL of the next page from a Link header, as GitHub sends it. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (m) return m[1]
  }
  return undefined
}

function identityOf(p: { name?: string; email?: string; date?: string } | undefined): Identity {
  return { name: p?.name ?? '', email: p?.email ?? '', date: p?.date ?? '' }
}

/** Turns one API commit item into an {@link ApiCommit}; a malformed item is an error naming the URL. */
export function toApiCommit(item: RawCommitItem, url: string): ApiCommit {
  const v = item.commit?.verification
  if (typeof item.sha !== 'string' || !/^[0-9a-f]{40}$/.test(item.sha) || !v || typeof v.verified !== 'boolean') {
    throw new GateError('PARSE_ERROR', `GitHub returned a commit without sha or verification object from ${url}`, {
      field: 'commits[].commit.verification'
    })
  }
  const verification: ApiCommit['verification'] = {
    verified: v.verified,
    reason: typeof v.reason === 'string' ? v.reason : 'unknown',
    signature: typeof v.signature === 'string' ? v.signature : null,
    payload: typeof v.payload === 'string' ? v.payload : null
  }
  if (typeof v.verified_at === 'string') verification.verifiedAt = v.verified_at
  return {
    sha: item.sha,
    author: identityOf(item.commit?.author),
    committer: identityOf(item.commit?.committer),
    subject: (item.commit?.message ?? '').split('\n', 1)[0] ?? '',
    verification
  }
}

/** A client bound to a repository. */
export class GitHubClient {
  constructor(
    private readonly source: GitHubSource,
    private readonly ctx: Pick<GateContext, 'recordResource' | 'signal'>
  ) {}

  private url(pathAndQuery: string): string {
    return `${this.source.apiUrl.replace(/\/+$/, '')}/repos/${this.source.repository}${pathAndQuery}`
  }

  /** GETs a URL and returns the JSON and the next page's URL. */
  async get(url: string): Promise<{ json: unknown; next: string | undefined }> {
    let response: Response
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.source.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'ai-act-gates'
        },
        signal: AbortSignal.any([this.ctx.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)])
      })
    } catch (error) {
      this.ctx.recordResource({ kind: 'github-api', uri: url, method: 'GET', status: 'network-error' })
      throw new GateError('NETWORK', `GET ${url} failed: ${(error as Error).message}`, { cause: error })
    }
    this.ctx.recordResource({ kind: 'github-api', uri: url, method: 'GET', status: String(response.status) })
    const text = await response.text()
    if (!response.ok) {
      let message = text.slice(0, 200)
      try {
        message = String((JSON.parse(text) as { message?: unknown }).message ?? message)
      } catch {
        // keep the text
      }
      const hint =
        response.status === 401
          ? 'The github-token is missing or invalid'
          : response.status === 403 || response.status === 404
            ? `Give the token read access to ${this.source.repository} (permissions: contents: read), and check the repository name`
            : undefined
      throw new GateError('NETWORK', `GET ${url} returned ${response.status}: ${message}`, hint ? { hint } : {})
    }
    try {
      return { json: JSON.parse(text), next: nextLink(response.headers.get('link')) }
    } catch (error) {
      throw new GateError('PARSE_ERROR', `GET ${url} did not return JSON`, { cause: error })
    }
  }

  /** Follows the Link headers from `first`, collecting `pick(json)` of every page. */
  async paginate<T>(
    first: string,
    pick: (json: unknown, url: string) => T[]
  ): Promise<{ items: T[]; pages: unknown[] }> {
    const items: T[] = []
    const pages: unknown[] = []
    let url: string | undefined = first
    for (let page = 0; url !== undefined; page++) {
      if (page >= MAX_PAGES) throw new GateError('INPUT_INVALID', `more than ${MAX_PAGES} pages from ${first}`)
      const { json, next }: { json: unknown; next: string | undefined } = await this.get(url)
      items.push(...pick(json, url))
      pages.push(json)
      url = next
    }
    return { items, pages }
  }

  /** Commits reachable from head and not from base, every page, checked against total_commits. */
  async compare(base: string, head: string): Promise<ApiCommit[]> {
    const first = this.url(
      `/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}?per_page=${PER_PAGE}&page=1`
    )
    const { items, pages } = await this.paginate(first, (json, url) => {
      const commits = (json as { commits?: unknown }).commits
      if (!Array.isArray(commits)) throw new GateError('PARSE_ERROR', `GET ${url} returned no commits array`)
      return commits.map(c => toApiCommit(c as RawCommitItem, url))
    })
    const total = (pages[0] as { total_commits?: unknown }).total_commits
    if (typeof total !== 'number' || total !== items.length) {
      throw new GateError(
        'INPUT_INVALID',
        `GitHub's comparison ${base}...${head} reports total_commits ${String(total)} but its pages listed ${items.length}; refusing a partial range`
      )
    }
    return items
  }

  /** One commit. */
  async commit(rev: string): Promise<ApiCommit> {
    const url = this.url(`/commits/${encodeURIComponent(rev)}`)
    return toApiCommit((await this.get(url)).json as RawCommitItem, url)
  }

  /** Every commit reachable from `head`, oldest first. */
  async history(head: string): Promise<ApiCommit[]> {
    const first = this.url(`/commits?sha=${encodeURIComponent(head)}&per_page=${PER_PAGE}`)
    const { items } = await this.paginate(first, (json, url) => {
      if (!Array.isArray(json)) throw new GateError('PARSE_ERROR', `GET ${url} did not return a list of commits`)
      return json.map(c => toApiCommit(c as RawCommitItem, url))
    })
    return items.reverse()
  }
}

/** The commits of `spec` from the API, oldest first, and notes on how they were found. */
export async function listApiCommits(
  client: GitHubClient,
  spec: RangeSpec,
  emptyMeansHead: boolean
): Promise<{ commits: ApiCommit[]; notes: string[] }> {
  const notes: string[] = []
  let commits: ApiCommit[]
  if (spec.kind === 'commits') {
    commits = []
    for (const rev of spec.revs) commits.push(await client.commit(rev))
  } else if (spec.kind === 'range') {
    commits = await client.compare(spec.base, spec.head)
  } else if (spec.defaultBranch && spec.defaultBranch !== spec.branch) {
    commits = await client.compare(spec.defaultBranch, spec.head)
    notes.push(`commits of ${spec.branch} not on the default branch ${spec.defaultBranch}`)
  } else {
    commits = await client.history(spec.head)
    notes.push(`the whole history of ${spec.branch}, as the payload names no other default branch`)
  }
  if (commits.length === 0 && emptyMeansHead && spec.kind !== 'commits') {
    commits = [await client.commit(spec.head)]
    notes.push('the push adds no commit of its own, so the commit the branch now points to is verified')
  }
  return { commits, notes }
}
