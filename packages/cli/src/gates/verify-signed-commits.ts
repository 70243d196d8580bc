/** The verify-signed-commits gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { signedCommitsGate as gate } from '@ai-act-gates/commits'
