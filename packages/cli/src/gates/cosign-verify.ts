/** The cosign-verify gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { cosignVerifyGate as gate } from '@ai-act-gates/cosign'
