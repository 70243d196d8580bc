/**
 * The suite runner: runs the gates of a gates file in order through the same
 * `executeGate` as the actions and the CLI, writes each GateResult into the run
 * ledger, then runs audit-record over that ledger and writes the readable report.
 * Behind `ai-act-gates run`, the root action and each gate job of the reusable workflow.
 */
import { readdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import {
  actionSpecs,
  executeGate,
  localDefault,
  type AnyGateDefinition,
  type GateLoader,
  type Logger
} from '@ai-act-gates/action-kit'
import {
  expandPlaceholders,
  loadGatesFile,
  RECORD_ACTION,
  type ExpectedGate,
  type LoadedGatesFile,
  type PipelineAuditRecord
} from '@ai-act-gates/audit'
import { GateError, type GateResult, type GateStatus } from '@ai-act-gates/core'
import { resolveInside, toPosixRelative, writeFileAtomic } from '@ai-act-gates/files'
import { LEDGER_DIR, writeReports } from '@ai-act-gates/report'
import { toReportHtml } from './html.js'
import { toReportMarkdown } from './report.js'

/** Inputs passed through to audit-record. */
export interface RecordOptions {
  signing?: string
  signingKey?: string
  /** A private Sigstore's trusted_root.json, for keyless signing. */
  trustedRoot?: string
  githubToken?: string
  jobWorkflowRef?: string
  jobWorkflowSha?: string
}

/** Options for {@link runSuite}. */
export interface SuiteOptions {
  /** The gates file, as the user wrote its path (relative to the workspace). */
  config: string
  /** Workspace root; every path is inside it. */
  workspace: string
  env: NodeJS.ProcessEnv
  /** The run's report directory; its ledger must not hold results yet. */
  reportDir: string
  /** Gate loaders by action name (the CLI registry); only the gates that run are loaded. */
  gates: Readonly<Record<string, GateLoader>>
  /** Run only the entries that use these actions (one job of the reusable workflow); empty runs all. */
  only?: string[]
  /** Write the audit record after the gates. */
  record: boolean
  recordOptions?: RecordOptions
  log: Logger
  /** Called after each gate, for progress output. */
  onResult?: (gate: ExpectedGate, result: GateResult) => void
}

/** What a suite run produced. */
export interface SuiteOutcome {
  gatesFile: LoadedGatesFile
  results: Array<{ gate: ExpectedGate; result: GateResult }>
  /** The audit-record gate's result, when a record was asked for. */
  recordResult?: GateResult
  /** The record, when it was written. */
  record?: PipelineAuditRecord
  /** Paths relative to the workspace. */
  paths: { reportDir: string; record?: string; signature?: string; report?: string; html?: string }
  /** The worst gate status, or the record's status when a record was written. */
  status: GateStatus
}

function worst(statuses: GateStatus[]): GateStatus {
  return statuses.includes('error') ? 'error' : statuses.includes('fail') ? 'fail' : 'pass'
}

/** The entries to run: all, or those whose action is in `only` (each of which must appear). */
export function selectGates(file: LoadedGatesFile, only: string[] | undefined): ExpectedGate[] {
  if (!only || only.length === 0) return file.gates
  for (const name of only) {
    if (!file.gates.some(g => g.uses === name)) {
      throw new GateError('INPUT_INVALID', `no gate of ${file.path} uses '${name}'`, { field: 'only' })
    }
  }
  return file.gates.filter(g => only.includes(g.uses))
}

/** The inputs a gate runs with: its action.yml defaults, the gates file's values with placeholders replaced, the report directory. */
export function gateInputs(
  gate: ExpectedGate,
  file: LoadedGatesFile,
  reportDir: string,
  env: NodeJS.ProcessEnv,
  workspace: string
): Record<string, string> {
  const spec = actionSpecs()[gate.uses]!
  const inputs: Record<string, string> = {}
  for (const [name, input] of Object.entries(spec.inputs)) {
    const d = localDefault(input.default, env, workspace)
    if (d !== undefined) inputs[name] = d
  }
  const values = {
    'report-dir': reportDir,
    node: process.execPath,
    'system-id': file.file.system.id,
    ...(file.file.logProfile !== undefined ? { 'log-profile': file.file.logProfile } : {})
  }
  for (const [name, value] of Object.entries(gate.with)) {
    inputs[name] = expandPlaceholders(value, values, {
      file: file.path,
      ...(gate.line !== undefined ? { line: gate.line } : {}),
      field: `gates[${gate.position}].with.${name}`
    })
  }
  if ('report-dir' in spec.inputs) inputs['report-dir'] = reportDir
  return inputs
}

async function refuseUsedLedger(reportDir: string, display: string): Promise<void> {
  const ledger = path.join(reportDir, LEDGER_DIR)
  const files = await readdir(ledger).catch(() => [] as string[])
  if (files.some(f => f.endsWith('.json'))) {
    throw new GateError(
      'FILE_EXISTS',
      `the ledger ${display}/${LEDGER_DIR} already holds gate results of another run`,
      {
        file: `${display}/${LEDGER_DIR}`,
        hint: 'Give a new report directory for every run: results of two runs in one ledger fail the record'
      }
    )
  }
}

/** Runs the suite. Throws a GateError only when nothing could run (bad gates file, bad report directory). */
export async function runSuite(options: SuiteOptions): Promise<SuiteOutcome> {
  const { workspace, env, log } = options
  const configAbs = await resolveInside(workspace, options.config, { field: 'config', mustExist: true })
  const gatesFile = await loadGatesFile(configAbs, options.config, actionSpecs())
  for (const g of gatesFile.gates) {
    if (!options.gates[g.uses])
      throw new GateError('INPUT_INVALID', `no gate is registered for action '${g.uses}'`, {
        file: gatesFile.path,
        field: `gates[${g.position}].uses`
      })
  }
  const selected = selectGates(gatesFile, options.only)
  const reportAbs = await resolveInside(workspace, options.reportDir, { field: 'report-dir' })
  const reportRel = toPosixRelative(workspace, reportAbs) || '.'
  await refuseUsedLedger(reportAbs, reportRel)
  const since = new Date().toISOString()

  // Every input is resolved before the first gate runs: a bad placeholder stops the run, not half of it.
  const planned = selected.map(gate => ({ gate, inputs: gateInputs(gate, gatesFile, reportRel, env, workspace) }))
  // So are the gates' definitions: each action's gate is loaded once, before any runs.
  const definitions = new Map<string, AnyGateDefinition>()
  for (const { gate } of planned) {
    if (!definitions.has(gate.uses)) definitions.set(gate.uses, await options.gates[gate.uses]!())
  }
  const results: SuiteOutcome['results'] = []
  for (const { gate, inputs } of planned) {
    const result = await executeGate(definitions.get(gate.uses)!, inputs, {
      workspace,
      env: { ...env, GITHUB_ACTION: gate.id },
      log
    })
    await writeReports(result, reportAbs)
    results.push({ gate, result })
    options.onResult?.(gate, result)
  }

  const outcome: SuiteOutcome = {
    gatesFile,
    results,
    paths: { reportDir: reportRel },
    status: worst(results.map(r => r.result.status))
  }
  if (!options.record) return outcome

  const ro = options.recordOptions ?? {}
  const recordRel = `${reportRel}/audit-record.json`
  const loadRecordGate = options.gates[RECORD_ACTION]
  if (!loadRecordGate) throw new GateError('INTERNAL', `no gate is registered for ${RECORD_ACTION}`)
  const recordResult = await executeGate(
    await loadRecordGate(),
    {
      config: gatesFile.path,
      ledger: `${reportRel}/${LEDGER_DIR}/*.json`,
      record: recordRel,
      since,
      signing: ro.signing ?? 'auto',
      'signing-key': ro.signingKey ?? '',
      'trusted-root': ro.trustedRoot ?? '',
      'github-token': ro.githubToken ?? env.GITHUB_TOKEN ?? '',
      'job-workflow-ref': ro.jobWorkflowRef ?? '',
      'job-workflow-sha': ro.jobWorkflowSha ?? '',
      'report-dir': reportRel
    },
    { workspace, env, log }
  )
  await writeReports(recordResult, reportAbs)
  outcome.recordResult = recordResult
  outcome.status = recordResult.status
  const written = recordResult.outputs['record-path']
  if (written) {
    outcome.record = JSON.parse(await readFile(path.resolve(workspace, written), 'utf8')) as PipelineAuditRecord
    outcome.paths.record = written
    if (recordResult.outputs['signature-path']) outcome.paths.signature = recordResult.outputs['signature-path']
  }
  const markdown = toReportMarkdown(outcome)
  await writeFileAtomic(path.join(reportAbs, 'audit-report.md'), markdown, {
    displayPath: `${reportRel}/audit-report.md`
  })
  const title = `Pipeline audit record: ${gatesFile.file.system.name}: ${outcome.status}`
  await writeFileAtomic(path.join(reportAbs, 'audit-report.html'), toReportHtml(markdown, title), {
    displayPath: `${reportRel}/audit-report.html`
  })
  outcome.paths.report = `${reportRel}/audit-report.md`
  outcome.paths.html = `${reportRel}/audit-report.html`
  return outcome
}
