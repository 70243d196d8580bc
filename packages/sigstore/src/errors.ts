/** Error codes of the Sigstore package, on top of the core ones. */
import { GateError, type GateErrorOptions } from '@ai-act-gates/core'

/** Why a signature or attestation was not accepted. */
export type SigstoreErrorCode =
  /** The bundle or signature is malformed. */
  | 'BUNDLE_INVALID'
  /** A cryptographic or transparency-log check failed. */
  | 'SIGNATURE_INVALID'
  /** The signer is not the one the policy expects. */
  | 'POLICY_MISMATCH'
  /** The signed payload names another artifact. */
  | 'SUBJECT_MISMATCH'
  /** The trusted root cannot be used. */
  | 'TRUSTED_ROOT_INVALID'
  /** Signing failed (Fulcio, Rekor, TSA or the key). */
  | 'SIGNING_FAILED'
  /** No OIDC token for keyless signing. */
  | 'OIDC_UNAVAILABLE'

/** A GateError with a Sigstore code. */
export function sigstoreError(
  code: SigstoreErrorCode,
  detail: string,
  options: GateErrorOptions = {}
): GateError<string> {
  return new GateError<string>(code, detail, options)
}
