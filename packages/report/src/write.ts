/**
 * Writes a gate's reports into the report directory: the GateResult as JSON, JUnit
 * XML, SARIF (when findings have files), the Markdown summary, and one file in the
 * run ledger that `audit-record` collects.
 */
import { randomBytes } from 'node:crypto'
import * as path from 'node:path'
import type { GateResult } from '@ai-act-gates/core'
import { writeFileAtomic } from '@ai-act-gates/files'
import { toJUnitXml } from './junit.js'
import { hasFileFindings, toSarif } from './sarif.js'
import { toMarkdown } from './summary.js'

/** The subdirectory of the report directory that holds the run ledger. */
export const LEDGER_DIR = 'ledger'

/** Paths of the reports written for one gate run. */
export interface ReportPaths {
  result: string
  junit: string
  summary: string
  sarif?: string
  ledger: string
}

/** A file-name-safe form of an ISO time: `20261122T144501123Z`. */
function compactTime(iso: string): string {
  return iso.replace(/[-:]/g, '').replace('.', '')
}

/**
 * Writes the reports. Report files are named after the gate (and step, when known)
 * and replaced atomically on a rerun; ledger files are new every time and never
 * replaced.
 */
export async function writeReports(result: GateResult, reportDir: string): Promise<ReportPaths> {
  const stem = result.run.step ? `${result.gate}.${result.run.step.replace(/[^\w.-]/g, '_')}` : result.gate
  const json = JSON.stringify(result, null, 2) + '\n'
  const paths: ReportPaths = {
    result: path.join(reportDir, `${stem}.result.json`),
    junit: path.join(reportDir, `${stem}.junit.xml`),
    summary: path.join(reportDir, `${stem}.summary.md`),
    ledger: path.join(
      reportDir,
      LEDGER_DIR,
      `${compactTime(result.startedAt)}-${result.gate}-${randomBytes(4).toString('hex')}.json`
    )
  }
  await writeFileAtomic(paths.result, json, { overwrite: true })
  await writeFileAtomic(paths.junit, toJUnitXml(result), { overwrite: true })
  await writeFileAtomic(paths.summary, toMarkdown(result), { overwrite: true })
  if (hasFileFindings(result)) {
    paths.sarif = path.join(reportDir, `${stem}.sarif`)
    await writeFileAtomic(paths.sarif, JSON.stringify(toSarif(result), null, 2) + '\n', { overwrite: true })
  }
  await writeFileAtomic(paths.ledger, json)
  return paths
}
