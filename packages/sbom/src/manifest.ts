/** The models manifest (`schemas/models-manifest.schema.json`): types and located reading. */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseConfigText, validateConfig, type ParsedConfig } from '@ai-act-gates/config'
import schema from '../../../schemas/models-manifest.schema.json' with { type: 'json' }

/** An input or output of a model. */
export interface ModelIO {
  format: string
  description?: string
}

/** A performance metric. */
export interface ModelMetric {
  type: string
  value: string | number
  slice?: string
  confidenceInterval?: { lower: string | number; upper: string | number }
}

/** A training or evaluation dataset. */
export interface ModelDataset {
  name: string
  version?: string
  description?: string
  files?: string[]
  url?: string
  classification?: string
  sensitiveData?: string[]
  origin?: string
}

/** One model of the system. */
export interface ModelEntry {
  name: string
  version: string
  description?: string
  supplier?: string
  license?: string
  files: string[]
  task?: string
  approach?: string
  architecture?: { family?: string; model?: string }
  inputs?: ModelIO[]
  outputs?: ModelIO[]
  performanceMetrics?: ModelMetric[]
  considerations?: {
    users?: string[]
    useCases?: string[]
    technicalLimitations?: string[]
    performanceTradeoffs?: string[]
    ethicalConsiderations?: Array<{ name: string; mitigationStrategy?: string }>
    fairnessAssessments?: Array<{ groupAtRisk: string; benefits?: string; harms?: string; mitigationStrategy?: string }>
  }
  datasets?: ModelDataset[]
  baseModel?: { name: string; version?: string; purl?: string; url?: string; sha256?: string }
  training?: { runId?: string; runUrl?: string; commit?: string; repository?: string; finishedAt?: string }
}

/** The manifest. */
export interface ModelsManifest {
  manifestVersion: 1
  system?: { name: string; version?: string; intendedPurpose?: string; annexIII?: string }
  models: ModelEntry[]
}

/** A manifest with the means to find a field's line. */
export interface LoadedManifest {
  manifest: ModelsManifest
  /** Path shown in messages. */
  display: string
  /** Line of a field, or of its nearest ancestor. */
  lineOf(segments: Array<string | number>): number | undefined
}

/** Reads and validates a models manifest (YAML or JSON). */
export async function loadModelsManifest(absolute: string, display: string): Promise<LoadedManifest> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  if (text.trim() === '') throw new GateError('EMPTY_INPUT', 'the models manifest is empty', { file: display })
  const parsed: ParsedConfig = parseConfigText(text, display)
  const manifest = validateConfig<ModelsManifest>(parsed, schema, display)
  const seen = new Set<string>()
  manifest.models.forEach((m, i) => {
    const key = `${m.name}@${m.version}`
    if (seen.has(key)) {
      throw new GateError('SCHEMA_VIOLATION', `model '${key}' is listed twice`, {
        file: display,
        field: `models[${i}].name`,
        ...(parsed.locate(['models', i, 'name']) ? { line: parsed.locate(['models', i, 'name'])!.line } : {})
      })
    }
    seen.add(key)
  })
  return { manifest, display, lineOf: segments => parsed.locate(segments)?.line }
}

/** The manifest schema, for tests and docs. */
export const MODELS_MANIFEST_SCHEMA = schema
