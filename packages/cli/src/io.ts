/** The CLI's view of the process, so tests can run it in-process. */

/** Streams and environment of one CLI invocation. */
export interface CliIO {
  /** Writes to standard output. */
  stdout(text: string | Uint8Array): void
  /** Writes to standard error. */
  stderr(text: string): void
  /** Reads all of standard input. */
  readStdin(): Promise<Buffer>
  /** Environment variables. */
  env: NodeJS.ProcessEnv
  /** Working directory; the workspace for gates. */
  cwd: string
}

/** The real process. */
export function processIO(): CliIO {
  return {
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks)
    },
    env: process.env,
    cwd: process.cwd()
  }
}

/** Exit codes: 0 pass, 1 the gate failed, 2 the gate could not run. */
export const EXIT = { pass: 0, fail: 1, error: 2 } as const
