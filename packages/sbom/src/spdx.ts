/**
 * SPDX 2.3 JSON of the same content: every CycloneDX component as a package (with
 * its purl, SHA-256 and licence), the system as the described package, the
 * dependency graph as DEPENDS_ON relationships. SPDX 2.3 has no model-card fields:
 * models and datasets keep their hashes, versions and a summary comment.
 */
import { TOOL_NAME, VERSION } from '@ai-act-gates/core'

type Json = Record<string, unknown>

function spdxId(ref: string, used: Set<string>): string {
  const base = `SPDXRef-${ref.replace(/[^A-Za-z0-9.-]+/g, '-')}`.slice(0, 200)
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  used.add(id)
  return id
}

const PURPOSE: Record<string, string> = {
  application: 'APPLICATION',
  library: 'LIBRARY',
  framework: 'FRAMEWORK',
  container: 'CONTAINER',
  'operating-system': 'OPERATING-SYSTEM',
  file: 'FILE',
  'machine-learning-model': 'OTHER',
  data: 'OTHER'
}

function toPackage(c: Json, id: string): Json {
  const hashes = (c.hashes ?? []) as Array<{ alg: string; content: string }>
  const licenses = (c.licenses ?? []) as Array<{ expression?: string; license?: { id?: string } }>
  const declared = licenses.map(l => l.expression ?? l.license?.id).filter(Boolean)
  const pkg: Json = {
    SPDXID: id,
    name: String(c.name),
    versionInfo: c.version === undefined ? undefined : String(c.version),
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    primaryPackagePurpose: PURPOSE[String(c.type)] ?? 'OTHER',
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declared.length === 1 ? declared[0] : 'NOASSERTION',
    copyrightText: 'NOASSERTION'
  }
  if (pkg.versionInfo === undefined) delete pkg.versionInfo
  const checksums = hashes
    .filter(h => ['SHA-256', 'SHA-512', 'SHA-1', 'SHA-384'].includes(h.alg))
    .map(h => ({ algorithm: h.alg.replace('-', ''), checksumValue: h.content }))
  if (checksums.length > 0) pkg.checksums = checksums
  if (c.purl) {
    pkg.externalRefs = [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }]
  }
  if (c.type === 'machine-learning-model' || c.type === 'data') {
    const card = c.modelCard as Json | undefined
    const task = (card?.modelParameters as Json | undefined)?.task
    pkg.comment = `CycloneDX ${String(c.type)}${task ? ` (task: ${String(task)})` : ''}; model card in the CycloneDX document`
  }
  if (c.description) pkg.description = String(c.description)
  return pkg
}

/** Converts a CycloneDX 1.6 BOM (JSON) into an SPDX 2.3 document (JSON). */
export function toSpdx(bom: Json, documentName: string): Json {
  const used = new Set<string>(['SPDXRef-DOCUMENT'])
  const ids = new Map<string, string>()
  const packages: Json[] = []
  const visit = (c: Json): void => {
    const ref = String(c['bom-ref'] ?? `${String(c.name)}@${String(c.version ?? '')}`)
    const id = spdxId(ref, used)
    ids.set(ref, id)
    packages.push(toPackage(c, id))
    for (const child of (c.components ?? []) as Json[]) visit(child)
  }
  const meta = (bom.metadata ?? {}) as Json
  const root = meta.component as Json | undefined
  if (root) visit(root)
  for (const c of (bom.components ?? []) as Json[]) visit(c)
  const relationships: Json[] = []
  if (root) {
    relationships.push({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: ids.get(String(root['bom-ref']))
    })
  }
  for (const d of (bom.dependencies ?? []) as Array<{ ref: string; dependsOn?: string[] }>) {
    const from = ids.get(d.ref)
    for (const to of d.dependsOn ?? []) {
      if (from && ids.get(to)) {
        relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(to) })
      }
    }
  }
  const serial = String(bom.serialNumber ?? '').replace(/^urn:uuid:/, '')
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: documentName,
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(documentName)}-${serial}`,
    creationInfo: {
      created: String(meta.timestamp ?? new Date().toISOString()).replace(/\.\d+Z$/, 'Z'),
      creators: [`Tool: ${TOOL_NAME}-${VERSION}`]
    },
    packages,
    relationships
  }
}
