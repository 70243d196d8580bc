/** What the OTLP traces and metrics share: attribute encoding, ids, result values, the resource. */
import { createHash } from 'node:crypto'
import type { PipelineAuditRecord, RecordGate } from '@ai-act-gates/audit'
import { TOOL_NAME, VERSION } from '@ai-act-gates/core'

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

/** An attribute, left out when the value is empty. */
export function attr(key: string, value: string | number | boolean | undefined): KeyValue[] {
  if (value === undefined || value === '') return []
  if (typeof value === 'string') return [{ key, value: { stringValue: value } }]
  if (typeof value === 'boolean') return [{ key, value: { boolValue: value } }]
  return Number.isInteger(value)
    ? [{ key, value: { intValue: String(value) } }]
    : [{ key, value: { doubleValue: value } }]
}

/** An ISO time as OTLP's nanoseconds since the epoch, in decimal. */
export function nanos(iso: string): string {
  return (BigInt(Date.parse(iso)) * 1_000_000n).toString()
}

/** A deterministic id of `bytes` bytes, in hex, from the parts. */
export function id(bytes: number, ...parts: string[]): string {
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

/** cicd.pipeline.task.run.result for a gate; a missing gate is a skip. */
export function gateResult(status: RecordGate['status']): string {
  return status === 'pass' ? 'success' : status === 'fail' ? 'failure' : status === 'missing' ? 'skip' : 'error'
}

/** cicd.pipeline.name of a record's run. */
export function pipelineName(r: PipelineAuditRecord): string {
  return r.pipeline.name ?? `ai-act-gates ${r.system.id}`
}

/** The OTLP resource of the telemetry. */
export function resource(serviceName: string, records: PipelineAuditRecord[]): { attributes: KeyValue[] } {
  const repo = records.find(r => r.pipeline.repository)?.pipeline.repository
  return {
    attributes: [
      ...attr('service.name', serviceName),
      ...attr('vcs.repository.url.full', repo ? `https://github.com/${repo}` : undefined),
      ...attr('ai_act_gates.system.id', records[0]?.system.id)
    ]
  }
}

/** The instrumentation scope. */
export const SCOPE = { name: TOOL_NAME, version: VERSION }
