/**
 * The verify-signed-commits gate. Seed 000: "All code commits should be GPG-signed,
 * confirming the identity of the committer, and unsigned commits should be rejected
 * by the pipeline. This ensures that every change entering the system can be
 * attributed to a verified individual."
 */
import * as path from 'node:path'
import { GateError, makeCheck, type Check, type EvidenceFile } from '@ai-act-gates/core'
import { resolveInside } from '@ai-act-gates/files'
import type { GateContext, GateDefinition, GateRun, RawInputs } from '@ai-act-gates/action-kit'
import { loadAllowList } from './allowlist.js'
import { openRepository } from './bundle.js'
import { resolveRangeSpec, type RangeSpec } from './event.js'
import { Git } from './git.js'
import { GitHubClient, type GitHubSource } from './github.js'
import { fromGit, fromGitHub, type SourceResult } from './sources.js'
import { loadTrustedRoot, type SigstoreTrust } from './trustedroot.js'
import { createTrustStore } from './truststore.js'
import { decide, type CommitVerdict, type VerdictPolicy } from './verdict.js'

/** Pipeline integrity (Art.15(5), resilience against unauthorised alteration) and design control in the QMS (Art.17(1)(b)). */
export const COMMIT_ARTICLES = ['Art.15(5)', 'Art.17(1)(b)']

/** Default cap on the number of commits one run verifies. */
export const DEFAULT_MAX_COMMITS = 10_000

/** Typed inputs of the gate. */
export interface SignedCommitsInputs {
  range?: string
  commits: string[]
  allowedSigners: string[]
  source: 'git' | 'github-api'
  repositoryPath: string
  policy: VerdictPolicy
  trustedRoot?: string
  requireTransparencyLog: boolean
  fetchMissing: boolean
  remote: string
  maxCommits: number
  github?: GitHubSource
}

async function parseInputs(raw: RawInputs, ctx: GateContext): Promise<SignedCommitsInputs> {
  const source = raw.oneOf('source', ['git', 'github-api'] as const, 'git')
  const files = raw.lines('allowed-signers')
  if (files.length === 0) {
    throw new GateError('INPUT_MISSING', "input 'allowed-signers' is required: the allow-list of who may sign", {
      field: 'allowed-signers'
    })
  }
  const allowedSigners: string[] = []
  for (const f of files)
    allowedSigners.push(await resolveInside(ctx.workspace, f, { field: 'allowed-signers', mustExist: true }))
  const trustedRootInput = raw.optional('sigstore-trusted-root')
  const policy: VerdictPolicy = {
    allowPlatformSigned: raw.boolean('allow-platform-signed', false),
    signerMustBeCommitter: raw.boolean('signer-must-be-committer', false),
    requireGitHubVerified: raw.boolean('require-github-verified', false)
  }
  const fetchMissing = raw.boolean('fetch-missing', false)
  if (source === 'git' && policy.requireGitHubVerified) {
    throw new GateError('INPUT_CONFLICT', "input 'require-github-verified' needs source: github-api", {
      field: 'require-github-verified'
    })
  }
  if (source === 'github-api' && fetchMissing) {
    throw new GateError('INPUT_CONFLICT', "input 'fetch-missing' applies to source: git only", {
      field: 'fetch-missing'
    })
  }
  const inputs: SignedCommitsInputs = {
    commits: raw.list('commits'),
    allowedSigners,
    source,
    repositoryPath: await resolveInside(ctx.workspace, raw.optional('repository-path') ?? '.', {
      field: 'repository-path',
      mustExist: source === 'git'
    }),
    policy,
    requireTransparencyLog: raw.boolean('require-transparency-log', true),
    fetchMissing,
    remote: remoteName(raw.optional('remote') ?? 'origin'),
    maxCommits: raw.integer('max-commits', { min: 1, fallback: DEFAULT_MAX_COMMITS })!
  }
  const range = raw.optional('range')
  if (range !== undefined) inputs.range = range
  if (trustedRootInput !== undefined) {
    inputs.trustedRoot = await resolveInside(ctx.workspace, trustedRootInput, {
      field: 'sigstore-trusted-root',
      mustExist: true
    })
  }
  if (source === 'github-api') {
    const repository = raw.optional('repository') ?? ctx.env.GITHUB_REPOSITORY
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
      throw new GateError(
        'INPUT_MISSING',
        `input 'repository' must be owner/name with source github-api, not '${repository ?? ''}'`,
        {
          field: 'repository'
        }
      )
    }
    inputs.github = {
      token: raw.required('github-token', 'with source github-api'),
      repository,
      apiUrl: raw.optional('github-api-url') ?? ctx.env.GITHUB_API_URL ?? 'https://api.github.com'
    }
  }
  return inputs
}

/** A remote name or URL that git cannot mistake for an option. */
function remoteName(value: string): string {
  if (value.startsWith('-') || /\s/.test(value)) {
    throw new GateError('INPUT_INVALID', `input 'remote' is '${value}'; give a remote name such as origin`, {
      field: 'remote'
    })
  }
  return value
}

function shortTitle(v: CommitVerdict): string {
  const subject = v.subject.length > 72 ? `${v.subject.slice(0, 71)}…` : v.subject
  return `${v.sha.slice(0, 12)} ${subject || '(no message)'}`.trim()
}

function commitCheck(v: CommitVerdict): Check {
  return makeCheck(
    `commit-${v.sha}`,
    shortTitle(v),
    COMMIT_ARTICLES,
    v.pass ? 'pass' : 'fail',
    `${v.verdict}: ${v.reason}`,
    {
      locations: [{ commit: v.sha }],
      evidence: { ...v }
    }
  )
}

function listCheck(spec: RangeSpec, result: SourceResult, source: string, count: number): Check {
  const ends = result.base ? ` ${result.base.slice(0, 12)}..${(result.head ?? '').slice(0, 12)}` : ''
  const notes = result.notes.length > 0 ? `; ${result.notes.join('; ')}` : ''
  return makeCheck(
    'commits-listed',
    'Commits to verify',
    COMMIT_ARTICLES,
    'pass',
    `${count} commit(s) from ${spec.origin}${ends} via ${source}${notes}`,
    {
      evidence: {
        origin: spec.origin,
        source,
        ...(result.base ? { base: result.base } : {}),
        ...(result.head ? { head: result.head } : {}),
        ...(spec.kind === 'range' && spec.forced !== undefined ? { forced: spec.forced } : {}),
        notes: result.notes
      }
    }
  )
}

async function run(inputs: SignedCommitsInputs, ctx: GateContext): Promise<GateRun> {
  const spec = await resolveRangeSpec(
    { ...(inputs.range ? { range: inputs.range } : {}), commits: inputs.commits },
    ctx.env
  )
  const list = await loadAllowList(inputs.allowedSigners, ctx.workspace)
  let trust: SigstoreTrust | undefined
  if (inputs.trustedRoot) {
    trust = await loadTrustedRoot(
      inputs.trustedRoot,
      path.relative(ctx.workspace, inputs.trustedRoot).split(path.sep).join('/')
    )
  }
  const x509 = { trust, requireTransparencyLog: inputs.requireTransparencyLog }
  const record = (command: string, code: number): void =>
    ctx.recordResource({ kind: 'process', uri: command, status: String(code) })
  const emptyMeansHead = spec.kind !== 'commits' && spec.push === true
  const store = await createTrustStore(list)
  let result: SourceResult
  try {
    if (inputs.source === 'git') {
      const display = path.relative(ctx.workspace, inputs.repositoryPath).split(path.sep).join('/') || '.'
      const repo = await openRepository(inputs.repositoryPath, display, { env: ctx.env, signal: ctx.signal, record })
      try {
        const git = new Git(repo.dir, { env: ctx.env, signal: ctx.signal, record })
        result = await fromGit(git, spec, { ...inputs, emptyMeansHead }, store, list, x509)
        if (repo.bundle) result.notes.push(`read from the git bundle ${repo.bundle}`)
      } finally {
        await repo.close()
      }
    } else {
      const client = new GitHubClient(inputs.github!, ctx)
      result = await fromGitHub(
        client,
        spec,
        { emptyMeansHead, maxCommits: inputs.maxCommits },
        store,
        list,
        x509,
        record
      )
    }
  } finally {
    await store.dispose()
  }
  if (result.checked.length === 0)
    throw new GateError('EMPTY_INPUT', `${spec.origin} holds no commit: an empty range is never a pass`)
  const verdicts = result.checked.map(c =>
    decide({ ...c.commit, signatureType: c.commit.signatureType ?? 'none' }, c.check, inputs.policy, c.github)
  )
  const failed = verdicts.filter(v => !v.pass)
  const evidence: EvidenceFile[] = [...list.files]
  if (trust)
    evidence.push({
      path: trust.file,
      sha256: trust.sha256,
      size: trust.size,
      role: 'input',
      category: 'sigstore-trusted-root'
    })
  const count = (pred: (v: CommitVerdict) => boolean): number => verdicts.filter(pred).length
  const shas = (pred: (v: CommitVerdict) => boolean): string =>
    verdicts
      .filter(pred)
      .map(v => v.sha)
      .join('\n')
  return {
    subject: {
      ...(ctx.run.repository
        ? { repository: ctx.run.repository }
        : inputs.github
          ? { repository: inputs.github.repository }
          : {}),
      range: spec.origin,
      ...(result.base ? { base: result.base } : {}),
      ...(result.head ? { head: result.head } : {}),
      source: inputs.source,
      commits: verdicts.length
    },
    checks: [listCheck(spec, result, inputs.source, verdicts.length), ...verdicts.map(commitCheck)],
    evidence,
    metrics: {
      commits: verdicts.length,
      verified: count(v => v.verdict === 'verified' && v.pass),
      platformSigned: count(v => v.verdict === 'platform-signed'),
      unsigned: count(v => v.verdict === 'unsigned'),
      failed: failed.length
    },
    outputs: {
      'commit-count': String(verdicts.length),
      'failed-count': String(failed.length),
      'failed-commits': failed.map(v => v.sha).join('\n'),
      'unsigned-commits': shas(v => v.verdict === 'unsigned'),
      'platform-signed-commits': shas(v => v.verdict === 'platform-signed'),
      signers: [...new Set(verdicts.filter(v => v.pass && v.signer).map(v => v.signer!.name))].join('\n')
    }
  }
}

/** The verify-signed-commits gate definition. */
export const signedCommitsGate: GateDefinition<SignedCommitsInputs> = {
  name: 'verify-signed-commits',
  parseInputs,
  run
}
