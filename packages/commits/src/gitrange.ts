/**
 * The commits of a range in the local repository. A shallow checkout can hide commits
 * of the range without any error from git, so the listing checks that no commit it
 * returns lies on the shallow boundary, and that the range's ends are present; then it
 * fetches what is missing (when allowed) or fails with how to fix the checkout.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError } from '@ai-act-gates/core'
import type { RangeSpec } from './event.js'
import type { Git } from './git.js'
import { firstLines } from './git.js'

/** Options for {@link listCommits}. */
export interface ListOptions {
  /** Fetch missing commits and history from the remote. */
  fetchMissing: boolean
  /** Remote to fetch from. */
  remote: string
  /** Give up above this many commits. */
  maxCommits: number
  /** For push events: an empty range verifies the new head itself. */
  emptyMeansHead: boolean
}

/** The commits to verify, oldest first, and notes on how they were found. */
export interface CommitListing {
  shas: string[]
  notes: string[]
  /** Resolved ends, for the report. */
  base?: string
  head?: string
}

const FIX_CHECKOUT = 'Check out the full history (actions/checkout with fetch-depth: 0), or set fetch-missing: true'

async function isShallow(git: Git): Promise<boolean> {
  return (await git.text(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
}

async function shallowCommits(git: Git): Promise<Set<string>> {
  const file = (await git.text(['rev-parse', '--git-path', 'shallow'])).trim()
  const text = await readFile(path.resolve(git.dir, file), 'utf8').catch(() => '')
  return new Set(text.split('\n').filter(l => /^[0-9a-f]{40,64}$/.test(l)))
}

async function fetch(git: Git, remote: string, args: string[]): Promise<void> {
  const r = await git.run(['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...args, remote])
  if (r.code !== 0) {
    throw new GateError('TOOL_FAILED', `git fetch from ${remote} failed: ${firstLines(r.stderr)}`, {
      hint: FIX_CHECKOUT
    })
  }
}

/** Resolves a revision to a commit, fetching it by id when allowed. */
async function need(git: Git, rev: string, role: string, options: ListOptions, shallow: boolean): Promise<string> {
  const found = await git.resolveCommit(rev)
  if (found) return found
  if (options.fetchMissing && /^[0-9a-f]{7,64}$/i.test(rev)) {
    const r = await git.run(['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', options.remote, rev])
    if (r.code === 0) {
      const fetched = await git.resolveCommit(rev)
      if (fetched) return fetched
    }
  }
  throw new GateError(
    'COMMIT_MISSING',
    `commit ${rev} (${role}) is not in the repository at ${git.dir}${shallow ? ', a shallow clone' : ''}${
      options.fetchMissing ? `, and fetching it from ${options.remote} did not bring it` : ''
    }`,
    { field: role.startsWith('input') ? role.replace(/^input /, '') : 'range', hint: FIX_CHECKOUT }
  )
}

async function revList(git: Git, stdin: string[]): Promise<string[]> {
  const out = await git.text(['rev-list', '--reverse', '--topo-order', '--stdin'], stdin.join('\n') + '\n')
  return out.split('\n').filter(l => l !== '')
}

async function walk(git: Git, spec: RangeSpec, options: ListOptions, shallow: boolean): Promise<CommitListing> {
  if (spec.kind === 'commits') {
    const shas: string[] = []
    for (const rev of spec.revs) shas.push(await need(git, rev, 'input commits', options, shallow))
    return { shas: [...new Set(shas)], notes: [] }
  }
  if (spec.kind === 'range') {
    const head = await need(git, spec.head, 'the head of the range', options, shallow)
    const base = await need(git, spec.base, 'the base of the range', options, shallow)
    return { shas: await revList(git, [head, `^${base}`]), notes: [], base, head }
  }
  const head = await need(git, spec.head, 'the new branch head', options, shallow)
  const refs = await git.text(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes', 'refs/tags'])
  const own = (ref: string): boolean =>
    ref === `refs/heads/${spec.branch}` ||
    (ref.startsWith('refs/remotes/') && ref.split('/').slice(3).join('/') === spec.branch)
  const others = refs.split('\n').filter(r => r !== '' && !own(r) && !r.endsWith('/HEAD'))
  const tips: string[] = []
  for (const ref of others) {
    const sha = await git.resolveCommit(ref)
    if (sha) tips.push(`^${sha}`)
  }
  const notes = [
    others.length === 0
      ? 'no other branch or tag is in the checkout, so every commit of the branch is verified'
      : `commits of ${spec.branch} on none of ${others.length} other branch(es) and tag(s)`
  ]
  return { shas: await revList(git, [head, ...tips]), notes, head }
}

/** Lists the commits of `spec` in the repository, oldest first. */
export async function listCommits(git: Git, spec: RangeSpec, options: ListOptions): Promise<CommitListing> {
  const inside = await git.run(['rev-parse', '--git-dir'])
  if (inside.code !== 0) {
    throw new GateError('INPUT_INVALID', `${git.dir} is not a git repository: ${firstLines(inside.stderr, 1)}`, {
      field: 'repository-path',
      hint: 'Check the repository out first (actions/checkout with fetch-depth: 0)'
    })
  }
  let shallow = await isShallow(git)
  let listing = await walk(git, spec, options, shallow)
  if (shallow && spec.kind !== 'commits') {
    const boundary = await shallowCommits(git)
    const cut = listing.shas.filter(s => boundary.has(s))
    if (cut.length > 0) {
      if (!options.fetchMissing) {
        throw new GateError(
          'SHALLOW_CHECKOUT',
          `the checkout at ${git.dir} is shallow and its history ends inside the range (at ${cut[0]!.slice(0, 12)}), so some commits of the range are missing`,
          { field: 'range', hint: FIX_CHECKOUT }
        )
      }
      await fetch(git, options.remote, ['--unshallow'])
      shallow = await isShallow(git)
      listing = await walk(git, spec, options, shallow)
      listing.notes.push(`the shallow checkout was deepened from ${options.remote} (fetch-missing)`)
    }
  }
  if (listing.shas.length === 0 && listing.head && options.emptyMeansHead) {
    listing.shas = [listing.head]
    listing.notes.push('the push adds no commit of its own, so the commit the branch now points to is verified')
  }
  if (listing.shas.length === 0) {
    throw new GateError('EMPTY_INPUT', `${spec.origin} holds no commit: an empty range is never a pass`, {
      field: 'range',
      hint: 'Check the range: BASE must not contain HEAD'
    })
  }
  if (listing.shas.length > options.maxCommits) {
    throw new GateError(
      'INPUT_INVALID',
      `${spec.origin} holds ${listing.shas.length} commits, more than max-commits (${options.maxCommits})`,
      { field: 'max-commits', hint: 'Raise max-commits, or give a narrower range' }
    )
  }
  return listing
}
