/** The art19-retention gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { art19RetentionGate as gate } from '@ai-act-gates/retention'
