/** Hash mode: every matched file into a new manifest and an in-toto statement. */
import { stat } from 'node:fs/promises'
import * as path from 'node:path'
import { makeCheck, TOOL_NAME, toGateError, VERSION, type RunContext } from '@ai-act-gates/core'
import {
  expandGlobs,
  sha256File,
  sha256Hex,
  toPosixRelative,
  writeFileAtomic,
  type MatchedFile
} from '@ai-act-gates/files'
import type { GateRun } from '@ai-act-gates/action-kit'
import type { EvidenceManifest, ManifestFile, Producer } from './manifest.js'
import { mapLimit } from './pool.js'
import { evidenceStatement } from './statement.js'

/** Files hashed at once: enough to overlap file-system calls, few enough to bound memory (8 x 1 MiB reads). */
export const HASH_CONCURRENCY = 8

/** The articles evidence integrity supports: QMS records (Art.17) and documentation keeping (Art.18). */
export const EVIDENCE_ARTICLES = ['Art.17(1)', 'Art.18(1)']

/** Typed inputs of hash mode. */
export interface HashInputs {
  patterns: string[]
  root: string
  manifest: string
  statement: string
  category: string
  exclude: string[]
}

function producerOf(run: RunContext): Producer | undefined {
  const p: Producer = {}
  if (run.repository) p.repository = run.repository
  if (run.runId) p.runId = run.runId
  if (run.runAttempt) p.runAttempt = run.runAttempt
  if (run.workflow) p.workflow = run.workflow
  if (run.job) p.job = run.job
  if (run.step) p.step = run.step
  return Object.keys(p).length > 0 ? p : undefined
}

async function describeFile(
  file: MatchedFile,
  root: string,
  category: string,
  producer: Producer | undefined
): Promise<ManifestFile> {
  const info = await stat(file.absolute).catch((e: unknown) => {
    throw toGateError(e, file.relative)
  })
  const digest = await sha256File(file.absolute, file.relative, info.size)
  const born = info.birthtimeMs > 0 ? info.birthtime : info.mtime
  const entry: ManifestFile = {
    path: toPosixRelative(root, file.absolute),
    sha256: digest.sha256,
    size: digest.size,
    category,
    createdAt: born.toISOString(),
    modifiedAt: info.mtime.toISOString()
  }
  if (producer) entry.producer = producer
  return entry
}

/** Hashes the files into a manifest and statement; both are new files, never overwritten. */
export async function hashEvidence(inputs: HashInputs, workspace: string, run: RunContext): Promise<GateRun> {
  const matched = await expandGlobs(inputs.patterns, {
    workspace: inputs.root,
    field: 'paths',
    exclude: [inputs.manifest, inputs.statement, ...inputs.exclude]
  })
  const filtered = matched.filter(m => !inputs.exclude.some(dir => m.absolute.startsWith(dir + path.sep)))
  const producer = producerOf(run)
  const files = await mapLimit(filtered, HASH_CONCURRENCY, f => describeFile(f, inputs.root, inputs.category, producer))
  const bytes = files.reduce((n, f) => n + f.size, 0)
  const manifest: EvidenceManifest = {
    manifestVersion: 1,
    generator: { name: TOOL_NAME, version: VERSION },
    createdAt: new Date().toISOString(),
    algorithm: 'sha256',
    root: toPosixRelative(workspace, inputs.root) || '.',
    patterns: inputs.patterns,
    category: inputs.category,
    run,
    files,
    totals: { files: files.length, bytes }
  }
  const manifestText = JSON.stringify(manifest, null, 2) + '\n'
  const manifestSha256 = sha256Hex(manifestText)
  const manifestRel = toPosixRelative(workspace, inputs.manifest)
  const statementRel = toPosixRelative(workspace, inputs.statement)
  await writeFileAtomic(inputs.manifest, manifestText, { displayPath: manifestRel })
  const statement = evidenceStatement(manifest, manifestRel, manifestSha256, run)
  const statementText = JSON.stringify(statement, null, 2) + '\n'
  await writeFileAtomic(inputs.statement, statementText, { displayPath: statementRel })
  return {
    subject: { manifest: manifestRel, manifestSha256, category: inputs.category },
    checks: [
      makeCheck(
        'files-matched',
        'Evidence files matched',
        EVIDENCE_ARTICLES,
        'pass',
        `${files.length} file(s) matched ${inputs.patterns.length} pattern(s)`,
        { evidence: { patterns: inputs.patterns } }
      ),
      makeCheck(
        'files-hashed',
        'Evidence files hashed',
        EVIDENCE_ARTICLES,
        'pass',
        `hashed ${files.length} file(s), ${bytes} bytes, into ${manifestRel}`,
        {
          evidence: { manifestSha256 }
        }
      )
    ],
    evidence: [
      {
        path: manifestRel,
        sha256: manifestSha256,
        size: Buffer.byteLength(manifestText),
        role: 'output',
        category: 'evidence-manifest'
      },
      {
        path: statementRel,
        sha256: sha256Hex(statementText),
        size: Buffer.byteLength(statementText),
        role: 'output',
        category: 'in-toto-statement'
      }
    ],
    metrics: { files: files.length, bytes },
    outputs: {
      'manifest-path': manifestRel,
      'manifest-sha256': manifestSha256,
      'statement-path': statementRel,
      'file-count': String(files.length),
      'total-bytes': String(bytes)
    }
  }
}
