/** The gates behind each action name. Add one line when an action lands. */
import type { AnyGateDefinition } from '@ai-act-gates/action-kit'
import { cosignVerifyGate } from '@ai-act-gates/cosign'
import { evidenceHashGate } from '@ai-act-gates/evidence'
import { sbomAttestGate } from '@ai-act-gates/sbom'

/** Gate definitions by action name. */
export const GATES: Record<string, AnyGateDefinition> = {
  'cosign-verify': cosignVerifyGate,
  'evidence-hash': evidenceHashGate,
  'sbom-attest': sbomAttestGate
}
