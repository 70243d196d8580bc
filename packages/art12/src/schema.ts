/** Gate 2, schema completeness: every entry against the purpose-appropriate schema. */
import { makeCheck, type Check } from '@ai-act-gates/core'
import type { PassReport } from '@ai-act-gates/logs'
import { ARTICLES, MAX_LOCATIONS } from './checks.js'
import type { LoadedSchema } from './profiles.js'

/** The schema check of a pass; `violationsFile` names the JSON Lines file holding every violation. */
export function schemaChecks(
  report: PassReport,
  schema: LoadedSchema,
  violationsFile?: string
): { checks: Check[]; outputs: Record<string, string> } {
  const v = report.violations
  const first = v[0]
  const check = makeCheck(
    'schema-entries',
    `Every entry matches ${schema.profile ? `the ${schema.profile} profile` : schema.file}`,
    ARTICLES.schema,
    report.violationCount === 0 ? 'pass' : 'fail',
    report.violationCount === 0
      ? `${report.entries} entries match ${schema.file}`
      : `${report.violationCount} of ${report.entries} entries violate ${schema.file}; first: ${first!.file}:${first!.line}${first!.inputId ? ` [${first!.inputId}]` : ''} ${first!.errors[0]!.field}: ${first!.errors[0]!.message}`,
    {
      locations: v.slice(0, MAX_LOCATIONS).map(x => ({
        file: x.file,
        line: x.line,
        entryIndex: x.entryIndex,
        ...(x.inputId !== undefined ? { inputId: x.inputId } : {}),
        field: x.errors.map(e => `${e.field}: ${e.message}`).join('; ')
      })),
      evidence: {
        schema: schema.file,
        violations: report.violationCount,
        ...(violationsFile ? { allViolations: violationsFile } : {})
      }
    }
  )
  return { checks: [check], outputs: { 'schema-violations': String(report.violationCount) } }
}
