import { runAction } from '@ai-act-gates/action-kit'
import { logExportGate } from '@ai-act-gates/export'

await runAction(logExportGate)
