/**
 * Reads audit records for the health report: from folders (every
 * `*audit-record.json` below them) or glob patterns, each validated against
 * pipeline-audit-record.schema.json with located errors.
 */
import { stat } from 'node:fs/promises'
import * as path from 'node:path'
import { RECORD_SCHEMA, type PipelineAuditRecord } from '@ai-act-gates/audit'
import { loadConfig } from '@ai-act-gates/config'
import { GateError } from '@ai-act-gates/core'
import { expandGlobs, toPosixRelative } from '@ai-act-gates/files'

/** A record and where it was read from. */
export interface LoadedRecord {
  file: string
  record: PipelineAuditRecord
}

/** Turns folders into `<folder>/**\/*audit-record.json`; other inputs are glob patterns. */
export async function recordPatterns(inputs: string[], workspace: string): Promise<string[]> {
  const out: string[] = []
  for (const input of inputs) {
    const info = await stat(path.resolve(workspace, input)).catch(() => undefined)
    out.push(info?.isDirectory() ? `${input.replace(/\/+$/, '')}/**/*audit-record.json` : input)
  }
  return out
}

/** Reads every record the inputs name; none at all is an error, never an empty report. */
export async function readRecords(inputs: string[], workspace: string): Promise<LoadedRecord[]> {
  const files = await expandGlobs(await recordPatterns(inputs, workspace), { workspace, field: 'records' })
  if (files.length === 0) throw new GateError('EMPTY_INPUT', 'no audit record found', { field: 'records' })
  const out: LoadedRecord[] = []
  for (const f of files) {
    const display = toPosixRelative(workspace, f.absolute)
    out.push({ file: display, record: await loadConfig<PipelineAuditRecord>(f.absolute, RECORD_SCHEMA, display) })
  }
  return out
}
