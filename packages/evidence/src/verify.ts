/** Verify mode: re-hash every file of a manifest and name each modified, missing and extra file. */
import { realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { GateError, makeCheck, toGateError, type Check, type Location } from '@ai-act-gates/core'
import { expandGlobs, isInside, sha256File, toPosixRelative } from '@ai-act-gates/files'
import type { GateRun } from '@ai-act-gates/action-kit'
import { EVIDENCE_ARTICLES, HASH_CONCURRENCY } from './hash.js'
import { readManifest, type ManifestFile } from './manifest.js'
import { mapLimit } from './pool.js'

/** Typed inputs of verify mode. */
export interface VerifyInputs {
  manifest: string
  root: string
  /** Patterns to search for extra files; empty means the manifest's own patterns. */
  patterns: string[]
  exclude: string[]
}

type FileState =
  | { kind: 'ok'; file: ManifestFile }
  | { kind: 'missing'; file: ManifestFile }
  | { kind: 'modified'; file: ManifestFile; sha256: string; size: number }

async function checkFile(root: string, realRoot: string, rootRel: string, file: ManifestFile): Promise<FileState> {
  const display = rootRel === '.' ? file.path : `${rootRel}/${file.path}`
  const absolute = path.resolve(root, file.path)
  let size: number
  try {
    size = (await stat(absolute)).size
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing', file }
    throw toGateError(error, display)
  }
  const real = await realpath(absolute)
  if (!isInside(realRoot, real)) {
    throw new GateError('SYMLINK_OUTSIDE_WORKSPACE', `symlink leads outside the evidence root, to ${real}`, {
      file: display
    })
  }
  const digest = await sha256File(absolute, display, size)
  if (digest.sha256 === file.sha256 && digest.size === file.size) return { kind: 'ok', file }
  return { kind: 'modified', file, ...digest }
}

/** Verifies the files of a manifest against the disk. */
export async function verifyEvidence(inputs: VerifyInputs, workspace: string): Promise<GateRun> {
  const manifestRel = toPosixRelative(workspace, inputs.manifest)
  const manifest = await readManifest(inputs.manifest, manifestRel)
  for (const [i, f] of manifest.files.entries()) {
    if (!isInside(inputs.root, path.resolve(inputs.root, f.path))) {
      throw new GateError('PATH_OUTSIDE_WORKSPACE', `path '${f.path}' leads outside the evidence root`, {
        file: manifestRel,
        field: `files[${i}].path`
      })
    }
  }
  const rootRel = toPosixRelative(workspace, inputs.root) || '.'
  const realRoot = await realpath(inputs.root)
  const states = await mapLimit(manifest.files, HASH_CONCURRENCY, f => checkFile(inputs.root, realRoot, rootRel, f))
  const display = (p: string): string => (rootRel === '.' ? p : `${rootRel}/${p}`)
  const missing = states.filter(s => s.kind === 'missing')
  const modified = states.filter((s): s is Extract<FileState, { kind: 'modified' }> => s.kind === 'modified')

  const patterns = inputs.patterns.length > 0 ? inputs.patterns : manifest.patterns
  const found = await expandGlobs(patterns, {
    workspace: inputs.root,
    field: 'paths',
    exclude: [inputs.manifest, ...inputs.exclude],
    allowEmpty: true
  })
  const listed = new Set(manifest.files.map(f => f.path))
  const extra = found
    .filter(m => !inputs.exclude.some(dir => m.absolute.startsWith(dir + path.sep)))
    .map(m => toPosixRelative(inputs.root, m.absolute))
    .filter(p => !listed.has(p))

  const loc = (p: string): Location => ({ file: display(p) })
  const checks: Check[] = [
    makeCheck(
      'manifest-valid',
      'Manifest is valid',
      EVIDENCE_ARTICLES,
      'pass',
      `${manifestRel} lists ${manifest.files.length} file(s) (${manifest.category})`
    ),
    makeCheck(
      'files-present',
      'Every listed file is present',
      EVIDENCE_ARTICLES,
      missing.length === 0 ? 'pass' : 'fail',
      missing.length === 0
        ? 'every listed file is present'
        : `${missing.length} listed file(s) missing: ${missing.map(s => display(s.file.path)).join(', ')}`,
      { locations: missing.map(s => loc(s.file.path)) }
    ),
    makeCheck(
      'files-unmodified',
      'Every file matches its digest',
      EVIDENCE_ARTICLES,
      modified.length === 0 ? 'pass' : 'fail',
      modified.length === 0
        ? `${states.length - missing.length} file(s) match their SHA-256`
        : `${modified.length} file(s) modified: ${modified.map(s => display(s.file.path)).join(', ')}`,
      {
        locations: modified.map(s => loc(s.file.path)),
        evidence:
          modified.length === 0
            ? {}
            : {
                modified: modified.map(s => ({
                  path: display(s.file.path),
                  expectedSha256: s.file.sha256,
                  actualSha256: s.sha256,
                  expectedSize: s.file.size,
                  actualSize: s.size
                }))
              }
      }
    ),
    makeCheck(
      'no-extra-files',
      'No file outside the manifest',
      EVIDENCE_ARTICLES,
      extra.length === 0 ? 'pass' : 'fail',
      extra.length === 0
        ? `no unlisted file matches ${patterns.join(', ')}`
        : `${extra.length} extra file(s) not in the manifest: ${extra.map(display).join(', ')}`,
      { locations: extra.map(loc) }
    )
  ]
  return {
    subject: { manifest: manifestRel, category: manifest.category },
    checks,
    evidence: [
      {
        path: manifestRel,
        ...(await sha256File(inputs.manifest, manifestRel)),
        role: 'input',
        category: 'evidence-manifest'
      }
    ],
    metrics: { files: manifest.files.length, missing: missing.length, modified: modified.length, extra: extra.length },
    outputs: {
      'manifest-path': manifestRel,
      'file-count': String(manifest.files.length),
      modified: modified.map(s => display(s.file.path)).join('\n'),
      missing: missing.map(s => display(s.file.path)).join('\n'),
      extra: extra.map(display).join('\n')
    }
  }
}
