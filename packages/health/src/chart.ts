/**
 * The health chart as SVG, drawn by hand (no fonts or scripts to fetch): run
 * durations over time coloured by the record's status, and the pass rate of each gate
 * with its missing runs marked. Self-contained, so a browser, rsvg-convert or a
 * Markdown viewer shows it as it is.
 */
import type { PipelineAuditRecord } from '@ai-act-gates/audit'
import { escapeXml } from '@ai-act-gates/report'
import { runSeconds, type PipelineHealth } from './stats.js'

const COLOUR = {
  pass: '#2da44e',
  fail: '#cf222e',
  error: '#7d1a1a',
  missing: '#8c959f',
  grid: '#d0d7de',
  text: '#24292f'
}
const WIDTH = 760
const FONT = 'font-family="DejaVu Sans, Arial, sans-serif"'

function text(x: number, y: number, body: string, extra = '', size = 12): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT} font-size="${size}" fill="${COLOUR.text}" ${extra}>${escapeXml(body)}</text>`
}

function niceMax(value: number): number {
  if (value <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  return [1, 2, 5, 10].map(m => m * magnitude).find(m => m >= value)!
}

/** Durations per run, left to right in time. */
function durationPanel(records: PipelineAuditRecord[], top: number): { svg: string[]; height: number } {
  const height = 220
  const left = 60
  const right = WIDTH - 20
  const plotTop = top + 30
  const plotBottom = top + height - 30
  const runs = [...records].sort((a, b) => a.pipeline.startedAt.localeCompare(b.pipeline.startedAt))
  const max = niceMax(Math.max(0, ...runs.map(runSeconds)))
  const svg = [text(left, top + 16, 'Run duration (s), by record status', 'font-weight="bold"')]
  for (let i = 0; i <= 4; i++) {
    const y = plotBottom - ((plotBottom - plotTop) * i) / 4
    svg.push(
      `<line x1="${left}" y1="${y.toFixed(1)}" x2="${right}" y2="${y.toFixed(1)}" stroke="${COLOUR.grid}" stroke-width="1"/>`
    )
    svg.push(text(left - 8, y + 4, String(Number(((max * i) / 4).toPrecision(3))), 'text-anchor="end"'))
  }
  const slot = runs.length === 0 ? 0 : (right - left) / runs.length
  const bar = Math.max(2, Math.min(40, slot * 0.7))
  runs.forEach((r, i) => {
    const h = ((plotBottom - plotTop) * runSeconds(r)) / max
    const x = left + slot * i + (slot - bar) / 2
    svg.push(
      `<rect x="${x.toFixed(1)}" y="${(plotBottom - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${Math.max(1, h).toFixed(1)}" fill="${COLOUR[r.status]}"><title>${escapeXml(`${r.recordedAt}: ${r.status}, ${runSeconds(r).toFixed(1)} s`)}</title></rect>`
    )
  })
  if (runs.length > 0) {
    svg.push(text(left, plotBottom + 18, runs[0]!.pipeline.startedAt.slice(0, 10)))
    svg.push(text(right, plotBottom + 18, runs[runs.length - 1]!.pipeline.startedAt.slice(0, 10), 'text-anchor="end"'))
  }
  const legend: Array<[string, string]> = [
    ['pass', COLOUR.pass],
    ['fail', COLOUR.fail],
    ['error', COLOUR.error]
  ]
  legend.forEach(([label, colour], i) => {
    const x = right - 200 + i * 70
    svg.push(`<rect x="${x}" y="${top + 6}" width="12" height="12" fill="${colour}"/>`, text(x + 16, top + 16, label))
  })
  return { svg, height }
}

/** Pass rate per gate, one horizontal bar each. */
function gatePanel(health: PipelineHealth, top: number): { svg: string[]; height: number } {
  const row = 24
  const left = 200
  const right = WIDTH - 70
  const height = 40 + row * Math.max(1, health.gates.length)
  const svg = [
    text(20, top + 16, 'Gate pass rate (passed / expected runs); grey: skipped or never ran', 'font-weight="bold"')
  ]
  health.gates.forEach((g, i) => {
    const y = top + 30 + row * i
    const width = right - left
    const pass = width * (g.expected === 0 ? 0 : g.passed / g.expected)
    const fail = width * (g.expected === 0 ? 0 : (g.failed + g.errored) / g.expected)
    const missing = width * (g.expected === 0 ? 0 : g.missing / g.expected)
    svg.push(text(left - 8, y + 14, g.id, 'text-anchor="end"'))
    svg.push(`<rect x="${left}" y="${y + 3}" width="${width}" height="16" fill="none" stroke="${COLOUR.grid}"/>`)
    svg.push(`<rect x="${left}" y="${y + 3}" width="${pass.toFixed(1)}" height="16" fill="${COLOUR.pass}"/>`)
    svg.push(
      `<rect x="${(left + pass).toFixed(1)}" y="${y + 3}" width="${fail.toFixed(1)}" height="16" fill="${COLOUR.fail}"/>`
    )
    svg.push(
      `<rect x="${(left + pass + fail).toFixed(1)}" y="${y + 3}" width="${missing.toFixed(1)}" height="16" fill="${COLOUR.missing}"/>`
    )
    svg.push(text(right + 8, y + 14, `${Math.round(g.passRate * 100)}%`))
  })
  return { svg, height }
}

/** The chart. */
export function healthSvg(health: PipelineHealth, records: PipelineAuditRecord[]): string {
  const head = 62
  const durations = durationPanel(records, head)
  const gates = gatePanel(health, head + durations.height)
  const total = head + durations.height + gates.height + 10
  const pct = Math.round(health.successRate * 100)
  const p95 = health.durationSeconds.p95 === undefined ? 'n/a' : `${health.durationSeconds.p95.toFixed(1)} s`
  const wait = health.queueWaitSeconds.p95 === undefined ? 'n/a' : `${health.queueWaitSeconds.p95.toFixed(1)} s`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${total}" viewBox="0 0 ${WIDTH} ${total}" role="img" aria-label="Pipeline health">`,
    `<rect width="${WIDTH}" height="${total}" fill="#ffffff"/>`,
    text(20, 26, `Pipeline health: ${health.runs} run(s), ${pct}% passed their audit record`, 'font-weight="bold"', 15),
    text(20, 46, `run duration p95 ${p95} · job queue wait p95 ${wait} · queue depth up to ${health.maxQueueDepth}`),
    ...durations.svg,
    ...gates.svg,
    '</svg>',
    ''
  ].join('\n')
}
