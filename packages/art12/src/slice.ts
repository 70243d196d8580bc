/**
 * One slice of a sharded run (`shard: i/n`): which files it verifies, where its
 * chain starts, and the boundary file it leaves for the reduce step.
 */
import * as path from 'node:path'
import type { Check } from '@ai-act-gates/core'
import { resolveInside, writeFileAtomic } from '@ai-act-gates/files'
import type { GateContext } from '@ai-act-gates/action-kit'
import type { LogSet, PassReport, RotationAnchor } from '@ai-act-gates/logs'
import type { CanonicalMode } from '@ai-act-gates/canonical-json'
import { buildBoundary, firstAnchor, partitionFiles, type ShardSpec } from './shard.js'

/** Where a slice starts. */
export interface SliceStart {
  shard: ShardSpec
  /** The whole rotation set, as listed. */
  whole: LogSet
  /** The slice's files. */
  set: LogSet
  range: { from: number; to: number }
  /** The hash the slice's first entry chains from: genesis for the first slice, else unknown here. */
  genesis: string | null
  /** The global index of the slice's first entry, when known (first slice, or its rotation anchor). */
  firstEntry: number | null
  anchor: RotationAnchor | null
}

/** Cuts the set and reads where slice `shard` starts. */
export async function sliceOf(
  whole: LogSet,
  shard: ShardSpec,
  anchorField: string,
  genesis: string
): Promise<SliceStart> {
  const range = partitionFiles(
    whole.files.map(f => f.size),
    shard.count
  )[shard.index - 1]!
  const files = whole.files.slice(range.from, range.to)
  const firstFile = files.find(f => f.size > 0)
  const anchor = firstFile ? await firstAnchor(firstFile, anchorField) : null
  const first = shard.index === 1 || range.from === 0
  return {
    shard,
    whole,
    set: { files, gaps: [] },
    range,
    genesis: first ? genesis : null,
    firstEntry: first ? 0 : (anchor?.previous_count ?? null),
    anchor
  }
}

/** Builds and writes the slice's boundary file; returns its absolute path. */
export async function writeSliceBoundary(
  inputs: {
    shardBoundary?: string
    canonicalization: CanonicalMode
    hashField: string
    genesis: string
    anchorField: string
  },
  ctx: GateContext,
  slice: SliceStart,
  report: PassReport | undefined,
  checks: Check[]
): Promise<string> {
  const { index, count } = slice.shard
  const target = inputs.shardBoundary
    ? await resolveInside(ctx.workspace, inputs.shardBoundary, { field: 'shard-boundary' })
    : path.join(ctx.reportDir ?? ctx.workspace, `art12-shard-${index}-of-${count}.json`)
  const failed = checks.some(c => c.status === 'fail' || c.status === 'error' || c.status === 'unknown')
  const rotation = checks.find(c => c.id === 'integrity-rotation')
  const boundary = buildBoundary({
    shard: slice.shard,
    whole: slice.whole,
    range: slice.range,
    report,
    chain: {
      canonicalization: inputs.canonicalization,
      hashField: inputs.hashField,
      genesis: inputs.genesis,
      anchorField: inputs.anchorField
    },
    firstEntry: slice.firstEntry,
    anchor: slice.anchor,
    result: {
      status: failed ? 'fail' : 'pass',
      brokenLinks: report?.breakCount ?? 0,
      schemaViolations: report?.violationCount ?? 0,
      rotationFindings: rotation?.status === 'fail' ? (rotation.locations?.length ?? 1) : 0
    }
  })
  await writeFileAtomic(target, JSON.stringify(boundary, null, 1) + '\n', {
    displayPath: path.relative(ctx.workspace, target)
  })
  return target
}
