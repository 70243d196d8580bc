/**
 * The model-card completeness gate: the fields a system's intended purpose needs,
 * checked model by model and field by field. A field is present when it holds a
 * non-empty value (text, a non-empty list, an object with a field).
 */
import { GateError } from '@ai-act-gates/core'
import type { LoadedManifest, ModelEntry } from './manifest.js'

/** The model-card fields that can be required, as paths into a manifest model entry. */
export const MODEL_FIELDS = [
  'description',
  'supplier',
  'license',
  'task',
  'approach',
  'architecture',
  'architecture.family',
  'architecture.model',
  'inputs',
  'outputs',
  'performanceMetrics',
  'datasets',
  'considerations.users',
  'considerations.useCases',
  'considerations.technicalLimitations',
  'considerations.performanceTradeoffs',
  'considerations.ethicalConsiderations',
  'considerations.fairnessAssessments',
  'baseModel',
  'training.runId',
  'training.commit',
  'training.repository'
] as const

/** What a high-risk system's technical documentation (Annex IV 2) needs by default. */
export const DEFAULT_REQUIRED_FIELDS = [
  'task',
  'architecture',
  'inputs',
  'outputs',
  'performanceMetrics',
  'datasets',
  'considerations.users',
  'considerations.technicalLimitations',
  'considerations.ethicalConsiderations',
  'training.commit'
]

/** Checks the field names a user gave. */
export function parseRequiredFields(names: string[]): string[] {
  for (const n of names) {
    if (!(MODEL_FIELDS as readonly string[]).includes(n)) {
      throw new GateError('INPUT_INVALID', `'${n}' is not a model-card field; use: ${MODEL_FIELDS.join(', ')}`, {
        field: 'required-model-fields'
      })
    }
  }
  return names
}

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.values(value).some(present)
  return true
}

/** One model's completeness. */
export interface ModelCompleteness {
  model: string
  /** Index in the manifest. */
  index: number
  line?: number
  present: string[]
  missing: string[]
}

/** Checks each model of the manifest for each required field. */
export function checkCompleteness(loaded: LoadedManifest, required: string[]): ModelCompleteness[] {
  return loaded.manifest.models.map((m: ModelEntry, index) => {
    const have: string[] = []
    const missing: string[] = []
    for (const field of required) {
      const value = field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], m)
      ;(present(value) ? have : missing).push(field)
    }
    const line = loaded.lineOf(['models', index, 'name'])
    return { model: `${m.name}@${m.version}`, index, ...(line ? { line } : {}), present: have, missing }
  })
}
