/** The trusted root a verification uses: the given file, or the public-good root through TUF. */
import type { GateContext } from '@ai-act-gates/action-kit'
import {
  loadTrustedRoot,
  parseTrustedRoot,
  publicGoodTrustedRoot,
  type LoadedTrustedRoot
} from '@ai-act-gates/sigstore'
import type { CosignVerifyInputs } from './inputs.js'

/** Key mode without a trusted root trusts the key alone. */
const EMPTY_ROOT = '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}'

/** Loads the trust for a run. */
export async function trustFor(ctx: GateContext, inputs: CosignVerifyInputs): Promise<LoadedTrustedRoot> {
  if (inputs.trustedRoot) return loadTrustedRoot(inputs.trustedRoot.absolute, inputs.trustedRoot.display)
  if (inputs.publicKey !== undefined && inputs.insecureIgnoreTlog) return parseTrustedRoot(EMPTY_ROOT, '(the key only)')
  ctx.recordResource({ kind: 'http', uri: 'https://tuf-repo-cdn.sigstore.dev', method: 'GET' })
  return publicGoodTrustedRoot()
}
