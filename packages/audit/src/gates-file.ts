/**
 * The gates file (`schemas/gates-file.schema.json`): the system, its log profile and
 * the expected gates in order. Loaded with located errors: the schema first, then
 * every action and input checked against the actions' own action.yml specs.
 */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseConfigText, validateConfig, type ParsedConfig } from '@ai-act-gates/config'
import { sha256Hex } from '@ai-act-gates/files'
import type { ActionSpec } from '@ai-act-gates/action-kit'
import schema from '../../../schemas/gates-file.schema.json' with { type: 'json' }
import { placeholdersIn, PLACEHOLDERS } from './placeholders.js'

/** The system section. */
export interface SystemInfo {
  /** Stable identifier. */
  id: string
  /** Human-readable name. */
  name: string
  /** Intended purpose, Art.3(12). */
  intendedPurpose: string
  /** Annex III point, such as `4(a)`. */
  annexIII: string
  /** The provider. */
  provider?: string
  /** Version of the system. */
  version?: string
}

/** One gate entry as written. */
export interface GateEntry {
  id?: string
  uses: string
  name?: string
  with?: Record<string, string | number | boolean | string[]>
  /** Checks of this gate that may be skipped, each with the reason the skip is acceptable. */
  allowSkipped?: Record<string, string>
}

/** The file as written. */
export interface GatesFile {
  version: 1
  system: SystemInfo
  logProfile?: string
  artefacts?: string[]
  gates: GateEntry[]
}

/** One expected gate, normalised: id defaulted, inputs as strings. */
export interface ExpectedGate {
  /** 0-based position in the file. */
  position: number
  /** Identifier, unique in the file. */
  id: string
  /** Action name. */
  uses: string
  /** Title for reports. */
  name: string
  /** Inputs as strings, placeholders not yet replaced. */
  with: Record<string, string>
  /** Check ids this gate may skip, with the reason the gates file gives (empty: none). */
  allowSkipped: Record<string, string>
  /** 1-based line of the entry in the gates file. */
  line?: number
}

/** A loaded, validated gates file. */
export interface LoadedGatesFile {
  /** The path as the user gave it (for messages and the record). */
  path: string
  /** SHA-256 of the file's bytes. */
  sha256: string
  /** The file as written. */
  file: GatesFile
  /** The expected gates, in order. */
  gates: ExpectedGate[]
}

/** The action that writes the record; it is not a gate of the file. */
export const RECORD_ACTION = 'audit-record'

/** Inputs the suite sets itself; a gates file must not set them. */
export const SUITE_INPUTS = ['report-dir'] as const

/** The published schema, for tests and docs. */
export const GATES_FILE_SCHEMA = schema

function inputText(value: string | number | boolean | string[]): string {
  return Array.isArray(value) ? value.join('\n') : String(value)
}

function at(
  parsed: ParsedConfig,
  file: string,
  segments: Array<string | number>
): { file: string; line?: number; column?: number } {
  const pos = parsed.locate(segments)
  return pos ? { file, line: pos.line, column: pos.column } : { file }
}

function fieldOf(segments: Array<string | number>): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

/**
 * Checks every entry against the action specs: the action exists and is not the
 * record writer, ids are unique, every input is declared by the action and not one
 * the suite sets, required inputs are given, and placeholders are known.
 */
export function checkAgainstSpecs(
  file: GatesFile,
  parsed: ParsedConfig,
  display: string,
  specs: Readonly<Record<string, ActionSpec>>
): ExpectedGate[] {
  const seen = new Map<string, number>()
  return file.gates.map((entry, i) => {
    const where = (
      ...rest: Array<string | number>
    ): { file: string; line?: number; column?: number; field: string } => ({
      ...at(parsed, display, ['gates', i, ...rest]),
      field: fieldOf(['gates', i, ...rest])
    })
    if (entry.uses === RECORD_ACTION) {
      throw new GateError(
        'INPUT_INVALID',
        `'${RECORD_ACTION}' writes the record of the run and is not a gate of the file`,
        {
          ...where('uses'),
          hint: 'Remove this entry: the suite runner, the root action and the reusable workflow add the record themselves'
        }
      )
    }
    const spec = specs[entry.uses]
    if (!spec) {
      const known = Object.keys(specs).filter(n => n !== RECORD_ACTION)
      throw new GateError(
        'INPUT_INVALID',
        `unknown action '${entry.uses}'; known actions: ${known.join(', ')}`,
        where('uses')
      )
    }
    const id = entry.id ?? entry.uses
    const previous = seen.get(id)
    if (previous !== undefined) {
      throw new GateError('INPUT_INVALID', `gate id '${id}' is already used by gates[${previous}]`, {
        ...where(entry.id === undefined ? 'uses' : 'id'),
        hint: 'Give each entry its own id'
      })
    }
    seen.set(id, i)
    const inputs: Record<string, string> = {}
    for (const [name, value] of Object.entries(entry.with ?? {})) {
      if ((SUITE_INPUTS as readonly string[]).includes(name)) {
        throw new GateError('INPUT_INVALID', `input '${name}' is set by the suite for every gate`, where('with', name))
      }
      if (!(name in spec.inputs)) {
        const known = Object.keys(spec.inputs).filter(n => !(SUITE_INPUTS as readonly string[]).includes(n))
        throw new GateError(
          'INPUT_INVALID',
          `${entry.uses} has no input '${name}'; its inputs are: ${known.join(', ')}`,
          where('with', name)
        )
      }
      const text = inputText(value)
      for (const p of placeholdersIn(text)) {
        if (!(PLACEHOLDERS as readonly string[]).includes(p)) {
          throw new GateError(
            'INPUT_INVALID',
            `unknown placeholder \${${p}}; known: ${PLACEHOLDERS.map(k => `\${${k}}`).join(', ')}`,
            where('with', name)
          )
        }
      }
      inputs[name] = text
    }
    for (const [name, input] of Object.entries(spec.inputs)) {
      if (input.required && (input.default ?? '') === '' && (inputs[name] ?? '') === '') {
        throw new GateError(
          'INPUT_MISSING',
          `${entry.uses} needs input '${name}': ${input.description}`,
          where(entry.with ? 'with' : 'uses')
        )
      }
    }
    const line = parsed.locate(['gates', i])?.line
    return {
      position: i,
      id,
      uses: entry.uses,
      name: entry.name ?? id,
      with: inputs,
      allowSkipped: entry.allowSkipped ?? {},
      ...(line !== undefined ? { line } : {})
    }
  })
}

/** Parses and validates gates-file text. */
export function parseGatesFile(
  text: string,
  display: string,
  specs: Readonly<Record<string, ActionSpec>>
): LoadedGatesFile {
  if (text.trim() === '') throw new GateError('EMPTY_INPUT', 'the gates file is empty', { file: display })
  const parsed = parseConfigText(text, display)
  const file = validateConfig<GatesFile>(parsed, schema, display)
  const gates = checkAgainstSpecs(file, parsed, display, specs)
  return { path: display, sha256: sha256Hex(text), file, gates }
}

/** Reads a gates file from disk; `display` is the path as the user gave it. */
export async function loadGatesFile(
  absolute: string,
  display: string,
  specs: Readonly<Record<string, ActionSpec>>
): Promise<LoadedGatesFile> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  return parseGatesFile(text, display, specs)
}
