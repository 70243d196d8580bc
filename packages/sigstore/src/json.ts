/** JSON reading with located syntax errors. */
import { parseJson } from '@ai-act-gates/canonical-json'

/**
 * Parses JSON text with `JSON.parse`; when that fails, the strict parser reports the
 * file, line and column of the first bad character as a PARSE_ERROR GateError.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    parseJson(text, { file })
    throw new Error('unreachable: JSON.parse rejected what the strict parser accepts')
  }
}
