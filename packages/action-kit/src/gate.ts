/**
 * The contract between a gate and its front doors. A gate declares how to read its
 * inputs and how to run; the runner does timing, failing closed, the result format
 * and the reports, identically for the action, the CLI and the suite.
 */
import type { Check, EvidenceFile, Resource, RunContext } from '@ai-act-gates/core'
import type { RawInputs } from './inputs.js'

/** Messages for the log of the run (the step log in Actions, stderr on a terminal). */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

/** What a gate is given to run. */
export interface GateContext {
  /** Absolute path of the workspace; every input path is inside it. */
  workspace: string
  /** The environment (GITHUB_* variables, tokens). */
  env: NodeJS.ProcessEnv
  /** The run the gate belongs to. */
  run: RunContext
  /** Absolute path of the report directory, or undefined when reports are off. */
  reportDir: string | undefined
  /** Log sink. */
  log: Logger
  /** Records an external resource the gate accessed. */
  recordResource(resource: Omit<Resource, 'at'> & { at?: string }): void
  /** Cancelled when the run is interrupted. */
  signal: AbortSignal
}

/** What a gate returns; the runner turns it into a GateResult. */
export interface GateRun {
  /** What was judged. */
  subject: Record<string, string | number | boolean>
  /** The checks, in order. An empty list is an error. */
  checks: Check[]
  /** Files produced or judged. */
  evidence?: EvidenceFile[]
  /** Counts and durations. */
  metrics?: Record<string, number>
  /** Action outputs. */
  outputs?: Record<string, string>
}

/** A gate, as the front doors see it. */
export interface GateDefinition<I> {
  /** The action name, such as `evidence-hash`. */
  name: string
  /** Inputs whose values are secrets and are never recorded. */
  secretInputs?: readonly string[]
  /** Reads typed inputs; throws an INPUT_* GateError on bad input. */
  parseInputs(raw: RawInputs, context: GateContext): I | Promise<I>
  /** Runs the gate. Throwing makes the result `error`. */
  run(inputs: I, context: GateContext): Promise<GateRun>
}

/** A gate definition with its input type erased, for registries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyGateDefinition = GateDefinition<any>

/** Loads a gate's definition on first use, so a front door loads only the gates it runs. */
export type GateLoader = () => Promise<AnyGateDefinition>
