/**
 * The evidence-hash gate. Seed 000: "The pipeline computes a hash of each artefact at
 * generation time and stores the hash alongside the artefact in the evidence pack.
 * Any subsequent modification to the artefact produces a different hash."
 */
import { GateError } from '@ai-act-gates/core'
import { resolveInside } from '@ai-act-gates/files'
import type { GateContext, GateDefinition, RawInputs } from '@ai-act-gates/action-kit'
import { hashEvidence, type HashInputs } from './hash.js'
import { verifyEvidence, type VerifyInputs } from './verify.js'

/** Typed inputs of the gate. */
export type EvidenceInputs = ({ mode: 'hash' } & HashInputs) | ({ mode: 'verify' } & VerifyInputs)

/** The default statement path: the manifest's with `.intoto.json` in place of `.json`. */
export function defaultStatementPath(manifest: string): string {
  return manifest.replace(/(\.json)?$/i, '.intoto.json')
}

async function parseInputs(raw: RawInputs, ctx: GateContext): Promise<EvidenceInputs> {
  const mode = raw.oneOf('mode', ['hash', 'verify'] as const, 'hash')
  const root = await resolveInside(ctx.workspace, raw.optional('root') ?? '.', { field: 'root', mustExist: true })
  const manifest = await resolveInside(ctx.workspace, raw.required('manifest'), { field: 'manifest' })
  const statementInput = raw.optional('statement')
  const statement = await resolveInside(
    ctx.workspace,
    statementInput ?? defaultStatementPath(raw.required('manifest')),
    {
      field: 'statement'
    }
  )
  const exclude = ctx.reportDir ? [ctx.reportDir] : []
  if (mode === 'hash') {
    const patterns = raw.list('paths')
    if (patterns.length === 0)
      throw new GateError('INPUT_MISSING', "input 'paths' is required in hash mode", { field: 'paths' })
    if (manifest === statement) {
      throw new GateError('INPUT_CONFLICT', 'manifest and statement must be different files', { field: 'statement' })
    }
    return { mode, patterns, root, manifest, statement, exclude, category: raw.optional('category') ?? 'evidence' }
  }
  return { mode, patterns: raw.list('paths'), root, manifest, exclude: [...exclude, statement] }
}

/** The evidence-hash gate definition. */
export const evidenceHashGate: GateDefinition<EvidenceInputs> = {
  name: 'evidence-hash',
  parseInputs,
  run: async (inputs, ctx) =>
    inputs.mode === 'hash' ? hashEvidence(inputs, ctx.workspace, ctx.run) : verifyEvidence(inputs, ctx.workspace)
}
