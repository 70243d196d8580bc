import { runAction } from '@ai-act-gates/action-kit'
import { art12LogGates } from '@ai-act-gates/art12'

await runAction(art12LogGates)
