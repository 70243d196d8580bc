/** Articles, limits and small helpers the art12 checks share. */
import { makeCheck, type Check } from '@ai-act-gates/core'

/** The five gates, in the order they run. */
export const GATE_NAMES = ['emission', 'schema', 'integrity', 'storage', 'reconstruction'] as const
/** One of the five gates. */
export type GateName = (typeof GATE_NAMES)[number]

/** Articles per gate. */
export const ARTICLES: Record<GateName, string[]> = {
  emission: ['Art.12(1)'],
  schema: ['Art.12(1)', 'Art.12(2)'],
  integrity: ['Art.12(1)', 'Art.12(2)', 'Art.19(1)'],
  storage: ['Art.12(1)', 'Art.19(1)'],
  reconstruction: ['Art.12(2)', 'Art.19(1)']
}

/** Locations listed per check in the GateResult; the counts are always complete. */
export const MAX_LOCATIONS = 1000

/** The check a gate reports when an input it needs is missing: skipped, never passed. */
export function skippedGate(gate: GateName, reason: string): Check {
  return makeCheck(gate, `${gate} gate`, ARTICLES[gate], 'skipped', reason)
}

/** Short form of a hash for messages. */
export function short(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 16)}…` : hash
}
