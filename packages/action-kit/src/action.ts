/**
 * The GitHub Actions front door: read every declared input, run the gate, write the
 * reports, set outputs, write the job summary and annotations, and fail the step
 * unless the gate passed.
 */
import * as core from '@actions/core'
import * as path from 'node:path'
import type { GateResult } from '@ai-act-gates/core'
import { toAnnotations, toMarkdown, writeReports, type Annotation } from '@ai-act-gates/report'
import type { AnyGateDefinition } from './gate.js'
import { executeGate, REPORT_DIR_INPUT, resolveWorkspace, type ExecuteOptions } from './run.js'
import { actionSpec } from './spec.js'

/** The parts of `@actions/core` the front door uses; tests pass their own. */
export interface ActionIO {
  getInput(name: string): string
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  annotate(annotation: Annotation): void
  writeSummary(markdown: string): Promise<void>
}

/** The real runner, through `@actions/core`. */
export const actionsIO: ActionIO = {
  getInput: name => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setFailed: message => core.setFailed(message),
  info: message => core.info(message),
  warning: message => core.warning(message),
  debug: message => core.debug(message),
  annotate: a => {
    const props: core.AnnotationProperties = { title: a.title }
    if (a.file !== undefined) props.file = a.file
    if (a.line !== undefined) props.startLine = a.line
    if (a.endLine !== undefined) props.endLine = a.endLine
    if (a.column !== undefined) props.startColumn = a.column
    if (a.level === 'error') core.error(a.message, props)
    else if (a.level === 'warning') core.warning(a.message, props)
    else core.notice(a.message, props)
  },
  writeSummary: async markdown => {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown).write()
  }
}

/** Runs a gate as a GitHub Action. Returns the result (for tests); the exit status is set through `io`. */
export async function runAction(
  def: AnyGateDefinition,
  io: ActionIO = actionsIO,
  options: ExecuteOptions = {}
): Promise<GateResult | undefined> {
  try {
    const spec = actionSpec(def.name)
    const values: Record<string, string> = {}
    for (const name of Object.keys(spec.inputs)) values[name] = io.getInput(name)
    const result = await executeGate(def, values, {
      ...options,
      log: { info: io.info, warning: io.warning, debug: io.debug }
    })
    const reportDir = values[REPORT_DIR_INPUT]
    if (reportDir) {
      const workspace = resolveWorkspace(options)
      const paths = await writeReports(result, path.resolve(workspace, reportDir))
      io.setOutput('result-path', path.relative(workspace, paths.result))
      io.setOutput('junit-path', path.relative(workspace, paths.junit))
      if (paths.sarif) io.setOutput('sarif-path', path.relative(workspace, paths.sarif))
    }
    for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value)
    for (const a of toAnnotations(result)) io.annotate(a)
    await io.writeSummary(toMarkdown(result))
    if (result.status !== 'pass') {
      const why = result.error
        ? result.error.message
        : `${result.checks.filter(c => c.status !== 'pass').length} check(s) did not pass`
      io.setFailed(`${def.name} ${result.status === 'error' ? 'could not run' : 'failed'}: ${why}`)
    }
    return result
  } catch (error) {
    io.setFailed(`${def.name} could not run: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
}
