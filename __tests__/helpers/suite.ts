/** Workspaces with evidence files and gates files, for the suite and audit-record tests. */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { compileSchema } from '@ai-act-gates/config'
import { RECORD_SCHEMA, type PipelineAuditRecord } from '@ai-act-gates/audit'
import { writeTree } from './tmp.js'

/** The system section every test gates file uses. */
export const SYSTEM = `system:
  id: recruit-test
  name: Recruitment screening (test)
  intendedPurpose: Ranks job applications for a human recruiter who reviews every ranking.
  annexIII: 4(a)
`

/** One gate entry, in YAML. */
export interface Entry {
  id: string
  uses?: string
  with: Record<string, string>
}

/** A gates file with the given entries, in order. */
export function gatesYaml(entries: Entry[], extra = ''): string {
  const gates = entries
    .map(e => {
      const inputs = Object.entries(e.with)
        .map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`)
        .join('\n')
      return `  - id: ${e.id}\n    uses: ${e.uses ?? 'evidence-hash'}\n    with:\n${inputs}`
    })
    .join('\n')
  return `version: 1\n${SYSTEM}logProfile: recruitment\n${extra}gates:\n${gates}\n`
}

/** Three gates: hash the evidence, hash the metrics, verify the evidence. */
export const THREE_GATES: Entry[] = [
  {
    id: 'hash-evidence',
    with: { paths: 'evidence/**', manifest: '${report-dir}/evidence.json', category: 'test-report' }
  },
  {
    id: 'hash-metrics',
    with: { paths: 'metrics/*.json', manifest: '${report-dir}/metrics.json', category: 'metrics' }
  },
  { id: 'verify-evidence', with: { mode: 'verify', manifest: '${report-dir}/evidence.json' } }
]

/** Writes evidence files and `gates.yml` (the three gates) into `ws`. */
export async function writeWorkspace(ws: string, entries: Entry[] = THREE_GATES): Promise<void> {
  await writeTree(ws, {
    'evidence/junit.xml': '<testsuites tests="3"/>',
    'evidence/model-card.md': '# Model card\n',
    'metrics/fairness.json': '{"selection_rate_ratio":0.91}',
    'gates.yml': gatesYaml(entries)
  })
}

let validate: ReturnType<typeof compileSchema> | undefined

/** Reads a record and checks it against the published schema (throws with the violations). */
export async function readValidRecord(file: string): Promise<PipelineAuditRecord> {
  const record = JSON.parse(await readFile(file, 'utf8')) as PipelineAuditRecord
  validate ??= compileSchema(RECORD_SCHEMA)
  if (!validate(record))
    throw new Error(`${path.basename(file)} is not schema-valid: ${JSON.stringify(validate.errors)}`)
  return record
}

/** The record's contract check with the given id. */
export function contractCheck(record: PipelineAuditRecord, id: string) {
  const c = record.contract.find(x => x.id === id)
  if (!c) throw new Error(`no contract check ${id}`)
  return c
}
