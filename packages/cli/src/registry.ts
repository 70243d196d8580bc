/** The gates behind each action name. Add one line when an action lands. */
import type { AnyGateDefinition } from '@ai-act-gates/action-kit'
import { art12LogGates } from '@ai-act-gates/art12'
import { signedCommitsGate } from '@ai-act-gates/commits'
import { evidenceHashGate } from '@ai-act-gates/evidence'
import { logExportGate } from '@ai-act-gates/export'

/** Gate definitions by action name. */
export const GATES: Record<string, AnyGateDefinition> = {
  'art12-log-gates': art12LogGates,
  'evidence-hash': evidenceHashGate,
  'log-export': logExportGate,
  'verify-signed-commits': signedCommitsGate
}
