import { runAction } from '@ai-act-gates/action-kit'
import { cosignVerifyGate } from '@ai-act-gates/cosign'

await runAction(cosignVerifyGate)
