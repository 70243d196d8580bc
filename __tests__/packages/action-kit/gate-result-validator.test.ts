import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { validateGateResult } from '@ai-act-gates/action-kit'
import { compileSchema } from '@ai-act-gates/config'
import { mixedChecks, resultWith } from '../../helpers/results.js'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/gate-result.schema.json'), 'utf8'))

/** The generated validator's verdict: null when it accepts, else the message. */
function verdict(result: unknown): string | null {
  try {
    validateGateResult(result)
    return null
  } catch (error) {
    return (error as Error).message
  }
}

/** Results that break the schema in different places (and two that do not). */
function variants(): Array<{ name: string; result: Record<string, unknown> }> {
  const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(resultWith(mixedChecks())))
  const out: Array<{ name: string; result: Record<string, unknown> }> = [{ name: 'as built', result: base() }]
  const drop = base()
  delete drop.status
  out.push({ name: 'status missing', result: drop })
  const status = base()
  status.status = 'passed'
  out.push({ name: 'status not in the enum', result: status })
  const date = base()
  date.startedAt = '2026-02-30T10:00:00Z'
  out.push({ name: 'startedAt not a date-time', result: date })
  const extra = base()
  extra.surplus = true
  out.push({ name: 'a property the schema does not allow', result: extra })
  const check = base()
  ;(check.checks as Array<Record<string, unknown>>)[1]!.status = 7
  out.push({ name: 'a check status of the wrong type', result: check })
  const version = base()
  version.schemaVersion = 2
  out.push({ name: 'schemaVersion not 1', result: version })
  const offset = base()
  offset.finishedAt = '2026-11-22T10:00:00.5+01:00'
  out.push({ name: 'a date-time with an offset', result: offset })
  return out
}

describe('the generated gate-result validator', () => {
  test('gives the verdicts and errors of the schema compiled at run time', () => {
    const compiled = compileSchema(schema)
    let rejected = 0
    for (const { name, result } of variants()) {
      const expected = compiled(result)
      const got = verdict(result)
      expect({ name, valid: got === null }).toEqual({ name, valid: expected })
      if (!expected) {
        rejected++
        // The same errors, in the same words.
        for (const e of compiled.errors ?? []) expect(got).toContain(e.message!)
      }
    }
    // The variants above break it in six ways.
    expect(rejected).toBe(6)
  })

  test('names the field of each problem', () => {
    const result = JSON.parse(JSON.stringify(resultWith(mixedChecks())))
    result.checks[1].status = 7
    delete result.status
    const message = verdict(result)
    expect(message).toMatch(/^the gate produced a result that does not match gate-result\.schema\.json: /)
    expect(message).toContain('checks[1].status')
    expect(message).toContain("must have required property 'status'")
  })
})
