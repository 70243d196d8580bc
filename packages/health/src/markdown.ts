/** The health report in Markdown, with the SVG chart beside it. */
import { escapeCell } from '@ai-act-gates/report'
import type { Distribution, PipelineHealth } from './stats.js'

function s(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(1)} s`
}

function row(name: string, d: Distribution): string {
  return `| ${name} | ${d.count} | ${s(d.p50)} | ${s(d.p90)} | ${s(d.p95)} | ${s(d.max)} |`
}

/** Renders the health summary; `chart` is the SVG's path relative to the Markdown file. */
export function healthMarkdown(h: PipelineHealth, chart: string): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
  const lines = [
    '# Pipeline health',
    '',
    `${h.runs} run(s)${h.from ? ` from ${h.from} to ${h.to}` : ''}: **${pct(h.successRate)}** passed their audit record (${h.byStatus.pass} pass, ${h.byStatus.fail} fail, ${h.byStatus.error} error).`,
    '',
    `![Pipeline health](${chart})`,
    '',
    '## Duration and queue',
    '',
    '| measure | count | p50 | p90 | p95 | max |',
    '|---|---|---|---|---|---|',
    row('run duration (start to record)', h.durationSeconds),
    row('job queue wait (created to started)', h.queueWaitSeconds),
    '',
    `Queue depth: at most ${h.maxQueueDepth} job(s) waited for a runner at the same time.`,
    '',
    '## Gate pass rates',
    '',
    '| gate | action | expected | passed | failed | error | skipped or missing | pass rate |',
    '|---|---|---|---|---|---|---|---|'
  ]
  for (const g of h.gates)
    lines.push(
      `| ${escapeCell(g.id)} | \`${g.uses}\` | ${g.expected} | ${g.passed} | ${g.failed} | ${g.errored} | ${g.missing} | ${pct(g.passRate)} |`
    )
  lines.push('', '## Runs flagged for investigation', '')
  if (h.flagged.length === 0) lines.push('None: every run ran every expected gate, in order, and passed.')
  for (const f of h.flagged) lines.push(`- ${escapeCell(f.run)} (${f.recordedAt}): ${f.status}: ${f.checks.join(', ')}`)
  return lines.join('\n') + '\n'
}
