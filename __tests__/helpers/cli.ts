/** Runs the CLI in-process (fast, for most tests) or as the built bundle (end to end). */
import { spawn } from 'node:child_process'
import { main, type CliIO } from '@ai-act-gates/cli'
import { DIST_CLI } from './paths.js'

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs `ai-act-gates <argv>` in this process with captured streams. */
export async function runCli(
  argv: string[],
  options: { cwd: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv }
): Promise<CliRun> {
  const out: Buffer[] = []
  let stderr = ''
  const io: CliIO = {
    stdout: t => void out.push(Buffer.from(t)),
    stderr: t => void (stderr += t),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    env: options.env ?? { PATH: process.env.PATH },
    cwd: options.cwd
  }
  const code = await main(argv, io)
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr }
}

/** Runs the built `dist/cli/index.js` with the Node running the tests. */
export function runDistCli(
  argv: string[],
  options: { cwd: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv }
): Promise<CliRun & { stdoutBytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST_CLI, ...argv], {
      cwd: options.cwd,
      env: options.env ?? { PATH: process.env.PATH },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', code => {
      const stdoutBytes = Buffer.concat(out)
      resolve({ code: code ?? -1, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes })
    })
    child.stdin.end(options.stdin ?? '')
  })
}
