import { runAction } from '@ai-act-gates/action-kit'
import { signedCommitsGate } from '@ai-act-gates/commits'

await runAction(signedCommitsGate)
