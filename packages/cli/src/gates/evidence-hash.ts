/** The evidence-hash gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { evidenceHashGate as gate } from '@ai-act-gates/evidence'
