/**
 * The public-good trusted root, through Sigstore's TUF repository (refreshed online,
 * from the root @sigstore/tuf ships). Failing to get it is an error, never a reason
 * to skip verification; offline, give a trusted_root.json instead.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { getTrustedRoot } from '@sigstore/tuf'
import type { Resource } from '@ai-act-gates/core'
import { sigstoreError } from './errors.js'
import { loadTrustedRoot, parseTrustedRoot, type LoadedTrustedRoot } from './trust.js'

/** Where the public-good TUF repository lives. */
export const TUF_MIRROR_URL = 'https://tuf-repo-cdn.sigstore.dev'

/** Gets the public-good trusted root. */
export async function publicGoodTrustedRoot(options: { cacheDir?: string } = {}): Promise<LoadedTrustedRoot> {
  const cachePath = options.cacheDir ?? (await mkdtemp(path.join(tmpdir(), 'aag-tuf-')))
  try {
    const root = await getTrustedRoot({
      cachePath,
      mirrorURL: TUF_MIRROR_URL,
      forceCache: false,
      retry: 1,
      timeout: 15_000
    })
    return { root, json: TrustedRoot.toJSON(root) as Record<string, unknown>, source: `${TUF_MIRROR_URL} (TUF)` }
  } catch (error) {
    throw sigstoreError(
      'TRUSTED_ROOT_INVALID',
      `the public-good trusted root cannot be fetched from ${TUF_MIRROR_URL}: ${(error as Error).message}`,
      { field: 'trusted-root', cause: error, hint: 'Give trusted-root (a trusted_root.json) to verify offline' }
    )
  }
}

/** A trusted root that trusts no Sigstore service: verification by a public key alone. */
export function keyOnlyTrustedRoot(source: string): LoadedTrustedRoot {
  return parseTrustedRoot('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}', source)
}

/**
 * The trusted root of a run: the given trusted_root.json, else the public-good root
 * through TUF, whose fetch is recorded as a resource the run accessed.
 */
export async function trustedRootFor(
  file: { absolute: string; display: string } | undefined,
  recordResource: (resource: Pick<Resource, 'kind' | 'uri' | 'method'>) => void
): Promise<LoadedTrustedRoot> {
  if (file) return loadTrustedRoot(file.absolute, file.display)
  recordResource({ kind: 'http', uri: TUF_MIRROR_URL, method: 'GET' })
  return publicGoodTrustedRoot()
}
