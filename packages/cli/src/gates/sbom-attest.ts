/** The sbom-attest gate, alone in a module: the built CLI keeps it in a chunk of its own. */
export { sbomAttestGate as gate } from '@ai-act-gates/sbom'
