import { runAction } from '@ai-act-gates/action-kit'
import { evidenceHashGate } from '@ai-act-gates/evidence'

await runAction(evidenceHashGate)
