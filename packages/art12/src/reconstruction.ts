/**
 * Gate 5, audit reconstruction (seed 002): rebuild the trail of one input id from
 * receipt to operator decision — receipt time, model version, input hash,
 * prediction, decision outcome, human review flag — plus every event sharing its
 * correlation id, through the input-id index; within the latency budget and the
 * retention window.
 */
import { performance } from 'node:perf_hooks'
import { parseJson, toPlain } from '@ai-act-gates/canonical-json'
import { makeCheck, type Check } from '@ai-act-gates/core'
import {
  KEY_CORRELATION,
  KEY_INPUT,
  keyHash,
  readRefs,
  type EntryText,
  type IdIndex,
  type LogSet
} from '@ai-act-gates/logs'
import { ARTICLES } from './checks.js'

/** Where each part of the trail may be found, first field present wins. */
export const TRAIL_FIELDS: Record<string, string[]> = {
  receivedAt: ['received_at', 'input_received_at', 'timestamp'],
  modelVersion: ['model_version'],
  inputHash: ['input_hash'],
  prediction: ['output_prediction', 'prediction', 'output'],
  decisionOutcome: ['decision_outcome', 'decision'],
  humanReviewRequired: ['human_review_required']
}

/** Options of the reconstruction gate. */
export interface ReconstructionInputs {
  inputId: string
  idField: string
  correlationField: string
  maxLatencyMs: number
  retentionDays: number
  now?: Date
}

/** One entry of the trail. */
export interface TrailEntry {
  entryIndex: number
  file: string
  line: number
  entry: Record<string, unknown>
}

/** The reconstructed trail. */
export interface Trail {
  inputId: string
  fields: Record<string, unknown>
  entries: TrailEntry[]
  correlationIds: string[]
  latencyMs: number
}

async function lookup(
  set: LogSet,
  index: IdIndex,
  kind: number,
  field: string,
  key: string
): Promise<Array<EntryText & { value: Record<string, unknown> }>> {
  const refs = index.lookup(keyHash(kind, Buffer.from(key, 'utf8')))
  const texts = await readRefs(set, refs, index.firstEntries)
  return texts
    .map(t => ({ ...t, value: toPlain(parseJson(t.text, { allowNonFinite: true })) as Record<string, unknown> }))
    .filter(t => String(t.value[field]) === key)
}

/** Reconstructs the trail of one input id through the index. */
export async function reconstructTrail(set: LogSet, index: IdIndex, inputs: ReconstructionInputs): Promise<Trail> {
  const started = performance.now()
  const direct = await lookup(set, index, KEY_INPUT, inputs.idField, inputs.inputId)
  const correlationIds = [
    ...new Set(direct.map(d => d.value[inputs.correlationField]).filter((c): c is string => typeof c === 'string'))
  ]
  const all = new Map<number, EntryText & { value: Record<string, unknown> }>()
  for (const d of direct) all.set(d.entryIndex, d)
  if (inputs.correlationField) {
    for (const c of correlationIds)
      for (const e of await lookup(set, index, KEY_CORRELATION, inputs.correlationField, c)) all.set(e.entryIndex, e)
  }
  const entries = [...all.values()].sort((a, b) => a.entryIndex - b.entryIndex)
  const fields: Record<string, unknown> = {}
  for (const [part, names] of Object.entries(TRAIL_FIELDS)) {
    for (const e of entries) {
      const name = names.find(n => e.value[n] !== undefined && e.value[n] !== null)
      if (name !== undefined && fields[part] === undefined) fields[part] = e.value[name]
    }
  }
  return {
    inputId: inputs.inputId,
    fields,
    correlationIds,
    entries: entries.map(e => ({
      entryIndex: e.entryIndex,
      file: set.files[e.fileIndex]!.display,
      line: e.line,
      entry: e.value
    })),
    latencyMs: performance.now() - started
  }
}

/** The reconstruction checks of a trail. */
export function reconstructionChecks(trail: Trail, inputs: ReconstructionInputs): Check[] {
  const articles = ARTICLES.reconstruction
  const id = inputs.inputId
  if (trail.entries.length === 0) {
    return [
      makeCheck(
        'reconstruction-trail',
        `Audit trail of ${id} is complete`,
        articles,
        'fail',
        `no log entry has ${inputs.idField} '${id}': the trail cannot be reconstructed`,
        { locations: [{ inputId: id }] }
      )
    ]
  }
  const missing = Object.keys(TRAIL_FIELDS).filter(k => trail.fields[k] === undefined)
  const first = trail.entries[0]!
  const checks: Check[] = [
    makeCheck(
      'reconstruction-trail',
      `Audit trail of ${id} is complete`,
      articles,
      missing.length === 0 ? 'pass' : 'fail',
      missing.length === 0
        ? `${trail.entries.length} entries from receipt (${String(trail.fields.receivedAt)}) to decision '${String(trail.fields.decisionOutcome)}', model ${String(trail.fields.modelVersion)}, human review ${String(trail.fields.humanReviewRequired)}`
        : `the trail lacks ${missing.map(m => `${m} (${TRAIL_FIELDS[m]!.join('|')})`).join(', ')}`,
      {
        locations:
          missing.length === 0
            ? []
            : [
                {
                  file: first.file,
                  line: first.line,
                  entryIndex: first.entryIndex,
                  inputId: id,
                  field: missing.join(', ')
                }
              ],
        evidence: {
          fields: trail.fields,
          correlationIds: trail.correlationIds,
          entries: trail.entries.map(e => ({
            entryIndex: e.entryIndex,
            file: e.file,
            line: e.line,
            event: e.entry.event_type
          }))
        }
      }
    ),
    makeCheck(
      'reconstruction-correlated',
      'Every event sharing the correlation id is found',
      articles,
      inputs.correlationField === '' ? 'skipped' : trail.correlationIds.length > 0 ? 'pass' : 'fail',
      inputs.correlationField === ''
        ? "input 'correlation-field' is empty"
        : trail.correlationIds.length > 0
          ? `${trail.entries.length} events share correlation id(s) ${trail.correlationIds.join(', ')}`
          : `the entries of ${id} carry no ${inputs.correlationField}`,
      trail.correlationIds.length > 0 || inputs.correlationField === ''
        ? {}
        : {
            locations: [
              {
                file: first.file,
                line: first.line,
                entryIndex: first.entryIndex,
                inputId: id,
                field: inputs.correlationField
              }
            ]
          }
    ),
    makeCheck(
      'reconstruction-latency',
      'Trail retrieved within the latency budget',
      articles,
      trail.latencyMs <= inputs.maxLatencyMs ? 'pass' : 'fail',
      `retrieved in ${trail.latencyMs.toFixed(1)} ms through the input-id index (budget ${inputs.maxLatencyMs} ms)`
    )
  ]
  const received = Date.parse(String(trail.fields.receivedAt))
  const now = (inputs.now ?? new Date()).getTime()
  if (Number.isNaN(received)) {
    checks.push(
      makeCheck(
        'reconstruction-retention',
        'Trail inside the retention window',
        articles,
        'fail',
        `receipt time '${String(trail.fields.receivedAt)}' is not a date`,
        { locations: [{ file: first.file, line: first.line, inputId: id }] }
      )
    )
  } else {
    const ageDays = Math.floor((now - received) / 86400000)
    checks.push(
      makeCheck(
        'reconstruction-retention',
        'Trail inside the retention window',
        articles,
        ageDays <= inputs.retentionDays ? 'pass' : 'fail',
        ageDays <= inputs.retentionDays
          ? `the trail is ${ageDays} day(s) old, inside the ${inputs.retentionDays}-day retention window`
          : `Art.19: the trail of ${id} is ${ageDays} days old but retention is ${inputs.retentionDays} days; extend the retention policy`,
        ageDays <= inputs.retentionDays ? {} : { locations: [{ file: first.file, line: first.line, inputId: id }] }
      )
    )
  }
  return checks
}
