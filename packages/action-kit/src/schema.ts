/** Validation of GateResults against `schemas/gate-result.schema.json`. */
import { GateError, type GateResult } from '@ai-act-gates/core'
import { compileSchema, formatFieldPath, errorSegments } from '@ai-act-gates/config'
import schema from '../../../schemas/gate-result.schema.json' with { type: 'json' }

let validator: ReturnType<typeof compileSchema<GateResult>> | undefined

/**
 * Throws an INTERNAL GateError when a result does not match its schema: a gate that
 * cannot describe its own result has a bug, and the suite must not record it as valid.
 */
export function validateGateResult(result: unknown): asserts result is GateResult {
  // The schema ships with the suite and is checked against its meta-schema by the tests;
  // checking it again here would double the time this first call takes (~110 ms).
  validator ??= compileSchema<GateResult>(schema, undefined, { validateSchema: false })
  if (validator(result)) return
  const problems = (validator.errors ?? []).map(e => `${formatFieldPath(errorSegments(e))}: ${e.message}`)
  throw new GateError(
    'INTERNAL',
    `the gate produced a result that does not match gate-result.schema.json: ${problems.join('; ')}`
  )
}
