/**
 * The log-export gate: seed 000's regulatory export capability (time range, trace,
 * cohort) and its annual retrieval test, to JSON Lines, CSV and Parquet with a
 * verifiable manifest.
 */
import { parseCanonicalMode } from '@ai-act-gates/canonical-json'
import { GateError, makeCheck, type Check, type EvidenceFile } from '@ai-act-gates/core'
import type { GateContext, GateDefinition, GateRun, RawInputs } from '@ai-act-gates/action-kit'
import type { Codec } from '@ai-act-gates/parquet'
import { runExport, type ExportInputs } from './export.js'
import { FORMATS, type Format } from './output.js'
import { parseConditions, QUERY_KINDS, type Query } from './query.js'
import { dateTimeInput, durationInput, durationMicros, minusDuration } from './time.js'

const ARTICLES = {
  integrity: ['Art.12(1)', 'Art.19(1)'],
  query: ['Art.12(2)', 'Art.19(1)'],
  completeness: ['Art.12(2)', 'Art.19(1)']
}

/** Inputs that only some queries take; giving one to another query is a conflict. */
const QUERY_INPUTS: Record<string, Query['kind'][]> = {
  from: ['time-range'],
  to: ['time-range'],
  'input-id': ['trace'],
  cohort: ['cohort'],
  outcome: ['cohort'],
  age: ['retrieval'],
  tolerance: ['retrieval'],
  'as-of': ['retrieval']
}

function parseQuery(raw: RawInputs): Query {
  const kind = raw.oneOf('query', QUERY_KINDS)
  for (const [name, kinds] of Object.entries(QUERY_INPUTS)) {
    if (raw.optional(name) !== undefined && !kinds.includes(kind)) {
      throw new GateError('INPUT_CONFLICT', `input '${name}' belongs to the ${kinds.join('/')} query, not ${kind}`, {
        field: name
      })
    }
  }
  switch (kind) {
    case 'time-range': {
      const fromText = raw.required('from', 'for a time-range query')
      const toText = raw.required('to', 'for a time-range query')
      const from = dateTimeInput('from', fromText)
      const to = dateTimeInput('to', toText)
      if (from >= to) {
        throw new GateError(
          'INPUT_INVALID',
          `the time range is ${from === to ? 'empty' : 'inverted'}: 'from' (${fromText}) must be before 'to' (${toText})`,
          {
            field: 'to'
          }
        )
      }
      return { kind, from, to, fromText, toText }
    }
    case 'trace':
      return { kind, inputId: raw.required('input-id', 'for a trace query') }
    case 'cohort': {
      const where = parseConditions('cohort', raw.required('cohort', 'for a cohort query'))
      const outcome = parseConditions('outcome', raw.required('outcome', 'for a cohort query'))
      if (outcome.length !== 1) {
        throw new GateError(
          'INPUT_INVALID',
          "input 'outcome' takes one field=value pair, such as decision_outcome=reject",
          {
            field: 'outcome'
          }
        )
      }
      return { kind, where, outcome: outcome[0]! }
    }
    case 'retrieval': {
      const age = durationInput('age', raw.required('age', 'for a retrieval test'))
      const tolerance = durationInput('tolerance', raw.optional('tolerance') ?? 'P30D')
      const asOfText = raw.optional('as-of')
      const asOf = asOfText === undefined ? Date.now() * 1000 : dateTimeInput('as-of', asOfText)
      const target = minusDuration(asOf, age)
      const t = durationMicros(tolerance)
      return { kind, age, tolerance, asOf, target, window: [target - t, target + t] }
    }
  }
}

async function parseInputs(raw: RawInputs): Promise<ExportInputs> {
  const query = parseQuery(raw)
  const formats = raw.list('format')
  if (formats.length === 0)
    throw new GateError('INPUT_MISSING', "input 'format' is empty; give jsonl, csv or parquet", { field: 'format' })
  for (const f of formats) {
    if (!(FORMATS as readonly string[]).includes(f)) {
      throw new GateError('INPUT_INVALID', `input 'format' names '${f}'; use any of: ${FORMATS.join(', ')}`, {
        field: 'format'
      })
    }
  }
  const logs = raw.list('logs')
  if (logs.length === 0)
    throw new GateError('INPUT_MISSING', "input 'logs' is required: the log files to export from", { field: 'logs' })
  const threads = raw.integer('threads', { min: 0, max: 64 })
  const integrity = raw.oneOf('integrity', ['full', 'links'] as const, 'full')
  if (integrity === 'links' && query.kind !== 'time-range' && query.kind !== 'cohort') {
    throw new GateError(
      'INPUT_CONFLICT',
      `integrity: links serves the time-range and cohort queries; a ${query.kind} verifies ${query.kind === 'trace' ? 'links through an existing index file, or the whole log' : 'the whole log'}`,
      { field: 'integrity' }
    )
  }
  const index = raw.optional('index')
  if (index !== undefined && query.kind !== 'trace') {
    throw new GateError('INPUT_CONFLICT', "input 'index' serves the trace query only", { field: 'index' })
  }
  return {
    logs,
    query,
    formats: [...new Set(formats)] as Format[],
    out: raw.required('out', 'the new directory the export is written to'),
    partition: raw.oneOf('partition', ['none', 'day'] as const, 'none'),
    schema: raw.optional('schema') ?? 'base',
    timestampField: raw.optional('timestamp-field') ?? 'timestamp',
    idField: raw.optional('id-field') ?? 'input_id',
    correlationField: raw.optional('correlation-field') ?? '',
    canonicalization: parseCanonicalMode(raw.optional('canonicalization') ?? 'python-json'),
    hashField: raw.optional('hash-field') ?? 'chain_hash',
    genesis: raw.optional('genesis') ?? 'genesis',
    anchorField: raw.optional('anchor-field') ?? '',
    ...(index !== undefined ? { index } : {}),
    exportOnIntegrityFailure: raw.boolean('export-on-integrity-failure', false),
    integrity,
    codec: raw.oneOf('compression', ['zstd', 'gzip', 'none'] as const, 'zstd') as Codec,
    allowCrlf: raw.boolean('allow-crlf', false),
    ...(threads !== undefined ? { threads } : {})
  }
}

async function run(inputs: ExportInputs, ctx: GateContext): Promise<GateRun> {
  const started = Date.now()
  const outcome = await runExport(inputs, {
    workspace: ctx.workspace,
    run: ctx.run,
    signal: ctx.signal,
    log: m => ctx.log.info(m)
  })
  const m = outcome.manifest
  const chain = m.chain
  const q = inputs.query
  const checks: Check[] = []
  const firstBreak = chain.breaks[0]
  checks.push(
    makeCheck(
      'export-integrity',
      chain.scope === 'log-set'
        ? 'Hash chain of the log set verified'
        : 'Hash chain links of the exported trace verified',
      ARTICLES.integrity,
      chain.status === 'intact' || chain.exportedDespiteFailure ? 'pass' : 'fail',
      chain.status === 'intact'
        ? chain.scope === 'log-set'
          ? `${chain.entries} entries chain from '${chain.genesis}' to head ${chain.head?.slice(0, 16)}… (${chain.canonicalization})`
          : `each of the ${chain.entries} exported entries links to its predecessor in the log`
        : `the chain is BROKEN: ${chain.brokenLinks} broken link(s) (${chain.brokenLinksInExport} among the exported entries), ${chain.rotation.length} rotation finding(s)${firstBreak ? `; first at entry ${firstBreak.entryIndex} (${firstBreak.file}:${firstBreak.line})` : ''}` +
            (chain.exportedDespiteFailure
              ? '; exported anyway (export-on-integrity-failure), as the manifest records'
              : '; nothing was exported'),
      {
        locations: chain.breaks.slice(0, 100).map(b => ({
          file: b.file,
          line: b.line,
          entryIndex: b.entryIndex,
          ...(b.inputId !== undefined ? { inputId: b.inputId } : {}),
          field: chain.hashField
        })),
        evidence: {
          status: chain.status,
          scope: chain.scope,
          brokenLinks: chain.brokenLinks,
          rotation: chain.rotation.length
        }
      }
    )
  )
  if (m.completeness !== null) {
    const found = outcome.sourceCount
    const queryFailed =
      (q.kind === 'trace' && found === 0) || (q.kind === 'retrieval' && outcome.detail.retrieved === undefined)
    checks.push(
      makeCheck(
        'export-query',
        q.kind === 'retrieval'
          ? `An entry ${q.age.text} old is retrievable (annual retrieval test)`
          : `The ${q.kind} query ran`,
        ARTICLES.query,
        queryFailed ? 'fail' : 'pass',
        queryFailed
          ? (m.failures.find(f => !f.startsWith('incomplete')) ?? 'the query found nothing')
          : q.kind === 'retrieval'
            ? `retrieved entry ${JSON.stringify(outcome.detail.retrieved)} through the rotation set`
            : found === 0
              ? `no event matches the ${q.kind} query: the export holds 0 rows, the source 0 events`
              : `${found} event(s) match the ${q.kind} query`,
        { evidence: { parameters: m.query.parameters, ...outcome.detail } }
      )
    )
    const c = m.completeness
    checks.push(
      makeCheck(
        'export-completeness',
        'Every file holds exactly the source events for the query',
        ARTICLES.completeness,
        c.complete ? 'pass' : 'fail',
        c.complete
          ? `source ${c.sourceCount} event(s); counted back from the files: ${Object.entries(c.exported)
              .map(([f, n]) => `${f} ${n}`)
              .join(', ')}`
          : m.failures.find(f => f.startsWith('incomplete'))!,
        { evidence: { sourceCount: c.sourceCount, exported: c.exported } }
      )
    )
  }
  const evidence: EvidenceFile[] = [
    {
      path: outcome.manifestPath,
      sha256: outcome.manifestSha256,
      size: Buffer.byteLength(JSON.stringify(m, null, 2) + '\n'),
      role: 'output',
      category: 'export-manifest'
    },
    ...m.files.map(f => ({
      path: `${outcome.outDir}/${f.path}`,
      sha256: f.sha256,
      size: f.size,
      role: 'output' as const,
      category: `export-${f.format}`
    }))
  ]
  return {
    subject: { logs: inputs.logs.join(', '), query: q.kind, entries: m.source.entries },
    checks,
    evidence,
    metrics: { exportMs: Date.now() - started, events: m.eventCount, files: m.files.length },
    outputs: {
      'manifest-path': outcome.manifestPath,
      'manifest-sha256': outcome.manifestSha256,
      'out-dir': outcome.outDir,
      'event-count': String(m.eventCount),
      'chain-status': chain.status,
      files: m.files.map(f => `${outcome.outDir}/${f.path}`).join('\n')
    }
  }
}

/** The log-export gate definition. */
export const logExportGate: GateDefinition<ExportInputs> = {
  name: 'log-export',
  parseInputs,
  run
}
