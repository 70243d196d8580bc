/** The gates behind each action name. Add one line when an action lands. */
import type { AnyGateDefinition } from '@ai-act-gates/action-kit'
import { auditRecordGate } from '@ai-act-gates/audit'
import { evidenceHashGate } from '@ai-act-gates/evidence'

/** Gate definitions by action name. */
export const GATES: Record<string, AnyGateDefinition> = {
  'audit-record': auditRecordGate,
  'evidence-hash': evidenceHashGate
}
