/**
 * Gate 4, storage: seed 002's append-only and WORM policy check over a storage
 * policy document, and for local files (`backend: local`) the append-only
 * permissions of seed 000's minimum tooling: closed rotated files read-only, the live
 * file with the append-only attribute (`lsattr`), reported as unknown where the file
 * system cannot say.
 */
import { execFile } from 'node:child_process'
import { stat } from 'node:fs/promises'
import { promisify } from 'node:util'
import { makeCheck, type Check, type Location } from '@ai-act-gates/core'
import { loadConfig } from '@ai-act-gates/config'
import type { LogFile } from '@ai-act-gates/logs'
import policySchema from '../../../schemas/storage-policy.schema.json' with { type: 'json' }
import { ARTICLES } from './checks.js'

const run = promisify(execFile)

/** A storage policy document. */
export interface StoragePolicy {
  append_only: boolean
  object_lock_enabled?: boolean
  worm_enabled?: boolean
  object_lock_mode?: 'COMPLIANCE' | 'GOVERNANCE'
  backend?: string
}

/** What `lsattr` says about a file: its attribute letters, or why it cannot say. */
export async function fileAttributes(file: string): Promise<{ attributes: string } | { unsupported: string }> {
  try {
    const { stdout } = await run('lsattr', ['-d', file])
    return { attributes: stdout.trim().split(/\s+/)[0] ?? '' }
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string }
    if (e.code === 'ENOENT') return { unsupported: 'lsattr is not installed (e2fsprogs)' }
    const why = (e.stderr ?? e.message).trim().split('\n').pop() ?? ''
    return { unsupported: why.replace(/^lsattr: /, '') }
  }
}

/** The storage checks. */
export async function storageChecks(policyPath: string, policyDisplay: string, files: LogFile[]): Promise<Check[]> {
  const articles = ARTICLES.storage
  const policy = await loadConfig<StoragePolicy>(policyPath, policySchema, policyDisplay)
  const checks: Check[] = []
  const loc = (field: string): Location[] => [{ file: policyDisplay, field }]
  checks.push(
    policy.append_only === true
      ? makeCheck(
          'storage-append-only',
          'Log storage is append-only',
          articles,
          'pass',
          `${policyDisplay}: append_only is true`
        )
      : makeCheck(
          'storage-append-only',
          'Log storage is append-only',
          articles,
          'fail',
          `${policyDisplay}: append_only is not true; existing log entries must not be modifiable`,
          { locations: loc('append_only') }
        )
  )
  const worm = policy.object_lock_enabled === true || policy.worm_enabled === true
  checks.push(
    worm
      ? makeCheck(
          'storage-worm',
          'WORM or object lock enabled',
          articles,
          policy.object_lock_mode === 'GOVERNANCE' ? 'fail' : 'pass',
          policy.object_lock_mode === 'GOVERNANCE'
            ? `${policyDisplay}: object lock is in GOVERNANCE mode, which privileged users can bypass; use COMPLIANCE`
            : `${policyDisplay}: ${policy.object_lock_enabled ? 'object_lock_enabled' : 'worm_enabled'} is true`,
          { locations: policy.object_lock_mode === 'GOVERNANCE' ? loc('object_lock_mode') : [] }
        )
      : makeCheck(
          'storage-worm',
          'WORM or object lock enabled',
          articles,
          'fail',
          `${policyDisplay}: neither object_lock_enabled nor worm_enabled is true; configure S3 Object Lock or equivalent`,
          { locations: loc('object_lock_enabled') }
        )
  )
  if (policy.backend !== 'local') return checks
  checks.push(await localFilesCheck(files))
  return checks
}

async function localFilesCheck(files: LogFile[]): Promise<Check> {
  const articles = ARTICLES.storage
  if (files.length === 0)
    return makeCheck(
      'storage-local-files',
      'Local log files append-only',
      articles,
      'skipped',
      "backend is local but input 'logs' is empty"
    )
  const problems: Location[] = []
  const unknown: string[] = []
  const notes: string[] = []
  for (const [i, f] of files.entries()) {
    const live = i === files.length - 1
    const info = await stat(f.absolute)
    const attrs = await fileAttributes(f.absolute)
    if ('unsupported' in attrs) {
      unknown.push(`${f.display}: ${attrs.unsupported}`)
      continue
    }
    const immutable = attrs.attributes.includes('i')
    const appendOnly = attrs.attributes.includes('a')
    if (live) {
      if (!appendOnly && !immutable) problems.push({ file: f.display, field: 'attributes' })
      else notes.push(`${f.display}: ${appendOnly ? 'append-only (a)' : 'immutable (i)'}`)
    } else if ((info.mode & 0o222) !== 0 && !immutable && !appendOnly)
      problems.push({ file: f.display, field: `mode ${(info.mode & 0o777).toString(8)}` })
  }
  if (problems.length > 0) {
    return makeCheck(
      'storage-local-files',
      'Local log files append-only',
      articles,
      'fail',
      `${problems.length} file(s) can be rewritten: ${problems.map(p => `${p.file} (${p.field === 'attributes' ? 'live file without the append-only attribute; chattr +a' : `closed file writable, ${p.field}; chmod a-w`})`).join(', ')}`,
      { locations: problems }
    )
  }
  if (unknown.length > 0) {
    return makeCheck(
      'storage-local-files',
      'Local log files append-only',
      articles,
      'unknown',
      `the file system cannot report append-only attributes: ${unknown.join('; ')}`
    )
  }
  return makeCheck(
    'storage-local-files',
    'Local log files append-only',
    articles,
    'pass',
    `closed files read-only; ${notes.join(', ')}`
  )
}
