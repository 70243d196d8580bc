/**
 * Writes the benchmark log for log-export: chained entries of about 2 KB (seed 002's
 * hash chain, python-json canonical form from the example system's own code),
 * timestamps spread over one year, cohort fields (region, age band, outcome).
 */
import { createHash } from 'node:crypto'
import { closeSync, openSync, renameSync, writeSync } from 'node:fs'
import { canonical, Float, jsonLine } from '../examples/recruitment-screening/src/canonical.ts'

/** Writes `entries` entries to `file` (via a temporary name). */
export function generateLog(file: string, entries: number): void {
  const tmp = `${file}.tmp`
  const fd = openSync(tmp, 'w')
  const regions = [
    'Île-de-France',
    'Noord-Holland',
    'Bayern',
    'Lombardia',
    'Mazowieckie',
    'Andalucía',
    'Dublin',
    'Wien'
  ]
  const bands = ['18-29', '30-39', '40-49', '50-64']
  const words = [
    'skills',
    'match',
    'experience',
    'Python',
    'team',
    'lead',
    'years',
    'degree',
    'München',
    'Zürich',
    'review'
  ]
  let seed = 42
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const start = Date.parse('2026-01-01T00:00:00Z')
  const step = (365 * 86400e3) / entries
  let prev = 'genesis'
  let out: string[] = []
  for (let i = 0; i < entries; i++) {
    const p = Math.round(rand() * 1e4) / 1e4
    const e: Record<string, unknown> = {
      timestamp: new Date(start + Math.floor(i * step)).toISOString(),
      event_type: 'inference',
      system_id: 'recruit-screen-eu-1',
      version_id: 'model=2.3.1;data=holdout-2026-10;code=4f2a9c1;config=7',
      correlation_id: `corr-${String(i).padStart(7, '0')}`,
      model_version: '2.3.1',
      input_id: `cand-${String(i).padStart(7, '0')}`,
      input_hash: createHash('sha256').update(String(i)).digest('hex'),
      output_id: `out-${i}`,
      output_prediction: new Float(p),
      output_confidence: new Float(Math.round(rand() * 1e4) / 1e4),
      decision_threshold: new Float(0.6),
      processing_duration_ms: Math.floor(rand() * 400),
      operator_id: 'op-hr-17',
      region: regions[Math.floor(rand() * regions.length)],
      age_band: bands[Math.floor(rand() * bands.length)],
      human_review_required: rand() < 0.2,
      decision_outcome: p >= 0.6 ? 'advance' : 'reject',
      raw_output: {
        score: new Float(p),
        features: Object.fromEntries(
          Array.from({ length: 12 }, (_, k) => [`f${k}`, new Float(Math.round(rand() * 1e4) / 1e3)])
        )
      },
      explanation: Array.from({ length: 150 }, () => words[Math.floor(rand() * words.length)]).join(' ')
    }
    const hash = createHash('sha256')
      .update(`${prev}:${canonical(e)}`)
      .digest('hex')
    e.chain_hash = hash
    prev = hash
    out.push(jsonLine(e))
    if (out.length === 2000) {
      writeSync(fd, out.join('\n') + '\n')
      out = []
    }
  }
  if (out.length > 0) writeSync(fd, out.join('\n') + '\n')
  closeSync(fd)
  renameSync(tmp, file)
}
