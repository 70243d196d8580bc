/**
 * Runs a gate and produces its GateResult, failing closed: a thrown error, a gate
 * with no checks, or checks that were all skipped never read as a pass.
 */
import * as path from 'node:path'
import {
  deriveStatus,
  GateError,
  readRunContext,
  toGateError,
  VERSION,
  type GateResult,
  type Resource
} from '@ai-act-gates/core'
import { validateGateResult } from './schema.js'
import type { AnyGateDefinition, GateContext, Logger } from './gate.js'
import { RawInputs } from './inputs.js'

/** The input every action has for where reports go. */
export const REPORT_DIR_INPUT = 'report-dir'

/** Options for {@link executeGate}. */
export interface ExecuteOptions {
  /** Workspace root. Defaults to GITHUB_WORKSPACE, else the current directory. */
  workspace?: string
  /** Environment. Defaults to process.env. */
  env?: NodeJS.ProcessEnv
  /** Log sink. Defaults to stderr. */
  log?: Logger
  /** Cancellation. */
  signal?: AbortSignal
}

/** Logger that writes to stderr, for the CLI. */
export const stderrLogger: Logger = {
  info: m => process.stderr.write(`${m}\n`),
  warning: m => process.stderr.write(`warning: ${m}\n`),
  debug: m => {
    if (process.env.AI_ACT_GATES_DEBUG) process.stderr.write(`debug: ${m}\n`)
  }
}

/** Resolves the workspace from options or the environment. */
export function resolveWorkspace(options: ExecuteOptions): string {
  const env = options.env ?? process.env
  return path.resolve(options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd())
}

/** Runs `def` with string inputs and returns the GateResult. Never throws. */
export async function executeGate(
  def: AnyGateDefinition,
  values: Record<string, string | undefined>,
  options: ExecuteOptions = {}
): Promise<GateResult> {
  const env = options.env ?? process.env
  const workspace = resolveWorkspace(options)
  const raw = new RawInputs(values)
  const secret = new Set(['github-token', ...(def.secretInputs ?? [])])
  const resources: Resource[] = []
  const reportDirInput = raw.optional(REPORT_DIR_INPUT)
  const context: GateContext = {
    workspace,
    env,
    run: readRunContext(env),
    reportDir: reportDirInput === undefined ? undefined : path.resolve(workspace, reportDirInput),
    log: options.log ?? stderrLogger,
    recordResource: r => resources.push({ ...r, at: r.at ?? new Date().toISOString() }),
    signal: options.signal ?? new AbortController().signal
  }
  const started = new Date()
  const result: GateResult = {
    schemaVersion: 1,
    gate: def.name,
    version: VERSION,
    status: 'error',
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    subject: {},
    checks: [],
    evidence: [],
    metrics: {},
    outputs: {},
    resources,
    inputs: Object.fromEntries(raw.entries().map(([k, v]) => [k, secret.has(k) ? '***' : v])),
    run: context.run
  }
  try {
    const inputs = await def.parseInputs(raw, context)
    const run = await def.run(inputs, context)
    result.subject = run.subject
    result.checks = run.checks
    result.evidence = run.evidence ?? []
    result.metrics = run.metrics ?? {}
    result.outputs = run.outputs ?? {}
    result.status = deriveStatus(run.checks)
    if (run.checks.length === 0) {
      throw new GateError('EMPTY_INPUT', 'the gate ran no checks; an empty result is never a pass')
    }
  } catch (error) {
    const e = toGateError(error)
    result.status = 'error'
    result.error = {
      code: e.code,
      message: e.message,
      ...(e.location.file !== undefined ? { file: e.location.file } : {}),
      ...(e.location.line !== undefined ? { line: e.location.line } : {}),
      ...(e.location.field !== undefined ? { field: e.location.field } : {})
    }
    if (e.code === 'INTERNAL' && error instanceof Error && error.stack) context.log.debug(error.stack)
  }
  const finished = new Date()
  result.finishedAt = finished.toISOString()
  result.metrics.durationMs = finished.getTime() - started.getTime()
  result.outputs.status = result.status
  try {
    validateGateResult(result)
  } catch (error) {
    const e = toGateError(error)
    result.status = 'error'
    result.outputs = { status: 'error' }
    result.error = { code: e.code, message: e.message }
  }
  return result
}
