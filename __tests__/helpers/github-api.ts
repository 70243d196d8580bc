/**
 * A stand-in for the GitHub REST API on 127.0.0.1, the only mock the commit tests use.
 * Its responses are GitHub's documented examples (../shared/fixtures/github-rest-api:
 * commit-comparison.json, commit.json, commit-items.json) with the `commits` filled
 * from a real test repository: each commit's id, people, message, parents and the
 * `verification` object with the signature and payload split off the raw object the
 * way GitHub does. Pages follow `per_page`/`page` with Link headers like GitHub's.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fixture } from './paths.js'

/** GitHub's opinion of a commit, as the test wants the mock to report it. */
export type Opinion = (sha: string, signed: boolean) => { verified: boolean; reason: string }

/** Default opinion: signed means valid. */
export const SIGNED_IS_VALID: Opinion = (_sha, signed) =>
  signed ? { verified: true, reason: 'valid' } : { verified: false, reason: 'unsigned' }

function example(name: string): any {
  return JSON.parse(readFileSync(fixture('github-rest-api/rest-api-docs-md-examples', name), 'utf8'))
}

function git(dir: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: dir, input: input ?? '' }).toString('utf8')
}

/** Splits a raw commit into the signature and the payload it covers (GitHub's `signature` and `payload`). */
export function splitSignature(raw: string): { signature: string | null; payload: string } {
  const end = raw.indexOf('\n\n')
  const head = raw.slice(0, end + 1).split('\n')
  const out: string[] = []
  const sig: string[] = []
  let inSig = false
  for (const line of head.slice(0, -1)) {
    if (line.startsWith('gpgsig ')) {
      inSig = true
      sig.push(line.slice(7))
    } else if (inSig && line.startsWith(' ')) sig.push(line.slice(1))
    else {
      inSig = false
      out.push(line)
    }
  }
  return {
    signature: sig.length > 0 ? sig.join('\n') + '\n' : null,
    payload: out.map(l => `${l}\n`).join('') + raw.slice(end + 1)
  }
}

function person(line: string): { name: string; email: string; date: string } {
  const m = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line)!
  return { name: m[1]!, email: m[2]!, date: new Date(Number(m[3]) * 1000).toISOString().replace('.000Z', 'Z') }
}

/** The documented commit item, filled with one real commit. */
export function commitItem(dir: string, sha: string, opinion: Opinion, repo: string, edit?: (item: any) => void): any {
  const raw = git(dir, ['cat-file', 'commit', sha])
  const template = example('commit-comparison.json').commits[0]
  const item = structuredClone(template)
  const header = raw.slice(0, raw.indexOf('\n\n'))
  const field = (k: string): string[] =>
    header
      .split('\n')
      .filter(l => l.startsWith(`${k} `))
      .map(l => l.slice(k.length + 1))
  const { signature, payload } = splitSignature(raw)
  const view = opinion(sha, signature !== null)
  item.sha = sha
  item.url = `https://api.github.com/repos/${repo}/commits/${sha}`
  item.commit.author = person(field('author')[0]!)
  item.commit.committer = person(field('committer')[0]!)
  item.commit.message = raw.slice(raw.indexOf('\n\n') + 2).replace(/\n$/, '')
  item.commit.tree.sha = field('tree')[0]
  item.parents = field('parent').map(p => ({ sha: p, url: `https://api.github.com/repos/${repo}/commits/${p}` }))
  item.commit.verification = {
    verified: view.verified,
    reason: view.reason,
    signature: signature,
    payload: signature === null ? null : payload,
    verified_at: view.verified ? '2026-11-22T10:00:00Z' : null
  }
  edit?.(item)
  return item
}

/** What the mock serves. */
export interface MockOptions {
  /** The repository whose commits are served. */
  dir: string
  /** owner/name. */
  repo: string
  /** Token the requests must carry. */
  token: string
  opinion?: Opinion
  /** Changes an item after it is built (to simulate a payload GitHub altered). */
  edit?: (item: any) => void
  /** Lie about total_commits (to test that a partial listing is refused). */
  totalOffset?: number
}

/** A running mock, with the requests it saw. */
export interface GitHubMock {
  url: string
  requests: string[]
  close(): Promise<void>
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body, null, 2))
}

function links(base: string, params: URLSearchParams, page: number, last: number): string {
  const at = (p: number): string => {
    const q = new URLSearchParams(params)
    q.set('page', String(p))
    return `<${base}?${q.toString()}>`
  }
  const parts: string[] = []
  if (page > 1) parts.push(`${at(page - 1)}; rel="prev"`, `${at(1)}; rel="first"`)
  if (page < last) parts.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`)
  return parts.join(', ')
}

/** Starts the mock on 127.0.0.1 with an ephemeral port. */
export async function startGitHubMock(options: MockOptions): Promise<GitHubMock> {
  const opinion = options.opinion ?? SIGNED_IS_VALID
  const requests: string[] = []
  let origin = ''
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', origin)
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
      return
    }
    const prefix = `/repos/${options.repo}`
    if (!url.pathname.startsWith(prefix)) {
      send(res, 404, { message: 'Not Found' })
      return
    }
    const rest = decodeURIComponent(url.pathname.slice(prefix.length))
    const perPage = Number(url.searchParams.get('per_page') ?? '30')
    const page = Number(url.searchParams.get('page') ?? '1')
    const compare = /^\/compare\/(.+)\.\.\.(.+)$/.exec(rest)
    try {
      if (compare) {
        const shas = git(options.dir, ['rev-list', '--reverse', compare[2]!, `^${compare[1]!}`])
          .split('\n')
          .filter(Boolean)
        const body = example('commit-comparison.json')
        const paged = url.searchParams.has('per_page') || url.searchParams.has('page')
        const slice = paged ? shas.slice((page - 1) * perPage, page * perPage) : shas.slice(-250)
        body.total_commits = shas.length + (options.totalOffset ?? 0)
        body.ahead_by = shas.length
        body.commits = slice.map(s => commitItem(options.dir, s, opinion, options.repo, options.edit))
        const last = Math.max(1, Math.ceil(shas.length / perPage))
        const link = paged ? links(`${origin}${url.pathname}`, url.searchParams, page, last) : ''
        send(res, 200, body, link ? { link } : {})
        return
      }
      const single = /^\/commits\/([^/]+)$/.exec(rest)
      if (single) {
        const sha = git(options.dir, ['rev-parse', '--verify', `${single[1]!}^{commit}`]).trim()
        const body = { ...example('commit.json'), ...commitItem(options.dir, sha, opinion, options.repo, options.edit) }
        send(res, 200, body)
        return
      }
      if (rest === '/commits') {
        const head = url.searchParams.get('sha') ?? 'HEAD'
        const shas = git(options.dir, ['rev-list', head]).split('\n').filter(Boolean)
        const last = Math.max(1, Math.ceil(shas.length / perPage))
        const items = shas
          .slice((page - 1) * perPage, page * perPage)
          .map(s => commitItem(options.dir, s, opinion, options.repo, options.edit))
        const link = links(`${origin}${url.pathname}`, url.searchParams, page, last)
        send(res, 200, items, link ? { link } : {})
        return
      }
      send(res, 404, { message: 'Not Found' })
    } catch (error) {
      send(res, 422, { message: `No commit found: ${(error as Error).message.split('\n')[0]}` })
    }
  }
  const server: Server = createServer(handle)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}
