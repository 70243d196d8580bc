/**
 * Raw inputs as strings (from `core.getInput` or from CLI flags) and the typed
 * readers that turn them into values. Every error names the input.
 */
import { GateError } from '@ai-act-gates/core'
import { splitList } from '@ai-act-gates/files'

/** Input values by kebab-case name, as the runner or the CLI delivers them. */
export class RawInputs {
  private readonly values: ReadonlyMap<string, string>

  constructor(values: Record<string, string | undefined>) {
    const map = new Map<string, string>()
    for (const [k, v] of Object.entries(values)) if (v !== undefined) map.set(k, v.trim())
    this.values = map
  }

  /** Every input with a non-empty value, for the record of what the gate ran with. */
  entries(): Array<[string, string]> {
    return [...this.values].filter(([, v]) => v !== '')
  }

  /** The value, or undefined when empty or absent. */
  optional(name: string): string | undefined {
    const v = this.values.get(name)
    return v === undefined || v === '' ? undefined : v
  }

  /** The value; an empty or absent input is INPUT_MISSING. */
  required(name: string, why?: string): string {
    const v = this.optional(name)
    if (v === undefined) {
      throw new GateError('INPUT_MISSING', `input '${name}' is required${why ? ` ${why}` : ''}`, { field: name })
    }
    return v
  }

  /** One of the allowed values. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const v = this.optional(name) ?? fallback
    if (v === undefined) return this.required(name) as T
    if (!(allowed as readonly string[]).includes(v)) {
      throw new GateError('INPUT_INVALID', `input '${name}' is '${v}'; use one of: ${allowed.join(', ')}`, {
        field: name
      })
    }
    return v as T
  }

  /** A newline- or comma-separated list; empty gives []. */
  list(name: string): string[] {
    const v = this.optional(name)
    return v === undefined ? [] : splitList(v)
  }

  /** A newline-separated list (commas are kept, for values that contain them). */
  lines(name: string): string[] {
    const v = this.optional(name)
    return v === undefined
      ? []
      : v
          .split(/\r?\n/)
          .map(s => s.trim())
          .filter(s => s !== '' && !s.startsWith('#'))
  }

  /** A YAML 1.2 boolean: true/True/TRUE or false/False/FALSE, as the Actions toolkit reads them. */
  boolean(name: string, fallback = false): boolean {
    const v = this.optional(name)
    if (v === undefined) return fallback
    if (['true', 'True', 'TRUE'].includes(v)) return true
    if (['false', 'False', 'FALSE'].includes(v)) return false
    throw new GateError('INPUT_INVALID', `input '${name}' is '${v}'; use true or false`, { field: name })
  }

  /** An integer within bounds. */
  integer(name: string, options: { min?: number; max?: number; fallback?: number } = {}): number | undefined {
    const v = this.optional(name)
    if (v === undefined) return options.fallback
    if (!/^-?\d+$/.test(v)) {
      throw new GateError('INPUT_INVALID', `input '${name}' is '${v}'; expected a whole number`, { field: name })
    }
    const n = Number(v)
    if (
      !Number.isSafeInteger(n) ||
      (options.min !== undefined && n < options.min) ||
      (options.max !== undefined && n > options.max)
    ) {
      const range = [
        options.min !== undefined ? `at least ${options.min}` : '',
        options.max !== undefined ? `at most ${options.max}` : ''
      ]
        .filter(Boolean)
        .join(' and ')
      throw new GateError('INPUT_INVALID', `input '${name}' is ${v}; it must be ${range || 'a safe integer'}`, {
        field: name
      })
    }
    return n
  }
}
