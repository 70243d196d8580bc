/**
 * The sbom-attest gate. Seed 000: "For AI systems specifically, the SBOM should
 * extend beyond software dependencies to include model artefacts and their
 * provenance ... The SBOM can be attached to the container image as an attestation
 * ... the image is signed, the SBOM is attested to the image, and both can be
 * verified at deployment time."
 */
import { createPublicKey } from 'node:crypto'
import { makeCheck, type Check, type EvidenceFile } from '@ai-act-gates/core'
import { sha256Hex, writeFileAtomic } from '@ai-act-gates/files'
import type { GateDefinition } from '@ai-act-gates/action-kit'
import { formatReference } from '@ai-act-gates/oci'
import { attest, ATTEST_ARTICLES, resolveSubject, type AttestSubject } from './attest.js'
import { buildSbom } from './build.js'
import { parseSbomInputs, type SbomAttestInputs } from './inputs.js'
import { toSpdx } from './spdx.js'

/** The public key path beside an SBOM output signed ephemerally: `sbom.cdx.json` gives `sbom.cdx.pub.pem`. */
export function publicKeyPathFor(output: string): string {
  return output.replace(/(\.json)?$/i, '.pub.pem')
}

/** The bundle path beside an SBOM output: `sbom.cdx.json` gives `sbom.cdx.sigstore.json`. */
export function bundlePathFor(output: string): string {
  return output.replace(/(\.json)?$/i, '.sigstore.json')
}

async function writeOutput(absolute: string, display: string, text: string, role: string): Promise<EvidenceFile> {
  await writeFileAtomic(absolute, text, { displayPath: display })
  return { path: display, sha256: sha256Hex(text), size: Buffer.byteLength(text), role: 'output', category: role }
}

async function run(inputs: SbomAttestInputs, ctx: Parameters<GateDefinition<SbomAttestInputs>['run']>[1]) {
  const now = new Date()
  const subjectImage = await resolveSubject(ctx, inputs)
  const built = await buildSbom(ctx, inputs, now)
  const checks: Check[] = [...built.checks]
  const evidence: EvidenceFile[] = built.files.map(f => ({
    path: f.path,
    sha256: f.sha256,
    size: f.size,
    role: 'input' as const,
    category: 'model-artefact'
  }))
  const sbomText = JSON.stringify(built.bom, null, 2) + '\n'
  const sbomSha256 = sha256Hex(sbomText)
  evidence.push(await writeOutput(inputs.output.absolute, inputs.output.display, sbomText, 'sbom'))
  const outputs: Record<string, string> = {
    'sbom-path': inputs.output.display,
    'sbom-sha256': sbomSha256,
    'component-count': String(((built.bom.components ?? []) as unknown[]).length),
    'model-count': String(built.models)
  }
  if (inputs.spdxOutput) {
    const spdx = JSON.stringify(toSpdx(built.bom, inputs.output.display), null, 2) + '\n'
    evidence.push(await writeOutput(inputs.spdxOutput.absolute, inputs.spdxOutput.display, spdx, 'spdx'))
    outputs['spdx-path'] = inputs.spdxOutput.display
  }
  if (subjectImage) outputs['image-digest'] = subjectImage.digest
  if (inputs.signing !== 'none') {
    if (!built.ok) {
      checks.push(
        makeCheck(
          'attestation-signed',
          'SBOM attestation signed',
          ATTEST_ARTICLES,
          'skipped',
          'not signed: an SBOM that failed a check is never attested'
        )
      )
    } else {
      const subject: AttestSubject = subjectImage ?? { name: inputs.output.display, digest: `sha256:${sbomSha256}` }
      const attested = await attest(ctx, inputs, built.bom, subject)
      checks.push(...attested.checks)
      Object.assign(outputs, attested.outputs)
      const bundlePath = bundlePathFor(inputs.output.absolute)
      const bundleDisplay = bundlePathFor(inputs.output.display)
      evidence.push(
        await writeOutput(bundlePath, bundleDisplay, JSON.stringify(attested.bundle) + '\n', 'sigstore-bundle')
      )
      outputs['bundle-path'] = bundleDisplay
      if (inputs.signing === 'ephemeral') {
        const pem = createPublicKey(inputs.key!).export({ format: 'pem', type: 'spki' }).toString()
        const keyDisplay = publicKeyPathFor(inputs.output.display)
        evidence.push(await writeOutput(publicKeyPathFor(inputs.output.absolute), keyDisplay, pem, 'public-key'))
        outputs['public-key-path'] = keyDisplay
      }
    }
  }
  const subject: Record<string, string> = { sbom: inputs.output.display, sbomSha256 }
  if (subjectImage && inputs.image) subject.image = formatReference({ ...inputs.image, digest: subjectImage.digest })
  return {
    subject,
    checks,
    evidence,
    metrics: {
      components: ((built.bom.components ?? []) as unknown[]).length,
      packages: built.packages.length,
      lockfiles: built.lockfiles.length,
      models: built.models,
      datasets: built.datasets,
      sbomBytes: Buffer.byteLength(sbomText)
    },
    outputs
  }
}

/** The sbom-attest gate definition. */
export const sbomAttestGate: GateDefinition<SbomAttestInputs> = {
  name: 'sbom-attest',
  secretInputs: ['key'],
  parseInputs: parseSbomInputs,
  run
}
