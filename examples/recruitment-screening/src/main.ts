/**
 * A small high-risk AI system (Annex III 4(a), recruitment): it screens candidates,
 * and writes Art.12 logs with seed 002's hash chain, rotation anchors and every event
 * type of seed 000 (deployment, configuration change, inference, post-processing,
 * human oversight), each with a correlation id and a composite version id.
 *
 *   node examples/recruitment-screening/src/main.ts --inputs synthetic-inputs.jsonl --log-dir logs
 *
 * AAG_SYNTHETIC_INPUTS (set by the emission gate) is used when --inputs is not given.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { ChainLog } from './chain-log.ts'
import { Float } from './canonical.ts'
import { DECISION_THRESHOLD, inputHash, MODEL_VERSION, REVIEW_BAND, score, type Candidate } from './model.ts'

const SYSTEM_ID = 'recruit-screen-eu-1'
const VERSION_ID = `model=${MODEL_VERSION};data=holdout-2026-10;code=4f2a9c1;config=7`

const { values } = parseArgs({
  options: {
    inputs: { type: 'string' },
    'log-dir': { type: 'string', default: 'logs' },
    'max-file-bytes': { type: 'string', default: '8192' },
    'flush-ms': { type: 'string', default: '50' },
    operator: { type: 'string', default: 'op-hr-17' }
  }
})
const inputsFile = values.inputs ?? process.env.AAG_SYNTHETIC_INPUTS
if (!inputsFile) {
  process.stderr.write('give --inputs <file.jsonl> (or set AAG_SYNTHETIC_INPUTS)\n')
  process.exit(2)
}
mkdirSync(values['log-dir'], { recursive: true })
const log = new ChainLog({
  dir: values['log-dir'],
  name: 'screening.jsonl',
  maxFileBytes: Number(values['max-file-bytes']),
  flushIntervalMs: Number(values['flush-ms'])
})
const now = (): string => new Date().toISOString()
const base = (correlationId: string): Record<string, unknown> => ({
  timestamp: now(),
  system_id: SYSTEM_ID,
  version_id: VERSION_ID,
  correlation_id: correlationId
})

const deployment = randomUUID()
log.log({
  ...base(deployment),
  event_type: 'deployment',
  version_deployed: MODEL_VERSION,
  model_version: MODEL_VERSION,
  approval_evidence: { change: 'CHG-2211', approved_by: 'qa-lead-3', evidence_manifest: 'evidence-manifest.json' }
})
log.log({
  ...base(deployment),
  event_type: 'configuration_change',
  model_version: MODEL_VERSION,
  parameter: 'decision_threshold',
  old_value: new Float(0.55),
  new_value: new Float(DECISION_THRESHOLD),
  changed_by: 'ml-ops-2'
})

const lines = readFileSync(inputsFile, 'utf8')
  .split('\n')
  .filter(l => l.trim() !== '')
for (const line of lines) {
  const input = JSON.parse(line) as { id: string; payload: Candidate }
  const received = now()
  const started = performance.now()
  const s = score(input.payload)
  const correlation = randomUUID()
  const review = Math.abs(s.prediction - DECISION_THRESHOLD) < REVIEW_BAND
  let prediction = s.prediction
  const automatic = prediction >= DECISION_THRESHOLD ? 'advance' : 'reject'
  log.log({
    ...base(correlation),
    event_type: 'inference',
    received_at: received,
    model_version: MODEL_VERSION,
    input_id: input.id,
    input_hash: inputHash(input.payload),
    output_id: `out-${correlation.slice(0, 8)}`,
    output_prediction: new Float(prediction),
    output_confidence: new Float(s.confidence),
    decision_threshold: new Float(DECISION_THRESHOLD),
    processing_duration_ms: Math.round(performance.now() - started),
    operator_id: values.operator,
    raw_output: {
      score: new Float(s.prediction),
      features: Object.fromEntries(Object.entries(s.features).map(([k, v]) => [k, new Float(v)]))
    },
    region: input.payload.region,
    ...(input.payload.age_band !== undefined ? { age_band: input.payload.age_band } : {}),
    human_review_required: review,
    ...(review ? {} : { decision_outcome: automatic })
  })
  if (!input.payload.degree && prediction > 0.9) {
    log.log({
      ...base(correlation),
      event_type: 'post_processing',
      input_id: input.id,
      original_output: new Float(prediction),
      modified_output: new Float(0.9),
      rule: 'cap-without-degree'
    })
    prediction = 0.9
  }
  if (review) {
    const decision = prediction >= DECISION_THRESHOLD - 0.05 ? 'advance' : 'reject'
    log.log({
      ...base(correlation),
      event_type: 'human_oversight',
      input_id: input.id,
      reviewer_id: 'hr-reviewer-4',
      decision,
      decision_outcome: decision,
      rationale: `score ${prediction} within ${REVIEW_BAND} of the threshold; CV checked by hand`,
      override: decision !== automatic
    })
  }
}
// Log asynchronously: the queue drains on the next flush, after the processing loop.
setTimeout(() => log.close(), Number(values['flush-ms']) * 2)
