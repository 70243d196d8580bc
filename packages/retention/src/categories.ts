/**
 * Log categories. Seed 002 names them `inference_logs`, `decision_logs`, `error_logs`
 * and `model_version_logs`; inputs and policies may write `inference` or
 * `model-version`. All are compared in one normal form: lowercase, words joined by
 * `-`, a trailing "logs" dropped.
 */
import { GateError } from '@ai-act-gates/core'

/** The categories every run requires unless `log-types` says otherwise. */
export const DEFAULT_LOG_TYPES = ['inference', 'decision', 'error', 'model-version']

const NAME_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/

/** The normal form of a category name, or undefined when nothing is left. */
export function normalizeCategory(name: string): string | undefined {
  const words = name
    .trim()
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(w => w !== '')
  if (words.length > 1 && (words.at(-1) === 'logs' || words.at(-1) === 'log')) words.pop()
  const out = words.join('-')
  return NAME_RE.test(out) ? out : undefined
}

/** Normalizes a category or throws INPUT_INVALID / SCHEMA_VIOLATION naming where it came from. */
export function requireCategory(
  name: string,
  where: { input?: string; file?: string; line?: number; field?: string }
): string {
  const out = normalizeCategory(name)
  if (out !== undefined) return out
  const detail = `'${name}' is not a log category name (letters, digits, '-' or '_', starting with a letter)`
  if (where.input) throw new GateError('INPUT_INVALID', `input '${where.input}': ${detail}`, { field: where.input })
  throw new GateError('SCHEMA_VIOLATION', detail, {
    ...(where.file !== undefined ? { file: where.file } : {}),
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.field !== undefined ? { field: where.field } : {})
  })
}
