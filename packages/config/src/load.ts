/**
 * Loads YAML or JSON configuration and validates it against a JSON Schema. Every
 * problem names the file, the line and column, and the path of the offending field.
 */
import { readFile } from 'node:fs/promises'
import type { AnySchema, ErrorObject } from 'ajv'
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseJson } from '@ai-act-gates/canonical-json'
import { compileSchema, describeAjvError, errorSegments, formatFieldPath } from './ajv.js'

/** One schema violation, located in the source. */
export interface ConfigViolation {
  /** Field path such as `gates[2].inputs.logs`. */
  field: string
  /** 1-based line, when the field (or its parent) is in the source. */
  line?: number
  /** 1-based column. */
  column?: number
  /** What is wrong. */
  message: string
}

/** A parsed configuration with the means to locate its fields. */
export interface ParsedConfig {
  /** The plain value. */
  value: unknown
  /** Line and column of the node at a path, or of its nearest ancestor in the source. */
  locate(segments: Array<string | number>): { line: number; column: number } | undefined
}

function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file)
}

/**
 * Parses YAML (1.2) or JSON text. JSON files are checked by the strict JSON parser
 * first, so their syntax errors read as JSON errors.
 */
export function parseConfigText(text: string, file: string): ParsedConfig {
  if (isJsonFile(file)) parseJson(text, { file })
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const problem = doc.errors[0]
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0])
    throw new GateError('PARSE_ERROR', problem.message.split('\n')[0]!, {
      file,
      ...(pos ? { line: pos.line, column: pos.col } : {})
    })
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }),
    locate: segments => locateNode(doc, lineCounter, segments)
  }
}

function locateNode(
  doc: Document,
  lineCounter: LineCounter,
  segments: Array<string | number>
): { line: number; column: number } | undefined {
  let node: unknown = doc.contents
  let found = node as Node | undefined
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find(p => (p.key as { value?: unknown } | null)?.value === seg)
      if (!pair) break
      // Point at the key: that is where a reader looks for the field.
      found = (pair.key as Node | null) ?? found
      node = pair.value
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg]
      if (!node) break
      found = node as Node
    } else break
  }
  const offset = found?.range?.[0]
  if (offset === undefined) return undefined
  const pos = lineCounter.linePos(offset)
  return { line: pos.line, column: pos.col }
}

/** Turns Ajv errors into located violations, dropping duplicates Ajv reports for `anyOf`/`oneOf` branches. */
export function locateViolations(errors: ErrorObject[], parsed: ParsedConfig): ConfigViolation[] {
  const seen = new Set<string>()
  const out: ConfigViolation[] = []
  for (const error of errors) {
    const segments = errorSegments(error)
    const field = formatFieldPath(segments)
    const message = describeAjvError(error)
    const key = `${field}\0${message}`
    if (seen.has(key)) continue
    seen.add(key)
    const pos = parsed.locate(error.keyword === 'required' ? segments.slice(0, -1) : segments)
    out.push({ field, message, ...(pos ? { line: pos.line, column: pos.column } : {}) })
  }
  return out
}

/**
 * Validates a parsed configuration against a schema. Throws a SCHEMA_VIOLATION
 * GateError located at the first violation, listing all of them in its message.
 */
export function validateConfig<T>(parsed: ParsedConfig, schema: AnySchema, file: string): T {
  const validate = compileSchema<T>(schema)
  if (validate(parsed.value)) return parsed.value
  throw violationError(locateViolations(validate.errors ?? [], parsed), file)
}

/** A SCHEMA_VIOLATION GateError located at the first violation, listing all of them. */
export function violationError(violations: ConfigViolation[], file: string): GateError {
  const first = violations[0]
  if (first === undefined) return new GateError('SCHEMA_VIOLATION', 'the document does not match its schema', { file })
  const rest = violations.slice(1).map(v => `\n  ${file}${v.line ? `:${v.line}` : ''}: ${v.field}: ${v.message}`)
  return new GateError('SCHEMA_VIOLATION', first.message + rest.join(''), {
    file,
    ...(first.line !== undefined ? { line: first.line } : {}),
    ...(first.column !== undefined ? { column: first.column } : {}),
    field: first.field
  })
}

/** Reads, parses and validates a YAML or JSON configuration file. */
export async function loadConfig<T>(path: string, schema: AnySchema, displayPath: string = path): Promise<T> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw toGateError(error, displayPath)
  }
  if (text.trim() === '') throw new GateError('EMPTY_INPUT', 'the file is empty', { file: displayPath })
  return validateConfig<T>(parseConfigText(text, displayPath), schema, displayPath)
}
