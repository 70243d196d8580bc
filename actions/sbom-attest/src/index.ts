import { runAction } from '@ai-act-gates/action-kit'
import { sbomAttestGate } from '@ai-act-gates/sbom'

await runAction(sbomAttestGate)
