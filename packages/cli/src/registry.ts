/** The gates behind each action name. Add one line when an action lands. */
import type { AnyGateDefinition } from '@ai-act-gates/action-kit'
import { evidenceHashGate } from '@ai-act-gates/evidence'
import { art19RetentionGate } from '@ai-act-gates/retention'

/** Gate definitions by action name. */
export const GATES: Record<string, AnyGateDefinition> = {
  'evidence-hash': evidenceHashGate,
  'art19-retention': art19RetentionGate
}
