/**
 * Errors as data: every failure the suite reports carries a typed `code`, a message
 * the user can act on, and, where the failure comes from an input, the file, line
 * and field that caused it.
 */

/** Codes shared by every gate. Packages may add their own codes as string literals. */
export type CoreErrorCode =
  | 'INPUT_MISSING'
  | 'INPUT_INVALID'
  | 'INPUT_CONFLICT'
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'FILE_EXISTS'
  | 'PARSE_ERROR'
  | 'SCHEMA_INVALID'
  | 'SCHEMA_VIOLATION'
  | 'PATH_OUTSIDE_WORKSPACE'
  | 'SYMLINK_OUTSIDE_WORKSPACE'
  | 'GLOB_NO_MATCH'
  | 'EMPTY_INPUT'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'TOOL_MISSING'
  | 'TOOL_FAILED'
  | 'UNSUPPORTED'
  | 'INTERNAL'

/** Where in an input a problem was found. Every field is optional; give what is known. */
export interface SourceLocation {
  /** Path of the file, relative to the workspace where possible. */
  file?: string
  /** 1-based line number. */
  line?: number
  /** 1-based column number. */
  column?: number
  /** The offending field, as a JSON path such as `gates[2].inputs.logs`. */
  field?: string
}

/** Options for {@link GateError}. */
export interface GateErrorOptions extends SourceLocation {
  /** The underlying error, kept for debugging. */
  cause?: unknown
  /** A hint that tells the user how to fix the problem. */
  hint?: string
}

/**
 * An error with a typed code. Its message starts with the location
 * (`file:line:column: field: `) so it can be read on its own in a log.
 */
export class GateError<C extends string = CoreErrorCode> extends Error {
  /** Machine-readable code, for tests and for the GateResult. */
  readonly code: C
  /** The message without its location prefix. */
  readonly detail: string
  /** Where the problem is. */
  readonly location: SourceLocation
  /** How to fix it, when known. */
  readonly hint?: string

  constructor(code: C, detail: string, options: GateErrorOptions = {}) {
    const { cause, hint, ...location } = options
    super(formatMessage(detail, location, hint), cause === undefined ? undefined : { cause })
    this.name = 'GateError'
    this.code = code
    this.detail = detail
    this.location = location
    if (hint !== undefined) this.hint = hint
  }
}

/** Formats `file:line:column: field: detail (hint)`, leaving out what is unknown. */
export function formatMessage(detail: string, location: SourceLocation, hint?: string): string {
  let where = ''
  if (location.file !== undefined) {
    where = location.file
    if (location.line !== undefined) {
      where += `:${location.line}`
      if (location.column !== undefined) where += `:${location.column}`
    }
  }
  const parts = [where, location.field ?? ''].filter(p => p !== '')
  const prefix = parts.length > 0 ? `${parts.join(': ')}: ` : ''
  return hint ? `${prefix}${detail}. ${hint}` : `${prefix}${detail}`
}

/** True when `value` is a {@link GateError}, optionally with the given code. */
export function isGateError(value: unknown, code?: string): value is GateError<string> {
  return value instanceof GateError && (code === undefined || value.code === code)
}

/**
 * Turns any thrown value into a GateError: GateErrors pass through, Node's file
 * system errors get their code translated, anything else becomes INTERNAL.
 */
export function toGateError(error: unknown, file?: string): GateError<string> {
  if (error instanceof GateError) return error
  const err = error as NodeJS.ErrnoException
  const target = file ?? err?.path
  const loc = target === undefined ? {} : { file: target }
  switch (err?.code) {
    case 'ENOENT':
      return new GateError('FILE_NOT_FOUND', 'no such file or directory', { ...loc, cause: error })
    case 'EACCES':
    case 'EPERM':
      return new GateError('FILE_UNREADABLE', 'permission denied', { ...loc, cause: error })
    case 'EISDIR':
      return new GateError('FILE_UNREADABLE', 'is a directory, expected a file', {
        ...loc,
        cause: error
      })
    case 'EEXIST':
      return new GateError('FILE_EXISTS', 'already exists and will not be overwritten', {
        ...loc,
        cause: error
      })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new GateError('INTERNAL', message, { ...loc, cause: error })
}
