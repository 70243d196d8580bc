/**
 * The Markdown job summary: status, a table of checks, and the first locations of
 * each check that did not pass (all of them are in the JUnit and JSON reports).
 */
import { countChecks, type Check, type GateResult } from '@ai-act-gates/core'
import { formatLocation } from './junit.js'

/** Locations listed per check in the summary; the reports hold all of them. */
export const SUMMARY_MAX_LOCATIONS = 10

const ICON: Record<Check['status'] | GateResult['status'], string> = {
  pass: '✅',
  fail: '❌',
  error: '⛔',
  skipped: '⏭️',
  unknown: '❓'
}

/** Escapes text for a Markdown table cell. */
export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/** Renders a GateResult as Markdown. */
export function toMarkdown(result: GateResult): string {
  const counts = countChecks(result.checks)
  const lines = [
    `### ${ICON[result.status]} ${result.gate}: ${result.status}`,
    '',
    `${counts.pass} passed, ${counts.fail} failed, ${counts.unknown} unknown, ${counts.error} errors, ${counts.skipped} skipped`
  ]
  if (result.error) lines.push('', `**Could not run:** \`${result.error.code}\` ${escapeCell(result.error.message)}`)
  const subject = Object.entries(result.subject)
  if (subject.length > 0) {
    lines.push('', subject.map(([k, v]) => `**${k}**: \`${String(v)}\``).join(' · '))
  }
  if (result.checks.length > 0) {
    lines.push('', '| | check | articles | result |', '|---|---|---|---|')
    for (const c of result.checks) {
      lines.push(`| ${ICON[c.status]} | ${escapeCell(c.title)} | ${c.articles.join(', ')} | ${escapeCell(c.message)} |`)
    }
  }
  for (const c of result.checks.filter(c => c.status !== 'pass' && (c.locations ?? []).length > 0)) {
    const locs = c.locations!
    lines.push('', `<details><summary>${escapeCell(c.title)}: ${locs.length} location(s)</summary>`, '')
    for (const loc of locs.slice(0, SUMMARY_MAX_LOCATIONS)) lines.push(`- \`${formatLocation(loc)}\``)
    if (locs.length > SUMMARY_MAX_LOCATIONS) {
      lines.push(`- … and ${locs.length - SUMMARY_MAX_LOCATIONS} more in the JUnit and JSON reports`)
    }
    lines.push('', '</details>')
  }
  return lines.join('\n') + '\n'
}

/** Renders a GateResult as plain text for a terminal. */
export function toText(result: GateResult): string {
  const mark: Record<string, string> = { pass: 'ok  ', fail: 'FAIL', error: 'ERR ', skipped: 'skip', unknown: '??  ' }
  const lines = [`${result.gate}: ${result.status.toUpperCase()}`]
  if (result.error) lines.push(`  ${result.error.message}`)
  for (const c of result.checks) {
    lines.push(`  [${mark[c.status]}] ${c.title}: ${c.message}`)
    for (const loc of (c.status === 'pass' ? [] : (c.locations ?? [])).slice(0, SUMMARY_MAX_LOCATIONS)) {
      lines.push(`         ${formatLocation(loc)}`)
    }
    const extra = (c.locations ?? []).length - SUMMARY_MAX_LOCATIONS
    if (c.status !== 'pass' && extra > 0) lines.push(`         … and ${extra} more (--json for all)`)
  }
  return lines.join('\n') + '\n'
}
