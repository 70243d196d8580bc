/**
 * `ai-act-gates`: the command-line front door. `<action> --flags` runs the same gate
 * the GitHub Action runs, with the inputs of its action.yml; other words select
 * commands such as `canonicalize`.
 */
import * as path from 'node:path'
import {
  actionSpecs,
  executeGate,
  localDefault,
  REPORT_DIR_INPUT,
  type AnyGateDefinition
} from '@ai-act-gates/action-kit'
import { toGateError, VERSION, type GateResult } from '@ai-act-gates/core'
import { toAnnotations, toText, toWorkflowCommand, writeReports } from '@ai-act-gates/report'
import { parseActionArgs } from './args.js'
import { COMMANDS } from './commands.js'
import { actionHelp, toolHelp } from './help.js'
import { EXIT, type CliIO } from './io.js'
import { GATES, hasGate } from './registry.js'

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const specs = actionSpecs()
  const [word, ...rest] = argv
  if (word === undefined || word === '--help' || word === '-h' || word === 'help') {
    io.stdout(toolHelp(specs, COMMANDS))
    return word === undefined ? EXIT.error : EXIT.pass
  }
  if (word === '--version' || word === '-v') {
    io.stdout(`${VERSION}\n`)
    return EXIT.pass
  }
  const command = COMMANDS.find(c => c.name === word)
  if (command) return command.run(rest, io)
  if (!specs[word] || !hasGate(word)) {
    io.stderr(`ai-act-gates: unknown action or command '${word}'\n\n${toolHelp(specs, COMMANDS)}`)
    return EXIT.error
  }
  return runGateCommand(word, rest, io)
}

async function runGateCommand(name: string, argv: string[], io: CliIO): Promise<number> {
  const spec = actionSpecs()[name]!
  let parsed
  try {
    parsed = parseActionArgs(spec, argv, d => localDefault(d, io.env, io.cwd))
  } catch (error) {
    io.stderr(`ai-act-gates ${name}: ${toGateError(error).message}\n`)
    return EXIT.error
  }
  if (parsed.options.help) {
    io.stdout(actionHelp(spec))
    return EXIT.pass
  }
  let gate: AnyGateDefinition
  try {
    gate = await GATES[name]!()
  } catch (error) {
    io.stderr(`ai-act-gates ${name}: could not load the gate: ${toGateError(error).message}\n`)
    return EXIT.error
  }
  const result = await executeGate(gate, parsed.inputs, {
    workspace: io.cwd,
    env: io.env,
    log: {
      info: m => (parsed.options.quiet ? undefined : io.stderr(`${m}\n`)),
      warning: m => io.stderr(`warning: ${m}\n`),
      debug: m => (io.env.AI_ACT_GATES_DEBUG ? io.stderr(`debug: ${m}\n`) : undefined)
    }
  })
  const reportDir = parsed.inputs[REPORT_DIR_INPUT]
  if (reportDir) {
    try {
      await writeReports(result, path.resolve(io.cwd, reportDir))
    } catch (error) {
      io.stderr(`ai-act-gates ${name}: could not write reports: ${toGateError(error).message}\n`)
      return EXIT.error
    }
  }
  report(result, parsed.options, io)
  return EXIT[result.status]
}

function report(result: GateResult, options: { json: boolean; quiet: boolean }, io: CliIO): void {
  if (options.json) io.stdout(JSON.stringify(result, null, 2) + '\n')
  else if (!options.quiet || result.status !== 'pass') io.stdout(toText(result))
  if (io.env.GITHUB_ACTIONS === 'true' && !options.json) {
    for (const a of toAnnotations(result)) io.stdout(toWorkflowCommand(a) + '\n')
  }
}
