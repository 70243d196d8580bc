/**
 * The audit-record gate: gathers the run's ledger, checks it against the gates file,
 * adds the run's context, writes the pipeline audit record, and signs it as the
 * predicate of an in-toto statement. Its checks are the record's contract, so its
 * status is the record's: a record that does not pass fails the step.
 */
import { access } from 'node:fs/promises'
import { GateError, makeCheck, toGateError, type Check, type EvidenceFile } from '@ai-act-gates/core'
import {
  actionSpecs,
  fileInput,
  pemInput,
  type GateContext,
  type GateDefinition,
  type RawInputs
} from '@ai-act-gates/action-kit'
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
import { findSignature, isSigstoreBundlePath, verifyRecord, type VerifyInputs } from './verify.js'

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
  /** A private Sigstore's trusted root, for keyless signing; public-good when absent. */
  trustedRoot?: { absolute: string; display: string }
  githubToken: string
  jobWorkflowRef?: string
  jobWorkflowSha?: string
}

/** The signature file suffixes, after `.intoto`: a DSSE envelope or a Sigstore bundle. */
export const SIGNATURE_EXTENSIONS = ['.dsse.json', '.sigstore.json'] as const

/** The statement's and the signature's paths, beside the record. */
export function signaturePaths(record: string, extension: string): { statement: string; signature: string } {
  const stem = record.replace(/\.json$/i, '')
  return { statement: `${stem}.intoto.json`, signature: `${stem}.intoto${extension}` }
}

async function readPublicKey(raw: RawInputs, ctx: GateContext): Promise<string> {
  raw.required('public-key', 'in verify mode for a DSSE envelope: the PEM public key you trust for the record')
  return (await pemInput(raw, ctx, 'public-key'))!.pem
}

/** Inputs of one kind of signature given for the other: refused, never silently ignored. */
function refuseInputs(raw: RawInputs, names: string[], why: string): void {
  const given = names.find(n => raw.optional(n) !== undefined)
  if (given !== undefined) throw new GateError('INPUT_CONFLICT', `input '${given}' ${why}`, { field: given })
}

async function parseVerifyInputs(raw: RawInputs, ctx: GateContext): Promise<VerifyInputs> {
  const record = await resolveInside(ctx.workspace, raw.required('record'), { field: 'record', mustExist: true })
  const signatureInput = raw.optional('signature')
  const signature =
    signatureInput === undefined
      ? await findSignature(record)
      : await resolveInside(ctx.workspace, signatureInput, { field: 'signature', mustExist: true })
  const checkArtefacts = raw.boolean('check-artefacts')
  const shown = toPosixRelative(ctx.workspace, signature)
  if (isSigstoreBundlePath(signature)) {
    refuseInputs(
      raw,
      ['public-key'],
      `is for DSSE envelopes; ${shown} is a Sigstore bundle: give certificate-identity and certificate-oidc-issuer`
    )
    const trustedRoot = await fileInput(raw, ctx, 'trusted-root')
    return {
      kind: 'sigstore',
      record,
      signature,
      checkArtefacts,
      certificateIdentity: raw.required(
        'certificate-identity',
        `to verify the Sigstore bundle ${shown}: the exact identity you expect to have signed the record`
      ),
      certificateOidcIssuer: raw.required(
        'certificate-oidc-issuer',
        `to verify the Sigstore bundle ${shown}: the exact OIDC issuer of that identity`
      ),
      ...(trustedRoot ? { trustedRoot } : {})
    }
  }
  refuseInputs(
    raw,
    ['certificate-identity', 'certificate-oidc-issuer', 'trusted-root'],
    `is for Sigstore bundles; ${shown} is a DSSE envelope: give public-key`
  )
  return { kind: 'dsse', record, signature, publicKey: await readPublicKey(raw, ctx), checkArtefacts }
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
  const signing = raw.oneOf('signing', ['auto', 'key', 'keyless', 'ephemeral'] as const, 'auto')
  if (signing === 'key' || signing === 'ephemeral')
    refuseInputs(raw, ['trusted-root'], `is for keyless signing; signing is ${signing}`)
  const trustedRoot = await fileInput(raw, ctx, 'trusted-root')
  return {
    config,
    configDisplay,
    ledger,
    record,
    ...(since !== undefined ? { since: new Date(since).toISOString() } : {}),
    signing,
    signingKey: await pemInput(raw, ctx, 'signing-key'),
    ...(trustedRoot ? { trustedRoot } : {}),
    githubToken: raw.optional('github-token') ?? '',
    ...(raw.optional('job-workflow-ref') !== undefined ? { jobWorkflowRef: raw.optional('job-workflow-ref')! } : {}),
    ...(raw.optional('job-workflow-sha') !== undefined ? { jobWorkflowSha: raw.optional('job-workflow-sha')! } : {})
  }
}

/** True when the environment offers an OIDC token for keyless signing. */
function hasIdentityToken(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.SIGSTORE_ID_TOKEN || env.ACTIONS_ID_TOKEN_REQUEST_URL)
}

/**
 * Chooses the signer. `auto`: Sigstore keyless in Actions when the job has an OIDC
 * token, else the key when given, else an ephemeral key on a local run, else an error.
 * A keyless signer that cannot be built (no token, Fulcio or the trusted root out of
 * reach) is an error: it never falls back to another signer.
 */
export async function chooseSigner(inputs: AuditInputs, ctx: GateContext): Promise<RecordSigner> {
  const inActions = ctx.env.GITHUB_ACTIONS === 'true'
  const mode = inputs.signing
  if (mode === 'keyless' || (mode === 'auto' && inActions && hasIdentityToken(ctx.env))) {
    const factory = keylessSignerFactory()
    if (!factory) {
      throw new GateError('UNSUPPORTED', 'Sigstore keyless signing is not connected in this build', {
        field: 'signing',
        hint: 'Pass signing-key (signing: key)'
      })
    }
    return factory({
      env: ctx.env,
      signal: ctx.signal,
      ...(inputs.trustedRoot ? { trustedRoot: inputs.trustedRoot } : {}),
      recordResource: ctx.recordResource
    })
  }
  if (inputs.trustedRoot)
    ctx.log.warning(`trusted-root ${inputs.trustedRoot.display} is not used: the record is not signed keyless`)
  if (mode === 'key' || (mode === 'auto' && inputs.signingKey)) {
    if (!inputs.signingKey)
      throw new GateError('INPUT_MISSING', "signing 'key' needs input 'signing-key'", { field: 'signing-key' })
    return KeySigner.fromPem(inputs.signingKey.pem, 'signing-key', inputs.signingKey.file)
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

/** The record and its statement and signatures are new files: refuse before anything is signed. */
async function refuseExisting(record: string, workspace: string): Promise<void> {
  const { statement } = signaturePaths(record, '')
  const candidates = [record, statement, ...SIGNATURE_EXTENSIONS.map(e => signaturePaths(record, e).signature)]
  for (const file of candidates) {
    const exists = await access(file).then(
      () => true,
      () => false
    )
    if (exists) {
      throw new GateError('FILE_EXISTS', 'already exists and will not be overwritten', {
        file: toPosixRelative(workspace, file),
        field: 'record',
        hint: 'Choose a new record path or remove the old record, statement and signature yourself'
      })
    }
  }
}

async function run(inputs: AuditInputs, ctx: GateContext) {
  await refuseExisting(inputs.record, ctx.workspace)
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
  const statementBytes = Buffer.from(JSON.stringify(recordStatement(record)) + '\n', 'utf8')
  // Signed before anything is written: a signer that fails leaves no unsigned record behind.
  const signed = await signer.sign(statementBytes, IN_TOTO_PAYLOAD_TYPE)
  const paths = signaturePaths(inputs.record, signed.extension)
  const signatureText = JSON.stringify(signed.document, null, 2) + '\n'
  await writeFileAtomic(inputs.record, recordText, { displayPath: recordRel })
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
  run: (inputs, ctx) => (inputs.mode === 'verify' ? verifyRecord(inputs, ctx) : run(inputs, ctx))
}
