/**
 * The retention policy (`schemas/retention-policy.schema.json`): read from YAML or
 * JSON, validated with every problem located by file, line and field, and normalized
 * into categories with their retention, declared stores, retrieval and providers.
 * Seed 002's three-key configuration is a policy as it is.
 */
import { readFile } from 'node:fs/promises'
import type { ErrorObject, ValidateFunction } from 'ajv'
import { GateError, toGateError } from '@ai-act-gates/core'
import {
  compileSchema,
  formatFieldPath,
  locateViolations,
  violationError,
  parseConfigText,
  type ParsedConfig
} from '@ai-act-gates/config'
import { sha256Hex } from '@ai-act-gates/files'
import schema from '../../../schemas/retention-policy.schema.json' with { type: 'json' }
import { requireCategory } from './categories.js'
import { days, years, type Duration } from './duration.js'
import { parseAddress } from './plan/address.js'
import type { DeclaredStore } from './plan/stores.js'

/** The policy schema, for tests and docs. */
export const RETENTION_POLICY_SCHEMA = schema

/** A place in the policy file. */
export interface PolicyLocation {
  file: string
  line?: number
  column?: number
  field: string
}

/** A category the policy covers. */
export interface PolicyCategory {
  /** Normal form, such as `model-version`. */
  name: string
  /** The name as written. */
  written: string
  /** Its retention, if the policy gives one (its own or the root's). */
  retention: Duration | undefined
  /** Where the retention is written, or where it is missing from. */
  retentionAt: PolicyLocation
  /** Where the category is named. */
  at: PolicyLocation
}

/** The contract terms of a provider, each with where it is written. */
export interface ProviderContract {
  reference?: { value: string; at: PolicyLocation }
  accessRight?: { value: string; at: PolicyLocation }
  retrievalMechanism?: { value: string; at: PolicyLocation }
  retention?: { value: Duration; at: PolicyLocation }
  evidence: Array<{ value: string; at: PolicyLocation }>
}

/** A provider that holds logs. */
export interface PolicyProvider {
  name: string
  logTypes: string[]
  at: PolicyLocation
  contract: ProviderContract | undefined
  contractAt: PolicyLocation
}

/** A policy, read and normalized. */
export interface RetentionPolicy {
  /** Path as displayed. */
  file: string
  /** Absolute path (for resolving the files it names). */
  absolute: string
  sha256: string
  size: number
  /** `seed-002` when the file has only seed 002's three keys. */
  form: 'seed-002' | 'full'
  systemId?: string
  /** Categories by normal name. */
  categories: Map<string, PolicyCategory>
  /** Stores, when the policy names them. */
  stores: DeclaredStore[] | undefined
  runbook?: { value: string; at: PolicyLocation }
  testedOn?: { value: string; at: PolicyLocation }
  providers: PolicyProvider[]
  /** Where the categories are listed (`log_types`, else `covered_log_types`), or where they belong. */
  categoriesAt: PolicyLocation
  /** Where a field is. */
  locate(segments: Array<string | number>): PolicyLocation
}

const SEED_KEYS = new Set(['retention_days', 'covered_log_types', 'retrieval_runbook_url'])

let validator: ValidateFunction | undefined

function rewrite(error: ErrorObject): ErrorObject {
  if (error.keyword === 'false schema' && /retention_years$/.test(error.instancePath)) {
    return { ...error, message: 'conflicts with retention_days: give retention_days or retention_years, not both' }
  }
  return error
}

function validate(parsed: ParsedConfig, file: string): void {
  validator ??= compileSchema(schema)
  if (validator(parsed.value)) return
  throw violationError(locateViolations((validator.errors ?? []).map(rewrite), parsed), file)
}

type Raw = Record<string, unknown>

function period(obj: Raw): Duration | undefined {
  if (typeof obj.retention_days === 'number') return days(obj.retention_days)
  if (typeof obj.retention_years === 'number') return years(obj.retention_years)
  return undefined
}

function periodField(obj: Raw): string {
  return typeof obj.retention_years === 'number' ? 'retention_years' : 'retention_days'
}

/** Parses and normalizes a policy text. */
export function parsePolicy(
  text: string,
  file: string,
  absolute: string,
  digest: { sha256: string; size: number } = { sha256: sha256Hex(text), size: Buffer.byteLength(text) }
): RetentionPolicy {
  if (text.trim() === '') throw new GateError('EMPTY_INPUT', 'the policy file is empty', { file })
  const parsed = parseConfigText(text, file)
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    throw new GateError(
      'SCHEMA_VIOLATION',
      'a retention policy is a mapping of keys such as retention_days and covered_log_types',
      { file, line: 1 }
    )
  }
  validate(parsed, file)
  const raw = parsed.value as Raw
  const locate = (segments: Array<string | number>): PolicyLocation => {
    const pos = parsed.locate(segments)
    return { file, ...(pos ? { line: pos.line, column: pos.column } : {}), field: formatFieldPath(segments) }
  }
  const category = (name: string, segments: Array<string | number>): string => {
    const at = locate(segments)
    return requireCategory(name, { file, ...(at.line !== undefined ? { line: at.line } : {}), field: at.field })
  }
  const rootRetention = period(raw)
  const rootAt = locate([periodField(raw)])
  const categories = new Map<string, PolicyCategory>()
  const addCategory = (c: PolicyCategory): void => {
    const prior = categories.get(c.name)
    if (prior) {
      throw new GateError(
        'SCHEMA_VIOLATION',
        `log category '${c.written}' is '${c.name}', which ${prior.at.field} already names`,
        {
          file,
          ...(c.at.line !== undefined ? { line: c.at.line } : {}),
          field: c.at.field
        }
      )
    }
    categories.set(c.name, c)
  }
  const covered = Array.isArray(raw.covered_log_types) ? (raw.covered_log_types as string[]) : []
  covered.forEach((written, i) => {
    addCategory({
      name: category(written, ['covered_log_types', i]),
      written,
      retention: rootRetention,
      retentionAt: rootAt,
      at: locate(['covered_log_types', i])
    })
  })
  for (const [written, entry] of Object.entries((raw.log_types ?? {}) as Record<string, Raw>)) {
    const own = period(entry)
    addCategory({
      name: category(written, ['log_types', written]),
      written,
      retention: own ?? rootRetention,
      retentionAt: own ? locate(['log_types', written, periodField(entry)]) : rootAt,
      at: locate(['log_types', written])
    })
  }
  const policy: RetentionPolicy = {
    file,
    absolute,
    sha256: digest.sha256,
    size: digest.size,
    form: Object.keys(raw).every(k => SEED_KEYS.has(k) || k.startsWith('x-')) ? 'seed-002' : 'full',
    categories,
    stores: undefined,
    providers: [],
    categoriesAt:
      raw.log_types !== undefined
        ? locate(['log_types'])
        : raw.covered_log_types !== undefined
          ? locate(['covered_log_types'])
          : { ...locate([]), field: 'covered_log_types' },
    locate
  }
  if (typeof raw.system_id === 'string') policy.systemId = raw.system_id
  if (Array.isArray(raw.stores)) {
    policy.stores = (raw.stores as Raw[]).map((s, i) => {
      const at = locate(['stores', i, 'resource'])
      const address = parseAddress(s.resource as string)
      if (typeof address === 'string') {
        throw new GateError(
          'SCHEMA_VIOLATION',
          `'${s.resource as string}' is not a Terraform resource address: ${address}`,
          {
            file,
            ...(at.line !== undefined ? { line: at.line } : {}),
            field: at.field
          }
        )
      }
      const store: DeclaredStore = {
        address,
        text: s.resource as string,
        logTypes: (s.log_types as string[]).map((t, j) => category(t, ['stores', i, 'log_types', j])),
        location: at
      }
      if (typeof s.prefix === 'string') store.prefix = s.prefix
      return store
    })
  }
  const retrieval = (raw.retrieval ?? {}) as Raw
  const runbookRaw = retrieval.runbook ?? raw.retrieval_runbook_url
  if (
    typeof retrieval.runbook === 'string' &&
    typeof raw.retrieval_runbook_url === 'string' &&
    retrieval.runbook !== raw.retrieval_runbook_url
  ) {
    const at = locate(['retrieval', 'runbook'])
    throw new GateError(
      'SCHEMA_VIOLATION',
      'retrieval.runbook and retrieval_runbook_url name different runbooks; give one',
      {
        file,
        ...(at.line !== undefined ? { line: at.line } : {}),
        field: at.field
      }
    )
  }
  if (typeof runbookRaw === 'string') {
    policy.runbook = {
      value: runbookRaw,
      at: locate(typeof retrieval.runbook === 'string' ? ['retrieval', 'runbook'] : ['retrieval_runbook_url'])
    }
  }
  if (typeof retrieval.tested_on === 'string')
    policy.testedOn = { value: retrieval.tested_on, at: locate(['retrieval', 'tested_on']) }
  if (Array.isArray(raw.providers)) {
    policy.providers = (raw.providers as Raw[]).map((p, i) => {
      const c = p.contract as Raw | undefined
      const field = (name: string): { value: string; at: PolicyLocation } | undefined =>
        c && typeof c[name] === 'string'
          ? { value: c[name] as string, at: locate(['providers', i, 'contract', name]) }
          : undefined
      let contract: ProviderContract | undefined
      if (c) {
        contract = {
          evidence: Array.isArray(c.evidence)
            ? (c.evidence as string[]).map((e, j) => ({
                value: e,
                at: locate(['providers', i, 'contract', 'evidence', j])
              }))
            : []
        }
        const ref = field('reference')
        const right = field('access_right')
        const mech = field('retrieval_mechanism')
        if (ref) contract.reference = ref
        if (right) contract.accessRight = right
        if (mech) contract.retrievalMechanism = mech
        const r = period(c)
        if (r) contract.retention = { value: r, at: locate(['providers', i, 'contract', periodField(c)]) }
      }
      return {
        name: p.name as string,
        logTypes: (p.log_types as string[]).map((t, j) => category(t, ['providers', i, 'log_types', j])),
        at: locate(['providers', i, 'name']),
        contract,
        contractAt: locate(['providers', i, 'contract'])
      }
    })
  }
  return policy
}

/** Reads a policy file. */
export async function readPolicy(absolute: string, display: string): Promise<RetentionPolicy> {
  let bytes: Buffer
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    throw toGateError(error, display)
  }
  return parsePolicy(bytes.toString('utf8'), display, absolute, { sha256: sha256Hex(bytes), size: bytes.length })
}
