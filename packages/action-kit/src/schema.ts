/**
 * Validation of GateResults against `schemas/gate-result.schema.json`, with the code ajv
 * generates for it at build time (scripts/gate-result-validator.ts): compiling the
 * schema at run time cost about 35 ms at the end of every gate run.
 */
import type { ErrorObject } from 'ajv'
import { GateError, type GateResult } from '@ai-act-gates/core'
import { formatFieldPath, errorSegments } from '@ai-act-gates/config'
import generated from './gate-result.validate.generated.js'

/** The generated validator: true or false, with ajv's errors on the function after a false. */
const validator = generated as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }

/**
 * Throws an INTERNAL GateError when a result does not match its schema: a gate that
 * cannot describe its own result has a bug, and the suite must not record it as valid.
 */
export function validateGateResult(result: unknown): asserts result is GateResult {
  if (validator(result)) return
  const problems = (validator.errors ?? []).map(e => `${formatFieldPath(errorSegments(e))}: ${e.message}`)
  throw new GateError(
    'INTERNAL',
    `the gate produced a result that does not match gate-result.schema.json: ${problems.join('; ')}`
  )
}
