/**
 * The ML-BOM parts the CycloneDX library does not model: a model's `modelCard`
 * (parameters, quantitative analysis, considerations), its `pedigree` (base model,
 * training commit) and a dataset's `data` block, as CycloneDX 1.6 JSON.
 */
import type { ModelDataset, ModelEntry } from './manifest.js'

/** The bom-ref of a model component. */
export function modelRef(m: { name: string; version: string }): string {
  return `model:${m.name}@${m.version}`
}

/** The bom-ref of a dataset component. */
export function datasetRef(d: ModelDataset): string {
  return `data:${d.name}@${d.version ?? 'unversioned'}`
}

const str = (v: string | number): string => String(v)

/** The modelCard of a model. */
export function modelCard(m: ModelEntry): Record<string, unknown> {
  const parameters: Record<string, unknown> = {}
  if (m.approach) parameters.approach = { type: m.approach }
  if (m.task) parameters.task = m.task
  if (m.architecture?.family) parameters.architectureFamily = m.architecture.family
  if (m.architecture?.model) parameters.modelArchitecture = m.architecture.model
  if (m.datasets?.length) parameters.datasets = m.datasets.map(d => ({ ref: datasetRef(d) }))
  if (m.inputs?.length) parameters.inputs = m.inputs.map(i => ({ format: i.format }))
  if (m.outputs?.length) parameters.outputs = m.outputs.map(o => ({ format: o.format }))
  const card: Record<string, unknown> = { 'bom-ref': `model-card:${m.name}@${m.version}` }
  if (Object.keys(parameters).length > 0) card.modelParameters = parameters
  if (m.performanceMetrics?.length) {
    card.quantitativeAnalysis = {
      performanceMetrics: m.performanceMetrics.map(p => ({
        type: p.type,
        value: str(p.value),
        ...(p.slice ? { slice: p.slice } : {}),
        ...(p.confidenceInterval
          ? {
              confidenceInterval: {
                lowerBound: str(p.confidenceInterval.lower),
                upperBound: str(p.confidenceInterval.upper)
              }
            }
          : {})
      }))
    }
  }
  const c = m.considerations
  if (c && Object.values(c).some(v => Array.isArray(v) && v.length > 0)) {
    const considerations: Record<string, unknown> = {}
    for (const key of ['users', 'useCases', 'technicalLimitations', 'performanceTradeoffs'] as const) {
      if (c[key]?.length) considerations[key] = c[key]
    }
    if (c.ethicalConsiderations?.length) considerations.ethicalConsiderations = c.ethicalConsiderations
    if (c.fairnessAssessments?.length) considerations.fairnessAssessments = c.fairnessAssessments
    card.considerations = considerations
  }
  return card
}

/** The pedigree of a model: its base model and the commit that trained it. */
export function modelPedigree(m: ModelEntry): Record<string, unknown> | undefined {
  const pedigree: Record<string, unknown> = {}
  if (m.baseModel) {
    const b = m.baseModel
    pedigree.ancestors = [
      {
        type: 'machine-learning-model',
        name: b.name,
        ...(b.version ? { version: b.version } : {}),
        ...(b.purl ? { purl: b.purl } : {}),
        ...(b.sha256 ? { hashes: [{ alg: 'SHA-256', content: b.sha256 }] } : {}),
        ...(b.url ? { externalReferences: [{ type: 'distribution', url: b.url }] } : {})
      }
    ]
  }
  const t = m.training
  if (t?.commit) {
    const url = t.repository ? `${t.repository.replace(/\/+$/, '')}/commit/${t.commit}` : undefined
    pedigree.commits = [{ uid: t.commit, ...(url ? { url } : {}) }]
  }
  if (t?.runId) pedigree.notes = `Trained by run ${t.runId}${t.runUrl ? ` (${t.runUrl})` : ''}`
  return Object.keys(pedigree).length > 0 ? pedigree : undefined
}

/** The `data` block of a dataset component. */
export function datasetData(d: ModelDataset): Array<Record<string, unknown>> {
  return [
    {
      type: 'dataset',
      name: d.name,
      ...(d.url ? { contents: { url: d.url } } : {}),
      ...(d.classification ? { classification: d.classification } : {}),
      ...(d.sensitiveData?.length ? { sensitiveData: d.sensitiveData } : {}),
      ...(d.description ? { description: d.description } : {}),
      ...(d.origin ? { governance: { custodians: [{ organization: { name: d.origin } }] } } : {})
    }
  ]
}
