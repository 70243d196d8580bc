/**
 * The GateResult: what every gate returns, whichever front door ran it
 * (action, CLI or suite). Its JSON form is `schemas/gate-result.schema.json`.
 */
import type { RunContext } from './context.js'

/** Outcome of a whole gate. `error` means the gate could not run to the end. */
export type GateStatus = 'pass' | 'fail' | 'error'

/**
 * Outcome of one check. `skipped` and `unknown` are never a pass: a gate whose checks
 * were all skipped is an error, and an `unknown` (a value that cannot be decided,
 * such as a Terraform attribute known only after apply) fails the gate.
 */
export type CheckStatus = 'pass' | 'fail' | 'error' | 'skipped' | 'unknown'

/** A place a check points at: a file and line, a log entry, a resource, a commit. */
export interface Location {
  /** Path of the file, relative to the workspace where possible. */
  file?: string
  /** 1-based line. */
  line?: number
  /** 1-based column. */
  column?: number
  /** 1-based last line of a range. */
  endLine?: number
  /** 0-based index of a log entry across the whole (rotated) log. */
  entryIndex?: number
  /** The input id a log entry belongs to. */
  inputId?: string
  /** JSON path or attribute name of the offending field. */
  field?: string
  /** A resource address, such as a Terraform address or an image reference. */
  resource?: string
  /** A git commit sha. */
  commit?: string
  /** A URL. */
  url?: string
}

/** One check a gate performed. */
export interface Check {
  /** Stable identifier, kebab-case, unique within the gate (such as `chain-intact`). */
  id: string
  /** Human-readable title. */
  title: string
  /** The articles of the EU AI Act the check supports, such as `Art.12(1)`. */
  articles: string[]
  /** Outcome. */
  status: CheckStatus
  /** One sentence on what was found. */
  message: string
  /** Where the findings are. */
  locations?: Location[]
  /** Any structured detail worth keeping with the check. */
  evidence?: Record<string, unknown>
}

/** A file a gate produced or judged, with its digest. */
export interface EvidenceFile {
  /** Path, relative to the workspace where possible. */
  path: string
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string
  /** Size in bytes. */
  size: number
  /** Why the file is evidence: an input it judged or an output it wrote. */
  role?: 'input' | 'output' | 'report'
  /** What kind of evidence it is (such as `test-report`, `manifest`). */
  category?: string
}

/** An external resource a gate accessed: a registry pull, an API call, a download. */
export interface Resource {
  /** What kind of resource. */
  kind: 'registry' | 'http' | 'github-api' | 'transparency-log' | 'oidc' | 'process' | 'file'
  /** The URL, reference or command. */
  uri: string
  /** HTTP method or operation. */
  method?: string
  /** HTTP status or exit code, as text. */
  status?: string
  /** Digest of what was fetched, when known (`sha256:...`). */
  digest?: string
  /** When it was accessed (ISO 8601). */
  at: string
}

/** What a gate could not do, when its status is `error`. */
export interface ResultError {
  /** The typed error code. */
  code: string
  /** The message, with its location. */
  message: string
  /** File the error is about. */
  file?: string
  /** 1-based line. */
  line?: number
  /** Field path. */
  field?: string
}

/** The result of one gate run. */
export interface GateResult {
  /** Version of the GateResult format. */
  schemaVersion: 1
  /** The action name, such as `evidence-hash`. */
  gate: string
  /** Version of ai-act-gates that produced the result. */
  version: string
  /** Overall outcome. */
  status: GateStatus
  /** ISO 8601 start time. */
  startedAt: string
  /** ISO 8601 end time. */
  finishedAt: string
  /** What was judged: repository, commit, image digest, system id, manifest. */
  subject: Record<string, string | number | boolean>
  /** The checks, in the order they ran. */
  checks: Check[]
  /** Files produced or judged. */
  evidence: EvidenceFile[]
  /** Counts and durations. */
  metrics: Record<string, number>
  /** The action outputs, as strings. */
  outputs: Record<string, string>
  /** External resources accessed. */
  resources: Resource[]
  /** The inputs the gate ran with (secrets left out). */
  inputs: Record<string, string>
  /** Where it ran. */
  run: RunContext
  /** Why the gate could not run, when status is `error`. */
  error?: ResultError
}

/**
 * The overall status of a set of checks, failing closed: any error, or no check
 * that actually ran, is `error`; otherwise any `fail` or `unknown` is `fail`.
 */
export function deriveStatus(checks: readonly Check[]): GateStatus {
  if (checks.length === 0) return 'error'
  if (checks.some(c => c.status === 'error')) return 'error'
  if (checks.every(c => c.status === 'skipped')) return 'error'
  if (checks.some(c => c.status === 'fail' || c.status === 'unknown')) return 'fail'
  return 'pass'
}

/** Builds a check; `locations` and `evidence` are left out when empty. */
export function makeCheck(
  id: string,
  title: string,
  articles: string[],
  status: CheckStatus,
  message: string,
  extra: { locations?: Location[]; evidence?: Record<string, unknown> } = {}
): Check {
  const check: Check = { id, title, articles, status, message }
  if (extra.locations && extra.locations.length > 0) check.locations = extra.locations
  if (extra.evidence && Object.keys(extra.evidence).length > 0) check.evidence = extra.evidence
  return check
}

/** Counts checks by status, for summaries and metrics. */
export function countChecks(checks: readonly Check[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0, skipped: 0, unknown: 0 }
  for (const c of checks) counts[c.status]++
  return counts
}
