/**
 * GitHub's artifact attestations API: store a Sigstore bundle for a repository
 * (POST /repos/{owner}/{repo}/attestations) and list the bundles stored for a
 * subject digest (GET /repos/{owner}/{repo}/attestations/{subject_digest}).
 */
import { GateError, type Resource } from '@ai-act-gates/core'
import type { SerializedBundle } from '@sigstore/bundle'

/** GitHub's limit on a stored attestation bundle. */
export const GITHUB_ATTESTATION_MAX_BYTES = 16 * 1024 * 1024

/** Where and as whom to call the API. */
export interface GitHubApi {
  /** API base URL (GITHUB_API_URL, https://api.github.com by default). */
  apiUrl: string
  /** `owner/repo`. */
  repository: string
  /** A token with `attestations: write` (store) or `attestations: read` / `contents: read` (list). */
  token: string
  /** Called after every request. */
  onRequest?: (r: { method: string; url: string; status: number }) => void
}

function headers(api: GitHubApi): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${api.token}`,
    'x-github-api-version': '2022-11-28',
    'content-type': 'application/json'
  }
}

async function call(api: GitHubApi, method: string, url: string, body?: string): Promise<Response> {
  let response: Response
  try {
    response = await fetch(url, { method, headers: headers(api), ...(body ? { body } : {}) })
  } catch (error) {
    throw new GateError('NETWORK', `the GitHub API at ${api.apiUrl} cannot be reached: ${(error as Error).message}`, {
      cause: error
    })
  }
  api.onRequest?.({ method, url, status: response.status })
  return response
}

async function failure(response: Response, what: string): Promise<GateError<string>> {
  const body = (await response.json().catch(() => ({}))) as { message?: string }
  const hint =
    response.status === 403 || response.status === 401
      ? "Give the job 'permissions: attestations: write' (store) or 'attestations: read' (list)"
      : undefined
  return new GateError<string>(
    'GITHUB_API_ERROR',
    `${what} failed with HTTP ${response.status}${body.message ? `: ${body.message}` : ''}`,
    { field: 'github-token', ...(hint ? { hint } : {}) }
  )
}

/** Stores a bundle; returns the attestation id. */
export async function storeAttestation(api: GitHubApi, bundle: SerializedBundle): Promise<string> {
  const body = JSON.stringify({ bundle })
  if (Buffer.byteLength(body) > GITHUB_ATTESTATION_MAX_BYTES) {
    throw new GateError('UNSUPPORTED', `the bundle is ${Buffer.byteLength(body)} bytes, over GitHub's 16 MiB limit`)
  }
  const url = `${api.apiUrl}/repos/${api.repository}/attestations`
  const response = await call(api, 'POST', url, body)
  if (response.status !== 201) throw await failure(response, `storing the attestation in ${api.repository}`)
  const json = (await response.json()) as { id?: number | string }
  return String(json.id ?? '')
}

/** Lists the bundles stored for a digest (`sha256:<hex>`), optionally of one predicate type. */
export async function listAttestations(api: GitHubApi, digest: string, predicateType?: string): Promise<unknown[]> {
  const bundles: unknown[] = []
  let url: string | undefined =
    `${api.apiUrl}/repos/${api.repository}/attestations/${digest}?per_page=100` +
    (predicateType ? `&predicate_type=${encodeURIComponent(predicateType)}` : '')
  for (let page = 0; url && page < 20; page++) {
    const response = await call(api, 'GET', url)
    if (response.status === 404) return bundles
    if (!response.ok) throw await failure(response, `listing attestations of ${digest}`)
    const json = (await response.json()) as { attestations?: Array<{ bundle?: unknown }> }
    for (const a of json.attestations ?? []) if (a.bundle) bundles.push(a.bundle)
    url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
  }
  return bundles
}

/** What a gate's run gives the API client: its environment, its repository and its resource log. */
export interface GitHubRunContext {
  env: NodeJS.ProcessEnv
  run: { repository?: string }
  recordResource(resource: Pick<Resource, 'kind' | 'uri' | 'method' | 'status'>): void
}

/**
 * The attestations API of the run's repository, recording every request; `what`
 * names the input that needs it, for the error when the repository or token is missing.
 */
export function githubApiFor(ctx: GitHubRunContext, token: string | undefined, what: string): GitHubApi {
  const repository = ctx.run.repository
  if (!repository || !token) {
    throw new GateError('INPUT_MISSING', `${what} needs GITHUB_REPOSITORY and a github-token`, {
      field: 'github-token'
    })
  }
  return {
    apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
    repository,
    token,
    onRequest: r => ctx.recordResource({ kind: 'github-api', uri: r.url, method: r.method, status: String(r.status) })
  }
}
