import { runAction } from '@ai-act-gates/action-kit'
import { auditRecordGate } from '@ai-act-gates/audit'

await runAction(auditRecordGate)
