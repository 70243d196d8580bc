/**
 * The gate behind each action name, loaded when it runs: a CLI run imports only the
 * gate it runs (the built CLI keeps each gate in a chunk of its own). When an action
 * lands, add a module gates/<action>.ts that exports its gate as `gate`, and one line
 * here. Metadata of every action (names, inputs, help) comes from the action specs,
 * never from here.
 */
import type { GateLoader } from '@ai-act-gates/action-kit'

/** Gate loaders by action name. */
export const GATES: Readonly<Record<string, GateLoader>> = {
  'art12-log-gates': async () => (await import('./gates/art12-log-gates.js')).gate,
  'art19-retention': async () => (await import('./gates/art19-retention.js')).gate,
  'audit-record': async () => (await import('./gates/audit-record.js')).gate,
  'cosign-verify': async () => (await import('./gates/cosign-verify.js')).gate,
  'evidence-hash': async () => (await import('./gates/evidence-hash.js')).gate,
  'sbom-attest': async () => (await import('./gates/sbom-attest.js')).gate,
  'log-export': async () => (await import('./gates/log-export.js')).gate,
  'verify-signed-commits': async () => (await import('./gates/verify-signed-commits.js')).gate
}

/** True when an action of this name has a gate. */
export function hasGate(name: string): boolean {
  return Object.hasOwn(GATES, name)
}
