/**
 * The SBOM half of sbom-attest: read the lockfiles, the SBOM to extend and the models
 * manifest, hash every model and dataset file, build and validate the CycloneDX
 * document, and check the model cards field by field.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, makeCheck, toGateError, type Check, type Location } from '@ai-act-gates/core'
import { expandGlobs, resolveInside, sha256File, sha256Hex, toPosixRelative } from '@ai-act-gates/files'
import type { GateContext } from '@ai-act-gates/action-kit'
import { parseJsonText } from '@ai-act-gates/sigstore'
import { buildBom, mergeInto, type HashedFile } from './bom.js'
import { checkCompleteness } from './completeness.js'
import type { SbomAttestInputs } from './inputs.js'
import { LOCKFILE_PATTERNS, readLockfile, type LockedPackage } from './lockfiles.js'
import { loadModelsManifest, type LoadedManifest } from './manifest.js'
import { validateBom } from './validate.js'

/** Articles the SBOM supports: technical documentation (Art.11, Annex IV 2) and QMS supply-chain records (Art.17). */
export const SBOM_ARTICLES = ['Art.11(1)', 'Art.17(1)']

/** What the build produced. */
export interface BuiltSbom {
  bom: Record<string, unknown>
  checks: Check[]
  lockfiles: string[]
  packages: LockedPackage[]
  models: number
  datasets: number
  files: HashedFile[]
  /** True when every check so far passed: only then is the SBOM attested. */
  ok: boolean
}

async function hashManifestFiles(ctx: GateContext, loaded: LoadedManifest, manifestAbs: string): Promise<HashedFile[]> {
  const base = path.dirname(manifestAbs)
  const out: HashedFile[] = []
  const seen = new Set<string>()
  const hashOne = async (rel: string, field: Array<string | number>): Promise<void> => {
    if (seen.has(rel)) return
    seen.add(rel)
    const fieldPath = field
      .map(s => (typeof s === 'number' ? `[${s}]` : `.${s}`))
      .join('')
      .slice(1)
    const line = loaded.lineOf(field)
    const where = { file: loaded.display, field: fieldPath, ...(line ? { line } : {}) }
    let absolute: string
    try {
      absolute = await resolveInside(ctx.workspace, path.join(path.relative(ctx.workspace, base), rel), {
        field: fieldPath,
        mustExist: true
      })
    } catch (error) {
      const e = toGateError(error)
      throw new GateError(e.code, `${rel}: ${e.detail}`, { ...where, cause: error })
    }
    const digest = await sha256File(absolute, rel).catch((error: unknown) => {
      const e = toGateError(error)
      throw new GateError(e.code, `${rel}: ${e.detail}`, where)
    })
    out.push({ path: rel, ...digest })
  }
  for (const [i, m] of loaded.manifest.models.entries()) {
    for (const [j, f] of m.files.entries()) await hashOne(f, ['models', i, 'files', j])
    for (const [k, d] of (m.datasets ?? []).entries()) {
      for (const [j, f] of (d.files ?? []).entries()) await hashOne(f, ['models', i, 'datasets', k, 'files', j])
    }
  }
  return out
}

async function readLockfiles(
  ctx: GateContext,
  inputs: SbomAttestInputs
): Promise<{ files: string[]; packages: LockedPackage[] }> {
  const detect = inputs.lockfiles.length === 0
  const matched = await expandGlobs(detect ? LOCKFILE_PATTERNS : inputs.lockfiles, {
    workspace: ctx.workspace,
    field: 'lockfiles',
    allowEmpty: detect
  })
  const packages: LockedPackage[] = []
  for (const m of matched) packages.push(...(await readLockfile(m.absolute, m.relative)))
  return { files: matched.map(m => m.relative), packages }
}

/** Builds, validates and checks the SBOM. */
export async function buildSbom(ctx: GateContext, inputs: SbomAttestInputs, now: Date): Promise<BuiltSbom> {
  const { files: lockfiles, packages } = await readLockfiles(ctx, inputs)
  const loaded = inputs.models ? await loadModelsManifest(inputs.models.absolute, inputs.models.display) : undefined
  const hashed = loaded && inputs.models ? await hashManifestFiles(ctx, loaded, inputs.models.absolute) : []
  let base: { json: Record<string, unknown>; sha256: string } | undefined
  if (inputs.sbom) {
    let text: string
    try {
      text = await readFile(inputs.sbom.absolute, 'utf8')
    } catch (error) {
      throw toGateError(error, inputs.sbom.display)
    }
    const json = parseJsonText(text, inputs.sbom.display)
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new GateError('SCHEMA_VIOLATION', 'an SBOM must be a JSON object', { file: inputs.sbom.display })
    }
    base = { json: json as Record<string, unknown>, sha256: sha256Hex(text) }
  }
  if (lockfiles.length === 0 && !loaded && !base) {
    throw new GateError(
      'EMPTY_INPUT',
      'nothing to describe: no lockfile found, no models manifest, no SBOM to extend',
      {
        field: 'lockfiles',
        hint: 'Give lockfiles, models or sbom; an empty SBOM is never a pass'
      }
    )
  }
  const system = loaded?.manifest.system ?? { name: ctx.run.repository ?? path.basename(ctx.workspace) }
  let bom = buildBom({
    packages,
    ...(loaded ? { manifest: loaded.manifest } : {}),
    fileHashes: new Map(hashed.map(h => [h.path, h])),
    system: {
      name: system.name,
      ...('version' in system && system.version ? { version: system.version } : {}),
      ...('intendedPurpose' in system && system.intendedPurpose ? { description: system.intendedPurpose } : {})
    },
    timestamp: now
  })
  if (base && inputs.sbom) bom = mergeInto(base.json, bom, inputs.sbom.display, base.sha256)

  const checks: Check[] = []
  const components = (bom.components ?? []) as Array<Record<string, unknown>>
  const modelCount = components.filter(c => c.type === 'machine-learning-model').length
  const datasetCount = components.filter(c => c.type === 'data').length
  checks.push(
    makeCheck(
      'sbom-built',
      'SBOM built from the build inputs',
      SBOM_ARTICLES,
      'pass',
      `${components.length} component(s): ${packages.length} locked package(s) from ${lockfiles.length} lockfile(s), ${modelCount} model(s), ${datasetCount} dataset(s)${inputs.sbom ? `, extending ${inputs.sbom.display}` : ''}`,
      { evidence: { lockfiles, ...(inputs.sbom ? { extends: inputs.sbom.display } : {}) } }
    )
  )
  const unpinned = packages.filter(p => p.version === undefined)
  if (packages.length > 0) {
    checks.push(
      makeCheck(
        'dependencies-pinned',
        'Every dependency is pinned to one version',
        ['Art.15(5)', 'Art.17(1)'],
        unpinned.length === 0 ? 'pass' : 'fail',
        unpinned.length === 0
          ? `all ${packages.length} locked package(s) have an exact version`
          : `${unpinned.length} requirement(s) without an exact version: ${unpinned.map(p => `${p.name} ${p.specifier}`).join(', ')}`,
        { locations: unpinned.map(p => ({ file: p.file, ...(p.line ? { line: p.line } : {}), field: p.name })) }
      )
    )
  }
  checks.push(
    makeCheck(
      'models-listed',
      'The AI models are in the SBOM',
      SBOM_ARTICLES,
      modelCount > 0 ? 'pass' : 'fail',
      modelCount > 0
        ? `${modelCount} machine-learning-model component(s), ${hashed.length} model and dataset file(s) hashed`
        : 'no machine-learning-model component: give the models manifest (models) so the SBOM covers the model artefacts',
      hashed.length > 0 ? { evidence: { files: hashed } } : {}
    )
  )
  const violations = validateBom(bom)
  checks.push(
    makeCheck(
      'sbom-schema-valid',
      'Valid CycloneDX 1.6',
      SBOM_ARTICLES,
      violations.length === 0 ? 'pass' : 'fail',
      violations.length === 0
        ? 'the SBOM validates against the official CycloneDX 1.6 JSON schema'
        : `${violations.length} schema violation(s): ${violations
            .slice(0, 5)
            .map(v => `${v.field}: ${v.message}`)
            .join('; ')}`,
      { locations: violations.slice(0, 50).map(v => ({ field: v.field })) }
    )
  )
  if (loaded) {
    const results = checkCompleteness(loaded, inputs.requiredModelFields)
    const incomplete = results.filter(r => r.missing.length > 0)
    const locations: Location[] = incomplete.map(r => ({
      file: loaded.display,
      ...(r.line ? { line: r.line } : {}),
      field: `models[${r.index}]: ${r.missing.join(', ')}`
    }))
    checks.push(
      makeCheck(
        'model-card-complete',
        'Model cards have the required fields',
        ['Art.11(1)', 'Art.13(3)'],
        incomplete.length === 0 ? 'pass' : 'fail',
        incomplete.length === 0
          ? `${results.length} model card(s) have all ${inputs.requiredModelFields.length} required field(s)`
          : incomplete.map(r => `${r.model} lacks ${r.missing.join(', ')}`).join('; '),
        {
          locations,
          evidence: {
            required: inputs.requiredModelFields,
            models: results.map(r => ({ model: r.model, present: r.present, missing: r.missing }))
          }
        }
      )
    )
  }
  const files = hashed.map(h => ({
    ...h,
    path: toPosixRelative(ctx.workspace, path.resolve(path.dirname(inputs.models!.absolute), h.path))
  }))
  return {
    bom,
    checks,
    lockfiles,
    packages,
    models: modelCount,
    datasets: datasetCount,
    files,
    ok: checks.every(c => c.status === 'pass')
  }
}
