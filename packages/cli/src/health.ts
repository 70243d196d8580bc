/**
 * `ai-act-gates health --records <folder|glob> [--otlp-endpoint URL]`: pipeline health
 * over a set of audit records, as Markdown with an SVG chart and, when asked, as
 * OpenTelemetry CI/CD traces and metrics over OTLP/HTTP.
 */
import { appendFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError } from '@ai-act-gates/core'
import { resolveInside, toPosixRelative, writeFileAtomic } from '@ai-act-gates/files'
import { computeHealth, exportOtlp, fetchRecords, healthMarkdown, healthSvg, readRecords } from '@ai-act-gates/health'
import { parseFlags } from './args.js'
import { EXIT, type CliIO } from './io.js'
import { freshReportDir } from './report-dir.js'

const HELP = `ai-act-gates health: success rate, duration, gate pass rates and queue wait over audit records

Usage: ai-act-gates health --records FOLDER|GLOB [--records ...] [options]
       ai-act-gates health --github-repository OWNER/NAME [options]

  --records X          a folder (every *audit-record.json below it) or a glob of records
  --github-repository R  also fetch the records uploaded as artifacts by R's runs (the
                       GitHub API at $GITHUB_API_URL; needs actions: read)
  --artifact-prefix P  artifact names to fetch (default: ai-act-gates-audit-record)
  --limit N            at most N artifacts, newest first (default: 100)
  --github-token TOK   token for the API (default: $GITHUB_TOKEN, then $GH_TOKEN)
  --out DIR            where health.md, health.svg and health.json go (default: a new
                       folder ai-act-gates-reports/health-<time>-<random>)
  --otlp-endpoint URL  also send OpenTelemetry CI/CD traces and metrics, OTLP/HTTP JSON,
                       to URL/v1/traces and URL/v1/metrics (such as http://localhost:4318)
  --otlp-header K=V    a header for the OTLP endpoint (repeatable), such as an API key
  --service-name NAME  service.name of the telemetry (default: ai-act-gates)
  --json               print the health figures as JSON

Exit codes: 0 the report was written (and sent), 2 a record is invalid (file, line and
field), none was found, or the OTLP endpoint refused the data.
`

const FLAGS = [
  'records',
  'github-repository',
  'artifact-prefix',
  'limit',
  'github-token',
  'out',
  'otlp-endpoint',
  'otlp-header',
  'service-name',
  'json',
  'help'
]

/** `ai-act-gates health`; returns the exit code. */
export async function runHealth(argv: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseFlags(argv)
  if (flags.has('help')) {
    io.stdout(HELP)
    return EXIT.pass
  }
  const unknown = [...flags.keys()].find(k => !FLAGS.includes(k)) ?? positional[0]
  if (unknown !== undefined) {
    io.stderr(`ai-act-gates health: unknown argument ${flags.has(unknown) ? `--${unknown}` : unknown}\n\n${HELP}`)
    return EXIT.error
  }
  try {
    const inputs = flags.get('records') ?? []
    const repository = flags.get('github-repository')?.at(-1)
    if (inputs.length === 0 && !repository) {
      throw new GateError(
        'INPUT_MISSING',
        '--records or --github-repository is required: where the audit records are',
        { field: 'records' }
      )
    }
    const loaded = inputs.length > 0 ? await readRecords(inputs, io.cwd) : []
    if (repository) {
      const limit = Number(flags.get('limit')?.at(-1) ?? '100')
      if (!Number.isInteger(limit) || limit < 1)
        throw new GateError('INPUT_INVALID', '--limit must be a whole number of at least 1', { field: 'limit' })
      loaded.push(
        ...(await fetchRecords({
          apiUrl: io.env.GITHUB_API_URL ?? 'https://api.github.com',
          token: flags.get('github-token')?.at(-1) ?? io.env.GITHUB_TOKEN ?? io.env.GH_TOKEN ?? '',
          repository,
          prefix: flags.get('artifact-prefix')?.at(-1) ?? 'ai-act-gates-audit-record',
          limit,
          record: () => undefined
        }))
      )
    }
    const records = loaded.map(l => l.record)
    const health = computeHealth(records)
    const out = await resolveInside(io.cwd, flags.get('out')?.at(-1) ?? freshReportDir().replace('/run-', '/health-'), {
      field: 'out'
    })
    const rel = toPosixRelative(io.cwd, out)
    await writeFileAtomic(path.join(out, 'health.svg'), healthSvg(health, records), {
      displayPath: `${rel}/health.svg`
    })
    const markdown = healthMarkdown(health, 'health.svg')
    await writeFileAtomic(path.join(out, 'health.md'), markdown, { displayPath: `${rel}/health.md` })
    await writeFileAtomic(path.join(out, 'health.json'), JSON.stringify(health, null, 2) + '\n', {
      displayPath: `${rel}/health.json`
    })
    const endpoint = flags.get('otlp-endpoint')?.at(-1)
    let sent = ''
    if (endpoint) {
      const headers: Record<string, string> = {}
      for (const h of flags.get('otlp-header') ?? []) {
        const eq = h.indexOf('=')
        if (eq < 1)
          throw new GateError('INPUT_INVALID', `--otlp-header '${h}' is not NAME=VALUE`, { field: 'otlp-header' })
        headers[h.slice(0, eq).trim()] = h.slice(eq + 1).trim()
      }
      const urls = await exportOtlp(endpoint, records, {
        serviceName: flags.get('service-name')?.at(-1) ?? 'ai-act-gates',
        headers
      })
      sent = `sent:      ${urls.traces}, ${urls.metrics}\n`
    }
    if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, markdown)
    if (flags.has('json')) io.stdout(JSON.stringify(health, null, 2) + '\n')
    else {
      io.stdout(
        `${health.runs} run(s), ${(health.successRate * 100).toFixed(1)}% passed; ${health.flagged.length} flagged for investigation\n` +
          `report:    ${rel}/health.md\nchart:     ${rel}/health.svg\n${sent}`
      )
    }
    return EXIT.pass
  } catch (error) {
    io.stderr(`ai-act-gates health: ${toGateError(error).message}\n`)
    return EXIT.error
  }
}
