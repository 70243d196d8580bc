/** The evidence manifest (`schemas/evidence-manifest.schema.json`): types, reading, checks. */
import type { RunContext } from '@ai-act-gates/core'
import { GateError } from '@ai-act-gates/core'
import { loadConfig } from '@ai-act-gates/config'
import schema from '../../../schemas/evidence-manifest.schema.json' with { type: 'json' }

/** The run and step that produced a file. */
export interface Producer {
  repository?: string
  runId?: string
  runAttempt?: string
  workflow?: string
  job?: string
  step?: string
}

/** One file of the evidence pack. */
export interface ManifestFile {
  /** POSIX path relative to the manifest's root. */
  path: string
  /** Lowercase hex SHA-256. */
  sha256: string
  /** Size in bytes. */
  size: number
  /** Kind of evidence. */
  category: string
  /** Birth time where recorded, else modification time. */
  createdAt?: string
  /** Last modification time. */
  modifiedAt?: string
  /** Run and step that produced it. */
  producer?: Producer
}

/** The manifest. */
export interface EvidenceManifest {
  manifestVersion: 1
  generator: { name: string; version: string }
  createdAt: string
  algorithm: 'sha256'
  root: string
  patterns: string[]
  category: string
  run?: RunContext
  files: ManifestFile[]
  totals: { files: number; bytes: number }
}

/** Reads and validates a manifest; also rejects a path listed twice. */
export async function readManifest(absolute: string, display: string): Promise<EvidenceManifest> {
  const manifest = await loadConfig<EvidenceManifest>(absolute, schema, display)
  const seen = new Set<string>()
  manifest.files.forEach((f, i) => {
    if (seen.has(f.path)) {
      throw new GateError('SCHEMA_VIOLATION', `path '${f.path}' is listed twice`, {
        file: display,
        field: `files[${i}].path`
      })
    }
    seen.add(f.path)
  })
  return manifest
}

/** The manifest schema, for tests and docs. */
export const MANIFEST_SCHEMA = schema
