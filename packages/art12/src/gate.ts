/**
 * The art12-log-gates gate: the five gates of seed 002 over the AI system's own logs.
 * `gates` selects which run; by default every gate the other inputs make possible,
 * the others reported as skipped with the missing input named. Schema, integrity and
 * the input-id index share one pass over the log.
 */
import { createWriteStream, existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { parseCanonicalMode, type CanonicalMode } from '@ai-act-gates/canonical-json'
import { GateError, makeCheck, type Check } from '@ai-act-gates/core'
import { resolveInside, toPosixRelative } from '@ai-act-gates/files'
import type { GateContext, GateDefinition, GateRun, RawInputs } from '@ai-act-gates/action-kit'
import { IdIndex, resolveLogSet, scanLogs, type LogSet, type PassReport } from '@ai-act-gates/logs'
import { ARTICLES, GATE_NAMES, skippedGate, type GateName } from './checks.js'
import { emissionChecks } from './emission.js'
import { integrityChecks, type ExpectedHead } from './integrity.js'
import { loadLogSchema, PROFILES } from './profiles.js'
import { reconstructionChecks, reconstructTrail } from './reconstruction.js'
import { reduceRun } from './reduce.js'
import { parseShard, type ShardSpec } from './shard.js'
import { sliceOf, writeSliceBoundary, type SliceStart } from './slice.js'
import { schemaChecks } from './schema.js'
import { storageChecks } from './storage.js'

/** Typed inputs. */
export interface Art12Inputs {
  gates: GateName[]
  skipped: Partial<Record<GateName, string>>
  logs: string[]
  schema?: string
  canonicalization: CanonicalMode
  hashField: string
  genesis: string
  anchorField: string
  expectedHead?: ExpectedHead
  inputId?: string
  idField: string
  correlationField: string
  maxLatencyMs: number
  retentionDays: number
  index?: string
  emissionCommand?: string
  syntheticInputs?: string
  emissionTimeoutMs: number
  requiredFields: string[][]
  storagePolicy?: string
  allowCrlf: boolean
  threads?: number
  /** Verify one slice of the rotation set. */
  shard?: ShardSpec
  /** Where the slice's boundary file goes. */
  shardBoundary?: string
  /** Reduce step: the slices' boundary files. */
  shardBoundaries: string[]
}

/** The gates a slice of a sharded run, and its reduce step, can run. */
const SHARD_GATES: readonly GateName[] = ['schema', 'integrity']
const REDUCE_GATES: readonly GateName[] = ['integrity']

/** What each gate needs besides `logs`, and the input that provides it. */
function missingFor(gate: GateName, raw: RawInputs): string | undefined {
  if (raw.list('shard-boundaries').length > 0) return undefined
  const needLogs = raw.list('logs').length === 0 ? 'logs' : undefined
  switch (gate) {
    case 'emission':
      return raw.optional('emission-command') === undefined
        ? 'emission-command'
        : raw.optional('synthetic-inputs') === undefined
          ? 'synthetic-inputs'
          : needLogs
    case 'schema':
      return raw.optional('schema') === undefined ? 'schema' : needLogs
    case 'integrity':
      return needLogs
    case 'storage':
      return raw.optional('storage-policy') === undefined ? 'storage-policy' : undefined
    case 'reconstruction':
      return raw.optional('input-id') === undefined ? 'input-id' : needLogs
  }
}

function parseExpectedHead(text: string | undefined): ExpectedHead | undefined {
  if (text === undefined) return undefined
  const m = /^(\d+):(\S+)$/.exec(text)
  if (!m || Number(m[1]) < 1) {
    throw new GateError(
      'INPUT_INVALID',
      `input 'expected-head' is '${text}'; give <entry-count>:<head-hash> as the head-anchor output of an earlier run`,
      { field: 'expected-head' }
    )
  }
  return { count: Number(m[1]), hash: m[2]! }
}

async function parseInputs(raw: RawInputs): Promise<Art12Inputs> {
  const listed = raw.list('gates')
  for (const g of listed) {
    if (!(GATE_NAMES as readonly string[]).includes(g)) {
      throw new GateError('INPUT_INVALID', `input 'gates' names '${g}'; use any of: ${GATE_NAMES.join(', ')}`, {
        field: 'gates'
      })
    }
  }
  const shardText = raw.optional('shard')
  const shardBoundaries = raw.list('shard-boundaries')
  if (shardText !== undefined && shardBoundaries.length > 0) {
    throw new GateError(
      'INPUT_CONFLICT',
      "inputs 'shard' and 'shard-boundaries' are both set: a slice job verifies one slice, the reduce job joins the slices",
      { field: 'shard-boundaries' }
    )
  }
  const shard = shardText !== undefined ? parseShard(shardText) : undefined
  if (shard && raw.optional('index') !== undefined) {
    throw new GateError(
      'INPUT_CONFLICT',
      "inputs 'shard' and 'index' are both set: a slice sees only its own files, so its index would not cover the set",
      { field: 'index' }
    )
  }
  const mode = shardBoundaries.length > 0 ? 'reduce' : shard ? 'shard' : undefined
  const allowed = mode === 'reduce' ? REDUCE_GATES : mode === 'shard' ? SHARD_GATES : GATE_NAMES
  const gates: GateName[] = []
  const skipped: Partial<Record<GateName, string>> = {}
  for (const g of GATE_NAMES) {
    if (!allowed.includes(g)) {
      const why =
        mode === 'reduce'
          ? "the reduce step of a sharded run ('shard-boundaries') joins the slices' integrity only"
          : "a slice of a sharded run ('shard') runs schema and integrity only"
      if (listed.includes(g))
        throw new GateError('INPUT_CONFLICT', `the ${g} gate cannot run here: ${why}`, { field: 'gates' })
      skipped[g] = `${why}; run ${g} in its own step`
      continue
    }
    const missing = missingFor(g, raw)
    if (listed.length > 0 && !listed.includes(g)) continue
    if (missing === undefined) gates.push(g)
    else if (listed.includes(g))
      throw new GateError('INPUT_MISSING', `the ${g} gate was selected but input '${missing}' is empty`, {
        field: missing
      })
    else skipped[g] = `input '${missing}' is empty`
  }
  const required = (
    raw.optional('required-fields') ??
    'timestamp,input_id|input_hash,model_version,output_id|output_prediction|output|raw_output'
  )
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(s => s.split('|').map(x => x.trim()))
  const threads = raw.integer('threads', { min: 0, max: 64 })
  return {
    gates,
    skipped,
    logs: raw.list('logs'),
    ...(raw.optional('schema') !== undefined ? { schema: raw.optional('schema')! } : {}),
    canonicalization: parseCanonicalMode(raw.optional('canonicalization') ?? 'python-json'),
    hashField: raw.optional('hash-field') ?? 'chain_hash',
    genesis: raw.optional('genesis') ?? 'genesis',
    anchorField: raw.optional('anchor-field') ?? '',
    ...(parseExpectedHead(raw.optional('expected-head'))
      ? { expectedHead: parseExpectedHead(raw.optional('expected-head'))! }
      : {}),
    ...(raw.optional('input-id') !== undefined ? { inputId: raw.optional('input-id')! } : {}),
    idField: raw.optional('id-field') ?? 'input_id',
    correlationField: raw.optional('correlation-field') ?? '',
    maxLatencyMs: raw.integer('max-latency-ms', { min: 1, fallback: 30000 })!,
    retentionDays: raw.integer('retention-days', { min: 1, fallback: 183 })!,
    ...(raw.optional('index') !== undefined ? { index: raw.optional('index')! } : {}),
    ...(raw.optional('emission-command') !== undefined ? { emissionCommand: raw.optional('emission-command')! } : {}),
    ...(raw.optional('synthetic-inputs') !== undefined ? { syntheticInputs: raw.optional('synthetic-inputs')! } : {}),
    emissionTimeoutMs: raw.integer('emission-timeout-ms', { min: 1, fallback: 60000 })!,
    requiredFields: required,
    ...(raw.optional('storage-policy') !== undefined ? { storagePolicy: raw.optional('storage-policy')! } : {}),
    allowCrlf: raw.boolean('allow-crlf', false),
    ...(threads !== undefined ? { threads } : {}),
    ...(shard ? { shard } : {}),
    ...(raw.optional('shard-boundary') !== undefined ? { shardBoundary: raw.optional('shard-boundary')! } : {}),
    shardBoundaries
  }
}

async function run(inputs: Art12Inputs, ctx: GateContext): Promise<GateRun> {
  if (inputs.shardBoundaries.length > 0) {
    const r = await reduceRun(inputs, ctx)
    for (const g of GATE_NAMES) {
      const reason = inputs.skipped[g]
      if (reason !== undefined) r.checks.push(skippedGate(g, reason))
    }
    r.outputs = {
      ...r.outputs,
      'gates-run': inputs.gates.join(','),
      'gates-skipped': Object.keys(inputs.skipped).join(',')
    }
    return r
  }
  const checks: Check[] = []
  const outputs: Record<string, string> = {}
  const metrics: Record<string, number> = {}
  const ran = (g: GateName): boolean => inputs.gates.includes(g)
  const rel = (abs: string): string => toPosixRelative(ctx.workspace, abs)

  if (ran('emission')) {
    const inputsFile = await resolveInside(ctx.workspace, inputs.syntheticInputs!, {
      field: 'synthetic-inputs',
      mustExist: true
    })
    ctx.recordResource({ kind: 'process', uri: inputs.emissionCommand!, method: 'sh -c' })
    const r = await emissionChecks(
      {
        command: inputs.emissionCommand!,
        inputsFile,
        patterns: inputs.logs,
        workspace: ctx.workspace,
        timeoutMs: inputs.emissionTimeoutMs,
        idField: inputs.idField,
        requiredFields: inputs.requiredFields,
        env: ctx.env,
        signal: ctx.signal
      },
      rel(inputsFile)
    )
    checks.push(...r.checks)
    Object.assign(outputs, r.outputs)
  }

  let set: LogSet | undefined
  let report: PassReport | undefined
  let index: IdIndex | undefined
  const needPass = ran('schema') || ran('integrity') || ran('reconstruction')
  const indexPath = inputs.index ? await resolveInside(ctx.workspace, inputs.index, { field: 'index' }) : undefined
  let slice: SliceStart | undefined
  if (needPass) set = await resolveLogSet(inputs.logs, ctx.workspace)
  if (needPass && inputs.shard) {
    slice = await sliceOf(set!, inputs.shard, inputs.anchorField, inputs.genesis)
    set = slice.set
  }
  const reuseIndex = indexPath !== undefined && existsSync(indexPath) && !ran('schema') && !ran('integrity')
  if (slice && set!.files.length === 0) {
    checks.push(
      makeCheck(
        'shard-slice',
        'Slice of the rotation set',
        ARTICLES.integrity,
        'pass',
        `slice ${inputs.shard!.index}/${inputs.shard!.count} holds none of the set's ${slice.whole.files.length} file(s) (the set is cut by whole files); its boundary says so`
      )
    )
  } else if (needPass && !reuseIndex) {
    const schema = ran('schema') ? await loadLogSchema(inputs.schema!, ctx.workspace) : undefined
    const violationsFile =
      schema && ctx.reportDir
        ? path.join(ctx.reportDir, `art12-log-gates.schema-violations.${Date.now()}.jsonl`)
        : undefined
    if (violationsFile) await mkdir(path.dirname(violationsFile), { recursive: true })
    const stream = violationsFile ? createWriteStream(violationsFile, { flags: 'wx' }) : undefined
    const started = Date.now()
    try {
      report = await scanLogs(
        set!,
        {
          chain: ran('integrity'),
          canonicalization: inputs.canonicalization,
          hashField: inputs.hashField,
          anchorField: inputs.anchorField,
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          index: ran('reconstruction') || indexPath !== undefined,
          allowCrlf: inputs.allowCrlf,
          ...(schema ? { schema: { schema: schema.schema, file: schema.file, extra: Object.values(PROFILES) } } : {}),
          maxViolationsPerChunk: 1000
        },
        {
          genesis: slice ? slice.genesis : inputs.genesis,
          ...(slice ? { firstEntry: slice.firstEntry ?? 0 } : {}),
          ...(inputs.threads !== undefined ? { threads: inputs.threads } : {}),
          ...(stream ? { onViolations: vs => void vs.forEach(v => stream.write(JSON.stringify(v) + '\n')) } : {}),
          signal: ctx.signal
        }
      )
    } finally {
      if (stream) await new Promise<void>(resolve => stream.end(resolve))
    }
    metrics.passMs = Date.now() - started
    metrics.bytes = report.bytes
    metrics.threads = report.threads
    if (schema) {
      metrics.projectedLines = report.projectedLines
      metrics.quickLines = report.quickLines
    }
    if (report.entries === 0 && !slice) {
      throw new GateError(
        'EMPTY_INPUT',
        `the log set (${set!.files.map(f => f.display).join(', ')}) holds no entries: an empty log is never a pass`,
        { field: 'logs' }
      )
    }
    if (schema) {
      const r = schemaChecks(
        report,
        schema,
        violationsFile && report.violationCount > 0 ? rel(violationsFile) : undefined
      )
      checks.push(...r.checks)
      Object.assign(outputs, r.outputs)
    }
    if (ran('integrity')) {
      const r = await integrityChecks(set!, report, { ...inputs, ...(inputs.shard ? { shard: inputs.shard } : {}) })
      checks.push(...r.checks)
      Object.assign(outputs, r.outputs)
      Object.assign(metrics, r.metrics)
    }
    index = report.index
    if (index && indexPath) {
      await index.write(
        indexPath,
        {
          version: 1,
          entries: report.entries,
          files: set!.files.map((f, i) => ({
            path: f.display,
            size: f.size,
            mtimeMs: f.mtimeMs,
            gzip: f.gzip,
            firstEntry: report!.files[i]!.firstEntry,
            entries: report!.files[i]!.entries
          })),
          idField: inputs.idField,
          correlationField: inputs.correlationField,
          head: ran('integrity') ? report.head : ''
        },
        rel(indexPath)
      )
      outputs['index-path'] = rel(indexPath)
    }
  } else if (reuseIndex) {
    const read = await IdIndex.read(indexPath!, rel(indexPath!))
    const stale =
      read.header.files.length !== set!.files.length ||
      read.header.files.some((f, i) => f.path !== set!.files[i]!.display || f.size !== set!.files[i]!.size)
    if (stale || read.header.idField !== inputs.idField) {
      throw new GateError(
        'INPUT_CONFLICT',
        'the index was built from other log files (names or sizes differ); give a new index path to rebuild it',
        { file: rel(indexPath!), field: 'index' }
      )
    }
    index = read.index
    outputs['index-path'] = rel(indexPath!)
  }

  if (ran('reconstruction')) {
    const r = {
      inputId: inputs.inputId!,
      idField: inputs.idField,
      correlationField: inputs.correlationField,
      maxLatencyMs: inputs.maxLatencyMs,
      retentionDays: inputs.retentionDays
    }
    const trail = await reconstructTrail(set!, index!, r)
    checks.push(...reconstructionChecks(trail, r))
    metrics.reconstructionMs = Math.round(trail.latencyMs * 1000) / 1000
  }

  if (ran('storage')) {
    const policy = await resolveInside(ctx.workspace, inputs.storagePolicy!, {
      field: 'storage-policy',
      mustExist: true
    })
    const files = set?.files ?? (inputs.logs.length > 0 ? (await resolveLogSet(inputs.logs, ctx.workspace)).files : [])
    checks.push(...(await storageChecks(policy, rel(policy), files)))
  }

  if (slice) {
    const written = await writeSliceBoundary(inputs, ctx, slice, report, checks)
    outputs['boundary-path'] = rel(written)
    delete outputs['head-anchor']
  }
  for (const g of GATE_NAMES) {
    const reason = inputs.skipped[g]
    if (reason !== undefined) checks.push(skippedGate(g, reason))
  }
  outputs['gates-run'] = inputs.gates.join(',')
  outputs['gates-skipped'] = Object.keys(inputs.skipped).join(',')
  const subject: Record<string, string | number> = { logs: inputs.logs.join(', ') }
  if (set) subject.files = set.files.length
  if (report) subject.entries = report.entries
  if (inputs.shard) subject.shard = `${inputs.shard.index}/${inputs.shard.count}`
  return { subject, checks, metrics, outputs }
}

/** The art12-log-gates gate definition. */
export const art12LogGates: GateDefinition<Art12Inputs> = {
  name: 'art12-log-gates',
  parseInputs,
  run
}
