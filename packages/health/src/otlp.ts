/**
 * Audit records as OpenTelemetry CI/CD traces and metrics, sent over OTLP/HTTP with
 * the JSON encoding (POST {endpoint}/v1/traces and /v1/metrics). Attribute and metric
 * names follow the OpenTelemetry CI/CD semantic conventions: a SERVER span
 * `RUN {cicd.pipeline.name}` per run with `cicd.pipeline.*` attributes, a child span
 * per job and per gate with `cicd.pipeline.task.*`, and the `cicd.pipeline.run.duration`
 * histogram by `cicd.pipeline.run.state` (pending = queue wait, executing) and
 * `cicd.pipeline.result`. Ids are derived from the run, so sending a record twice
 * sends the same trace.
 */
import { createHash } from 'node:crypto'
import type { PipelineAuditRecord, RecordGate, RecordJob } from '@ai-act-gates/audit'
import { GateError, VERSION, TOOL_NAME } from '@ai-act-gates/core'
import { runLabel } from './stats.js'

/** An OTLP attribute. */
export interface KeyValue {
  key: string
  value: { stringValue: string } | { intValue: string } | { doubleValue: number } | { boolValue: boolean }
}

/** OTLP span kinds and status codes (opentelemetry-proto trace.proto). */
export const SPAN_KIND = { INTERNAL: 1, SERVER: 2 } as const
export const STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 } as const

/** Explicit histogram bounds for durations in seconds. */
export const DURATION_BOUNDS_S = [1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600]

function attr(key: string, value: string | number | boolean | undefined): KeyValue[] {
  if (value === undefined || value === '') return []
  if (typeof value === 'string') return [{ key, value: { stringValue: value } }]
  if (typeof value === 'boolean') return [{ key, value: { boolValue: value } }]
  return Number.isInteger(value)
    ? [{ key, value: { intValue: String(value) } }]
    : [{ key, value: { doubleValue: value } }]
}

function nanos(iso: string): string {
  return (BigInt(Date.parse(iso)) * 1_000_000n).toString()
}

function id(bytes: number, ...parts: string[]): string {
  return createHash('sha256')
    .update(parts.join('\0'))
    .digest('hex')
    .slice(0, bytes * 2)
}

/** cicd.pipeline.result for a record status. */
export function pipelineResult(status: PipelineAuditRecord['status']): 'success' | 'failure' | 'error' {
  return status === 'pass' ? 'success' : status === 'fail' ? 'failure' : 'error'
}

/** cicd.pipeline.task.run.result for a job conclusion. */
export function jobResult(conclusion: string | null): string | undefined {
  switch (conclusion) {
    case 'success':
      return 'success'
    case 'failure':
      return 'failure'
    case 'cancelled':
      return 'cancellation'
    case 'timed_out':
      return 'timeout'
    case 'skipped':
      return 'skip'
    case null:
      return undefined
    default:
      return 'error'
  }
}

function gateResult(status: RecordGate['status']): string {
  return status === 'pass' ? 'success' : status === 'fail' ? 'failure' : status === 'missing' ? 'skip' : 'error'
}

function pipelineName(r: PipelineAuditRecord): string {
  return r.pipeline.name ?? `ai-act-gates ${r.system.id}`
}

function resource(serviceName: string, records: PipelineAuditRecord[]): { attributes: KeyValue[] } {
  const repo = records.find(r => r.pipeline.repository)?.pipeline.repository
  return {
    attributes: [
      ...attr('service.name', serviceName),
      ...attr('vcs.repository.url.full', repo ? `https://github.com/${repo}` : undefined),
      ...attr('ai_act_gates.system.id', records[0]?.system.id)
    ]
  }
}

const SCOPE = { name: TOOL_NAME, version: VERSION }

function jobSpan(
  r: PipelineAuditRecord,
  traceId: string,
  parent: string,
  j: RecordJob
): Record<string, unknown> | undefined {
  if (!j.startedAt || !j.completedAt) return undefined
  const result = jobResult(j.conclusion)
  return {
    traceId,
    spanId: id(8, traceId, 'job', String(j.id ?? j.name)),
    parentSpanId: parent,
    name: j.name,
    kind: SPAN_KIND.INTERNAL,
    startTimeUnixNano: nanos(j.startedAt),
    endTimeUnixNano: nanos(j.completedAt),
    attributes: [
      ...attr('cicd.pipeline.task.name', j.name),
      ...attr('cicd.pipeline.task.run.id', j.id === undefined ? undefined : String(j.id)),
      ...attr('cicd.pipeline.task.run.url.full', j.url),
      ...attr('cicd.pipeline.task.run.result', result),
      ...attr('cicd.worker.name', j.runnerName),
      ...attr('ai_act_gates.queue_wait_ms', j.queueWaitMs)
    ],
    status: {
      code:
        result === 'success' || result === 'skip'
          ? STATUS_CODE.OK
          : result === undefined
            ? STATUS_CODE.UNSET
            : STATUS_CODE.ERROR
    }
  }
}

function gateSpan(r: PipelineAuditRecord, traceId: string, parent: string, g: RecordGate): Record<string, unknown> {
  const start = g.startedAt ?? r.pipeline.finishedAt
  const end = g.finishedAt ?? start
  return {
    traceId,
    spanId: id(8, traceId, 'gate', g.id),
    parentSpanId: parent,
    name: g.id,
    kind: SPAN_KIND.INTERNAL,
    startTimeUnixNano: nanos(start),
    endTimeUnixNano: nanos(end),
    attributes: [
      ...attr('cicd.pipeline.task.name', g.id),
      ...attr('cicd.pipeline.task.type', 'test'),
      ...attr('cicd.pipeline.task.run.result', gateResult(g.status)),
      ...attr('ai_act_gates.gate.action', g.uses),
      ...attr('ai_act_gates.gate.position', g.position),
      ...(g.error ? attr('error.type', g.error.code) : [])
    ],
    status: {
      code: g.status === 'pass' ? STATUS_CODE.OK : STATUS_CODE.ERROR,
      ...(g.status !== 'pass' ? { message: `gate ${g.status}` } : {})
    }
  }
}

/** The traces request: one trace per record. */
export function tracesRequest(records: PipelineAuditRecord[], serviceName: string): Record<string, unknown> {
  const spans = records.flatMap(r => {
    const traceId = id(16, r.pipeline.repository ?? '', r.pipeline.runId ?? r.recordedAt, r.pipeline.runAttempt ?? '')
    const root = id(8, traceId, 'run')
    const result = pipelineResult(r.status)
    const failing = r.contract.filter(c => c.status !== 'pass').map(c => c.id)
    const run = {
      traceId,
      spanId: root,
      name: `RUN ${pipelineName(r)}`,
      kind: SPAN_KIND.SERVER,
      startTimeUnixNano: nanos(r.pipeline.startedAt),
      endTimeUnixNano: nanos(r.pipeline.finishedAt),
      attributes: [
        ...attr('cicd.pipeline.name', pipelineName(r)),
        ...attr('cicd.pipeline.action.name', 'RUN'),
        ...attr('cicd.pipeline.run.id', r.pipeline.runId ?? runLabel(r)),
        ...attr('cicd.pipeline.run.url.full', r.pipeline.url),
        ...attr('cicd.pipeline.result', result),
        ...(result !== 'success' ? attr('error.type', failing[0] ?? r.status) : []),
        ...attr('vcs.ref.head.revision', r.pipeline.trigger.sha),
        ...attr('vcs.ref.head.name', r.pipeline.trigger.ref),
        ...attr('ai_act_gates.trigger.event', r.pipeline.trigger.event),
        ...attr('ai_act_gates.record.failed_checks', failing.join(','))
      ],
      status: {
        code: result === 'success' ? STATUS_CODE.OK : STATUS_CODE.ERROR,
        ...(result !== 'success' ? { message: r.summary } : {})
      }
    }
    const jobs = r.jobs
      .map(j => jobSpan(r, traceId, root, j))
      .filter((s): s is Record<string, unknown> => s !== undefined)
    return [run, ...jobs, ...r.gates.map(g => gateSpan(r, traceId, root, g))]
  })
  return { resourceSpans: [{ resource: resource(serviceName, records), scopeSpans: [{ scope: SCOPE, spans }] }] }
}

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

/** POSTs one OTLP/HTTP JSON request; a refusal or an unreachable collector is a NETWORK GateError. */
export async function postOtlp(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal
): Promise<number> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {})
    })
  } catch (error) {
    throw new GateError('NETWORK', `OTLP endpoint unreachable at ${url}: ${(error as Error).message}`, {
      field: 'otlp-endpoint'
    })
  }
  const text = await response.text()
  if (!response.ok)
    throw new GateError('NETWORK', `OTLP endpoint answered ${response.status} for ${url}: ${text.slice(0, 200)}`, {
      field: 'otlp-endpoint'
    })
  return response.status
}

/** Sends traces and metrics to an OTLP/HTTP endpoint (the collector's base URL, such as http://localhost:4318). */
export async function exportOtlp(
  endpoint: string,
  records: PipelineAuditRecord[],
  options: { serviceName: string; headers?: Record<string, string>; signal?: AbortSignal }
): Promise<{ traces: string; metrics: string }> {
  const base = endpoint.replace(/\/+$/, '')
  const traces = `${base}/v1/traces`
  const metrics = `${base}/v1/metrics`
  await postOtlp(traces, tracesRequest(records, options.serviceName), options.headers, options.signal)
  await postOtlp(metrics, metricsRequest(records, options.serviceName), options.headers, options.signal)
  return { traces, metrics }
}
