/** The typed inputs of sbom-attest, read at the edge with exact messages for contradictions. */
import { generateKeyPairSync } from 'node:crypto'
import { GateError } from '@ai-act-gates/core'
import { fileInput, pemInput, type GateContext, type RawInputs } from '@ai-act-gates/action-kit'
import { parseReference, type ImageReference } from '@ai-act-gates/oci'
import { DEFAULT_REQUIRED_FIELDS, parseRequiredFields } from './completeness.js'

/** Typed inputs. */
export interface SbomAttestInputs {
  /** SBOM to extend (absolute path), with its display path. */
  sbom?: { absolute: string; display: string }
  /** Lockfile globs; empty means detect. */
  lockfiles: string[]
  models?: { absolute: string; display: string }
  requiredModelFields: string[]
  image?: ImageReference
  pushToRegistry: boolean
  pushToGithub: boolean
  signing: 'keyless' | 'key' | 'ephemeral' | 'none'
  /** The private key PEM (signing: key). */
  key?: string
  trustedRoot?: { absolute: string; display: string }
  output: { absolute: string; display: string }
  spdxOutput?: { absolute: string; display: string }
  githubToken?: string
}

/** Parses the inputs. */
export async function parseSbomInputs(raw: RawInputs, ctx: GateContext): Promise<SbomAttestInputs> {
  const signing = raw.oneOf('signing', ['keyless', 'key', 'ephemeral', 'none'] as const, 'keyless')
  const keyValue = raw.optional('key')
  if (signing === 'key' && keyValue === undefined) {
    throw new GateError('INPUT_MISSING', "input 'key' is required with signing: key", { field: 'key' })
  }
  if (signing !== 'key' && keyValue !== undefined) {
    throw new GateError('INPUT_CONFLICT', `input 'key' is given but signing is '${signing}'; set signing: key`, {
      field: 'signing'
    })
  }
  const imageText = raw.optional('image')
  const image = imageText === undefined ? undefined : parseReference(imageText, 'image')
  const pushToRegistry = raw.boolean('push-to-registry', true)
  const pushToGithub = raw.boolean('push-to-github', false)
  if (pushToGithub && !image) {
    throw new GateError('INPUT_MISSING', "input 'image' is required with push-to-github: true", { field: 'image' })
  }
  if ((pushToGithub || (pushToRegistry && image)) && signing === 'none') {
    throw new GateError('INPUT_CONFLICT', 'an attestation is pushed only when signed; signing is none', {
      field: 'signing',
      hint: 'Set push-to-registry: false and push-to-github: false, or sign'
    })
  }
  const required = raw.list('required-model-fields')
  const inputs: SbomAttestInputs = {
    lockfiles: raw.list('lockfiles'),
    requiredModelFields: required.length > 0 ? parseRequiredFields(required) : DEFAULT_REQUIRED_FIELDS,
    pushToRegistry: pushToRegistry && image !== undefined,
    pushToGithub,
    signing,
    output: (await fileInput(raw, ctx, 'output', { mustExist: false }))!
  }
  const sbom = await fileInput(raw, ctx, 'sbom', { mustExist: true })
  if (sbom) inputs.sbom = sbom
  const models = await fileInput(raw, ctx, 'models', { mustExist: true })
  if (models) inputs.models = models
  if (image) inputs.image = image
  if (keyValue !== undefined) inputs.key = (await pemInput(raw, ctx, 'key'))!.pem
  if (signing === 'ephemeral') {
    // A key made for this run: the signature then shows the SBOM was not changed after
    // signing only to someone who trusts the public key written beside the bundle.
    inputs.key = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString()
    ctx.log.warning(
      'sbom-attest signs with an ephemeral key made for this run; use signing keyless (in Actions) or key for an attestation others can trust'
    )
  }
  const trustedRoot = await fileInput(raw, ctx, 'trusted-root', { mustExist: true })
  if (trustedRoot) inputs.trustedRoot = trustedRoot
  const spdx = await fileInput(raw, ctx, 'spdx-output', { mustExist: false })
  if (spdx) inputs.spdxOutput = spdx
  const token = raw.optional('github-token')
  if (token) inputs.githubToken = token
  return inputs
}
