/**
 * Paths inside the workspace. Every path the suite reads is resolved against the
 * workspace and must stay inside it, lexically and after following symlinks.
 */
import { realpath } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, toGateError } from '@ai-act-gates/core'

/** The path as POSIX text relative to `root` (for manifests and reports). */
export function toPosixRelative(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/')
}

/** True when `child` is `parent` or lies below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

/**
 * Resolves `input` against `workspace` and checks that it stays inside, first as
 * written and then with symlinks followed. Returns the absolute path as written
 * (not the symlink target). `field` names the input in errors.
 */
export async function resolveInside(
  workspace: string,
  input: string,
  options: { field?: string; mustExist?: boolean } = {}
): Promise<string> {
  const absolute = path.resolve(workspace, input)
  const field = options.field === undefined ? {} : { field: options.field }
  if (!isInside(workspace, absolute)) {
    throw new GateError('PATH_OUTSIDE_WORKSPACE', `path '${input}' is outside the workspace ${workspace}`, {
      ...field,
      hint: 'Give a path inside the workspace'
    })
  }
  let real: string
  try {
    real = await realpath(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !options.mustExist) return absolute
    throw toGateError(error, input)
  }
  const realWorkspace = await realpath(workspace)
  if (!isInside(realWorkspace, real)) {
    throw new GateError(
      'SYMLINK_OUTSIDE_WORKSPACE',
      `'${input}' is a symlink that leads outside the workspace, to ${real}`,
      {
        ...field,
        file: input
      }
    )
  }
  return absolute
}
