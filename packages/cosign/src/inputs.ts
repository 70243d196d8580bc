/** The typed inputs of cosign-verify, named after cosign's flags, read at the edge. */
import { GateError } from '@ai-act-gates/core'
import { fileInput, pemInput, type FileInput, type GateContext, type RawInputs } from '@ai-act-gates/action-kit'
import { parseReference, type ImageReference } from '@ai-act-gates/oci'
import { checkIdentityPolicy, type IdentityPolicy } from '@ai-act-gates/sigstore'

/** Typed inputs. */
export interface CosignVerifyInputs {
  mode: 'image' | 'blob'
  image?: ImageReference
  bundle?: FileInput
  artifact?: FileInput
  /** Keyless policy, when no key is given. */
  policy?: IdentityPolicy
  /** Public key PEM, in key mode. */
  publicKey?: string
  insecureIgnoreTlog: boolean
  trustedRoot?: FileInput
  requireAttestations: string[]
  githubAttestations: boolean
  githubToken?: string
}

const KEYLESS_INPUTS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'certificate-github-workflow-repository',
  'certificate-github-workflow-ref',
  'certificate-github-workflow-trigger'
]

/** Parses the inputs; contradictions are INPUT_CONFLICT naming the inputs. */
export async function parseCosignInputs(raw: RawInputs, ctx: GateContext): Promise<CosignVerifyInputs> {
  const imageText = raw.optional('image')
  const bundle = await fileInput(raw, ctx, 'bundle')
  const artifact = await fileInput(raw, ctx, 'artifact')
  const blob = bundle !== undefined || artifact !== undefined
  if (blob && imageText !== undefined) {
    throw new GateError('INPUT_CONFLICT', "give 'image', or 'bundle' and 'artifact' (blob mode), not both", {
      field: 'image'
    })
  }
  if (blob && (!bundle || !artifact)) {
    throw new GateError('INPUT_MISSING', `blob mode needs both 'bundle' and 'artifact'`, {
      field: bundle ? 'artifact' : 'bundle'
    })
  }
  if (!blob && imageText === undefined) {
    throw new GateError('INPUT_MISSING', "input 'image' is required (or 'bundle' and 'artifact' for a blob)", {
      field: 'image'
    })
  }
  const keyText = raw.optional('key')
  const keyless = KEYLESS_INPUTS.filter(n => raw.optional(n) !== undefined)
  if (keyText !== undefined && keyless.length > 0) {
    throw new GateError(
      'INPUT_CONFLICT',
      `give 'key' or a keyless identity, not both (also given: ${keyless.join(', ')})`,
      {
        field: keyless[0]!
      }
    )
  }
  const insecureIgnoreTlog = raw.boolean('insecure-ignore-tlog', false)
  if (insecureIgnoreTlog && keyText === undefined) {
    throw new GateError(
      'INPUT_CONFLICT',
      'insecure-ignore-tlog applies to key-signed artifacts only; keyless signatures always need the log',
      {
        field: 'insecure-ignore-tlog'
      }
    )
  }
  const requireAttestations = raw.list('require-attestations')
  const githubAttestations = raw.boolean('github-attestations', false)
  if (blob && (requireAttestations.length > 0 || githubAttestations)) {
    throw new GateError(
      'INPUT_CONFLICT',
      'require-attestations and github-attestations apply to images, not to blob mode',
      {
        field: requireAttestations.length > 0 ? 'require-attestations' : 'github-attestations'
      }
    )
  }
  const inputs: CosignVerifyInputs = {
    mode: blob ? 'blob' : 'image',
    insecureIgnoreTlog,
    requireAttestations,
    githubAttestations
  }
  if (imageText !== undefined) inputs.image = parseReference(imageText, 'image')
  if (bundle) inputs.bundle = bundle
  if (artifact) inputs.artifact = artifact
  if (keyText !== undefined) inputs.publicKey = (await pemInput(raw, ctx, 'key'))!.pem
  else {
    const policy: IdentityPolicy = {}
    const set = (k: keyof IdentityPolicy, n: string): void => {
      const v = raw.optional(n)
      if (v !== undefined) policy[k] = v
    }
    set('certificateIdentity', 'certificate-identity')
    set('certificateIdentityRegexp', 'certificate-identity-regexp')
    set('certificateOidcIssuer', 'certificate-oidc-issuer')
    set('certificateOidcIssuerRegexp', 'certificate-oidc-issuer-regexp')
    set('githubWorkflowRepository', 'certificate-github-workflow-repository')
    set('githubWorkflowRef', 'certificate-github-workflow-ref')
    set('githubWorkflowTrigger', 'certificate-github-workflow-trigger')
    checkIdentityPolicy(policy)
    inputs.policy = policy
  }
  const trustedRoot = await fileInput(raw, ctx, 'trusted-root')
  if (trustedRoot) inputs.trustedRoot = trustedRoot
  const token = raw.optional('github-token')
  if (token) inputs.githubToken = token
  return inputs
}
