/**
 * The export manifest (`schemas/export-manifest.schema.json`): the query and its
 * parameters, when it ran, the event count, every file with its sha256 and row
 * count, the log profile and columns, the chain verification result, and
 * completeness (the source's event count for the query against the rows counted
 * back from each written file).
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { GateError, toGateError, type RunContext } from '@ai-act-gates/core'
import { compileSchema, errorSegments, formatFieldPath } from '@ai-act-gates/config'
import { readParquetFooter } from '@ai-act-gates/parquet'
import schema from '../../../schemas/export-manifest.schema.json' with { type: 'json' }
import type { ColumnSource } from './columns.js'
import type { Format } from './output.js'

/** One written file. */
export interface ManifestFile {
  path: string
  format: Format
  day?: string
  rows: number
  size: number
  sha256: string
}

/** The chain verification result for what was exported. */
export interface ChainResult {
  /** `log-set`: the whole rotation set was verified; `trace-links`: each exported entry's link to its predecessor. */
  scope: 'log-set' | 'trace-links' | 'export-links'
  status: 'intact' | 'broken'
  canonicalization: string
  hashField: string
  genesis: string
  /** Entries verified (the log set, or the exported trace). */
  entries: number
  head?: string
  brokenLinks: number
  /** Broken links among the exported entries. */
  brokenLinksInExport: number
  breaks: Array<{ entryIndex: number; file: string; line: number; inputId?: string; reason?: string }>
  rotation: Array<{ kind: string; file: string; line?: number; entryIndex?: number; message: string }>
  /** True when the export went ahead although the chain is broken (export-on-integrity-failure). */
  exportedDespiteFailure: boolean
}

/** The manifest. */
export interface ExportManifest {
  manifestVersion: 1
  generator: { name: string; version: string }
  status: 'pass' | 'fail'
  failures: string[]
  query: { kind: string; parameters: Record<string, unknown> }
  startedAt: string
  finishedAt: string
  durationMs: number
  source: {
    patterns: string[]
    entries: number
    files: Array<{ path: string; size: number; gzip: boolean; firstEntry: number; entries: number }>
  }
  profile: {
    name?: string
    file: string
    sha256: string
    columns: Array<{ name: string; type: string; parquetType: string; source: ColumnSource; field?: string }>
  }
  chain: ChainResult
  eventCount: number
  completeness: { sourceCount: number; exported: Partial<Record<Format, number>>; complete: boolean } | null
  output: { directory: string; formats: Format[]; partitioning: 'none' | 'day'; compression: string }
  files: ManifestFile[]
  run: RunContext
}

/** The manifest schema, for tests and docs. */
export const EXPORT_MANIFEST_SCHEMA = schema

let validator: ReturnType<typeof compileSchema<ExportManifest>> | undefined

/** Throws INTERNAL when a manifest does not match its schema (the exporter has a bug). */
export function validateManifest(manifest: unknown): asserts manifest is ExportManifest {
  validator ??= compileSchema<ExportManifest>(schema)
  if (validator(manifest)) return
  const problems = (validator.errors ?? []).map(e => `${formatFieldPath(errorSegments(e))}: ${e.message}`)
  throw new GateError(
    'INTERNAL',
    `the export manifest does not match export-manifest.schema.json: ${problems.join('; ')}`
  )
}

/**
 * Reads a written file back: its sha256 and size, and its rows counted from the
 * bytes on disk (JSON Lines: lines; CSV: RFC 4180 records after the header;
 * Parquet: num_rows of the footer, which must equal the sum of its row groups).
 */
export async function digestFile(
  absolute: string,
  display: string,
  format: Format
): Promise<{ sha256: string; size: number; rows: number }> {
  const hash = createHash('sha256')
  let size = 0
  let lines = 0
  let records = 0
  let inQuote = false
  try {
    for await (const piece of createReadStream(absolute, { highWaterMark: 1024 * 1024 })) {
      const b = piece as Buffer
      hash.update(b)
      size += b.length
      if (format === 'jsonl') for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++
      else if (format === 'csv') {
        for (let i = 0; i < b.length; i++) {
          const c = b[i]!
          if (c === 0x22) inQuote = !inQuote
          else if (c === 0x0a && !inQuote) records++
        }
      }
    }
  } catch (error) {
    throw toGateError(error, display)
  }
  let rows: number
  if (format === 'jsonl') rows = lines
  else if (format === 'csv') {
    if (inQuote) throw new GateError('INTERNAL', 'the CSV file ends inside a quoted field', { file: display })
    rows = records - 1
  } else {
    const footer = await readParquetFooter(absolute).catch((e: unknown) => {
      throw new GateError('INTERNAL', `the written Parquet file cannot be read back: ${(e as Error).message}`, {
        file: display
      })
    })
    const sum = footer.rowGroupRows.reduce((a, b) => a + b, 0)
    if (sum !== footer.rows) {
      throw new GateError('INTERNAL', `the Parquet footer says ${footer.rows} rows but its row groups hold ${sum}`, {
        file: display
      })
    }
    rows = footer.rows
  }
  return { sha256: hash.digest('hex'), size, rows }
}
