/**
 * Registry credentials from the environment: AI_ACT_GATES_REGISTRY_USERNAME and
 * AI_ACT_GATES_REGISTRY_PASSWORD for the image's registry, and for ghcr.io the
 * workflow's GitHub token (which needs `packages: read` or `packages: write`).
 */
import type { RegistryCredentials } from './client.js'

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
