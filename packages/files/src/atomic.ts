/**
 * Atomic output: write to a temporary file beside the target, flush it, then move
 * it into place. By default an existing file is never replaced: the final step is a
 * hard link, which fails if the target exists, so two writers cannot both win.
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, open, rename, unlink } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError } from '@ai-act-gates/core'

/** Options for {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** Replace an existing file. Defaults to false: an existing target is an error. */
  overwrite?: boolean
  /** Path to name in errors. Defaults to the target path. */
  displayPath?: string
  /** File mode. Defaults to 0o644. */
  mode?: number
}

/**
 * Writes `data` to `target` atomically, creating parent directories. An array of
 * buffers is written one after another (large outputs need no joined copy).
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array | readonly Uint8Array[],
  options: AtomicWriteOptions = {}
): Promise<void> {
  const display = options.displayPath ?? target
  const dir = path.dirname(target)
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(dir, { recursive: true })
    const handle = await open(tmp, 'wx', options.mode ?? 0o644)
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
      else for (const part of data) await handle.writeFile(part)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.overwrite) {
      await rename(tmp, target)
      return
    }
    try {
      await link(tmp, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new GateError('FILE_EXISTS', 'already exists and will not be overwritten', {
          file: display,
          hint: 'Choose a new output path or remove the old file yourself'
        })
      }
      throw error
    }
    await unlink(tmp)
  } catch (error) {
    await unlink(tmp).catch(() => undefined)
    throw toGateError(error, display)
  }
}
