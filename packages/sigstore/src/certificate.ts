/**
 * The claims Fulcio writes into a signing certificate (OID arc 1.3.6.1.4.1.57264.1):
 * the OIDC issuer and, for GitHub Actions, the workflow's repository, ref, trigger
 * and commit. Both the legacy raw-string extensions (.1-.6) and the DER UTF8String
 * ones (.8 onwards) are read.
 */
import { X509Certificate } from '@sigstore/core'

const ARC = '1.3.6.1.4.1.57264.1.'

/** The claims of a Fulcio certificate that policies can ask for. */
export interface FulcioClaims {
  /** The certificate's identity (SAN): URI, e-mail or other name. */
  subjectAlternativeName?: string
  /** OIDC issuer (.8, else legacy .1). */
  issuer?: string
  /** Event that triggered the workflow (legacy .2, else .20). */
  githubWorkflowTrigger?: string
  /** Commit of the workflow run (legacy .3, else .13). */
  githubWorkflowSha?: string
  /** Workflow name (legacy .4). */
  githubWorkflowName?: string
  /** `owner/repo` (legacy .5, else derived from .12). */
  githubWorkflowRepository?: string
  /** Git ref (legacy .6, else .14). */
  githubWorkflowRef?: string
  /** Build signer URI (.9): the workflow file and ref that signed. */
  buildSignerURI?: string
  /** Runner environment (.11): github-hosted or self-hosted. */
  runnerEnvironment?: string
  /** Source repository URI (.12). */
  sourceRepositoryURI?: string
  /** Run invocation URI (.21). */
  runInvocationURI?: string
}

function legacy(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(`${ARC}${n}`)
  return ext ? ext.value.toString('utf8') : undefined
}

function utf8(cert: X509Certificate, n: number): string | undefined {
  const ext = cert.extension(`${ARC}${n}`)
  if (!ext) return undefined
  try {
    return ext.valueObj.subs[0]?.value.toString('utf8')
  } catch {
    return undefined
  }
}

/** Reads the Fulcio claims of a certificate (DER bytes or PEM text). */
export function fulcioClaims(certificate: Buffer | string): FulcioClaims {
  const cert = X509Certificate.parse(certificate as Buffer<ArrayBuffer> | string)
  const sourceRepositoryURI = utf8(cert, 12)
  const fromUri = sourceRepositoryURI?.replace(/^https:\/\/[^/]+\//, '')
  const claims: FulcioClaims = {
    subjectAlternativeName: cert.subjectAltName,
    issuer: utf8(cert, 8) ?? legacy(cert, 1),
    githubWorkflowTrigger: legacy(cert, 2) ?? utf8(cert, 20),
    githubWorkflowSha: legacy(cert, 3) ?? utf8(cert, 13),
    githubWorkflowName: legacy(cert, 4),
    githubWorkflowRepository: legacy(cert, 5) ?? fromUri,
    githubWorkflowRef: legacy(cert, 6) ?? utf8(cert, 14),
    buildSignerURI: utf8(cert, 9),
    runnerEnvironment: utf8(cert, 11),
    sourceRepositoryURI,
    runInvocationURI: utf8(cert, 21)
  }
  for (const k of Object.keys(claims) as Array<keyof FulcioClaims>) if (claims[k] === undefined) delete claims[k]
  return claims
}
