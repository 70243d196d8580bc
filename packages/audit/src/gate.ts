/**
 * The audit-record gate: gathers the run's ledger, checks it against the gates file,
 * adds the run's context, writes the pipeline audit record, and signs it as the
 * predicate of an in-toto statement. Its checks are the record's contract, so its
 * status is the record's: a record that does not pass fails the step.
 */
import { readFile } from 'node:fs/promises'
import { GateError, makeCheck, toGateError, type Check, type EvidenceFile } from '@ai-act-gates/core'
import { actionSpecs, type GateContext, type GateDefinition, type RawInputs } from '@ai-act-gates/action-kit'
import {
  expandGlobs,
  resolveInside,
  sha256File,
  sha256Hex,
  toPosixRelative,
  writeFileAtomic
} from '@ai-act-gates/files'
import { collectContext, localJob } from './context.js'
import { checkContract, CONTRACT_ARTICLES, type RunIdentity } from './contract.js'
import { loadGatesFile, RECORD_ACTION, type LoadedGatesFile } from './gates-file.js'
import { collectLedger } from './ledger.js'
import { buildRecord, validateRecord, type RecordArtefact } from './record.js'
import { IN_TOTO_PAYLOAD_TYPE, KeySigner, keylessSignerFactory, type RecordSigner } from './signer.js'
import { recordStatement } from './statement.js'
import { findSignature, verifyRecord, type VerifyInputs } from './verify.js'

/** How the statement is signed. */
export type SigningMode = 'auto' | 'key' | 'keyless' | 'ephemeral'

/** Typed inputs. */
export interface AuditInputs {
  mode?: 'record'
  config: string
  configDisplay: string
  ledger: string[]
  record: string
  since?: string
  signing: SigningMode
  signingKey?: { pem: string; file?: string }
  githubToken: string
  jobWorkflowRef?: string
  jobWorkflowSha?: string
}

/** The statement's and the signature's paths, beside the record. */
export function signaturePaths(record: string, extension: string): { statement: string; signature: string } {
  const stem = record.replace(/\.json$/i, '')
  return { statement: `${stem}.intoto.json`, signature: `${stem}.intoto${extension}` }
}

async function readSigningKey(raw: RawInputs, ctx: GateContext): Promise<AuditInputs['signingKey']> {
  const value = raw.optional('signing-key')
  if (value === undefined) return undefined
  if (value.startsWith('-----BEGIN')) return { pem: value }
  const file = await resolveInside(ctx.workspace, value, { field: 'signing-key', mustExist: true })
  try {
    return { pem: await readFile(file, 'utf8'), file: value }
  } catch (error) {
    throw toGateError(error, value)
  }
}

async function readPublicKey(raw: RawInputs, ctx: GateContext): Promise<string> {
  const value = raw.required('public-key', 'in verify mode: the PEM public key you trust for the record')
  if (value.startsWith('-----BEGIN')) return value
  const file = await resolveInside(ctx.workspace, value, { field: 'public-key', mustExist: true })
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw toGateError(error, value)
  }
}

async function parseVerifyInputs(raw: RawInputs, ctx: GateContext): Promise<VerifyInputs> {
  const record = await resolveInside(ctx.workspace, raw.required('record'), { field: 'record', mustExist: true })
  const signatureInput = raw.optional('signature')
  const signature =
    signatureInput === undefined
      ? await findSignature(record)
      : await resolveInside(ctx.workspace, signatureInput, { field: 'signature', mustExist: true })
  return { record, signature, publicKey: await readPublicKey(raw, ctx), checkArtefacts: raw.boolean('check-artefacts') }
}

async function parseInputs(
  raw: RawInputs,
  ctx: GateContext
): Promise<AuditInputs | ({ mode: 'verify' } & VerifyInputs)> {
  if (raw.oneOf('mode', ['record', 'verify'] as const, 'record') === 'verify')
    return { mode: 'verify', ...(await parseVerifyInputs(raw, ctx)) }
  const configDisplay = raw.required('config')
  const config = await resolveInside(ctx.workspace, configDisplay, { field: 'config', mustExist: true })
  const record = await resolveInside(ctx.workspace, raw.required('record'), { field: 'record' })
  if (!/\.json$/i.test(record))
    throw new GateError('INPUT_INVALID', `input 'record' must name a .json file`, { field: 'record' })
  const since = raw.optional('since')
  if (since !== undefined && Number.isNaN(Date.parse(since))) {
    throw new GateError('INPUT_INVALID', `input 'since' is '${since}'; expected an ISO 8601 time`, { field: 'since' })
  }
  const ledger = raw.list('ledger')
  if (ledger.length === 0) throw new GateError('INPUT_MISSING', "input 'ledger' is required", { field: 'ledger' })
  return {
    config,
    configDisplay,
    ledger,
    record,
    ...(since !== undefined ? { since: new Date(since).toISOString() } : {}),
    signing: raw.oneOf('signing', ['auto', 'key', 'keyless', 'ephemeral'] as const, 'auto'),
    signingKey: await readSigningKey(raw, ctx),
    githubToken: raw.optional('github-token') ?? '',
    ...(raw.optional('job-workflow-ref') !== undefined ? { jobWorkflowRef: raw.optional('job-workflow-ref')! } : {}),
    ...(raw.optional('job-workflow-sha') !== undefined ? { jobWorkflowSha: raw.optional('job-workflow-sha')! } : {})
  }
}

/** Chooses the signer: keyless in Actions when registered and an OIDC token is available, a key when given, an ephemeral key only when asked or on a local run. */
export async function chooseSigner(inputs: AuditInputs, ctx: GateContext): Promise<RecordSigner> {
  const inActions = ctx.env.GITHUB_ACTIONS === 'true'
  const factory = keylessSignerFactory()
  const oidc = Boolean(ctx.env.ACTIONS_ID_TOKEN_REQUEST_URL)
  const mode = inputs.signing
  if (mode === 'key' || (mode === 'auto' && inputs.signingKey)) {
    if (!inputs.signingKey)
      throw new GateError('INPUT_MISSING', "signing 'key' needs input 'signing-key'", { field: 'signing-key' })
    return KeySigner.fromPem(inputs.signingKey.pem, 'signing-key', inputs.signingKey.file)
  }
  if (mode === 'keyless' || (mode === 'auto' && inActions && oidc && factory)) {
    if (!factory) {
      throw new GateError('UNSUPPORTED', 'Sigstore keyless signing is not connected in this build', {
        field: 'signing',
        hint: 'Pass signing-key (signing: key) until the Sigstore signer is wired in'
      })
    }
    if (!oidc) {
      throw new GateError('INPUT_INVALID', 'keyless signing needs the workflow OIDC token', {
        field: 'signing',
        hint: 'Give the job `permissions: id-token: write`'
      })
    }
    return factory({ env: ctx.env, signal: ctx.signal })
  }
  if (mode === 'ephemeral' || (mode === 'auto' && !inActions)) {
    const signer = KeySigner.ephemeral()
    ctx.log.warning(
      `signing with an ephemeral key made for this run (keyid ${signer.identity.keyId}): the signature shows the record was not changed after signing only to someone who trusts this public key; pass signing-key for a key you hold\n${signer.identity.publicKey}`
    )
    return signer
  }
  throw new GateError('INPUT_MISSING', 'no signer: the record of a GitHub Actions run must be signed', {
    field: 'signing',
    hint: 'Give the job `permissions: id-token: write` for Sigstore keyless signing, or pass signing-key'
  })
}

async function hashArtefacts(
  file: LoadedGatesFile,
  workspace: string
): Promise<{ artefacts: RecordArtefact[]; check?: Check }> {
  const patterns = file.file.artefacts ?? []
  if (patterns.length === 0) return { artefacts: [] }
  const title = 'The final artefacts are hashed into the record'
  try {
    const matched = await expandGlobs(patterns, { workspace, field: 'artefacts' })
    const artefacts: RecordArtefact[] = []
    for (const m of matched)
      artefacts.push({ path: m.relative, ...(await sha256File(m.absolute, m.relative)), source: 'artefacts' })
    return {
      artefacts,
      check: makeCheck('artefacts-hashed', title, CONTRACT_ARTICLES, 'pass', `${artefacts.length} artefact(s) hashed`)
    }
  } catch (error) {
    const e = toGateError(error)
    return {
      artefacts: [],
      check: makeCheck('artefacts-hashed', title, CONTRACT_ARTICLES, 'fail', e.message, {
        locations: [{ file: file.path, field: 'artefacts' }]
      })
    }
  }
}

function runIdentity(ctx: GateContext, since: string | undefined): RunIdentity {
  return {
    provider: ctx.run.provider,
    ...(ctx.run.repository ? { repository: ctx.run.repository } : {}),
    ...(ctx.run.runId ? { runId: ctx.run.runId } : {}),
    ...(ctx.run.runAttempt ? { runAttempt: ctx.run.runAttempt } : {}),
    ...(since ? { since } : {})
  }
}

async function run(inputs: AuditInputs, ctx: GateContext) {
  const gatesFile = await loadGatesFile(inputs.config, inputs.configDisplay, actionSpecs())
  const ledger = await collectLedger(inputs.ledger, ctx.workspace)
  const contract = checkContract(gatesFile, ledger, runIdentity(ctx, inputs.since))
  const signer = await chooseSigner(inputs, ctx)
  const context = await collectContext({
    env: ctx.env,
    workspace: ctx.workspace,
    gatesFilePath: inputs.configDisplay,
    githubToken: inputs.githubToken,
    ...(inputs.jobWorkflowRef ? { jobWorkflowRef: inputs.jobWorkflowRef } : {}),
    ...(inputs.jobWorkflowSha ? { jobWorkflowSha: inputs.jobWorkflowSha } : {}),
    recordResource: ctx.recordResource,
    signal: ctx.signal,
    signing: signer.identity
  })
  const hashed = await hashArtefacts(gatesFile, ctx.workspace)
  context.artefacts.push(...hashed.artefacts)
  if (hashed.check) context.checks.push(hashed.check)
  const record = buildRecord(gatesFile, contract, context)
  if (record.pipeline.provider === 'local') record.jobs = [localJob(contract.outcomes, record.status)]
  validateRecord(record)

  const recordRel = toPosixRelative(ctx.workspace, inputs.record)
  const recordText = JSON.stringify(record, null, 2) + '\n'
  await writeFileAtomic(inputs.record, recordText, { displayPath: recordRel })
  const statementBytes = Buffer.from(JSON.stringify(recordStatement(record)) + '\n', 'utf8')
  const signed = await signer.sign(statementBytes, IN_TOTO_PAYLOAD_TYPE)
  const paths = signaturePaths(inputs.record, signed.extension)
  const signatureText = JSON.stringify(signed.document, null, 2) + '\n'
  await writeFileAtomic(paths.statement, statementBytes, {
    displayPath: toPosixRelative(ctx.workspace, paths.statement)
  })
  await writeFileAtomic(paths.signature, signatureText, {
    displayPath: toPosixRelative(ctx.workspace, paths.signature)
  })
  const recordSha256 = sha256Hex(recordText)
  const file = (p: string, text: string | Buffer, category: string): EvidenceFile => ({
    path: toPosixRelative(ctx.workspace, p),
    sha256: sha256Hex(text),
    size: Buffer.byteLength(text),
    role: 'output',
    category
  })
  const missing = record.gates.filter(g => g.status === 'missing').map(g => g.id)
  return {
    subject: { system: record.system.id, record: recordRel, recordSha256, gatesFile: gatesFile.path },
    checks: record.contract,
    evidence: [
      file(inputs.record, recordText, 'pipeline-audit-record'),
      file(paths.statement, statementBytes, 'in-toto-statement'),
      file(paths.signature, signatureText, signed.mediaType)
    ],
    metrics: {
      expectedGates: record.gates.length,
      gatesRan: record.gates.filter(g => g.status !== 'missing').length,
      gatesPassed: record.gates.filter(g => g.status === 'pass').length,
      ledgerFiles: ledger.entries.length + ledger.problems.length,
      jobs: record.jobs.length,
      artefacts: record.artefacts.length,
      resources: record.resources.length
    },
    outputs: {
      'record-path': recordRel,
      'record-sha256': recordSha256,
      'statement-path': toPosixRelative(ctx.workspace, paths.statement),
      'signature-path': toPosixRelative(ctx.workspace, paths.signature),
      'signing-kind': signer.identity.kind,
      'missing-gates': missing.join('\n')
    }
  }
}

/** The audit-record gate. */
export const auditRecordGate: GateDefinition<AuditInputs | ({ mode: 'verify' } & VerifyInputs)> = {
  name: RECORD_ACTION,
  secretInputs: ['signing-key'],
  parseInputs,
  run: (inputs, ctx) => (inputs.mode === 'verify' ? verifyRecord(inputs, ctx.workspace) : run(inputs, ctx))
}
