/**
 * Flags for an action, checked against its action.yml: `--name value`,
 * `--name=value`, a bare `--name` for true, and a repeated flag for a multi-line
 * input. Unknown and missing flags are errors that list what is accepted.
 */
import { GateError } from '@ai-act-gates/core'
import type { ActionSpec } from '@ai-act-gates/action-kit'

/** Options that are not action inputs. */
export interface CliOptions {
  json: boolean
  help: boolean
  quiet: boolean
}

/** Parsed command line for an action. */
export interface ParsedArgs {
  inputs: Record<string, string>
  options: CliOptions
}

const CLI_FLAGS = new Set(['json', 'help', 'quiet'])

/** Splits argv into `--flag value` pairs; values given more than once are joined by newlines. */
export function parseFlags(argv: string[]): { flags: Map<string, string[]>; positional: string[] } {
  const flags = new Map<string, string[]>()
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--')) {
      if (arg === '-h') flags.set('help', ['true'])
      else positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value: string
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i]!
    else value = 'true'
    flags.set(name, [...(flags.get(name) ?? []), value])
  }
  return { flags, positional }
}

/** Reads an action's inputs from flags, applying defaults from its action.yml. */
export function parseActionArgs(
  spec: ActionSpec,
  argv: string[],
  defaults: (value: string | undefined) => string | undefined
): ParsedArgs {
  const { flags, positional } = parseFlags(argv)
  const options: CliOptions = {
    json: flags.has('json'),
    help: flags.has('help'),
    quiet: flags.has('quiet')
  }
  if (options.help) return { inputs: {}, options }
  if (positional.length > 0) {
    throw new GateError('INPUT_INVALID', `unexpected argument '${positional[0]}'; inputs are given as --name value`, {
      hint: `Run: ai-act-gates ${spec.name} --help`
    })
  }
  const inputs: Record<string, string> = {}
  for (const [name, values] of flags) {
    if (CLI_FLAGS.has(name)) continue
    if (!(name in spec.inputs)) {
      throw new GateError('INPUT_INVALID', `unknown flag --${name} for ${spec.name}`, {
        field: name,
        hint: `Known flags: ${Object.keys(spec.inputs)
          .map(k => `--${k}`)
          .join(', ')}`
      })
    }
    inputs[name] = values.join('\n')
  }
  for (const [name, input] of Object.entries(spec.inputs)) {
    if (inputs[name] === undefined) {
      const d = defaults(input.default)
      if (d !== undefined) inputs[name] = d
    }
    if (input.required && (inputs[name] ?? '') === '') {
      throw new GateError('INPUT_MISSING', `--${name} is required: ${input.description}`, { field: name })
    }
  }
  return { inputs, options }
}
