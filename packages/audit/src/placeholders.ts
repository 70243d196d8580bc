/**
 * Placeholders in gate inputs: `${report-dir}`, `${system-id}`, `${log-profile}` and
 * `${node}` (the Node.js executable running the suite, for commands such as
 * art12-log-gates' emission-command), replaced when the suite runs a gate. `$${` stands for a literal `${`. Glob braces
 * such as `*.{json,jsonl}` are left alone: only `${name}` is a placeholder.
 */
import { GateError } from '@ai-act-gates/core'

/** The placeholder names a gates file may use. */
export const PLACEHOLDERS = ['report-dir', 'system-id', 'log-profile', 'node'] as const

/** A placeholder name. */
export type Placeholder = (typeof PLACEHOLDERS)[number]

const PATTERN = /\$(\$?)\{([^}]*)\}/g

/** The placeholder names used in `text`, escaped ones left out. */
export function placeholdersIn(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(PATTERN)) if (m[1] === '') out.push(m[2]!.trim())
  return out
}

/** Replaces the placeholders in `text`; a known placeholder without a value is an error naming `field`. */
export function expandPlaceholders(
  text: string,
  values: Partial<Record<Placeholder, string>>,
  location: { file?: string; line?: number; field: string }
): string {
  return text.replace(PATTERN, (_m, escape: string, name: string) => {
    if (escape === '$') return `\${${name}}`
    const value = values[name.trim() as Placeholder]
    if (value === undefined) {
      throw new GateError('INPUT_INVALID', `placeholder \${${name}} has no value in this run`, {
        ...location,
        hint: name.trim() === 'log-profile' ? 'Set logProfile in the gates file' : undefined
      })
    }
    return value
  })
}
