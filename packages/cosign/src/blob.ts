/**
 * Blob mode, like `cosign verify-blob --bundle`: one Sigstore bundle and the artifact
 * file it signs (a message signature over its digest, or a DSSE statement naming it).
 */
import { readFile } from 'node:fs/promises'
import { GateError, makeCheck, toGateError } from '@ai-act-gates/core'
import { sha256Hex } from '@ai-act-gates/files'
import type { GateContext, GateRun } from '@ai-act-gates/action-kit'
import { parseJsonText, verifyBundle, type VerifiedBundle } from '@ai-act-gates/sigstore'
import { VERIFY_ARTICLES } from './image.js'
import type { CosignVerifyInputs } from './inputs.js'
import { trustFor } from './trust.js'

async function read(file: { absolute: string; display: string }): Promise<Buffer> {
  try {
    return await readFile(file.absolute)
  } catch (error) {
    throw toGateError(error, file.display)
  }
}

/** Runs blob mode. */
export async function verifyBlob(inputs: CosignVerifyInputs, ctx: GateContext): Promise<GateRun> {
  const bundleFile = inputs.bundle!
  const artifactFile = inputs.artifact!
  const bundleBytes = await read(bundleFile)
  const bundle = parseJsonText(bundleBytes.toString('utf8'), bundleFile.display)
  const artifact = await read(artifactFile)
  const trust = await trustFor(ctx, inputs)
  const digest = `sha256:${sha256Hex(artifact)}`
  let verified: VerifiedBundle | undefined
  let failure: string | undefined
  try {
    verified = verifyBundle(
      bundle,
      { artifact },
      {
        trust,
        ...(inputs.policy ? { policy: inputs.policy } : {}),
        ...(inputs.publicKey !== undefined
          ? { publicKey: inputs.publicKey, ignoreTlog: inputs.insecureIgnoreTlog }
          : {})
      }
    )
  } catch (error) {
    if (error instanceof GateError && error.code === 'BUNDLE_INVALID') {
      throw new GateError('BUNDLE_INVALID', error.detail, { file: bundleFile.display, cause: error })
    }
    if (
      !(error instanceof GateError) ||
      !['SIGNATURE_INVALID', 'POLICY_MISMATCH', 'SUBJECT_MISMATCH'].includes(error.code)
    ) {
      throw error
    }
    failure = `${error.code}: ${error.message}`
  }
  const signer = verified?.claims
    ? `${verified.claims.subjectAlternativeName} (issuer ${verified.claims.issuer})`
    : verified
      ? 'the given key'
      : ''
  return {
    subject: { artifact: artifactFile.display, digest, bundle: bundleFile.display },
    checks: [
      makeCheck(
        'bundle-verified',
        'Bundle verifies for the artifact',
        VERIFY_ARTICLES,
        verified ? 'pass' : 'fail',
        verified
          ? `${verified.kind} over ${artifactFile.display} (${digest}) signed by ${signer}, checked against ${trust.source}`
          : `${bundleFile.display} does not verify for ${artifactFile.display}: ${failure}`,
        {
          locations: [{ file: bundleFile.display }],
          evidence: verified
            ? {
                tlog: verified.tlogEntries,
                rfc3161Timestamps: verified.rfc3161Timestamps,
                ...(verified.statement ? { predicateType: verified.statement.predicateType } : {})
              }
            : {}
        }
      )
    ],
    evidence: [
      {
        path: artifactFile.display,
        sha256: digest.slice(7),
        size: artifact.length,
        role: 'input',
        category: 'artifact'
      },
      {
        path: bundleFile.display,
        sha256: sha256Hex(bundleBytes),
        size: bundleBytes.length,
        role: 'input',
        category: 'sigstore-bundle'
      }
    ],
    outputs: {
      digest,
      'signer-identity': verified?.claims?.subjectAlternativeName ?? (verified ? 'public-key' : ''),
      'signer-issuer': verified?.claims?.issuer ?? '',
      'verified-signatures': verified ? `bundle ${bundleFile.display}` : '',
      'verified-attestations': verified?.statement ? verified.statement.predicateType : ''
    }
  }
}
