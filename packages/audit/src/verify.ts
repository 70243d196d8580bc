/**
 * Verify mode, for auditors: is this record the one that was signed, by the key they
 * trust, and does it record a run that passed? Checks the record against its schema,
 * the DSSE signature over the statement, that the statement carries exactly this
 * record, and optionally that every artefact still has its recorded digest.
 */
import { access, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { GateError, makeCheck, toGateError, type Check, type Location } from '@ai-act-gates/core'
import { loadConfig, parseConfigText } from '@ai-act-gates/config'
import type { GateRun } from '@ai-act-gates/action-kit'
import { sha256File, sha256Hex, toPosixRelative } from '@ai-act-gates/files'
import { CONTRACT_ARTICLES } from './contract.js'
import { RECORD_SCHEMA, type PipelineAuditRecord } from './record.js'
import { verifyEnvelope, type DsseEnvelope } from './signer.js'
import { RECORD_PREDICATE_TYPE } from './statement.js'

/** Typed inputs of verify mode. */
export interface VerifyInputs {
  record: string
  signature: string
  publicKey: string
  checkArtefacts: boolean
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

/** Verifies a record and its signature. */
export async function verifyRecord(inputs: VerifyInputs, workspace: string): Promise<GateRun> {
  const recordRel = toPosixRelative(workspace, inputs.record)
  const signatureRel = toPosixRelative(workspace, inputs.signature)
  if (inputs.signature.endsWith('.sigstore.json')) {
    throw new GateError('UNSUPPORTED', 'verifying a Sigstore bundle is not connected in this build', {
      file: signatureRel,
      hint: 'Verify it with cosign verify-blob-attestation, or with the cosign-verify action once it is wired in'
    })
  }
  const record = await loadConfig<PipelineAuditRecord>(inputs.record, RECORD_SCHEMA, recordRel)
  const envelope = await readEnvelope(inputs.signature, signatureRel)
  const checks: Check[] = [
    makeCheck(
      'record-valid',
      'The record matches its schema',
      CONTRACT_ARTICLES,
      'pass',
      `${recordRel} is a valid pipeline audit record`
    )
  ]
  let payload: Buffer | undefined
  try {
    payload = verifyEnvelope(envelope, inputs.publicKey)
    checks.push(
      makeCheck(
        'signature-verifies',
        'The signature verifies with the trusted key',
        CONTRACT_ARTICLES,
        'pass',
        `${signatureRel} is signed by the given key`
      )
    )
  } catch (error) {
    checks.push(
      makeCheck(
        'signature-verifies',
        'The signature verifies with the trusted key',
        CONTRACT_ARTICLES,
        'fail',
        toGateError(error).detail,
        { locations: [{ file: signatureRel, field: 'signatures' }] }
      )
    )
  }
  const statementTitle = 'The signed statement carries exactly this record'
  if (payload === undefined) {
    checks.push(
      makeCheck(
        'statement-matches-record',
        statementTitle,
        CONTRACT_ARTICLES,
        'skipped',
        'the signature did not verify, so its payload is not trusted'
      )
    )
  } else {
    const statement = JSON.parse(payload.toString('utf8')) as {
      _type?: string
      predicateType?: string
      predicate?: unknown
      subject?: Array<{ name: string; digest: Record<string, string> }>
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
    checks.push(
      makeCheck(
        'statement-matches-record',
        statementTitle,
        CONTRACT_ARTICLES,
        problems.length === 0 ? 'pass' : 'fail',
        problems.length === 0 ? `the statement's predicate is ${recordRel}` : problems.join('; '),
        {
          locations: problems.length === 0 ? [] : [{ file: recordRel }]
        }
      )
    )
  }
  checks.push(
    makeCheck(
      'record-passed',
      'The record shows a run that passed',
      CONTRACT_ARTICLES,
      record.status === 'pass' ? 'pass' : 'fail',
      record.status === 'pass' ? record.summary : `the record says ${record.status}: ${record.summary}`,
      {
        locations: record.status === 'pass' ? [] : [{ file: recordRel, field: 'status' }]
      }
    )
  )
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
        category: 'dsse-envelope'
      }
    ],
    metrics: { artefacts: record.artefacts.length, gates: record.gates.length },
    outputs: { 'record-path': recordRel, 'record-sha256': sha256Hex(recordText), 'signature-path': signatureRel }
  }
}
