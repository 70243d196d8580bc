/**
 * A git bundle as the repository to verify: what an auditor is often handed instead of
 * access to the repository. The bundle's refs are fetched into a temporary bare
 * repository (the bundle itself is only read) and verified there exactly like a checkout.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GateError } from '@ai-act-gates/core'
import { runProcess } from './git.js'

/** A repository directory to verify, and how to clean up after. */
export interface OpenedRepository {
  /** Directory git runs in. */
  dir: string
  /** Set when the input was a bundle. */
  bundle?: string
  /** Removes whatever was created. */
  close(): Promise<void>
}

/** True when `p` is a file (a bundle) rather than a directory (a repository). */
async function isFile(p: string): Promise<boolean> {
  return (await stat(p)).isFile()
}

/**
 * Opens `repositoryPath`: a directory is used as it is; a file must be a git bundle
 * (checked with `git bundle verify`) whose refs are fetched into a temporary bare
 * repository.
 */
export async function openRepository(
  repositoryPath: string,
  display: string,
  options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; record?: (command: string, code: number) => void } = {}
): Promise<OpenedRepository> {
  if (!(await isFile(repositoryPath))) return { dir: repositoryPath, close: async () => undefined }
  const env = { ...(options.env ?? process.env), LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' }
  const run = async (args: string[], cwd: string) => {
    const r = await runProcess('git', args, { cwd, env, ...(options.signal ? { signal: options.signal } : {}) })
    options.record?.(`git ${args[0]} ${args[1] ?? ''}`.trim(), r.code)
    return r
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'aag-bundle-'))
  const repo = path.join(dir, 'repo.git')
  try {
    const init = await run(['init', '--bare', '--quiet', repo], dir)
    if (init.code !== 0) throw new GateError('TOOL_FAILED', `git init failed: ${init.stderr.trim()}`)
    const verify = await run(['bundle', 'verify', '--quiet', repositoryPath], repo)
    if (verify.code !== 0) {
      throw new GateError('PARSE_ERROR', `not a git bundle git can read: ${verify.stderr.trim().split('\n')[0]}`, {
        file: display,
        field: 'repository-path'
      })
    }
    const fetch = await run(['fetch', '--quiet', '--no-tags', repositoryPath, 'refs/*:refs/*'], repo)
    if (fetch.code !== 0) {
      throw new GateError('TOOL_FAILED', `git could not read the bundle: ${fetch.stderr.trim()}`, {
        file: display,
        field: 'repository-path'
      })
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    dir: repo,
    bundle: display,
    close: () => rm(dir, { recursive: true, force: true })
  }
}
