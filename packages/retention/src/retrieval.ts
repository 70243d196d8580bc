/**
 * What the policy says about getting logs back: a runbook that exists (a URL, or a
 * file that is there and not empty, hashed into the result) and, for logs a provider
 * holds, the contract terms with their evidence files hashed.
 */
import { stat } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError, type EvidenceFile } from '@ai-act-gates/core'
import { resolveInside, sha256File, toPosixRelative } from '@ai-act-gates/files'

/** A reference the policy makes to a document. */
export type DocumentRef =
  | { kind: 'url'; url: string }
  | { kind: 'file'; path: string; evidence: EvidenceFile }
  | { kind: 'missing'; path: string; reason: string }

const SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/

/**
 * Resolves a runbook or evidence reference: an http(s) URL is recorded as it is (never
 * fetched); anything else is a file path relative to the policy file, which must stay
 * inside the workspace, exist and not be empty.
 */
export async function resolveDocument(
  value: string,
  policyAbsolute: string,
  workspace: string,
  where: { file: string; line?: number; field: string },
  options: { allowUrl: boolean; category: string }
): Promise<DocumentRef> {
  if (SCHEME_RE.test(value) && !/^[A-Za-z]:[\\/]/.test(value)) {
    let url: URL | undefined
    try {
      url = new URL(value)
    } catch {
      url = undefined
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new GateError('SCHEMA_VIOLATION', `'${value}' is neither an http(s) URL nor a file path`, where)
    }
    if (!options.allowUrl) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `'${value}' is a URL; give a file in the repository so its bytes can be hashed into the result`,
        where
      )
    }
    return { kind: 'url', url: url.href }
  }
  const absolute = path.resolve(path.dirname(policyAbsolute), value)
  const rel = toPosixRelative(workspace, absolute)
  try {
    await resolveInside(workspace, absolute, { field: where.field })
  } catch (error) {
    const e = toGateError(error)
    throw new GateError(e.code, `${value}: ${e.detail}`, where)
  }
  let size: number
  try {
    const info = await stat(absolute)
    if (!info.isFile()) return { kind: 'missing', path: rel, reason: 'is not a regular file' }
    size = info.size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { kind: 'missing', path: rel, reason: 'does not exist' }
    throw toGateError(error, rel)
  }
  if (size === 0) return { kind: 'missing', path: rel, reason: 'is empty' }
  const digest = await sha256File(absolute, rel, size)
  return { kind: 'file', path: rel, evidence: { path: rel, ...digest, role: 'input', category: options.category } }
}
