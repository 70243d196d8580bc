/**
 * Pipeline health across runs, from their audit records (seed 000): execution success
 * rate, execution duration, gate pass rates by gate, queue depth and wait times, and
 * the runs flagged for investigation because a gate was skipped, empty or out of order.
 */
import type { PipelineAuditRecord } from '@ai-act-gates/audit'

/** A set of numbers summarised. */
export interface Distribution {
  count: number
  p50?: number
  p90?: number
  p95?: number
  max?: number
  mean?: number
}

/** One gate across runs. */
export interface GateHealth {
  id: string
  uses: string
  /** Runs whose gates file expected it. */
  expected: number
  passed: number
  failed: number
  errored: number
  /** Runs where it had no result: skipped or never ran. */
  missing: number
  /** passed / expected. */
  passRate: number
}

/** A run whose record did not pass, with the checks that failed it. */
export interface FlaggedRun {
  run: string
  recordedAt: string
  status: string
  checks: string[]
}

/** The health of a pipeline over a set of runs. */
export interface PipelineHealth {
  runs: number
  from?: string
  to?: string
  byStatus: Record<'pass' | 'fail' | 'error', number>
  /** Share of runs whose record passed. */
  successRate: number
  /** Seconds from the run's start to its record. */
  durationSeconds: Distribution
  /** Seconds each job waited for a runner (created to started). */
  queueWaitSeconds: Distribution
  /** Most jobs waiting for a runner at the same moment, over all runs. */
  maxQueueDepth: number
  gates: GateHealth[]
  flagged: FlaggedRun[]
}

/** The value at quantile q (0..1) of sorted values, nearest-rank. */
export function quantile(sorted: number[], q: number): number | undefined {
  if (sorted.length === 0) return undefined
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[Math.min(sorted.length, rank) - 1]
}

/** Count, p50, p90, p95, max and mean of `values`. */
export function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return { count: 0 }
  return {
    count: sorted.length,
    p50: quantile(sorted, 0.5)!,
    p90: quantile(sorted, 0.9)!,
    p95: quantile(sorted, 0.95)!,
    max: sorted[sorted.length - 1]!,
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length
  }
}

/** A label for a run: repository and run id, or the record time of a local run. */
export function runLabel(r: PipelineAuditRecord): string {
  const p = r.pipeline
  if (p.runId)
    return `${p.repository ?? ''}#${p.runId}${p.runAttempt && p.runAttempt !== '1' ? `.${p.runAttempt}` : ''}`
  return `local ${r.recordedAt}`
}

/** Seconds between a run's start and its record. */
export function runSeconds(r: PipelineAuditRecord): number {
  return Math.max(0, Date.parse(r.pipeline.finishedAt) - Date.parse(r.pipeline.startedAt)) / 1000
}

/** The most intervals [start, end) open at once. */
export function maxOverlap(intervals: Array<[number, number]>): number {
  const events: Array<[number, number]> = []
  for (const [s, e] of intervals) if (e > s) events.push([s, 1], [e, -1])
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let open = 0
  let most = 0
  for (const [, d] of events) {
    open += d
    most = Math.max(most, open)
  }
  return most
}

/** Computes the health of the runs the records describe. */
export function computeHealth(records: PipelineAuditRecord[]): PipelineHealth {
  const sorted = [...records].sort((a, b) => a.pipeline.startedAt.localeCompare(b.pipeline.startedAt))
  const byStatus = { pass: 0, fail: 0, error: 0 }
  for (const r of sorted) byStatus[r.status]++
  const gates = new Map<string, GateHealth>()
  for (const r of sorted) {
    for (const g of r.gates) {
      const key = `${g.id}\0${g.uses}`
      const h = gates.get(key) ?? {
        id: g.id,
        uses: g.uses,
        expected: 0,
        passed: 0,
        failed: 0,
        errored: 0,
        missing: 0,
        passRate: 0
      }
      h.expected++
      if (g.status === 'pass') h.passed++
      else if (g.status === 'fail') h.failed++
      else if (g.status === 'error') h.errored++
      else h.missing++
      gates.set(key, h)
    }
  }
  for (const h of gates.values()) h.passRate = h.expected === 0 ? 0 : h.passed / h.expected
  const waits: number[] = []
  const queued: Array<[number, number]> = []
  for (const r of sorted) {
    for (const j of r.jobs) {
      if (j.queueWaitMs !== undefined) waits.push(j.queueWaitMs / 1000)
      if (j.createdAt && j.startedAt) queued.push([Date.parse(j.createdAt), Date.parse(j.startedAt)])
    }
  }
  return {
    runs: sorted.length,
    ...(sorted.length > 0 ? { from: sorted[0]!.pipeline.startedAt, to: sorted[sorted.length - 1]!.recordedAt } : {}),
    byStatus,
    successRate: sorted.length === 0 ? 0 : byStatus.pass / sorted.length,
    durationSeconds: distribution(sorted.map(runSeconds)),
    queueWaitSeconds: distribution(waits),
    maxQueueDepth: maxOverlap(queued),
    gates: [...gates.values()],
    flagged: sorted
      .filter(r => r.status !== 'pass')
      .map(r => ({
        run: runLabel(r),
        recordedAt: r.recordedAt,
        status: r.status,
        checks: r.contract.filter(c => c.status !== 'pass').map(c => c.id)
      }))
  }
}
