/**
 * Workflow commands for annotations (`::error file=…,line=…,title=…::message`),
 * escaped as the runner expects so a message with newlines, colons or commas
 * survives intact.
 */
import type { Check, GateResult, Location } from '@ai-act-gates/core'
import { formatLocation } from './junit.js'

/** At most this many annotations per gate; GitHub shows only the first few per step anyway. */
export const MAX_ANNOTATIONS = 50

/** An annotation, independent of how it is emitted. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file?: string
  line?: number
  column?: number
  endLine?: number
}

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotationFor(result: GateResult, check: Check, loc: Location | undefined): Annotation {
  const where = loc === undefined ? '' : formatLocation(loc)
  const a: Annotation = {
    level: check.status === 'unknown' || check.status === 'skipped' ? 'warning' : 'error',
    title: `${result.gate}: ${check.title}`,
    message: where === '' ? check.message : `${check.message} (${where})`
  }
  if (loc?.file !== undefined) a.file = loc.file
  if (loc?.line !== undefined) a.line = loc.line
  if (loc?.column !== undefined) a.column = loc.column
  if (loc?.endLine !== undefined) a.endLine = loc.endLine
  return a
}

/** The annotations for every check that did not pass, capped at {@link MAX_ANNOTATIONS}. */
export function toAnnotations(result: GateResult): Annotation[] {
  const out: Annotation[] = []
  if (result.error) {
    const a: Annotation = { level: 'error', title: `${result.gate}: could not run`, message: result.error.message }
    if (result.error.file !== undefined) a.file = result.error.file
    if (result.error.line !== undefined) a.line = result.error.line
    out.push(a)
  }
  for (const c of result.checks) {
    if (c.status === 'pass' || c.status === 'skipped') continue
    const locs = (c.locations ?? []).length > 0 ? c.locations! : [undefined]
    for (const l of locs) out.push(annotationFor(result, c, l))
  }
  return out.slice(0, MAX_ANNOTATIONS)
}

/** Formats an annotation as a workflow command line. */
export function toWorkflowCommand(a: Annotation): string {
  const props: string[] = []
  if (a.file !== undefined) props.push(`file=${escapeProperty(a.file)}`)
  if (a.line !== undefined) props.push(`line=${a.line}`)
  if (a.endLine !== undefined) props.push(`endLine=${a.endLine}`)
  if (a.column !== undefined) props.push(`col=${a.column}`)
  props.push(`title=${escapeProperty(a.title)}`)
  return `::${a.level} ${props.join(',')}::${escapeData(a.message)}`
}
