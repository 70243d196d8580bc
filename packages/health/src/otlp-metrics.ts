/** Audit records as OTLP metrics: run durations by state and result, errors, gate runs, queue waits. */
import type { PipelineAuditRecord } from '@ai-act-gates/audit'
import {
  attr,
  DURATION_BOUNDS_S,
  gateResult,
  nanos,
  pipelineName,
  pipelineResult,
  resource,
  SCOPE,
  type KeyValue
} from './otlp-common.js'

interface Point {
  attributes: KeyValue[]
  values: number[]
}

function histogram(
  name: string,
  description: string,
  points: Point[],
  start: string,
  end: string
): Record<string, unknown> {
  return {
    name,
    description,
    unit: 's',
    histogram: {
      aggregationTemporality: 1,
      dataPoints: points.map(p => {
        const counts = new Array<number>(DURATION_BOUNDS_S.length + 1).fill(0)
        for (const v of p.values) {
          const i = DURATION_BOUNDS_S.findIndex(b => v <= b)
          counts[i === -1 ? DURATION_BOUNDS_S.length : i]!++
        }
        return {
          attributes: p.attributes,
          startTimeUnixNano: start,
          timeUnixNano: end,
          count: String(p.values.length),
          sum: p.values.reduce((a, b) => a + b, 0),
          min: Math.min(...p.values),
          max: Math.max(...p.values),
          bucketCounts: counts.map(String),
          explicitBounds: DURATION_BOUNDS_S
        }
      })
    }
  }
}

function counter(
  name: string,
  description: string,
  unit: string,
  points: Array<{ attributes: KeyValue[]; value: number }>,
  start: string,
  end: string
): Record<string, unknown> {
  return {
    name,
    description,
    unit,
    sum: {
      aggregationTemporality: 1,
      isMonotonic: true,
      dataPoints: points.map(p => ({
        attributes: p.attributes,
        startTimeUnixNano: start,
        timeUnixNano: end,
        asInt: String(p.value)
      }))
    }
  }
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i])
  return out
}

/** The metrics request, as deltas over the records' time span. */
export function metricsRequest(records: PipelineAuditRecord[], serviceName: string): Record<string, unknown> {
  if (records.length === 0) return { resourceMetrics: [] }
  const start = nanos(records.map(r => r.pipeline.startedAt).sort()[0]!)
  const end = nanos(
    records
      .map(r => r.recordedAt)
      .sort()
      .at(-1)!
  )
  const executing = [...groupBy(records, r => `${pipelineName(r)}\0${pipelineResult(r.status)}`).values()].map(rs => ({
    attributes: [
      ...attr('cicd.pipeline.name', pipelineName(rs[0]!)),
      ...attr('cicd.pipeline.run.state', 'executing'),
      ...attr('cicd.pipeline.result', pipelineResult(rs[0]!.status))
    ],
    values: rs.map(r => Math.max(0, Date.parse(r.pipeline.finishedAt) - Date.parse(r.pipeline.startedAt)) / 1000)
  }))
  const pendingRuns = records.filter(r => r.pipeline.createdAt)
  const pending = [...groupBy(pendingRuns, r => `${pipelineName(r)}\0${pipelineResult(r.status)}`).values()].map(
    rs => ({
      attributes: [
        ...attr('cicd.pipeline.name', pipelineName(rs[0]!)),
        ...attr('cicd.pipeline.run.state', 'pending'),
        ...attr('cicd.pipeline.result', pipelineResult(rs[0]!.status))
      ],
      values: rs.map(r => {
        const firstJob =
          r.jobs
            .map(j => j.startedAt)
            .filter((t): t is string => t !== undefined)
            .sort()[0] ?? r.pipeline.startedAt
        return Math.max(0, Date.parse(firstJob) - Date.parse(r.pipeline.createdAt!)) / 1000
      })
    })
  )
  const waits = records.flatMap(r => r.jobs.filter(j => j.queueWaitMs !== undefined).map(j => ({ r, j })))
  const queue = [...groupBy(waits, x => pipelineName(x.r)).values()].map(xs => ({
    attributes: attr('cicd.pipeline.name', pipelineName(xs[0]!.r)),
    values: xs.map(x => x.j.queueWaitMs! / 1000)
  }))
  const failed = records.filter(r => r.status !== 'pass')
  const errors = [
    ...groupBy(failed, r => `${pipelineName(r)}\0${r.contract.find(c => c.status !== 'pass')?.id ?? r.status}`).values()
  ].map(rs => ({
    attributes: [
      ...attr('cicd.pipeline.name', pipelineName(rs[0]!)),
      ...attr('error.type', rs[0]!.contract.find(c => c.status !== 'pass')?.id ?? rs[0]!.status)
    ],
    value: rs.length
  }))
  const gateRuns = records.flatMap(r => r.gates.map(g => ({ r, g })))
  const gates = [...groupBy(gateRuns, x => `${pipelineName(x.r)}\0${x.g.id}\0${gateResult(x.g.status)}`).values()].map(
    xs => ({
      attributes: [
        ...attr('cicd.pipeline.name', pipelineName(xs[0]!.r)),
        ...attr('cicd.pipeline.task.name', xs[0]!.g.id),
        ...attr('cicd.pipeline.task.run.result', gateResult(xs[0]!.g.status))
      ],
      value: xs.length
    })
  )
  const metrics = [
    histogram(
      'cicd.pipeline.run.duration',
      'Duration of a pipeline run grouped by pipeline, state and result.',
      [...pending, ...executing],
      start,
      end
    ),
    counter(
      'cicd.pipeline.run.errors',
      'Pipeline runs whose audit record failed or errored, by the first check that did not pass.',
      '{error}',
      errors,
      start,
      end
    ),
    counter(
      'ai_act_gates.gate.runs',
      'Expected gate runs by gate and result; skip means the gate was skipped or never ran.',
      '{run}',
      gates,
      start,
      end
    ),
    ...(queue.length > 0
      ? [
          histogram(
            'ai_act_gates.job.queue_wait',
            'Time jobs waited for a runner, from the jobs API created_at to started_at.',
            queue,
            start,
            end
          )
        ]
      : [])
  ]
  return { resourceMetrics: [{ resource: resource(serviceName, records), scopeMetrics: [{ scope: SCOPE, metrics }] }] }
}
