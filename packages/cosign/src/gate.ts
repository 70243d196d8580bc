/**
 * The cosign-verify gate. Seed 000: "The deployment infrastructure verifies
 * signatures before pulling images, and unsigned or unverified images are not
 * deployed ... the signature is verified against the expected certificate identity
 * and OIDC issuer before the image is admitted to the cluster."
 */
import type { GateDefinition } from '@ai-act-gates/action-kit'
import { verifyBlob } from './blob.js'
import { verifyImage } from './image.js'
import { parseCosignInputs, type CosignVerifyInputs } from './inputs.js'

/** The cosign-verify gate definition. */
export const cosignVerifyGate: GateDefinition<CosignVerifyInputs> = {
  name: 'cosign-verify',
  parseInputs: parseCosignInputs,
  run: (inputs, ctx) => (inputs.mode === 'blob' ? verifyBlob(inputs, ctx) : verifyImage(inputs, ctx))
}
