/**
 * The OIDC identity token for keyless signing: SIGSTORE_ID_TOKEN when set, else
 * the GitHub Actions token service (which needs `permissions: id-token: write`).
 */
import { sigstoreError } from './errors.js'

/** The audience Fulcio expects. */
export const SIGSTORE_AUDIENCE = 'sigstore'

/** Where a token came from, for the record. */
export interface IdentityToken {
  token: string
  source: 'SIGSTORE_ID_TOKEN' | 'github-actions'
  /** The token service URL asked, when one was. */
  url?: string
}

/** Gets an identity token from the environment. */
export async function getIdentityToken(env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<IdentityToken> {
  if (env.SIGSTORE_ID_TOKEN) return { token: env.SIGSTORE_ID_TOKEN, source: 'SIGSTORE_ID_TOKEN' }
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !bearer) {
    throw sigstoreError('OIDC_UNAVAILABLE', 'keyless signing needs an OIDC token and none is available', {
      field: 'signing',
      hint: "In GitHub Actions give the job 'permissions: id-token: write'; elsewhere set SIGSTORE_ID_TOKEN or use signing: key"
    })
  }
  const target = new URL(url)
  target.searchParams.set('audience', SIGSTORE_AUDIENCE)
  let response: Response
  try {
    response = await fetch(target, {
      headers: { accept: 'application/json', authorization: `Bearer ${bearer}` },
      signal: signal ?? null
    })
  } catch (error) {
    throw sigstoreError('OIDC_UNAVAILABLE', `the OIDC token service cannot be reached: ${(error as Error).message}`, {
      field: 'signing',
      cause: error
    })
  }
  const body = (await response.json().catch(() => ({}))) as { value?: unknown }
  if (!response.ok || typeof body.value !== 'string' || body.value === '') {
    throw sigstoreError('OIDC_UNAVAILABLE', `the OIDC token service answered ${response.status} without a token`, {
      field: 'signing'
    })
  }
  return { token: body.value, source: 'github-actions', url: `${target.origin}${target.pathname}` }
}
