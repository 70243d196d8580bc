/**
 * Running git (and the tools git runs) as child processes. The user's repository and
 * configuration are never changed: settings travel as `git -c` and environment
 * variables, and every command's output is read, never left behind.
 */
import { spawn } from 'node:child_process'
import { GateError } from '@ai-act-gates/core'

/** A finished process. */
export interface ProcessResult {
  /** Exit code; -1 when the process was killed. */
  code: number
  /** Standard output, as bytes. */
  stdout: Buffer
  /** Standard error, as text. */
  stderr: string
}

/** Options for {@link runProcess}. */
export interface ProcessOptions {
  /** Working directory. */
  cwd?: string
  /** Environment; defaults to this process's. */
  env?: NodeJS.ProcessEnv
  /** Bytes for standard input. */
  input?: string | Buffer
  /** Cancellation. */
  signal?: AbortSignal
  /** Kill the process after this many milliseconds. Defaults to {@link PROCESS_TIMEOUT_MS}. */
  timeoutMs?: number
}

/** A git command that runs longer than this is stopped and reported as a timeout. */
export const PROCESS_TIMEOUT_MS = 10 * 60 * 1000

/** Runs a program and collects its output; a program that cannot start is TOOL_MISSING. */
export function runProcess(program: string, args: string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      signal: options.signal
    })
    const out: Buffer[] = []
    let err = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs ?? PROCESS_TIMEOUT_MS)
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')))
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      if (error.code === 'ENOENT') {
        reject(
          new GateError('TOOL_MISSING', `${program} is not installed or not on the PATH`, {
            hint: `Install ${program} on the runner`,
            cause: error
          })
        )
      } else reject(error)
    })
    child.on('close', code => {
      clearTimeout(timer)
      if (timedOut) {
        reject(
          new GateError(
            'TIMEOUT',
            `${program} ${args[0] ?? ''} did not finish in ${options.timeoutMs ?? PROCESS_TIMEOUT_MS} ms`
          )
        )
        return
      }
      resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err })
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Records a command that ran, for the GateResult's resources. */
export type CommandRecorder = (command: string, code: number) => void

/** git bound to one repository, with fixed `-c` settings and environment. */
export class Git {
  constructor(
    /** The repository's directory (work tree or bare). */
    readonly dir: string,
    private readonly options: {
      env?: NodeJS.ProcessEnv
      config?: Record<string, string>
      signal?: AbortSignal
      record?: CommandRecorder
    } = {}
  ) {}

  /** A copy with more `-c` settings and environment variables. */
  with(config: Record<string, string>, env: NodeJS.ProcessEnv = {}): Git {
    return new Git(this.dir, {
      ...this.options,
      config: { ...this.options.config, ...config },
      env: { ...(this.options.env ?? process.env), ...env }
    })
  }

  /** Runs `git <args>`; returns the result whatever the exit code. */
  async run(args: string[], input?: string | Buffer): Promise<ProcessResult> {
    const config = Object.entries(this.options.config ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`])
    const env = { ...(this.options.env ?? process.env), LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }
    const result = await runProcess('git', [...config, ...args], {
      cwd: this.dir,
      env,
      ...(input === undefined ? {} : { input }),
      ...(this.options.signal ? { signal: this.options.signal } : {})
    })
    this.options.record?.(`git ${args.filter(a => !a.startsWith('--format=')).join(' ')}`, result.code)
    return result
  }

  /** Runs `git <args>` and returns stdout as text; a non-zero exit is TOOL_FAILED with git's message. */
  async text(args: string[], input?: string | Buffer): Promise<string> {
    const r = await this.run(args, input)
    if (r.code !== 0) {
      throw new GateError('TOOL_FAILED', `git ${args[0]} failed in ${this.dir}: ${firstLines(r.stderr)}`)
    }
    return r.stdout.toString('utf8')
  }

  /** The full object id of `rev` as a commit, or undefined when the repository does not have it. */
  async resolveCommit(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined
  }
}

/** The first lines of a tool's message, for error texts. */
export function firstLines(text: string, lines = 3): string {
  const kept = text
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l !== '')
  return kept.slice(0, lines).join(' / ') || '(no message)'
}
