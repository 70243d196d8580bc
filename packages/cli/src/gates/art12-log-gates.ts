/** The art12-log-gates gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { art12LogGates as gate } from '@ai-act-gates/art12'
