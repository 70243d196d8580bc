/** The log-export gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { logExportGate as gate } from '@ai-act-gates/export'
