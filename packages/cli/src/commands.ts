/** Commands of the CLI that are not actions. */
import type { CliIO } from './io.js'
import { canonicalizeCommand } from './canonicalize.js'
import { healthCommand } from './health.js'
import { planCommand, runCommand } from './run.js'

/** A CLI command. */
export interface Command {
  /** The word that selects it. */
  name: string
  /** One line for `--help`. */
  summary: string
  /** Full help text. */
  help: string
  /** Runs it; returns the exit code. */
  run(argv: string[], io: CliIO): Promise<number>
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [runCommand, planCommand, healthCommand, canonicalizeCommand]
