/** The log schema profiles shipped in `schemas/log-profiles/`, and loading a user's schema. */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseConfigText } from '@ai-act-gates/config'
import { resolveInside, toPosixRelative } from '@ai-act-gates/files'
import base from '../../../schemas/log-profiles/base.schema.json' with { type: 'json' }
import credit from '../../../schemas/log-profiles/credit-scoring.schema.json' with { type: 'json' }
import events from '../../../schemas/log-profiles/events.schema.json' with { type: 'json' }
import recruitment from '../../../schemas/log-profiles/recruitment.schema.json' with { type: 'json' }
import rbi from '../../../schemas/log-profiles/remote-biometric-identification.schema.json' with { type: 'json' }

/** Profiles by name. */
export const PROFILES: Record<string, unknown> = {
  base,
  recruitment,
  'credit-scoring': credit,
  'remote-biometric-identification': rbi,
  events
}

/** A schema to validate with, and the name reports give it. */
export interface LoadedSchema {
  schema: unknown
  file: string
  profile?: string
}

/** A profile name, or a JSON/YAML schema file inside the workspace. */
export async function loadLogSchema(input: string, workspace: string): Promise<LoadedSchema> {
  if (input in PROFILES) {
    return { schema: PROFILES[input], file: `schemas/log-profiles/${input}.schema.json`, profile: input }
  }
  if (!/[./\\]/.test(input)) {
    throw new GateError(
      'INPUT_INVALID',
      `'${input}' is neither a profile nor a file; profiles: ${Object.keys(PROFILES).join(', ')}`,
      { field: 'schema' }
    )
  }
  const absolute = await resolveInside(workspace, input, { field: 'schema', mustExist: true })
  const display = toPosixRelative(workspace, absolute)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  if (text.trim() === '') throw new GateError('SCHEMA_INVALID', 'the schema file is empty', { file: display })
  return { schema: parseConfigText(text, display).value, file: display }
}
