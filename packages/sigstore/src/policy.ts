/**
 * Who must have signed: a keyless identity (exact or regular expression), its OIDC
 * issuer, and optional GitHub workflow claims, named after cosign's flags. Regular
 * expressions must match the whole value (they are anchored), so a pattern can
 * never admit more than it spells out.
 */
import { GateError } from '@ai-act-gates/core'
import type { FulcioClaims } from './certificate.js'
import { sigstoreError } from './errors.js'

/** A keyless identity policy. */
export interface IdentityPolicy {
  /** `--certificate-identity`: the exact SAN. */
  certificateIdentity?: string
  /** `--certificate-identity-regexp`: a pattern the whole SAN must match. */
  certificateIdentityRegexp?: string
  /** `--certificate-oidc-issuer`: the exact issuer. */
  certificateOidcIssuer?: string
  /** `--certificate-oidc-issuer-regexp`: a pattern the whole issuer must match. */
  certificateOidcIssuerRegexp?: string
  /** `--certificate-github-workflow-repository`: `owner/repo`. */
  githubWorkflowRepository?: string
  /** `--certificate-github-workflow-ref`: such as `refs/heads/main`. */
  githubWorkflowRef?: string
  /** `--certificate-github-workflow-trigger`: such as `push`. */
  githubWorkflowTrigger?: string
}

/** Compiles an anchored regular expression; a bad pattern is INPUT_INVALID naming the input. */
export function anchoredRegExp(pattern: string, field: string): RegExp {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u')
  } catch (error) {
    throw new GateError(
      'INPUT_INVALID',
      `input '${field}' is not a valid regular expression: ${(error as Error).message}`,
      {
        field
      }
    )
  }
}

/** Checks that a keyless policy is complete: an identity and an issuer, each exact or a pattern, not both. */
export function checkIdentityPolicy(policy: IdentityPolicy): void {
  const pairs: Array<[keyof IdentityPolicy, keyof IdentityPolicy, string, string]> = [
    ['certificateIdentity', 'certificateIdentityRegexp', 'certificate-identity', 'certificate-identity-regexp'],
    [
      'certificateOidcIssuer',
      'certificateOidcIssuerRegexp',
      'certificate-oidc-issuer',
      'certificate-oidc-issuer-regexp'
    ]
  ]
  for (const [exact, re, exactName, reName] of pairs) {
    if (policy[exact] !== undefined && policy[re] !== undefined) {
      throw new GateError('INPUT_CONFLICT', `give '${exactName}' or '${reName}', not both`, { field: reName })
    }
    if (policy[exact] === undefined && policy[re] === undefined) {
      throw new GateError('INPUT_MISSING', `keyless verification needs '${exactName}' or '${reName}'`, {
        field: exactName,
        hint: 'Say who must have signed; or give key for key-signed images'
      })
    }
    if (policy[re] !== undefined) anchoredRegExp(policy[re]!, reName)
  }
}

function expect(name: string, actual: string | undefined, exact?: string, pattern?: string, field?: string): void {
  if (exact !== undefined && actual !== exact) {
    throw sigstoreError(
      'POLICY_MISMATCH',
      `the certificate's ${name} is ${actual === undefined ? 'absent' : `'${actual}'`}, expected '${exact}'`,
      field ? { field } : {}
    )
  }
  if (pattern !== undefined && (actual === undefined || !anchoredRegExp(pattern, field ?? name).test(actual))) {
    throw sigstoreError(
      'POLICY_MISMATCH',
      `the certificate's ${name} is ${actual === undefined ? 'absent' : `'${actual}'`}, which does not match /${pattern}/`,
      field ? { field } : {}
    )
  }
}

/** Checks a signer's certificate claims against the policy; throws POLICY_MISMATCH naming the claim. */
export function matchIdentity(policy: IdentityPolicy, claims: FulcioClaims): void {
  expect(
    'identity',
    claims.subjectAlternativeName,
    policy.certificateIdentity,
    policy.certificateIdentityRegexp,
    policy.certificateIdentity !== undefined ? 'certificate-identity' : 'certificate-identity-regexp'
  )
  expect(
    'OIDC issuer',
    claims.issuer,
    policy.certificateOidcIssuer,
    policy.certificateOidcIssuerRegexp,
    policy.certificateOidcIssuer !== undefined ? 'certificate-oidc-issuer' : 'certificate-oidc-issuer-regexp'
  )
  expect(
    'GitHub workflow repository',
    claims.githubWorkflowRepository,
    policy.githubWorkflowRepository,
    undefined,
    'certificate-github-workflow-repository'
  )
  expect(
    'GitHub workflow ref',
    claims.githubWorkflowRef,
    policy.githubWorkflowRef,
    undefined,
    'certificate-github-workflow-ref'
  )
  expect(
    'GitHub workflow trigger',
    claims.githubWorkflowTrigger,
    policy.githubWorkflowTrigger,
    undefined,
    'certificate-github-workflow-trigger'
  )
}
