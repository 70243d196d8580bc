/**
 * The run ledger: every GateResult file the gates of a run wrote, gathered from one
 * or many ledger folders (one per job, downloaded as artifacts). Each file is read
 * on its own; one that cannot be read or does not match gate-result.schema.json is
 * kept as a located problem, so the record can name it instead of ignoring it.
 */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError, type GateResult } from '@ai-act-gates/core'
import { parseConfigText, validateConfig } from '@ai-act-gates/config'
import { expandGlobs, sha256Hex } from '@ai-act-gates/files'
import schema from '../../../schemas/gate-result.schema.json' with { type: 'json' }
import { RECORD_ACTION } from './gates-file.js'

/** A ledger file that was read. */
export interface LedgerEntry {
  /** Path relative to the workspace. */
  file: string
  /** SHA-256 of its bytes. */
  sha256: string
  /** The result. */
  result: GateResult
}

/** A ledger file that could not be used. */
export interface LedgerProblem {
  /** Path relative to the workspace. */
  file: string
  /** Why, with file, line and field. */
  error: GateError<string>
}

/** What the ledger holds. */
export interface Ledger {
  entries: LedgerEntry[]
  problems: LedgerProblem[]
  /** Results of earlier record writers (audit-record), left out of the contract. */
  recordResults: number
}

/** Reads one ledger file; throws a located GateError when it is empty, not JSON or not a GateResult. */
export async function readLedgerFile(absolute: string, display: string): Promise<LedgerEntry> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  if (text.trim() === '') {
    throw new GateError('EMPTY_INPUT', 'the ledger file is empty: a gate recorded no result', { file: display })
  }
  const parsed = parseConfigText(text, display.endsWith('.json') ? display : `${display}.json`)
  const result = validateConfig<GateResult>(parsed, schema, display)
  return { file: display, sha256: sha256Hex(text), result }
}

/** Gathers every ledger file the patterns match (none is not an error here: the contract reports the missing gates). */
export async function collectLedger(patterns: string[], workspace: string): Promise<Ledger> {
  const files = await expandGlobs(patterns, { workspace, field: 'ledger', allowEmpty: true })
  const ledger: Ledger = { entries: [], problems: [], recordResults: 0 }
  for (const f of files) {
    try {
      const entry = await readLedgerFile(f.absolute, f.relative)
      if (entry.result.gate === RECORD_ACTION) ledger.recordResults++
      else ledger.entries.push(entry)
    } catch (error) {
      const e = toGateError(error, f.relative)
      ledger.problems.push({
        file: f.relative,
        error: e.location.file === undefined ? new GateError(e.code, e.detail, { file: f.relative }) : e
      })
    }
  }
  return ledger
}
