/** Temporary directories that tests create and remove. */
import { mkdtemp, rm, mkdir, writeFile } from 'node:fs/promises'
import { realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

/** Creates a fresh temporary directory (real path, no symlinks). */
export async function makeTempDir(prefix = 'aag-'): Promise<string> {
  return realpathSync(await mkdtemp(path.join(tmpdir(), prefix)))
}

/** Removes a directory tree. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** Writes files given as `{ 'relative/path': content }` under `root`. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
  }
}
