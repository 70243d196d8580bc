/**
 * SARIF 2.1.0 for code scanning: one rule per check, one result per location of a
 * check that did not pass. Only locations with a file become physical locations;
 * others are described in the message.
 */
import { TOOL_NAME, TOOL_URI, type Check, type GateResult, type Location } from '@ai-act-gates/core'
import { formatLocation } from './junit.js'

/** The SARIF log type, as far as this writer fills it. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: Array<Record<string, unknown>>
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

function level(check: Check): 'error' | 'warning' | 'note' | 'none' {
  switch (check.status) {
    case 'fail':
    case 'error':
      return 'error'
    case 'unknown':
      return 'warning'
    case 'skipped':
      return 'note'
    default:
      return 'none'
  }
}

function sarifResult(result: GateResult, check: Check, loc: Location | undefined): Record<string, unknown> {
  const where = loc === undefined ? '' : formatLocation(loc)
  const out: Record<string, unknown> = {
    ruleId: `${result.gate}/${check.id}`,
    level: level(check),
    kind: check.status === 'pass' ? 'pass' : 'fail',
    message: { text: where === '' ? check.message : `${check.message} (${where})` }
  }
  if (loc?.file !== undefined) {
    const region: Record<string, number> = {}
    if (loc.line !== undefined) region.startLine = loc.line
    if (loc.column !== undefined) region.startColumn = loc.column
    if (loc.endLine !== undefined) region.endLine = loc.endLine
    out.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: loc.file, uriBaseId: '%SRCROOT%' },
          ...(Object.keys(region).length > 0 ? { region } : {})
        }
      }
    ]
  }
  const props: Record<string, unknown> = {}
  if (loc?.entryIndex !== undefined) props.entryIndex = loc.entryIndex
  if (loc?.inputId !== undefined) props.inputId = loc.inputId
  if (loc?.field !== undefined) props.field = loc.field
  if (loc?.resource !== undefined) props.resource = loc.resource
  if (loc?.commit !== undefined) props.commit = loc.commit
  if (Object.keys(props).length > 0) out.properties = props
  return out
}

/** True when some check that did not pass points at a file: only then is SARIF useful. */
export function hasFileFindings(result: GateResult): boolean {
  return result.checks.some(c => c.status !== 'pass' && (c.locations ?? []).some(l => l.file !== undefined))
}

/** Renders a GateResult as a SARIF 2.1.0 log. */
export function toSarif(result: GateResult): SarifLog {
  const rules = result.checks.map(c => ({
    id: `${result.gate}/${c.id}`,
    name: c.id,
    shortDescription: { text: c.title },
    properties: { articles: c.articles, tags: ['eu-ai-act', ...c.articles] }
  }))
  const results = result.checks
    .filter(c => c.status !== 'pass')
    .flatMap(c => ((c.locations ?? []).length > 0 ? c.locations! : [undefined]).map(l => sarifResult(result, c, l)))
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: result.version,
            informationUri: TOOL_URI,
            rules
          }
        },
        automationDetails: { id: `${result.gate}/${result.run.runId ?? 'local'}` },
        invocations: [
          {
            executionSuccessful: result.status !== 'error',
            startTimeUtc: result.startedAt,
            endTimeUtc: result.finishedAt
          }
        ],
        results
      }
    ]
  }
}
