import { runAction } from '@ai-act-gates/action-kit'
import { art19RetentionGate } from '@ai-act-gates/retention'

await runAction(art19RetentionGate)
