/**
 * Inputs that name files: resolved inside the workspace, and inputs that carry either
 * a PEM (from a secret) or the path of a PEM file.
 */
import { readFile } from 'node:fs/promises'
import { toGateError } from '@ai-act-gates/core'
import { resolveInside } from '@ai-act-gates/files'
import type { GateContext } from './gate.js'
import type { RawInputs } from './inputs.js'

/** A file input: its absolute path and the path as the user wrote it. */
export interface FileInput {
  absolute: string
  display: string
}

/** Resolves a file input inside the workspace; undefined when the input is empty. */
export async function fileInput(
  raw: RawInputs,
  ctx: GateContext,
  name: string,
  options: { mustExist?: boolean } = {}
): Promise<FileInput | undefined> {
  const value = raw.optional(name)
  if (value === undefined) return undefined
  const absolute = await resolveInside(ctx.workspace, value, { field: name, mustExist: options.mustExist ?? true })
  return { absolute, display: value }
}

/** A PEM given inline or read from a file; `file` is set when it came from one. */
export interface PemInput {
  pem: string
  file?: string
}

/**
 * Reads an input that is a PEM itself (passed from a secret) or the path of a PEM file
 * inside the workspace; undefined when the input is empty.
 */
export async function pemInput(raw: RawInputs, ctx: GateContext, name: string): Promise<PemInput | undefined> {
  const value = raw.optional(name)
  if (value === undefined) return undefined
  if (value.includes('-----BEGIN')) return { pem: value }
  const absolute = await resolveInside(ctx.workspace, value, { field: name, mustExist: true })
  try {
    return { pem: await readFile(absolute, 'utf8'), file: value }
  } catch (error) {
    throw toGateError(error, value)
  }
}
