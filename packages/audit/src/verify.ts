/**
 * Verify mode, for auditors: is this record the one that was signed, by the signer
 * they trust, and does it record a run that passed? Checks the record against its
 * schema, the signature over the statement (a DSSE envelope with the auditor's key,
 * or a Sigstore bundle for the identity and issuer the auditor expects), that the
 * statement carries exactly this record, that the record names that signer, and
 * optionally that every artefact still has its recorded digest.
 */
import { createPublicKey } from 'node:crypto'
import { access, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { GateError, makeCheck, toGateError, type Check, type Location } from '@ai-act-gates/core'
import { loadConfig, parseConfigText } from '@ai-act-gates/config'
import type { GateContext, GateRun } from '@ai-act-gates/action-kit'
import { sha256File, sha256Hex, toPosixRelative } from '@ai-act-gates/files'
import { CONTRACT_ARTICLES } from './contract.js'
import { RECORD_SCHEMA, type PipelineAuditRecord } from './record.js'
import { trustedRootFor, parseJsonText, verifyBundle, type VerifiedBundle } from '@ai-act-gates/sigstore'
import { keyIdOf, verifyEnvelope, type DsseEnvelope, type SignerIdentity } from './signer.js'
import { RECORD_PREDICATE_TYPE } from './statement.js'

/** What every verification is given. */
interface VerifyCommon {
  /** The record (absolute path). */
  record: string
  /** Its signature (absolute path): a DSSE envelope or a Sigstore bundle. */
  signature: string
  /** Re-hash every artefact the record lists. */
  checkArtefacts: boolean
}

/** Verify mode for a DSSE envelope: the public key the auditor trusts. */
export interface DsseVerifyInputs extends VerifyCommon {
  kind: 'dsse'
  /** PEM public key. */
  publicKey: string
}

/** Verify mode for a Sigstore bundle: the signer the auditor expects, and the root they trust. */
export interface BundleVerifyInputs extends VerifyCommon {
  kind: 'sigstore'
  /** The exact certificate identity (SAN) that must have signed. */
  certificateIdentity: string
  /** The exact OIDC issuer of that identity. */
  certificateOidcIssuer: string
  /** A trusted_root.json; the public-good root through TUF when absent. */
  trustedRoot?: { absolute: string; display: string }
}

/** Typed inputs of verify mode. */
export type VerifyInputs = DsseVerifyInputs | BundleVerifyInputs

/** True when a signature file is a Sigstore bundle (`.sigstore.json`), not a DSSE envelope. */
export function isSigstoreBundlePath(file: string): boolean {
  return /\.sigstore\.json$/i.test(file)
}

/** The signature file next to a record: the DSSE envelope, or a Sigstore bundle. */
export async function findSignature(record: string): Promise<string> {
  const stem = record.replace(/\.json$/i, '')
  for (const ext of ['.intoto.dsse.json', '.intoto.sigstore.json']) {
    const candidate = `${stem}${ext}`
    if (
      await access(candidate).then(
        () => true,
        () => false
      )
    )
      return candidate
  }
  return `${stem}.intoto.dsse.json`
}

async function readEnvelope(file: string, display: string): Promise<DsseEnvelope> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  const value = parseConfigText(text, display).value as Partial<DsseEnvelope> | null
  const ok =
    value !== null &&
    typeof value === 'object' &&
    typeof value.payloadType === 'string' &&
    typeof value.payload === 'string' &&
    Array.isArray(value.signatures) &&
    value.signatures.every(s => s && typeof s.sig === 'string')
  if (!ok) {
    const field =
      typeof value?.payloadType !== 'string'
        ? 'payloadType'
        : typeof value?.payload !== 'string'
          ? 'payload'
          : 'signatures'
    throw new GateError('SCHEMA_VIOLATION', 'not a DSSE envelope (payloadType, payload and signatures[].sig)', {
      file: display,
      field
    })
  }
  return value as DsseEnvelope
}

async function artefactsCheck(record: PipelineAuditRecord, workspace: string): Promise<Check> {
  const changed: Location[] = []
  const messages: string[] = []
  const seen = new Set<string>()
  for (const a of record.artefacts) {
    if (seen.has(`${a.path}\0${a.sha256}`)) continue
    seen.add(`${a.path}\0${a.sha256}`)
    const absolute = path.resolve(workspace, a.path)
    try {
      const digest = await sha256File(absolute, a.path)
      if (digest.sha256 !== a.sha256) {
        changed.push({ file: a.path })
        messages.push(`${a.path} changed`)
      }
    } catch (error) {
      changed.push({ file: a.path })
      messages.push(`${a.path}: ${toGateError(error, a.path).detail}`)
    }
  }
  const title = 'Every artefact still has its recorded digest'
  return changed.length === 0
    ? makeCheck('artefacts-match', title, CONTRACT_ARTICLES, 'pass', `${seen.size} artefact(s) match their SHA-256`)
    : makeCheck('artefacts-match', title, CONTRACT_ARTICLES, 'fail', messages.join('; '), { locations: changed })
}

/** What checking the signature gave: its check, the payload it vouches for, and the signer it names. */
interface SignatureOutcome {
  check: Check
  /** The signed payload, when the signature verified. */
  payload?: Buffer
  /** How the verified signer is compared with the record's `signing`. */
  signer?: { describe: string; matches(signing: SignerIdentity): string | undefined }
}

const SIGNATURE_TITLE = 'The signature verifies for the trusted signer'

function envelopeSignature(inputs: DsseVerifyInputs, envelope: DsseEnvelope, signatureRel: string): SignatureOutcome {
  let payload: Buffer
  try {
    payload = verifyEnvelope(envelope, inputs.publicKey)
  } catch (error) {
    return {
      check: makeCheck('signature-verifies', SIGNATURE_TITLE, CONTRACT_ARTICLES, 'fail', toGateError(error).detail, {
        locations: [{ file: signatureRel, field: 'signatures' }]
      })
    }
  }
  const keyId = keyIdOf(createPublicKey(inputs.publicKey))
  return {
    payload,
    check: makeCheck(
      'signature-verifies',
      SIGNATURE_TITLE,
      CONTRACT_ARTICLES,
      'pass',
      `${signatureRel} is signed by the given key`
    ),
    signer: {
      describe: `key ${keyId}`,
      matches: signing =>
        signing.kind !== 'key' && signing.kind !== 'ephemeral'
          ? `the record says it was signed ${signing.kind}, not with a key`
          : signing.keyId !== keyId
            ? `the record names key ${signing.keyId ?? '(none)'}, not ${keyId}`
            : undefined
    }
  }
}

/** Reads a Sigstore bundle's JSON; anything but a DSSE bundle with an in-toto subject is an error naming the field. */
async function readBundle(file: string, display: string): Promise<{ json: unknown; digest: string }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  const json = parseJsonText(text, display) as { dsseEnvelope?: { payload?: unknown } } | null
  const payload = json !== null && typeof json === 'object' ? json.dsseEnvelope?.payload : undefined
  if (typeof payload !== 'string') {
    throw new GateError('SCHEMA_VIOLATION', 'not a Sigstore bundle with a DSSE envelope (dsseEnvelope.payload)', {
      file: display,
      field: 'dsseEnvelope.payload'
    })
  }
  let sha256: unknown
  try {
    const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      subject?: Array<{ digest?: { sha256?: unknown } }>
    }
    sha256 = statement.subject?.[0]?.digest?.sha256
  } catch {
    sha256 = undefined
  }
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(sha256)) {
    throw new GateError('SCHEMA_VIOLATION', 'the signed payload is not an in-toto statement with a sha256 subject', {
      file: display,
      field: 'dsseEnvelope.payload'
    })
  }
  return { json, digest: `sha256:${sha256}` }
}

async function bundleSignature(
  inputs: BundleVerifyInputs,
  signatureRel: string,
  ctx: GateContext
): Promise<SignatureOutcome> {
  const bundle = await readBundle(inputs.signature, signatureRel)
  const trust = await trustedRootFor(inputs.trustedRoot, r => ctx.recordResource(r))
  const policy = {
    certificateIdentity: inputs.certificateIdentity,
    certificateOidcIssuer: inputs.certificateOidcIssuer
  }
  let verified: VerifiedBundle
  try {
    verified = verifyBundle(bundle.json, { digest: bundle.digest }, { trust, policy })
  } catch (error) {
    const e = toGateError(error)
    if (e.code === 'BUNDLE_INVALID') {
      // @sigstore/bundle's ValidationError names the fields it could not read
      const fields = ((error as Error).cause as { fields?: unknown } | undefined)?.fields
      const field = Array.isArray(fields) && fields.length > 0 ? fields.join(', ') : undefined
      throw new GateError(e.code, e.detail, { file: signatureRel, ...(field ? { field } : {}), cause: error })
    }
    if (!['SIGNATURE_INVALID', 'POLICY_MISMATCH', 'SUBJECT_MISMATCH'].includes(e.code)) throw error
    const field = e.code === 'POLICY_MISMATCH' ? 'verificationMaterial.certificate' : 'verificationMaterial'
    return {
      check: makeCheck('signature-verifies', SIGNATURE_TITLE, CONTRACT_ARTICLES, 'fail', e.detail, {
        locations: [{ file: signatureRel, field }]
      })
    }
  }
  const tlog = verified.tlogEntries[0]
  const describe = `${inputs.certificateIdentity} (issuer ${inputs.certificateOidcIssuer})`
  return {
    payload: Buffer.from((bundle.json as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64'),
    check: makeCheck(
      'signature-verifies',
      SIGNATURE_TITLE,
      CONTRACT_ARTICLES,
      'pass',
      `${signatureRel} is signed keyless by ${describe}, verified against ${trust.source}${tlog ? `, Rekor log index ${tlog.logIndex}` : ''}`,
      { evidence: { identity: inputs.certificateIdentity, issuer: inputs.certificateOidcIssuer } }
    ),
    signer: {
      describe,
      matches: signing =>
        signing.kind !== 'sigstore-keyless'
          ? `the record says it was signed with ${signing.kind}, not Sigstore keyless`
          : signing.identity !== inputs.certificateIdentity || signing.issuer !== inputs.certificateOidcIssuer
            ? `the record names ${signing.identity ?? '(no identity)'} (issuer ${signing.issuer ?? '(none)'}), not ${describe}`
            : undefined
    }
  }
}

function statementCheck(payload: Buffer | undefined, record: PipelineAuditRecord, recordRel: string): Check {
  const title = 'The signed statement carries exactly this record'
  if (payload === undefined) {
    return makeCheck(
      'statement-matches-record',
      title,
      CONTRACT_ARTICLES,
      'skipped',
      'the signature did not verify, so its payload is not trusted'
    )
  }
  let statement: {
    _type?: string
    predicateType?: string
    predicate?: unknown
    subject?: Array<{ name: string; digest: Record<string, string> }>
  }
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement
  } catch {
    statement = {}
  }
  const problems: string[] = []
  if (statement._type !== 'https://in-toto.io/Statement/v1') problems.push(`_type is ${String(statement._type)}`)
  if (statement.predicateType !== RECORD_PREDICATE_TYPE)
    problems.push(`predicateType is ${String(statement.predicateType)}`)
  if (!isDeepStrictEqual(statement.predicate, record))
    problems.push(`the predicate differs from ${recordRel}: the record was changed after signing`)
  const gates = statement.subject?.find(s => s.name === record.gatesFile.path)
  if (gates?.digest.sha256 !== record.gatesFile.sha256)
    problems.push('the gates file subject does not match the record')
  return makeCheck(
    'statement-matches-record',
    title,
    CONTRACT_ARTICLES,
    problems.length === 0 ? 'pass' : 'fail',
    problems.length === 0 ? `the statement's predicate is ${recordRel}` : problems.join('; '),
    { locations: problems.length === 0 ? [] : [{ file: recordRel }] }
  )
}

function signerCheck(outcome: SignatureOutcome, record: PipelineAuditRecord, recordRel: string): Check {
  const title = 'The record names the signer that signed it'
  if (!outcome.signer) {
    return makeCheck(
      'signer-matches-record',
      title,
      CONTRACT_ARTICLES,
      'skipped',
      'the signature did not verify, so there is no signer to compare'
    )
  }
  const problem = outcome.signer.matches(record.signing)
  return problem === undefined
    ? makeCheck(
        'signer-matches-record',
        title,
        CONTRACT_ARTICLES,
        'pass',
        `the record names ${outcome.signer.describe}`
      )
    : makeCheck('signer-matches-record', title, CONTRACT_ARTICLES, 'fail', problem, {
        locations: [{ file: recordRel, field: 'signing' }]
      })
}

/**
 * Verifies a record and its signature: a DSSE envelope with the auditor's public key,
 * or a Sigstore bundle for the identity and issuer the auditor expects, against the
 * trusted root they give (public-good through TUF otherwise). The record's own
 * `signing` is only compared with what verified, never trusted.
 */
export async function verifyRecord(inputs: VerifyInputs, ctx: GateContext): Promise<GateRun> {
  const workspace = ctx.workspace
  const recordRel = toPosixRelative(workspace, inputs.record)
  const signatureRel = toPosixRelative(workspace, inputs.signature)
  const record = await loadConfig<PipelineAuditRecord>(inputs.record, RECORD_SCHEMA, recordRel)
  const outcome =
    inputs.kind === 'sigstore'
      ? await bundleSignature(inputs, signatureRel, ctx)
      : envelopeSignature(inputs, await readEnvelope(inputs.signature, signatureRel), signatureRel)
  const checks: Check[] = [
    makeCheck(
      'record-valid',
      'The record matches its schema',
      CONTRACT_ARTICLES,
      'pass',
      `${recordRel} is a valid pipeline audit record`
    ),
    outcome.check,
    statementCheck(outcome.payload, record, recordRel),
    signerCheck(outcome, record, recordRel),
    makeCheck(
      'record-passed',
      'The record shows a run that passed',
      CONTRACT_ARTICLES,
      record.status === 'pass' ? 'pass' : 'fail',
      record.status === 'pass' ? record.summary : `the record says ${record.status}: ${record.summary}`,
      { locations: record.status === 'pass' ? [] : [{ file: recordRel, field: 'status' }] }
    )
  ]
  if (inputs.checkArtefacts) checks.push(await artefactsCheck(record, workspace))
  const recordText = await readFile(inputs.record)
  return {
    subject: {
      system: record.system.id,
      record: recordRel,
      recordSha256: sha256Hex(recordText),
      signature: signatureRel
    },
    checks,
    evidence: [
      {
        path: recordRel,
        sha256: sha256Hex(recordText),
        size: recordText.length,
        role: 'input',
        category: 'pipeline-audit-record'
      },
      {
        path: signatureRel,
        ...(await sha256File(inputs.signature, signatureRel)),
        role: 'input',
        category: inputs.kind === 'sigstore' ? 'sigstore-bundle' : 'dsse-envelope'
      }
    ],
    metrics: { artefacts: record.artefacts.length, gates: record.gates.length },
    outputs: { 'record-path': recordRel, 'record-sha256': sha256Hex(recordText), 'signature-path': signatureRel }
  }
}
