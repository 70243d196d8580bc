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
import { GateError } from '@ai-act-gates/core'
import type { PipelineAuditRecord } from '@ai-act-gates/audit'
import { metricsRequest } from './otlp-metrics.js'
import { tracesRequest } from './otlp-traces.js'

export * from './otlp-common.js'
export * from './otlp-traces.js'
export * from './otlp-metrics.js'

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
