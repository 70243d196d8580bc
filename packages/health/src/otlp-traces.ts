/** Audit records as OTLP traces: a SERVER span per run, a child span per job and per gate. */
import type { PipelineAuditRecord, RecordGate, RecordJob } from '@ai-act-gates/audit'
import {
  attr,
  gateResult,
  id,
  jobResult,
  nanos,
  pipelineName,
  pipelineResult,
  resource,
  SCOPE,
  SPAN_KIND,
  STATUS_CODE
} from './otlp-common.js'
import { runLabel } from './stats.js'

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
