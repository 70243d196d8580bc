/**
 * Glob expansion for inputs such as `paths` and `logs`: newline- or comma-separated
 * patterns, `!pattern` to exclude, every positive pattern must match at least one
 * file, and every match must stay inside the workspace.
 */
import { realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { glob } from 'tinyglobby'
import { GateError, toGateError } from '@ai-act-gates/core'
import { isInside, toPosixRelative } from './paths.js'

/** A file matched by a glob. */
export interface MatchedFile {
  /** Absolute path as matched (a symlink is not replaced by its target). */
  absolute: string
  /** POSIX path relative to the workspace. */
  relative: string
  /** The pattern that matched it first. */
  pattern: string
}

/** Options for {@link expandGlobs}. */
export interface ExpandOptions {
  /** The workspace root; patterns are relative to it. */
  workspace: string
  /** Input name for error messages. */
  field: string
  /** Absolute paths never to return (the manifest being written, the report directory). */
  exclude?: string[]
  /** Match dot files. Defaults to true: evidence in `.something/` is still evidence. */
  dot?: boolean
  /** Return zero matches for a pattern without an error. Defaults to false. */
  allowEmpty?: boolean
}

/** Splits an input list on newlines and commas, trimming and dropping blanks and `#` comments. */
export function splitList(value: string): string[] {
  return value
    .split(/\r?\n|,/)
    .map(s => s.trim())
    .filter(s => s !== '' && !s.startsWith('#'))
}

/**
 * Expands patterns into files, sorted by relative path (byte order) so results are
 * reproducible. Throws GLOB_NO_MATCH for a positive pattern with no match,
 * PATH_OUTSIDE_WORKSPACE for a pattern that climbs out, and
 * SYMLINK_OUTSIDE_WORKSPACE for a match whose target lies outside.
 */
export async function expandGlobs(patterns: string[], options: ExpandOptions): Promise<MatchedFile[]> {
  const { workspace, field } = options
  const positive = patterns.filter(p => !p.startsWith('!'))
  const negative = patterns.filter(p => p.startsWith('!')).map(p => p.slice(1))
  if (positive.length === 0) {
    throw new GateError('INPUT_MISSING', 'no file patterns given', { field })
  }
  const realWorkspace = await realpath(workspace).catch((e: unknown) => {
    throw toGateError(e, workspace)
  })
  const excluded = new Set((options.exclude ?? []).map(p => path.resolve(p)))
  const seen = new Map<string, MatchedFile>()
  for (const pattern of positive) {
    const normalized = pattern.replace(/\\/g, '/')
    const absolutePattern = path.resolve(workspace, normalized)
    if (!isInside(workspace, absolutePattern.replace(/[*?[{].*$/, '')) || normalized.split('/').includes('..')) {
      throw new GateError('PATH_OUTSIDE_WORKSPACE', `pattern '${pattern}' reaches outside the workspace`, { field })
    }
    const relPattern = path.isAbsolute(normalized) ? toPosixRelative(workspace, normalized) : normalized
    const matches = await glob(relPattern, {
      cwd: workspace,
      ignore: negative,
      dot: options.dot ?? true,
      onlyFiles: true,
      followSymbolicLinks: true,
      expandDirectories: false
    })
    let count = 0
    for (const rel of matches) {
      const absolute = path.resolve(workspace, rel)
      if (excluded.has(absolute)) continue
      count++
      if (!seen.has(absolute)) seen.set(absolute, { absolute, relative: toPosixRelative(workspace, absolute), pattern })
    }
    if (count === 0 && !options.allowEmpty) {
      throw new GateError('GLOB_NO_MATCH', `pattern '${pattern}' matched no file in ${workspace}`, {
        field,
        hint: 'An empty match is never a pass: check the path, or remove the pattern'
      })
    }
  }
  const files = [...seen.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
  await Promise.all(
    chunks(files, 64).map(async group => {
      for (const f of group) await checkTarget(f, realWorkspace)
    })
  )
  return files
}

/** Splits `items` into `n` interleaved groups, to bound concurrency. */
function chunks<T>(items: T[], n: number): T[][] {
  const groups: T[][] = Array.from({ length: Math.min(n, items.length) }, () => [])
  items.forEach((item, i) => groups[i % groups.length]!.push(item))
  return groups
}

/** A match must really be a regular file inside the workspace, whatever symlinks lead to it. */
async function checkTarget(file: MatchedFile, realWorkspace: string): Promise<void> {
  const target = await realpath(file.absolute).catch((e: unknown) => {
    throw toGateError(e, file.relative)
  })
  if (!isInside(realWorkspace, target)) {
    throw new GateError('SYMLINK_OUTSIDE_WORKSPACE', `symlink leads outside the workspace, to ${target}`, {
      file: file.relative
    })
  }
  const targetInfo = await stat(target)
  if (!targetInfo.isFile()) {
    throw new GateError('FILE_UNREADABLE', 'not a regular file', { file: file.relative })
  }
}
