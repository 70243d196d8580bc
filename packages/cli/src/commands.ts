/**
 * Commands of the CLI that are not actions. Their words and help lines live here; the
 * code of each is imported only when it runs, so `--help`, `--version` and a gate run
 * load none of it.
 */
import type { CliIO } from './io.js'

/** A CLI command. */
export interface Command {
  /** The word that selects it. */
  name: string
  /** One line for `--help`. */
  summary: string
  /** Runs it (its `--help` prints the full help text); returns the exit code. */
  run(argv: string[], io: CliIO): Promise<number>
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Command[] = [
  {
    name: 'run',
    summary: 'run every gate of a gates file in order and write the signed pipeline audit record and a readable report',
    run: async (argv, io) => (await import('./run.js')).runRun(argv, io)
  },
  {
    name: 'plan',
    summary: 'validate a gates file and print which action jobs of the reusable workflow it needs',
    run: async (argv, io) => (await import('./run.js')).runPlan(argv, io)
  },
  {
    name: 'health',
    summary:
      'pipeline health over audit records: success rate, durations, gate pass rates, queue wait; SVG chart and OTLP export',
    run: async (argv, io) => (await import('./health.js')).runHealth(argv, io)
  },
  {
    name: 'canonicalize',
    summary: 'print the canonical bytes (python-json or RFC 8785 jcs) of one JSON document from stdin',
    run: async (argv, io) => (await import('./canonicalize.js')).runCanonicalize(argv, io)
  }
]
