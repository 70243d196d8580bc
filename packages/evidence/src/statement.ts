/**
 * The in-toto Statement v1 for an evidence pack: the files as subjects, the
 * manifest's digest in the predicate. Ready to sign (cosign attest-blob, Sigstore).
 */
import type { RunContext } from '@ai-act-gates/core'
import type { EvidenceManifest } from './manifest.js'

/** The predicate type of the statement evidence-hash writes. */
export const EVIDENCE_PREDICATE_TYPE = 'https://ai-act-gates.dev/attestations/evidence-manifest/v1'

/** An in-toto Statement v1. */
export interface InTotoStatement {
  _type: 'https://in-toto.io/Statement/v1'
  subject: Array<{ name: string; digest: { sha256: string } }>
  predicateType: string
  predicate: Record<string, unknown>
}

/** Builds the statement for a manifest whose own bytes hash to `manifestSha256`. */
export function evidenceStatement(
  manifest: EvidenceManifest,
  manifestPath: string,
  manifestSha256: string,
  run: RunContext
): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: manifest.files.map(f => ({ name: f.path, digest: { sha256: f.sha256 } })),
    predicateType: EVIDENCE_PREDICATE_TYPE,
    predicate: {
      manifest: { path: manifestPath, digest: { sha256: manifestSha256 } },
      category: manifest.category,
      root: manifest.root,
      createdAt: manifest.createdAt,
      totals: manifest.totals,
      run
    }
  }
}
