/**
 * The pipeline audit record (`schemas/pipeline-audit-record.schema.json`): one per
 * run, everything seed 000 asks a pipeline log to hold. Types and the builder that
 * joins the gates file, the ledger, the contract and the run's context.
 */
import {
  countChecks,
  TOOL_NAME,
  VERSION,
  type Check,
  type CheckStatus,
  type GateStatus,
  type Resource
} from '@ai-act-gates/core'
import { compileSchema, formatFieldPath, errorSegments } from '@ai-act-gates/config'
import { GateError } from '@ai-act-gates/core'
import schema from '../../../schemas/pipeline-audit-record.schema.json' with { type: 'json' }
import type { ContractResult } from './contract.js'
import type { LoadedGatesFile, SystemInfo } from './gates-file.js'
import type { SignerIdentity } from './signer.js'

/** A step of a job, times in UTC. */
export interface RecordStep {
  number: number
  name: string
  status: string
  conclusion: string | null
  startedAt?: string
  completedAt?: string
}

/** A job of the run (from the jobs API; for a local run, the suite itself). */
export interface RecordJob {
  id?: number
  name: string
  status: string
  conclusion: string | null
  createdAt?: string
  startedAt?: string
  completedAt?: string
  /** Time between creation and start: waiting for a runner. */
  queueWaitMs?: number
  durationMs?: number
  url?: string
  runnerName?: string
  labels?: string[]
  steps: RecordStep[]
}

/** A person who intervened or was asked to. */
export interface RecordHuman {
  role: 'actor' | 'triggering-actor' | 'approver' | 'required-reviewer' | 'local-user'
  login: string
  type?: string
  detail?: string
}

/** An environment approval given during the run. */
export interface RecordApproval {
  environments: string[]
  state: string
  comment: string
  user: { login: string; id: number; type?: string }
}

/** A deployment still waiting for review when the record was written. */
export interface RecordPendingDeployment {
  environment: string
  waitTimerMinutes: number
  waitTimerStartedAt: string | null
  reviewers: Array<{ type: string; name: string }>
}

/** A workflow file and the commit it was read at. */
export interface RecordWorkflow {
  /** `owner/repo/.github/workflows/file.yml@ref`. */
  ref?: string
  sha?: string
  /** Where the fact comes from: `env` (GITHUB_WORKFLOW_*), `job-workflow` (the called workflow's own claims) or `api`. */
  source: 'env' | 'job-workflow' | 'api'
}

/** The run: trigger, configuration version, times. */
export interface RecordPipeline {
  provider: 'github-actions' | 'local'
  name?: string
  repository?: string
  runId?: string
  runAttempt?: string
  runNumber?: string
  url?: string
  trigger: {
    event: string
    ref?: string
    sha?: string
    actor?: string
    triggeringActor?: string
    schedule?: string
    inputs?: Record<string, unknown>
  }
  configuration: {
    /** The top-level workflow of the run. */
    workflow?: RecordWorkflow
    /** Reusable workflows the run called. */
    calledWorkflows: RecordWorkflow[]
    /** For a local run: the checkout's commit and whether it had uncommitted changes. */
    commit?: string
    dirty?: boolean
    /** The last commit that changed the gates file, when git knows it. */
    gatesFileCommit?: string
  }
  createdAt?: string
  startedAt: string
  finishedAt: string
}

/** What became of one expected gate. */
export interface RecordGate {
  position: number
  id: string
  uses: string
  name: string
  /** The gate's status, or `missing` when no result was recorded. */
  status: GateStatus | 'missing'
  startedAt?: string
  finishedAt?: string
  durationMs?: number
  checks?: Record<CheckStatus, number>
  ledgerFile?: string
  ledgerSha256?: string
  job?: string
  step?: string
  runAttempt?: string
  error?: { code: string; message: string }
  /** Results beyond the first for the same gate in the same attempt. */
  extraRuns: number
  /** Results of earlier attempts, replaced by a re-run. */
  supersededRuns?: number
}

/** A file the run produced or judged, with its digest. */
export interface RecordArtefact {
  path: string
  sha256: string
  size: number
  /** `gate`: in a gate's evidence; `artefacts`: matched by the gates file's artefacts patterns. */
  source: 'gate' | 'artefacts'
  gate?: string
  role?: string
  category?: string
}

/** The record. */
export interface PipelineAuditRecord {
  recordVersion: 1
  generator: { name: string; version: string }
  recordedAt: string
  status: GateStatus
  summary: string
  system: SystemInfo & { logProfile?: string }
  gatesFile: {
    path: string
    sha256: string
    gates: Array<{ position: number; id: string; uses: string; name: string; with: Record<string, string> }>
  }
  pipeline: RecordPipeline
  jobs: RecordJob[]
  approvals: RecordApproval[]
  pendingDeployments: RecordPendingDeployment[]
  humans: RecordHuman[]
  gates: RecordGate[]
  unexpectedResults: Array<{ file: string; gate: string; step?: string }>
  foreignResults: Array<{ file: string; gate: string; reason: string }>
  resources: Array<Resource & { gate: string }>
  artefacts: RecordArtefact[]
  contract: Check[]
  signing: SignerIdentity
}

/** What the builder needs besides the gates file and the contract. */
export interface RecordContext {
  pipeline: Omit<RecordPipeline, 'startedAt' | 'finishedAt'> & { startedAt?: string }
  jobs: RecordJob[]
  approvals: RecordApproval[]
  pendingDeployments: RecordPendingDeployment[]
  humans: RecordHuman[]
  artefacts: RecordArtefact[]
  signing: SignerIdentity
  /** Checks about the context itself (API reachable, artefacts hashed), added to the contract's. */
  checks: Check[]
}

function worstStatus(checks: Check[]): GateStatus {
  if (checks.some(c => c.status === 'error')) return 'error'
  if (checks.some(c => c.status === 'fail' || c.status === 'unknown' || c.status === 'skipped')) return 'fail'
  return 'pass'
}

/** Joins everything into the record. A skipped check fails the record: it is never a pass. */
export function buildRecord(
  gatesFile: LoadedGatesFile,
  contract: ContractResult,
  context: RecordContext,
  recordedAt: Date = new Date()
): PipelineAuditRecord {
  const checks = [...contract.checks, ...context.checks]
  const gates: RecordGate[] = contract.outcomes.map(o => {
    const g: RecordGate = {
      position: o.expected.position,
      id: o.expected.id,
      uses: o.expected.uses,
      name: o.expected.name,
      status: 'missing',
      extraRuns: o.extra.length
    }
    if (o.superseded.length > 0) g.supersededRuns = o.superseded.length
    const e = o.entry
    if (!e) return g
    const r = e.result
    Object.assign(g, {
      status: r.status,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      durationMs: Math.max(0, Date.parse(r.finishedAt) - Date.parse(r.startedAt)),
      checks: countChecks(r.checks),
      ledgerFile: e.file,
      ledgerSha256: e.sha256
    })
    if (r.run.job !== undefined) g.job = r.run.job
    if (r.run.step !== undefined) g.step = r.run.step
    if (r.run.runAttempt !== undefined) g.runAttempt = r.run.runAttempt
    if (r.error) g.error = { code: r.error.code, message: r.error.message }
    return g
  })
  const ran = contract.outcomes.filter(o => o.entry)
  const resources = ran.flatMap(o => o.entry!.result.resources.map(res => ({ ...res, gate: o.expected.id })))
  const gateArtefacts: RecordArtefact[] = ran.flatMap(o =>
    o.entry!.result.evidence.map(f => ({
      path: f.path,
      sha256: f.sha256,
      size: f.size,
      source: 'gate' as const,
      gate: o.expected.id,
      ...(f.role !== undefined ? { role: f.role } : {}),
      ...(f.category !== undefined ? { category: f.category } : {})
    }))
  )
  const starts = [
    context.pipeline.startedAt,
    ...context.jobs.map(j => j.startedAt),
    ...gates.map(g => g.startedAt)
  ].filter((t): t is string => t !== undefined)
  const startedAt =
    starts.length > 0 ? starts.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)) : recordedAt.toISOString()
  const status = worstStatus(checks)
  const failing = checks.filter(c => c.status !== 'pass')
  const summary =
    status === 'pass'
      ? `All ${gates.length} expected gate(s) of ${gatesFile.path} ran in order and passed.`
      : `${failing.length} check(s) of the record did not pass: ${failing.map(c => c.id).join(', ')}.`
  return {
    recordVersion: 1,
    generator: { name: TOOL_NAME, version: VERSION },
    recordedAt: recordedAt.toISOString(),
    status,
    summary,
    system: {
      ...gatesFile.file.system,
      ...(gatesFile.file.logProfile !== undefined ? { logProfile: gatesFile.file.logProfile } : {})
    },
    gatesFile: {
      path: gatesFile.path,
      sha256: gatesFile.sha256,
      gates: gatesFile.gates.map(g => ({ position: g.position, id: g.id, uses: g.uses, name: g.name, with: g.with }))
    },
    pipeline: { ...context.pipeline, startedAt, finishedAt: recordedAt.toISOString() },
    jobs: context.jobs,
    approvals: context.approvals,
    pendingDeployments: context.pendingDeployments,
    humans: context.humans,
    gates,
    unexpectedResults: contract.unexpected.map(e => ({
      file: e.file,
      gate: e.result.gate,
      ...(e.result.run.step !== undefined ? { step: e.result.run.step } : {})
    })),
    foreignResults: contract.foreign.map(f => ({ file: f.entry.file, gate: f.entry.result.gate, reason: f.reason })),
    resources,
    artefacts: [...gateArtefacts, ...context.artefacts],
    contract: checks,
    signing: context.signing
  }
}

/** The published record schema. */
export const RECORD_SCHEMA = schema

let validator: ReturnType<typeof compileSchema<PipelineAuditRecord>> | undefined

/** Throws INTERNAL when a record the suite built does not match its own schema. */
export function validateRecord(record: unknown): asserts record is PipelineAuditRecord {
  validator ??= compileSchema<PipelineAuditRecord>(schema)
  if (validator(record)) return
  const problems = (validator.errors ?? []).map(e => `${formatFieldPath(errorSegments(e))}: ${e.message}`)
  throw new GateError('INTERNAL', `the record does not match pipeline-audit-record.schema.json: ${problems.join('; ')}`)
}
