/** The gates behind each action name. Add one line when an action lands. */
import type { AnyGateDefinition } from '@ai-act-gates/action-kit'
import { art12LogGates } from '@ai-act-gates/art12'
import { auditRecordGate } from '@ai-act-gates/audit'
import { signedCommitsGate } from '@ai-act-gates/commits'
import { cosignVerifyGate } from '@ai-act-gates/cosign'
import { evidenceHashGate } from '@ai-act-gates/evidence'
import { art19RetentionGate } from '@ai-act-gates/retention'
import { sbomAttestGate } from '@ai-act-gates/sbom'
import { logExportGate } from '@ai-act-gates/export'

/** Gate definitions by action name. */
export const GATES: Record<string, AnyGateDefinition> = {
  'art12-log-gates': art12LogGates,
  'art19-retention': art19RetentionGate,
  'audit-record': auditRecordGate,
  'cosign-verify': cosignVerifyGate,
  'evidence-hash': evidenceHashGate,
  'sbom-attest': sbomAttestGate,
  'log-export': logExportGate,
  'verify-signed-commits': signedCommitsGate
}
