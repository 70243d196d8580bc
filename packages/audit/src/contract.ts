/**
 * The expected-gate contract of seed 000: "verify that every expected gate was
 * executed for each run, that gate results are recorded and non-empty, and that the
 * gate execution sequence matches the pipeline definition. A pipeline run that skips
 * a gate ... is flagged." Every check here fails closed.
 */
import { makeCheck, type Check, type GateStatus, type Location } from '@ai-act-gates/core'
import type { ExpectedGate, LoadedGatesFile } from './gates-file.js'
import type { Ledger, LedgerEntry } from './ledger.js'

/** The articles the contract supports: automatic recording (Art.12) and the QMS's test procedures (Art.17). */
export const CONTRACT_ARTICLES = ['Art.12(1)', 'Art.17(1)(d)']

/** The run the record is written for; results from any other run are foreign. */
export interface RunIdentity {
  provider: 'github-actions' | 'local'
  repository?: string
  runId?: string
  runAttempt?: string
  /** Results that started before this time belong to an earlier run. */
  since?: string
}

/** What became of one expected gate. */
export interface GateOutcome {
  expected: ExpectedGate
  /** The result that ran for it, if any. */
  entry?: LedgerEntry
  /** Further results for the same gate in the same attempt (it ran more than once). */
  extra: LedgerEntry[]
  /** Results of earlier attempts of the run, replaced by a re-run. */
  superseded: LedgerEntry[]
}

/** A result that belongs to another run, and why. */
export interface ForeignResult {
  entry: LedgerEntry
  reason: string
}

/** The contract's verdict. */
export interface ContractResult {
  checks: Check[]
  outcomes: GateOutcome[]
  unexpected: LedgerEntry[]
  foreign: ForeignResult[]
}

/** Why a result is not from `run`, or undefined when it is. */
export function foreignReason(entry: LedgerEntry, run: RunIdentity): string | undefined {
  const r = entry.result.run
  if (r.provider !== run.provider) return `it ran on ${r.provider}, this record is for a ${run.provider} run`
  if (run.repository !== undefined && r.repository !== run.repository) {
    return `it is from repository ${r.repository ?? '(none)'}, not ${run.repository}`
  }
  if (run.runId !== undefined && r.runId !== run.runId) return `it is from run ${r.runId ?? '(none)'}, not ${run.runId}`
  if (run.runAttempt !== undefined && r.runAttempt !== undefined && Number(r.runAttempt) > Number(run.runAttempt)) {
    return `it is from attempt ${r.runAttempt}, later than this attempt ${run.runAttempt}`
  }
  if (run.since !== undefined && Date.parse(entry.result.startedAt) < Date.parse(run.since)) {
    return `it started at ${entry.result.startedAt}, before this run began at ${run.since}`
  }
  return undefined
}

function gateLocation(file: LoadedGatesFile, g: ExpectedGate): Location {
  return { file: file.path, ...(g.line !== undefined ? { line: g.line } : {}), field: `gates[${g.position}]` }
}

function label(g: ExpectedGate): string {
  return `gates[${g.position}] '${g.id}' (${g.uses})`
}

/** Matches results to expected gates: by action and step id, or by action alone for a result that has no step id. */
function match(
  expected: ExpectedGate[],
  entries: LedgerEntry[]
): { outcomes: GateOutcome[]; unexpected: LedgerEntry[] } {
  const outcomes: GateOutcome[] = expected.map(g => ({ expected: g, extra: [], superseded: [] }))
  const byKey = new Map(outcomes.map(o => [`${o.expected.uses}\0${o.expected.id}`, o]))
  const unexpected: LedgerEntry[] = []
  const stepless: LedgerEntry[] = []
  const ordered = [...entries].sort((a, b) => a.result.startedAt.localeCompare(b.result.startedAt))
  for (const e of ordered) {
    const step = e.result.run.step
    const o = step === undefined ? undefined : byKey.get(`${e.result.gate}\0${step}`)
    if (o && o.entry) o.extra.push(e)
    else if (o) o.entry = e
    else if (step === undefined) stepless.push(e)
    else unexpected.push(e)
  }
  for (const e of stepless) {
    const candidates = outcomes.filter(o => o.expected.uses === e.result.gate)
    const only = candidates.length === 1 ? candidates[0]! : undefined
    if (only && !only.entry) only.entry = e
    else if (only) only.extra.push(e)
    else unexpected.push(e)
  }
  for (const o of outcomes) keepLatestAttempt(o)
  return { outcomes, unexpected }
}

function attemptOf(e: LedgerEntry): number {
  return Number(e.result.run.runAttempt ?? '1')
}

/**
 * A re-run of a GitHub run ("re-run failed jobs") runs a gate again in a later
 * attempt: its latest attempt counts, earlier ones are kept as superseded. Two results
 * in the same attempt are a gate that ran twice.
 */
function keepLatestAttempt(o: GateOutcome): void {
  if (!o.entry || o.extra.length === 0) return
  const all = [o.entry, ...o.extra]
  const latest = Math.max(...all.map(attemptOf))
  const current = all.filter(e => attemptOf(e) === latest)
  o.entry = current[0]
  o.extra = current.slice(1)
  o.superseded = all.filter(e => attemptOf(e) !== latest)
}

function ledgerCheck(ledger: Ledger): Check {
  if (ledger.problems.length === 0) {
    return makeCheck(
      'ledger-readable',
      'Every ledger file is a valid gate result',
      CONTRACT_ARTICLES,
      'pass',
      `${ledger.entries.length} gate result(s) read`
    )
  }
  const first = ledger.problems[0]!.error
  return makeCheck(
    'ledger-readable',
    'Every ledger file is a valid gate result',
    CONTRACT_ARTICLES,
    'error',
    `${ledger.problems.length} ledger file(s) unreadable or not a gate result; first: ${first.message}`,
    {
      locations: ledger.problems.map(p => {
        const l = p.error.location
        return {
          file: l.file ?? p.file,
          ...(l.line !== undefined ? { line: l.line } : {}),
          ...(l.column !== undefined ? { column: l.column } : {}),
          ...(l.field !== undefined ? { field: l.field } : {})
        }
      }),
      evidence: { problems: ledger.problems.map(p => ({ file: p.file, code: p.error.code, message: p.error.message })) }
    }
  )
}

function sequenceCheck(outcomes: GateOutcome[], file: LoadedGatesFile): Check {
  const ran = outcomes
    .filter(o => o.entry)
    .sort((a, b) => {
      const d = Date.parse(a.entry!.result.startedAt) - Date.parse(b.entry!.result.startedAt)
      return d !== 0 ? d : Date.parse(a.entry!.result.finishedAt) - Date.parse(b.entry!.result.finishedAt)
    })
  const title = 'The gates ran in the order of the gates file'
  if (ran.length === 0)
    return makeCheck(
      'sequence-matches',
      title,
      CONTRACT_ARTICLES,
      'skipped',
      'no expected gate ran, so no order can be checked'
    )
  const problems: string[] = []
  const locations: Location[] = []
  for (let i = 1; i < ran.length; i++) {
    const prev = ran[i - 1]!
    const cur = ran[i]!
    if (cur.expected.position < prev.expected.position) {
      problems.push(`${label(cur.expected)} ran after ${label(prev.expected)}, but the gates file puts it before`)
      locations.push(gateLocation(file, cur.expected))
    } else if (Date.parse(cur.entry!.result.startedAt) < Date.parse(prev.entry!.result.finishedAt)) {
      problems.push(
        `${label(cur.expected)} started at ${cur.entry!.result.startedAt}, before ${label(prev.expected)} finished at ${prev.entry!.result.finishedAt}`
      )
      locations.push(gateLocation(file, cur.expected))
    }
  }
  const order = ran.map(o => o.expected.id).join(' → ')
  return problems.length === 0
    ? makeCheck('sequence-matches', title, CONTRACT_ARTICLES, 'pass', `ran in order: ${order}`)
    : makeCheck('sequence-matches', title, CONTRACT_ARTICLES, 'fail', `${problems.join('; ')} (ran: ${order})`, {
        locations,
        evidence: {
          executed: ran.map(o => ({
            id: o.expected.id,
            position: o.expected.position,
            startedAt: o.entry!.result.startedAt,
            finishedAt: o.entry!.result.finishedAt
          }))
        }
      })
}

function worst(statuses: GateStatus[]): GateStatus {
  return statuses.includes('error') ? 'error' : statuses.includes('fail') ? 'fail' : 'pass'
}

/** Checks a run's ledger against its gates file. */
export function checkContract(file: LoadedGatesFile, ledger: Ledger, run: RunIdentity): ContractResult {
  const foreign: ForeignResult[] = []
  const own: LedgerEntry[] = []
  for (const e of ledger.entries) {
    const reason = foreignReason(e, run)
    if (reason === undefined) own.push(e)
    else foreign.push({ entry: e, reason })
  }
  const { outcomes, unexpected } = match(file.gates, own)
  const checks: Check[] = [ledgerCheck(ledger)]

  checks.push(
    foreign.length === 0
      ? makeCheck(
          'results-from-this-run',
          'Every result belongs to this run',
          CONTRACT_ARTICLES,
          'pass',
          `${own.length} result(s) from this run`
        )
      : makeCheck(
          'results-from-this-run',
          'Every result belongs to this run',
          CONTRACT_ARTICLES,
          'fail',
          `${foreign.length} result(s) from another run, not counted: ${foreign.map(f => `${f.entry.file} (${f.entry.result.gate}): ${f.reason}`).join('; ')}`,
          { locations: foreign.map(f => ({ file: f.entry.file, field: 'run' })) }
        )
  )

  const missing = outcomes.filter(o => !o.entry)
  const repeated = outcomes.filter(o => o.extra.length > 0)
  const ranProblems = [
    ...missing.map(o => `${label(o.expected)} has no result: it was skipped or never ran`),
    ...repeated.map(o => `${label(o.expected)} ran ${o.extra.length + 1} times`)
  ]
  checks.push(
    makeCheck(
      'expected-gates-ran',
      'Every expected gate ran, once',
      CONTRACT_ARTICLES,
      ranProblems.length === 0 ? 'pass' : 'fail',
      ranProblems.length === 0 ? `all ${outcomes.length} expected gate(s) ran` : ranProblems.join('; '),
      {
        locations: [...missing, ...repeated].map(o => gateLocation(file, o.expected)),
        evidence: missing.length > 0 ? { missing: missing.map(o => o.expected.id) } : {}
      }
    )
  )

  checks.push(
    unexpected.length === 0
      ? makeCheck(
          'no-unexpected-gates',
          'No result outside the gates file',
          CONTRACT_ARTICLES,
          'pass',
          'every result matches an expected gate'
        )
      : makeCheck(
          'no-unexpected-gates',
          'No result outside the gates file',
          CONTRACT_ARTICLES,
          'fail',
          `${unexpected.length} result(s) match no gate of ${file.path}: ${unexpected.map(e => `${e.result.gate} step '${e.result.run.step ?? '(none)'}' in ${e.file}`).join('; ')}`,
          {
            locations: unexpected.map(e => ({ file: e.file, field: 'run.step' })),
            evidence: { hint: 'When calling an action directly, give its step the id of its gates-file entry' }
          }
        )
  )

  const ranOutcomes = outcomes.filter(o => o.entry)
  const empty = ranOutcomes.filter(o => o.entry!.result.checks.length === 0)
  checks.push(
    makeCheck(
      'results-non-empty',
      'Every result is recorded and not empty',
      CONTRACT_ARTICLES,
      empty.length === 0 ? (ranOutcomes.length === 0 ? 'skipped' : 'pass') : 'fail',
      empty.length === 0
        ? ranOutcomes.length === 0
          ? 'no result to inspect'
          : `${ranOutcomes.length} result(s) each hold at least one check`
        : empty
            .map(o => {
              const err = o.entry!.result.error
              return `${label(o.expected)} recorded no check${err ? ` (it could not run: ${err.code} ${err.message})` : ''}`
            })
            .join('; '),
      { locations: empty.map(o => ({ file: o.entry!.file, field: 'checks' })) }
    )
  )

  const skippedIds = (o: GateOutcome): string[] =>
    o.entry!.result.checks.filter(c => c.status === 'skipped').map(c => c.id)
  const skipping = ranOutcomes.filter(o => skippedIds(o).some(id => !(id in o.expected.allowSkipped)))
  const waived = ranOutcomes.flatMap(o =>
    skippedIds(o)
      .filter(id => id in o.expected.allowSkipped)
      .map(id => ({ gate: o.expected.id, check: id, reason: o.expected.allowSkipped[id]! }))
  )
  const waiverNote =
    waived.length === 0
      ? ''
      : `; ${waived.length} skip(s) waived by the gates file: ${waived.map(w => `${w.gate} ${w.check} (${w.reason})`).join('; ')}`
  checks.push(
    makeCheck(
      'no-gate-skipped',
      'No gate skipped any of its checks',
      CONTRACT_ARTICLES,
      skipping.length === 0 && missing.length === 0 ? 'pass' : 'fail',
      (skipping.length === 0 && missing.length === 0
        ? 'no gate was skipped and no check was skipped without a waiver'
        : [
            ...missing.map(o => `${label(o.expected)} was skipped`),
            ...skipping.map(o => {
              const ids = skippedIds(o).filter(id => !(id in o.expected.allowSkipped))
              return `${label(o.expected)} skipped ${ids.join(', ')}`
            })
          ].join('; ')) + waiverNote,
      {
        locations: [
          ...missing.map(o => gateLocation(file, o.expected)),
          ...skipping.map(o => ({ file: o.entry!.file, field: 'checks' }))
        ],
        ...(waived.length > 0 ? { evidence: { waived } } : {})
      }
    )
  )

  checks.push(sequenceCheck(outcomes, file))

  const statuses = ranOutcomes.map(o => o.entry!.result.status)
  const notPassed = ranOutcomes.filter(o => o.entry!.result.status !== 'pass')
  const verdict = ranOutcomes.length === 0 ? 'skipped' : worst(statuses)
  checks.push(
    makeCheck(
      'gates-passed',
      'Every gate that ran passed',
      CONTRACT_ARTICLES,
      verdict,
      ranOutcomes.length === 0
        ? 'no gate ran'
        : notPassed.length === 0
          ? `${ranOutcomes.length} gate(s) passed`
          : notPassed
              .map(o => `${label(o.expected)} ${o.entry!.result.status === 'error' ? 'could not run' : 'failed'}`)
              .join('; '),
      { locations: notPassed.map(o => ({ file: o.entry!.file, field: 'status' })) }
    )
  )
  return { checks, outcomes, unexpected, foreign }
}
