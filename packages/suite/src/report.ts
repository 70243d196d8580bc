/**
 * The readable report of a suite run, in Markdown: the verdict first, then the
 * system, the run, each expected gate, the contract, jobs and steps, the humans, the
 * resources and the artefacts. For people; the record is the evidence.
 */
import type { PipelineAuditRecord } from '@ai-act-gates/audit'
import type { Check, GateResult } from '@ai-act-gates/core'
import { escapeCell, formatLocation } from '@ai-act-gates/report'
import type { SuiteOutcome } from './runner.js'

const ICON: Record<string, string> = {
  pass: '✅',
  fail: '❌',
  error: '⛔',
  missing: '🚫',
  skipped: '⏭️',
  unknown: '❓'
}

/** Annex III areas, for the report's reader. */
export const ANNEX_III_AREAS: Record<string, string> = {
  '1': 'Biometrics',
  '2': 'Critical infrastructure',
  '3': 'Education and vocational training',
  '4': 'Employment, workers’ management and access to self-employment',
  '5': 'Access to essential private and public services and benefits',
  '6': 'Law enforcement',
  '7': 'Migration, asylum and border control management',
  '8': 'Administration of justice and democratic processes'
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`
}

function checksTable(checks: Check[]): string[] {
  const lines = ['| | check | result |', '|---|---|---|']
  for (const c of checks)
    lines.push(`| ${ICON[c.status] ?? ''} ${c.status} | ${escapeCell(c.title)} | ${escapeCell(c.message)} |`)
  const located = checks.filter(c => c.status !== 'pass' && (c.locations ?? []).length > 0)
  for (const c of located) {
    lines.push('', `**${escapeCell(c.title)}**:`, '')
    for (const l of c.locations!.slice(0, 20)) lines.push(`- \`${formatLocation(l)}\``)
  }
  return lines
}

function recordSections(r: PipelineAuditRecord): string[] {
  const p = r.pipeline
  const area = ANNEX_III_AREAS[r.system.annexIII.replace(/\(.*$/, '')] ?? ''
  const lines = [
    '## System',
    '',
    `- **${escapeCell(r.system.name)}** (\`${r.system.id}\`)${r.system.version ? `, version ${r.system.version}` : ''}${r.system.provider ? `, provided by ${escapeCell(r.system.provider)}` : ''}`,
    `- High-risk under Annex III point ${r.system.annexIII}${area ? ` (${area})` : ''}`,
    `- Intended purpose: ${escapeCell(r.system.intendedPurpose)}`,
    ...(r.system.logProfile ? [`- Log profile: \`${r.system.logProfile}\``] : []),
    '',
    '## Run',
    '',
    `- Provider: ${p.provider}${p.repository ? `, repository \`${p.repository}\`` : ''}${p.runId ? `, run ${p.runId}${p.runAttempt ? ` attempt ${p.runAttempt}` : ''}` : ''}${p.url ? ` ([link](${p.url}))` : ''}`,
    `- Trigger: \`${p.trigger.event}\`${p.trigger.actor ? ` by ${p.trigger.actor}` : ''}${p.trigger.triggeringActor && p.trigger.triggeringActor !== p.trigger.actor ? ` (triggered by ${p.trigger.triggeringActor})` : ''}${p.trigger.schedule ? `, schedule \`${p.trigger.schedule}\`` : ''}`,
    ...(p.trigger.sha
      ? [
          `- Commit: \`${p.trigger.sha}\`${p.trigger.ref ? ` on \`${p.trigger.ref}\`` : ''}${p.configuration.dirty ? ' (with uncommitted changes)' : ''}`
        ]
      : []),
    `- Gates file: \`${r.gatesFile.path}\` sha256 \`${r.gatesFile.sha256}\`${p.configuration.gatesFileCommit ? `, last changed in \`${p.configuration.gatesFileCommit}\`` : ''}`,
    ...(p.configuration.workflow
      ? [`- Workflow: \`${p.configuration.workflow.ref ?? ''}\` at \`${p.configuration.workflow.sha ?? ''}\``]
      : []),
    ...p.configuration.calledWorkflows.map(
      w => `- Called workflow (${w.source}): \`${w.ref ?? ''}\` at \`${w.sha ?? ''}\``
    ),
    `- From ${p.startedAt} to ${p.finishedAt}`,
    `- Signed: ${r.signing.kind}${r.signing.algorithm ? ` (${r.signing.algorithm})` : ''}${r.signing.keyId ? `, key id \`${r.signing.keyId}\`` : ''}${r.signing.identity ? `, identity ${r.signing.identity}` : ''}`,
    '',
    '## Expected gates',
    '',
    '| # | gate | action | status | started | duration | checks passed |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const g of r.gates) {
    const passed = g.checks ? `${g.checks.pass}/${Object.values(g.checks).reduce((a, b) => a + b, 0)}` : ''
    lines.push(
      `| ${g.position} | ${escapeCell(g.name)} | \`${g.uses}\` | ${ICON[g.status] ?? ''} ${g.status} | ${g.startedAt ?? ''} | ${seconds(g.durationMs)} | ${passed} |`
    )
  }
  lines.push('', '## Contract', '', ...checksTable(r.contract), '')
  if (r.jobs.length > 0) {
    lines.push('## Jobs and steps', '')
    for (const j of r.jobs) {
      const wait = j.queueWaitMs !== undefined ? `, waited ${seconds(j.queueWaitMs)} for a runner` : ''
      lines.push(
        `<details><summary>${escapeCell(j.name)}: ${j.conclusion ?? j.status}${j.durationMs !== undefined ? `, ${seconds(j.durationMs)}` : ''}${wait}</summary>`,
        ''
      )
      for (const s of j.steps)
        lines.push(
          `- ${s.number}. ${escapeCell(s.name)}: ${s.conclusion ?? s.status}${s.startedAt ? ` (${s.startedAt} → ${s.completedAt ?? ''})` : ''}`
        )
      lines.push('', '</details>', '')
    }
  }
  lines.push('## People', '')
  for (const h of r.humans)
    lines.push(`- ${h.role}: **${escapeCell(h.login)}**${h.detail ? `, ${escapeCell(h.detail)}` : ''}`)
  if (r.humans.length === 0) lines.push('- none recorded')
  lines.push('', '## External resources', '')
  for (const res of r.resources)
    lines.push(
      `- ${res.gate}: ${res.kind} \`${res.method ? `${res.method} ` : ''}${res.uri}\`${res.status ? ` → ${res.status}` : ''}${res.digest ? ` ${res.digest}` : ''}`
    )
  if (r.resources.length === 0) lines.push('- none: no gate reached outside the workspace')
  lines.push('', '## Artefacts', '', '| file | sha256 | bytes | from |', '|---|---|---|---|')
  for (const a of r.artefacts)
    lines.push(`| \`${escapeCell(a.path)}\` | \`${a.sha256}\` | ${a.size} | ${a.gate ?? a.source} |`)
  return lines
}

function gateSection(results: Array<{ result: GateResult }>): string[] {
  const lines = ['## Gate results', '']
  for (const { result } of results) {
    lines.push(`### ${ICON[result.status]} ${result.gate} (${result.run.step ?? ''}): ${result.status}`, '')
    if (result.error) lines.push(`Could not run: \`${result.error.code}\` ${escapeCell(result.error.message)}`, '')
    if (result.checks.length > 0) lines.push(...checksTable(result.checks), '')
  }
  return lines
}

/** The report as Markdown. */
export function toReportMarkdown(outcome: SuiteOutcome): string {
  const r = outcome.record
  const status = outcome.status
  const title = r ? `${r.system.name}` : outcome.gatesFile.file.system.name
  const lines = [`# ${ICON[status]} Pipeline audit record: ${escapeCell(title)}: ${status.toUpperCase()}`, '']
  if (r) {
    lines.push(
      r.summary,
      '',
      `Record: \`${outcome.paths.record}\`${outcome.paths.signature ? `, signature: \`${outcome.paths.signature}\`` : ''}`,
      ''
    )
    lines.push(...recordSections(r), '')
  } else if (outcome.recordResult) {
    lines.push(
      `No record was written: ${escapeCell(outcome.recordResult.error?.message ?? 'the record gate failed')}`,
      ''
    )
  }
  lines.push(...gateSection(outcome.results))
  return lines.join('\n') + '\n'
}
