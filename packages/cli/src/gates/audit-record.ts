/** The audit-record gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { auditRecordGate as gate } from '@ai-act-gates/audit'
