/**
 * Registry credentials from the environment: AI_ACT_GATES_REGISTRY_USERNAME and
 * AI_ACT_GATES_REGISTRY_PASSWORD for the image's registry, and for ghcr.io the
 * workflow's GitHub token (which needs `packages: read` or `packages: write`).
 */
import type { Resource } from '@ai-act-gates/core'
import { OciClient, type RegistryCredentials } from './client.js'
import type { ImageReference } from './reference.js'

/** Credentials for `registry`, or none (anonymous). */
export function credentialsFor(
  registry: string,
  env: NodeJS.ProcessEnv,
  githubToken?: string
): Record<string, RegistryCredentials> {
  const username = env.AI_ACT_GATES_REGISTRY_USERNAME
  const password = env.AI_ACT_GATES_REGISTRY_PASSWORD
  if (username && password) return { [registry]: { username, password } }
  if (registry === 'ghcr.io' && githubToken) {
    return { [registry]: { username: env.GITHUB_ACTOR || 'x-access-token', password: githubToken } }
  }
  return {}
}

/** What a gate's run gives the client: its environment, its cancellation and its resource log. */
export interface RegistryRunContext {
  env: NodeJS.ProcessEnv
  signal: AbortSignal
  recordResource(resource: Pick<Resource, 'kind' | 'uri' | 'method' | 'status' | 'digest'>): void
}

/**
 * A client for the registry of `ref` with the run's credentials, recording every
 * request as a resource the run accessed.
 */
export function registryClientFor(ctx: RegistryRunContext, ref: ImageReference, githubToken?: string): OciClient {
  return new OciClient({
    credentials: credentialsFor(ref.registry, ctx.env, githubToken),
    signal: ctx.signal,
    onRequest: r =>
      ctx.recordResource({
        kind: 'registry',
        uri: r.url,
        method: r.method,
        status: String(r.status),
        ...(r.digest ? { digest: r.digest } : {})
      })
  })
}
