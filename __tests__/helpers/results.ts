/** GateResults built for tests of reporters and the runner. */
import { deriveStatus, makeCheck, type Check, type GateResult } from '@ai-act-gates/core'

/** A result with the given checks, as the runner would shape it. */
export function resultWith(checks: Check[], overrides: Partial<GateResult> = {}): GateResult {
  return {
    schemaVersion: 1,
    gate: 'art12-log-gates',
    version: '0.1.0',
    status: deriveStatus(checks),
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:01.500Z',
    subject: { systemId: 'recruit-1' },
    checks,
    evidence: [],
    metrics: { durationMs: 1500 },
    outputs: {},
    resources: [],
    inputs: {},
    run: { provider: 'local' },
    ...overrides
  }
}

/** A passing check, a failing one with two file locations, a skipped one and an unknown one. */
export function mixedChecks(): Check[] {
  return [
    makeCheck('emission', 'Log emission', ['Art.12(1)'], 'pass', 'every input logged'),
    makeCheck('integrity', 'Hash chain intact', ['Art.12(1)', 'Art.12(2)'], 'fail', '2 broken links & <bad>', {
      locations: [
        { file: 'logs/app.jsonl', line: 17, entryIndex: 16, inputId: 'in-17' },
        { file: 'logs/app.1.jsonl', line: 3, entryIndex: 102, field: 'chain_hash' }
      ]
    }),
    makeCheck('storage', 'WORM storage', ['Art.12(1)'], 'skipped', 'no storage policy given'),
    makeCheck('retention', 'Retention', ['Art.19(1)'], 'unknown', 'known after apply', {
      locations: [{ resource: 'aws_cloudwatch_log_group.ai', field: 'retention_in_days' }]
    })
  ]
}
