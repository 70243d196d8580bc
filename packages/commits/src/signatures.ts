/**
 * Reads commit objects from a repository and checks every signature: OpenPGP and SSH
 * through git, x509 (gitsign) through the CMS verifier. Each commit gets exactly one
 * {@link SignatureCheck}; a commit git says nothing about is `unverifiable`, never good.
 */
import { GateError } from '@ai-act-gates/core'
import type { AllowList } from './allowlist.js'
import { parseCommit, type CommitObject } from './commit.js'
import type { Git } from './git.js'
import { classifyOpenPgp, classifySsh, gitSignatureFields } from './gitverify.js'
import type { TrustStore } from './truststore.js'
import type { SignatureCheck } from './verdict.js'
import { verifyX509, type X509Options } from './x509.js'

/** The signature header of the repository's object format. */
export async function signatureHeaderOf(git: Git): Promise<string> {
  const format = (await git.text(['rev-parse', '--show-object-format'])).trim()
  return format === 'sha256' ? 'gpgsig-sha256' : 'gpgsig'
}

/** Reads raw commit objects with one `git cat-file --batch`. */
export async function readCommits(git: Git, shas: string[]): Promise<CommitObject[]> {
  if (shas.length === 0) return []
  const header = await signatureHeaderOf(git)
  const r = await git.run(['cat-file', '--batch'], shas.join('\n') + '\n')
  if (r.code !== 0) throw new GateError('TOOL_FAILED', `git cat-file failed: ${r.stderr.trim()}`)
  const out = r.stdout
  const commits: CommitObject[] = []
  let pos = 0
  for (const sha of shas) {
    const nl = out.indexOf(0x0a, pos)
    const line = out.subarray(pos, nl).toString('utf8')
    const [id, type, size] = line.split(' ')
    if (type !== 'commit' || id !== sha) {
      throw new GateError('COMMIT_MISSING', `object ${sha} is not a commit in the repository at ${git.dir} (${line})`)
    }
    const start = nl + 1
    const end = start + Number(size)
    commits.push(parseCommit(sha, out.subarray(start, end), header))
    pos = end + 1
  }
  return commits
}

/** Checks the signature of every commit. */
export async function checkSignatures(
  git: Git,
  store: TrustStore,
  commits: CommitObject[],
  list: AllowList,
  x509: X509Options
): Promise<Map<string, SignatureCheck>> {
  const viaGit = commits.filter(c => c.signatureType === 'openpgp' || c.signatureType === 'ssh').map(c => c.sha)
  const fields = await gitSignatureFields(git, store, viaGit)
  const checks = new Map<string, SignatureCheck>()
  for (const c of commits) {
    if (c.signature === undefined) {
      checks.set(c.sha, { status: 'unsigned', detail: 'the commit carries no signature' })
      continue
    }
    if (c.signatureType === 'x509') {
      checks.set(c.sha, verifyX509(c, list, x509))
      continue
    }
    if (c.signatureType === 'unknown') {
      checks.set(c.sha, {
        status: 'unsupported-signature',
        detail: 'the commit carries a signature of a kind git does not know'
      })
      continue
    }
    const f = fields.get(c.sha)
    if (!f) {
      checks.set(c.sha, { status: 'unverifiable', detail: 'git printed no verification result for this commit' })
      continue
    }
    checks.set(c.sha, c.signatureType === 'openpgp' ? classifyOpenPgp(f, list) : classifySsh(f, c, list))
  }
  return checks
}
