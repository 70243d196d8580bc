/**
 * A log set: the files the `logs` globs match, ordered as one rotation set, each
 * known as plain or gzip by its first bytes.
 */
import { open, stat } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { expandGlobs } from '@ai-act-gates/files'
import { orderRotationSet, type RotationGap, type RotationName } from './rotation.js'

/** One file of a log set. */
export interface LogFile {
  /** Absolute path. */
  absolute: string
  /** Path relative to the workspace, as reports name it. */
  display: string
  /** True when the content is gzip (by its magic bytes). */
  gzip: boolean
  /** Size on disk in bytes. */
  size: number
  /** Modification time in ms, to tell a stale index. */
  mtimeMs: number
  /** Its place in the rotation set. */
  rotation: RotationName
}

/** The ordered files of one log, oldest first. */
export interface LogSet {
  files: LogFile[]
  /** Holes in the numbering of rotated files. */
  gaps: RotationGap[]
}

/** Describes one file: size, time and whether it is gzip. A `.gz` name without gzip content is refused. */
export async function describeLogFile(absolute: string, display: string, rotation: RotationName): Promise<LogFile> {
  try {
    const info = await stat(absolute)
    const handle = await open(absolute, 'r')
    const magic = Buffer.alloc(2)
    try {
      await handle.read(magic, 0, 2, 0)
    } finally {
      await handle.close()
    }
    const gzip = info.size >= 2 && magic[0] === 0x1f && magic[1] === 0x8b
    if (rotation.gzipName && !gzip && info.size > 0) {
      throw new GateError('PARSE_ERROR', 'the name ends in .gz but the content is not gzip', { file: display })
    }
    return { absolute, display, gzip, size: info.size, mtimeMs: info.mtimeMs, rotation }
  } catch (error) {
    throw toGateError(error, display)
  }
}

/** Expands the `logs` patterns into one ordered rotation set. */
export async function resolveLogSet(patterns: string[], workspace: string, field = 'logs'): Promise<LogSet> {
  const matched = await expandGlobs(patterns, { workspace, field })
  const { ordered, gaps } = orderRotationSet(matched, m => m.relative, field)
  const files = await Promise.all(ordered.map(o => describeLogFile(o.file.absolute, o.file.relative, o.rotation)))
  return { files, gaps }
}
