/**
 * The CycloneDX 1.6 document: built with @cyclonedx/cyclonedx-library from the
 * locked dependencies and the models manifest (models and datasets with the hashes
 * of their files), then given the ML-BOM blocks the library does not model, and,
 * when an SBOM from Syft or cdxgen is given, merged into it.
 */
import { randomUUID } from 'node:crypto'
// Subpath imports: the package root also loads its validators, which need files beside the package.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import { GateError, TOOL_NAME, TOOL_URI, VERSION } from '@ai-act-gates/core'
import type { LockedPackage } from './lockfiles.js'
import type { ModelEntry, ModelsManifest } from './manifest.js'
import { datasetData, datasetRef, modelCard, modelPedigree, modelRef } from './mlbom.js'

/** A file of a model or dataset, hashed. */
export interface HashedFile {
  /** POSIX path relative to the workspace. */
  path: string
  sha256: string
  size: number
}

/** What the BOM is built from. */
export interface BomSources {
  packages: LockedPackage[]
  manifest?: ModelsManifest
  /** Hashes of each model's and dataset's files, by manifest path. */
  fileHashes: Map<string, HashedFile>
  /** The system as a whole, the BOM's subject. */
  system: { name: string; version?: string; description?: string }
  /** Build time. */
  timestamp: Date
}

function sha256Dict(hex: string): Models.HashDictionary {
  return new Models.HashDictionary([[Enums.HashAlgorithm['SHA-256'], hex]])
}

function packageComponent(p: LockedPackage): Models.Component {
  const ref = p.purl ?? `${p.ecosystem}:${p.name}${p.specifier ? `:${p.specifier}` : ''}`
  const c = new Models.Component(Enums.ComponentType.Library, p.name, {
    bomRef: ref,
    ...(p.version ? { version: p.version } : {}),
    ...(p.purl ? { purl: p.purl } : {})
  })
  for (const [alg, hex] of Object.entries(p.hashes)) c.hashes.set(alg as Enums.HashAlgorithm, hex)
  for (const d of p.distributions) {
    c.externalReferences.add(
      new Models.ExternalReference(d.url, Enums.ExternalReferenceType.Distribution, { hashes: sha256Dict(d.sha256) })
    )
  }
  if (p.development) c.scope = Enums.ComponentScope.Optional
  if (p.license) c.licenses.add(new Models.LicenseExpression(p.license))
  c.properties.add(new Models.Property('ai-act-gates:lockfile', p.file))
  if (!p.version) c.properties.add(new Models.Property('ai-act-gates:unpinned-specifier', p.specifier ?? ''))
  return c
}

function fileComponents(paths: string[], hashes: Map<string, HashedFile>): Models.Component[] {
  return paths.map(p => {
    const h = hashes.get(p)
    if (!h) throw new GateError('INTERNAL', `no hash for ${p}`)
    const c = new Models.Component(Enums.ComponentType.File, h.path, { bomRef: `file:${h.path}` })
    c.hashes.set(Enums.HashAlgorithm['SHA-256'], h.sha256)
    c.properties.add(new Models.Property('ai-act-gates:size', String(h.size)))
    return c
  })
}

function modelComponent(m: ModelEntry, hashes: Map<string, HashedFile>): Models.Component {
  const c = new Models.Component(Enums.ComponentType.MachineLearningModel, m.name, {
    bomRef: modelRef(m),
    version: m.version,
    ...(m.description ? { description: m.description } : {})
  })
  if (m.supplier) c.supplier = new Models.OrganizationalEntity({ name: m.supplier })
  if (m.license) c.licenses.add(new Models.LicenseExpression(m.license))
  const files = fileComponents(m.files, hashes)
  if (files.length === 1)
    c.hashes.set(Enums.HashAlgorithm['SHA-256'], files[0]!.hashes.get(Enums.HashAlgorithm['SHA-256'])!)
  for (const f of files) c.components.add(f)
  const t = m.training
  if (t?.runUrl) c.externalReferences.add(new Models.ExternalReference(t.runUrl, Enums.ExternalReferenceType.BuildMeta))
  if (t?.repository)
    c.externalReferences.add(new Models.ExternalReference(t.repository, Enums.ExternalReferenceType.VCS))
  if (t?.runId) c.properties.add(new Models.Property('ai-act-gates:training:run-id', t.runId))
  if (t?.finishedAt) c.properties.add(new Models.Property('ai-act-gates:training:finished-at', t.finishedAt))
  return c
}

/** Builds the BOM's JSON (not yet merged, not yet validated). */
export function buildBom(sources: BomSources): Record<string, unknown> {
  const bom = new Models.Bom({ serialNumber: `urn:uuid:${randomUUID()}` })
  bom.metadata.timestamp = sources.timestamp
  const tool = new Models.Component(Enums.ComponentType.Application, TOOL_NAME, { version: VERSION })
  tool.externalReferences.add(new Models.ExternalReference(TOOL_URI, Enums.ExternalReferenceType.Website))
  bom.metadata.tools.components.add(tool)
  const root = new Models.Component(Enums.ComponentType.Application, sources.system.name, {
    bomRef: `system:${sources.system.name}`,
    ...(sources.system.version ? { version: sources.system.version } : {}),
    ...(sources.system.description ? { description: sources.system.description } : {})
  })
  bom.metadata.component = root
  const seen = new Set<string>()
  for (const p of sources.packages) {
    const c = packageComponent(p)
    if (seen.has(c.bomRef.value!)) continue
    seen.add(c.bomRef.value!)
    bom.components.add(c)
    root.dependencies.add(c.bomRef)
  }
  const datasets = new Map<string, Models.Component>()
  for (const m of sources.manifest?.models ?? []) {
    const c = modelComponent(m, sources.fileHashes)
    bom.components.add(c)
    root.dependencies.add(c.bomRef)
    for (const d of m.datasets ?? []) {
      const ref = datasetRef(d)
      if (datasets.has(ref)) continue
      const dc = new Models.Component(Enums.ComponentType.Data, d.name, {
        bomRef: ref,
        ...(d.version ? { version: d.version } : {})
      })
      for (const f of fileComponents(d.files ?? [], sources.fileHashes)) dc.components.add(f)
      if (d.url)
        dc.externalReferences.add(new Models.ExternalReference(d.url, Enums.ExternalReferenceType.Distribution))
      datasets.set(ref, dc)
      bom.components.add(dc)
    }
  }
  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6))
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true })) as Record<string, unknown>
  addMlBlocks(json, sources.manifest)
  return json
}

/** Adds modelCard, pedigree and data blocks to the serialized components. */
function addMlBlocks(json: Record<string, unknown>, manifest: ModelsManifest | undefined): void {
  const components = (json.components ?? []) as Array<Record<string, unknown>>
  const byRef = new Map(components.map(c => [c['bom-ref'] as string, c]))
  for (const m of manifest?.models ?? []) {
    const c = byRef.get(modelRef(m))!
    c.modelCard = modelCard(m)
    const pedigree = modelPedigree(m)
    if (pedigree) c.pedigree = pedigree
    for (const d of m.datasets ?? []) {
      const dc = byRef.get(datasetRef(d))
      if (dc && !dc.data) dc.data = datasetData(d)
    }
  }
}

/**
 * Merges the built BOM into one made by another generator (CycloneDX JSON 1.4-1.6):
 * the result is 1.6, keeps every component and dependency of the original, adds the
 * new ones (a purl or bom-ref already present is not added twice) and names both tools.
 */
export function mergeInto(
  base: Record<string, unknown>,
  built: Record<string, unknown>,
  baseFile: string,
  baseSha256: string
): Record<string, unknown> {
  if (base.bomFormat !== 'CycloneDX') {
    throw new GateError('UNSUPPORTED', 'the SBOM to extend is not CycloneDX JSON', {
      file: baseFile,
      field: 'bomFormat',
      hint: 'Give a CycloneDX JSON SBOM (syft -o cyclonedx-json, cdxgen)'
    })
  }
  if (!['1.4', '1.5', '1.6'].includes(String(base.specVersion))) {
    throw new GateError('UNSUPPORTED', `CycloneDX ${String(base.specVersion)} cannot be extended; use 1.4 to 1.6`, {
      file: baseFile,
      field: 'specVersion'
    })
  }
  const out = structuredClone(base)
  out.$schema = 'http://cyclonedx.org/schema/bom-1.6.schema.json'
  out.specVersion = '1.6'
  out.serialNumber = built.serialNumber
  out.version = 1
  const metadata = (out.metadata ?? {}) as Record<string, unknown>
  const builtMeta = built.metadata as Record<string, unknown>
  metadata.timestamp = builtMeta.timestamp
  const ourTools = ((builtMeta.tools as { components: unknown[] }).components ?? []) as unknown[]
  if (Array.isArray(metadata.tools)) {
    metadata.tools = {
      components: [
        ...(metadata.tools as Array<Record<string, unknown>>).map(t => ({
          type: 'application',
          name: String(t.name ?? 'unknown'),
          ...(t.version ? { version: String(t.version) } : {}),
          ...(t.vendor ? { group: String(t.vendor) } : {})
        })),
        ...ourTools
      ]
    }
  } else {
    const tools = (metadata.tools ?? {}) as { components?: unknown[] }
    metadata.tools = { ...tools, components: [...(tools.components ?? []), ...ourTools] }
  }
  if (!metadata.component) metadata.component = builtMeta.component
  const properties = (metadata.properties ?? []) as unknown[]
  metadata.properties = [...properties, { name: 'ai-act-gates:extends', value: `${baseFile}@sha256:${baseSha256}` }]
  out.metadata = metadata
  const components = (out.components ?? []) as Array<Record<string, unknown>>
  const refs = new Set(components.map(c => c['bom-ref']).filter(Boolean))
  const purls = new Set(components.map(c => c.purl).filter(Boolean))
  const added: string[] = []
  for (const c of (built.components ?? []) as Array<Record<string, unknown>>) {
    if ((c.purl && purls.has(c.purl)) || refs.has(c['bom-ref'])) continue
    components.push(c)
    added.push(c['bom-ref'] as string)
  }
  out.components = components
  const rootRef = (metadata.component as Record<string, unknown>)['bom-ref'] as string | undefined
  const dependencies = (out.dependencies ?? []) as Array<{ ref: string; dependsOn?: string[] }>
  const known = new Set(dependencies.map(d => d.ref))
  for (const d of (built.dependencies ?? []) as Array<{ ref: string; dependsOn?: string[] }>) {
    if (d.ref === (builtMeta.component as Record<string, unknown>)['bom-ref']) continue
    if (!known.has(d.ref) && added.includes(d.ref)) dependencies.push(d)
  }
  if (rootRef) {
    const root = dependencies.find(d => d.ref === rootRef) ?? { ref: rootRef, dependsOn: [] }
    if (!dependencies.includes(root)) dependencies.push(root)
    root.dependsOn = [...new Set([...(root.dependsOn ?? []), ...added])]
  }
  out.dependencies = dependencies
  return out
}
