/**
 * The two sources of commits. `git`: the checkout itself. `github-api`: the commits
 * GitHub lists, each rebuilt from the signature and payload of its `verification`
 * object, checked against its id, and verified locally in a temporary bare repository
 * exactly as the git source verifies a checkout, with GitHub's own verdict kept
 * alongside as a second opinion.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GateError } from '@ai-act-gates/core'
import type { AllowList } from './allowlist.js'
import { parseCommit, rebuildSignedCommit, signatureTypeOf, type CommitObject } from './commit.js'
import type { RangeSpec } from './event.js'
import { Git } from './git.js'
import { listCommits, type ListOptions } from './gitrange.js'
import { listApiCommits, type GitHubClient } from './github.js'
import { checkSignatures, readCommits } from './signatures.js'
import type { TrustStore } from './truststore.js'
import type { GitHubVerification, SignatureCheck } from './verdict.js'
import type { X509Options } from './x509.js'

/** One commit with its signature check, ready for the policy. */
export interface CheckedCommit {
  commit: Pick<CommitObject, 'sha' | 'subject' | 'author' | 'committer' | 'signatureType'>
  check: SignatureCheck
  github?: GitHubVerification
}

/** What a source found. */
export interface SourceResult {
  checked: CheckedCommit[]
  notes: string[]
  base?: string
  head?: string
}

/** Commits from the local repository. */
export async function fromGit(
  git: Git,
  spec: RangeSpec,
  options: ListOptions,
  store: TrustStore,
  list: AllowList,
  x509: X509Options
): Promise<SourceResult> {
  const listing = await listCommits(git, spec, options)
  const commits = await readCommits(git, listing.shas)
  const checks = await checkSignatures(git, store, commits, list, x509)
  return {
    checked: commits.map(c => ({ commit: c, check: checks.get(c.sha)! })),
    notes: listing.notes,
    ...(listing.base ? { base: listing.base } : {}),
    ...(listing.head ? { head: listing.head } : {})
  }
}

/** Commits from the GitHub API, verified locally. */
export async function fromGitHub(
  client: GitHubClient,
  spec: RangeSpec,
  options: { emptyMeansHead: boolean; maxCommits: number },
  store: TrustStore,
  list: AllowList,
  x509: X509Options,
  record: (command: string, code: number) => void
): Promise<SourceResult> {
  const { commits, notes } = await listApiCommits(client, spec, options.emptyMeansHead)
  if (commits.length > options.maxCommits) {
    throw new GateError(
      'INPUT_INVALID',
      `${spec.origin} holds ${commits.length} commits, more than max-commits (${options.maxCommits})`,
      {
        field: 'max-commits',
        hint: 'Raise max-commits, or give a narrower range'
      }
    )
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'aag-api-objects-'))
  try {
    const git = new Git(dir, { record })
    await git.text(['init', '--bare', '--quiet', '--object-format=sha1'])
    const rebuilt: CommitObject[] = []
    const early = new Map<string, SignatureCheck>()
    for (const c of commits) {
      const { signature, payload, reason } = c.verification
      if (signature === null || payload === null) {
        early.set(
          c.sha,
          reason === 'unsigned'
            ? { status: 'unsigned', detail: 'the commit carries no signature (GitHub: unsigned)' }
            : {
                status: 'unverifiable',
                detail: `GitHub returned no signature and payload for this commit (reason: ${reason})`
              }
        )
        continue
      }
      const raw = rebuildSignedCommit(c.sha, payload, signature)
      if (!raw) {
        early.set(c.sha, {
          status: 'unverifiable',
          detail:
            'the signature and payload GitHub returned do not rebuild a commit object with this id, so they cannot be trusted'
        })
        continue
      }
      const written = (await git.text(['hash-object', '-t', 'commit', '-w', '--stdin'], raw)).trim()
      if (written !== c.sha) throw new GateError('INTERNAL', `rebuilt commit ${c.sha} was stored as ${written}`)
      rebuilt.push(parseCommit(c.sha, raw))
    }
    const checks = await checkSignatures(git, store, rebuilt, list, x509)
    const byId = new Map(rebuilt.map(r => [r.sha, r]))
    return {
      checked: commits.map(c => {
        const r = byId.get(c.sha)
        const github: GitHubVerification = { verified: c.verification.verified, reason: c.verification.reason }
        if (c.verification.verifiedAt) github.verifiedAt = c.verification.verifiedAt
        return {
          commit: r ?? {
            sha: c.sha,
            subject: c.subject,
            author: c.author,
            committer: c.committer,
            signatureType: c.verification.signature === null ? undefined : signatureTypeOf(c.verification.signature)
          },
          check: early.get(c.sha) ?? checks.get(c.sha)!,
          github
        }
      }),
      notes,
      ...(spec.kind === 'range'
        ? { base: spec.base, head: spec.head }
        : spec.kind === 'new-branch'
          ? { head: spec.head }
          : {})
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
