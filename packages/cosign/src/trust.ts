/** The trusted root a verification uses: the given file, or the public-good root through TUF. */
import type { GateContext } from '@ai-act-gates/action-kit'
import { keyOnlyTrustedRoot, trustedRootFor, type LoadedTrustedRoot } from '@ai-act-gates/sigstore'
import type { CosignVerifyInputs } from './inputs.js'

/** Loads the trust for a run. */
export async function trustFor(ctx: GateContext, inputs: CosignVerifyInputs): Promise<LoadedTrustedRoot> {
  // Key mode without a trusted root trusts the key alone.
  if (!inputs.trustedRoot && inputs.publicKey !== undefined && inputs.insecureIgnoreTlog)
    return keyOnlyTrustedRoot('(the key only)')
  return trustedRootFor(inputs.trustedRoot, r => ctx.recordResource(r))
}
