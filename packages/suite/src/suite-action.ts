/**
 * The root action (`action.yml` at the top of the repository; entry `action.ts`,
 * bundled into dist/index.js): the whole suite in one step, with the same runner as
 * `ai-act-gates run`. Annotations for every check that did not pass, the readable
 * report as the job summary, and a failed step unless the record passed.
 */
import { actionsIO, resolveWorkspace, type ActionIO } from '@ai-act-gates/action-kit'
import { GATES } from '@ai-act-gates/cli'
import { toGateError } from '@ai-act-gates/core'
import { splitList } from '@ai-act-gates/files'
import { toAnnotations } from '@ai-act-gates/report'
import { runSuite, type SuiteOutcome } from './runner.js'
import { toReportMarkdown } from './report.js'

/** Runs the suite as a GitHub Action; returns the outcome for tests. */
export async function runSuiteAction(
  io: ActionIO = actionsIO,
  options: { workspace?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<SuiteOutcome | undefined> {
  const env = options.env ?? process.env
  try {
    const only = splitList(io.getInput('only'))
    const record = io.getInput('record') !== 'false' && only.length === 0
    const token = io.getInput('github-token')
    const outcome = await runSuite({
      config: io.getInput('config') || 'ai-act-gates.yml',
      workspace: resolveWorkspace({ ...options, env }),
      // Inner gates whose github-token defaults to the job token read it from GITHUB_TOKEN.
      env: token ? { ...env, GITHUB_TOKEN: token } : env,
      reportDir: io.getInput('report-dir') || 'ai-act-gates-reports',
      gates: GATES,
      only,
      record,
      recordOptions: {
        signing: io.getInput('signing') || 'auto',
        signingKey: io.getInput('signing-key'),
        trustedRoot: io.getInput('trusted-root'),
        githubToken: token,
        jobWorkflowRef: io.getInput('job-workflow-ref'),
        jobWorkflowSha: io.getInput('job-workflow-sha')
      },
      log: { info: io.info, warning: io.warning, debug: io.debug },
      onResult: (gate, result) => io.info(`${gate.id} (${gate.uses}): ${result.status}`)
    })
    io.setOutput('status', outcome.status)
    io.setOutput('report-dir', outcome.paths.reportDir)
    if (outcome.paths.record) io.setOutput('record-path', outcome.paths.record)
    if (outcome.paths.signature) io.setOutput('signature-path', outcome.paths.signature)
    if (outcome.paths.report) io.setOutput('report-path', outcome.paths.report)
    if (outcome.record)
      io.setOutput(
        'missing-gates',
        outcome.record.gates
          .filter(g => g.status === 'missing')
          .map(g => g.id)
          .join('\n')
      )
    for (const r of [...outcome.results.map(x => x.result), ...(outcome.recordResult ? [outcome.recordResult] : [])]) {
      for (const a of toAnnotations(r)) io.annotate(a)
    }
    await io.writeSummary(toReportMarkdown(outcome))
    if (outcome.status !== 'pass') {
      const what = outcome.record
        ? `the audit record ${outcome.record.status === 'error' ? 'could not be completed' : 'failed'}: ${outcome.record.summary}`
        : `a gate ${outcome.status === 'error' ? 'could not run' : 'failed'}`
      io.setFailed(`ai-act-gates: ${what}`)
    }
    return outcome
  } catch (error) {
    io.setFailed(`ai-act-gates could not run: ${toGateError(error).message}`)
    return undefined
  }
}
