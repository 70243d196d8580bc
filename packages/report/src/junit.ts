/**
 * JUnit XML in the shape the common test reporters read (dorny/test-reporter,
 * mikepenz/action-junit-report, GitLab, Jenkins): one testsuite per gate, one
 * testcase per check. `fail` and `unknown` are failures, `error` errors, `skipped`
 * skipped.
 */
import type { Check, GateResult, Location } from '@ai-act-gates/core'

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** One line per location, `file:line` first, for failure bodies and logs. */
export function formatLocation(loc: Location): string {
  const parts: string[] = []
  if (loc.file !== undefined) parts.push(loc.line === undefined ? loc.file : `${loc.file}:${loc.line}`)
  if (loc.entryIndex !== undefined) parts.push(`entry ${loc.entryIndex}`)
  if (loc.inputId !== undefined) parts.push(`input ${loc.inputId}`)
  if (loc.resource !== undefined) parts.push(loc.resource)
  if (loc.field !== undefined) parts.push(loc.field)
  if (loc.commit !== undefined) parts.push(`commit ${loc.commit}`)
  if (loc.url !== undefined) parts.push(loc.url)
  return parts.join(' ')
}

function seconds(result: GateResult): string {
  const ms = Date.parse(result.finishedAt) - Date.parse(result.startedAt)
  return (Math.max(0, ms) / 1000).toFixed(3)
}

function testcase(result: GateResult, check: Check): string {
  const name = escapeXml(`${check.id}: ${check.title}`)
  const classname = escapeXml(`ai-act-gates.${result.gate}`)
  const open = `    <testcase name="${name}" classname="${classname}" time="0"`
  const body = [check.message, ...(check.locations ?? []).map(formatLocation)].join('\n')
  const articles = check.articles.length > 0 ? ` (${check.articles.join(', ')})` : ''
  switch (check.status) {
    case 'pass':
      return `${open} />`
    case 'skipped':
      return `${open}>\n      <skipped message="${escapeXml(check.message)}" />\n    </testcase>`
    case 'error':
      return `${open}>\n      <error message="${escapeXml(check.message + articles)}" type="error">${escapeXml(body)}</error>\n    </testcase>`
    default:
      return `${open}>\n      <failure message="${escapeXml(check.message + articles)}" type="${check.status}">${escapeXml(body)}</failure>\n    </testcase>`
  }
}

/** Renders a GateResult as a JUnit XML document. A gate error with no checks becomes one errored testcase. */
export function toJUnitXml(result: GateResult): string {
  const checks: Check[] =
    result.checks.length > 0
      ? result.checks
      : [
          {
            id: 'gate',
            title: 'gate ran',
            articles: [],
            status: 'error',
            message: result.error?.message ?? 'the gate produced no checks'
          }
        ]
  const failures = checks.filter(c => c.status === 'fail' || c.status === 'unknown').length
  const errors = checks.filter(c => c.status === 'error').length
  const skipped = checks.filter(c => c.status === 'skipped').length
  const attrs = `tests="${checks.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds(result)}"`
  const name = escapeXml(result.gate)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ai-act-gates" ${attrs}>`,
    `  <testsuite name="${name}" ${attrs} timestamp="${escapeXml(result.startedAt)}">`,
    '    <properties>',
    `      <property name="status" value="${result.status}" />`,
    `      <property name="version" value="${escapeXml(result.version)}" />`,
    '    </properties>',
    ...checks.map(c => testcase(result, c)),
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
