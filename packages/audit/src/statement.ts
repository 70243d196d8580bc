/**
 * The in-toto Statement v1 that carries the record: the record is the predicate;
 * the subjects are what the record vouches for, the gates file that defined the run,
 * every artefact with its digest, and the commit the run built.
 */
import type { PipelineAuditRecord } from './record.js'

/** The predicate type of the pipeline audit record. */
export const RECORD_PREDICATE_TYPE = 'https://ai-act-gates.dev/attestations/pipeline-audit-record/v1'

/** One subject of a statement. */
export interface StatementSubject {
  name: string
  digest: Record<string, string>
}

/** An in-toto Statement v1 with the record as predicate. */
export interface RecordStatement {
  _type: 'https://in-toto.io/Statement/v1'
  subject: StatementSubject[]
  predicateType: typeof RECORD_PREDICATE_TYPE
  predicate: PipelineAuditRecord
}

/** Builds the statement; subjects are unique by name and digest, in record order. */
export function recordStatement(record: PipelineAuditRecord): RecordStatement {
  const subjects: StatementSubject[] = [{ name: record.gatesFile.path, digest: { sha256: record.gatesFile.sha256 } }]
  for (const a of record.artefacts) subjects.push({ name: a.path, digest: { sha256: a.sha256 } })
  const commit = record.pipeline.trigger.sha
  if (commit && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) {
    const repo = record.pipeline.repository ? `git+https://github.com/${record.pipeline.repository}` : 'git+local'
    subjects.push({ name: repo, digest: { gitCommit: commit } })
  }
  const seen = new Set<string>()
  const subject = subjects.filter(s => {
    const key = `${s.name}\0${JSON.stringify(s.digest)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { _type: 'https://in-toto.io/Statement/v1', subject, predicateType: RECORD_PREDICATE_TYPE, predicate: record }
}
