/**
 * Audit records fetched from the GitHub API: the repository's artifacts whose name
 * starts with a prefix (the reusable workflow names them
 * ai-act-gates-audit-record-<run>-<attempt>), newest first, each archive downloaded and
 * every *audit-record.json in it validated like a record read from disk.
 */
import { RECORD_SCHEMA, GitHubClient, type PipelineAuditRecord, type ResourceSink } from '@ai-act-gates/audit'
import { parseConfigText, validateConfig } from '@ai-act-gates/config'
import { GateError } from '@ai-act-gates/core'
import type { LoadedRecord } from './read.js'
import { readZip } from './zip.js'

/** An artifact as the list endpoint gives it. */
interface ApiArtifact {
  id: number
  name: string
  expired: boolean
  created_at?: string
  archive_download_url?: string
}

/** Options for {@link fetchRecords}. */
export interface FetchOptions {
  apiUrl: string
  token: string
  repository: string
  /** Artifact name prefix. */
  prefix: string
  /** At most this many artifacts, newest first. */
  limit: number
  record: ResourceSink
  signal?: AbortSignal
}

/** Downloads the records; none found is an error, never an empty report. */
export async function fetchRecords(options: FetchOptions): Promise<LoadedRecord[]> {
  if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository)) {
    throw new GateError('INPUT_INVALID', `'${options.repository}' is not owner/name`, { field: 'github-repository' })
  }
  const client = new GitHubClient(options.apiUrl, options.token, options.record, options.signal)
  const artifacts = (
    await client.list<ApiArtifact>(`/repos/${options.repository}/actions/artifacts?per_page=100`, 'artifacts')
  )
    .filter(a => a.name.startsWith(options.prefix) && !a.expired)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
    .slice(0, options.limit)
  const out: LoadedRecord[] = []
  for (const a of artifacts) {
    const zip = await client.download(`/repos/${options.repository}/actions/artifacts/${a.id}/zip`)
    for (const entry of readZip(zip, `${a.name}.zip`)) {
      if (!entry.name.endsWith('audit-record.json')) continue
      const display = `${a.name}/${entry.name}`
      const parsed = parseConfigText(entry.data.toString('utf8'), display)
      out.push({ file: display, record: validateConfig<PipelineAuditRecord>(parsed, RECORD_SCHEMA, display) })
    }
  }
  if (out.length === 0) {
    throw new GateError(
      'EMPTY_INPUT',
      `no audit record in the artifacts of ${options.repository} named ${options.prefix}*`,
      { field: 'github-repository' }
    )
  }
  return out
}
