/** Help texts, built from the action specs and the command list. */
import type { ActionSpec } from '@ai-act-gates/action-kit'
import { VERSION } from '@ai-act-gates/core'
import type { Command } from './commands.js'

function wrap(text: string, indent: number, width = 88): string {
  const words = text.split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  for (const w of words) {
    if (line !== '' && indent + line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line === '' ? w : `${line} ${w}`
  }
  if (line !== '') lines.push(line)
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l)).join('\n')
}

/** `ai-act-gates --help`. */
export function toolHelp(specs: Record<string, ActionSpec>, commands: Command[]): string {
  const names = [...Object.keys(specs), ...commands.map(c => c.name)]
  const pad = Math.max(...names.map(n => n.length)) + 4
  const lines = [
    `ai-act-gates ${VERSION}: EU AI Act record-keeping and pipeline-integrity gates`,
    '',
    'Usage:',
    '  ai-act-gates <action> [--<input> <value> ...] [--json]',
    '  ai-act-gates <command> [options]',
    '',
    'Actions (the same gates as the GitHub Actions, with the same inputs):'
  ]
  for (const spec of Object.values(specs)) {
    lines.push(`  ${spec.name.padEnd(pad)}${wrap(spec.description, pad + 2)}`)
  }
  lines.push('', 'Commands:')
  for (const c of commands) lines.push(`  ${c.name.padEnd(pad)}${wrap(c.summary, pad + 2)}`)
  lines.push(
    '',
    'Options:',
    '  --json      print the GateResult as JSON on stdout',
    '  --quiet     print nothing but errors',
    '  --help      help for the tool or for one action or command',
    '  --version   print the version',
    '',
    'Exit codes: 0 pass, 1 the gate failed, 2 the gate could not run (bad input or configuration).',
    ''
  )
  return lines.join('\n')
}

/** `ai-act-gates <action> --help`. */
export function actionHelp(spec: ActionSpec): string {
  const lines = [
    `ai-act-gates ${spec.name}: ${spec.description}`,
    '',
    `Usage: ai-act-gates ${spec.name} [flags] [--json]`,
    '',
    'Flags:'
  ]
  const pad = Math.max(...Object.keys(spec.inputs).map(n => n.length)) + 6
  for (const [name, input] of Object.entries(spec.inputs)) {
    const extra = [input.required ? '(required)' : '', input.default ? `(default: ${input.default})` : '']
      .filter(Boolean)
      .join(' ')
    lines.push(`  --${name.padEnd(pad - 2)}${wrap(`${input.description} ${extra}`.trim(), pad + 2)}`)
  }
  lines.push('', 'Outputs (in the GateResult, under "outputs"):')
  for (const [name, output] of Object.entries(spec.outputs)) {
    lines.push(`  ${name.padEnd(pad)}${wrap(output.description, pad + 2)}`)
  }
  lines.push('', 'Exit codes: 0 pass, 1 the gate failed, 2 the gate could not run.', '')
  return lines.join('\n')
}
