/**
 * Which commits to judge: an explicit `range` or `commits` input, or the range the
 * triggering event describes (GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH):
 * push (before..after; a new branch; a force push; a tag), pull_request (base..head),
 * merge_group (base_sha..head_sha). Events without a range need an explicit input.
 */
import { readFile } from 'node:fs/promises'
import { GateError, toGateError } from '@ai-act-gates/core'
import { parseConfigText } from '@ai-act-gates/config'

/** An all-zero object id: git's "no commit" in push payloads. */
export const ZERO_SHA = /^0+$/

/** What to verify. */
export type RangeSpec =
  | {
      /** Commits reachable from head and not from base. */
      kind: 'range'
      base: string
      head: string
      /** Where the range came from, for reports. */
      origin: string
      /** A push that rewrote history. */
      forced?: boolean
      /** From a push event: an empty range then verifies the new head itself. */
      push?: boolean
    }
  | {
      /** A new branch: commits reachable from head and from no other branch or tag. */
      kind: 'new-branch'
      head: string
      /** The pushed branch, such as `feature/x`. */
      branch: string
      /** The repository's default branch, when the payload names it (used by the API source). */
      defaultBranch?: string
      origin: string
      push?: boolean
    }
  | {
      /** Each commit on its own, without walking history. */
      kind: 'commits'
      revs: string[]
      origin: string
    }

/** The GitHub event, as read from the runner's environment. */
export interface EventInfo {
  name: string
  path: string
  payload: Record<string, unknown>
  locate: (segments: Array<string | number>) => { line: number } | undefined
}

/** Parses an explicit `A..B` range. */
export function parseRangeInput(value: string): RangeSpec {
  if (value.includes('...')) {
    throw new GateError(
      'INPUT_INVALID',
      `input 'range' is '${value}'; use BASE..HEAD (two dots), not a symmetric difference`,
      {
        field: 'range'
      }
    )
  }
  const m = /^([^.\s]\S*?)\.\.([^.\s]\S*)$/.exec(value)
  if (!m) {
    throw new GateError(
      'INPUT_INVALID',
      `input 'range' is '${value}'; expected BASE..HEAD, such as origin/main..HEAD`,
      {
        field: 'range'
      }
    )
  }
  return { kind: 'range', base: m[1]!, head: m[2]!, origin: `input range ${value}` }
}

/** Reads the event payload named by GITHUB_EVENT_PATH. */
export async function readEvent(env: NodeJS.ProcessEnv): Promise<EventInfo | undefined> {
  const name = env.GITHUB_EVENT_NAME
  const file = env.GITHUB_EVENT_PATH
  if (!name) return undefined
  if (!file) {
    throw new GateError('INPUT_MISSING', `GITHUB_EVENT_NAME is '${name}' but GITHUB_EVENT_PATH is not set`, {
      field: 'GITHUB_EVENT_PATH'
    })
  }
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw toGateError(error, file)
  }
  const parsed = parseConfigText(text, file)
  if (typeof parsed.value !== 'object' || parsed.value === null) {
    throw new GateError('PARSE_ERROR', 'the event payload is not a JSON object', { file })
  }
  return { name, path: file, payload: parsed.value as Record<string, unknown>, locate: parsed.locate }
}

function field(event: EventInfo, segments: string[]): string {
  let v: unknown = event.payload
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined
  if (typeof v !== 'string' || v === '') {
    const pos = event.locate(segments)
    throw new GateError('SCHEMA_VIOLATION', `the ${event.name} event payload has no ${segments.join('.')}`, {
      file: event.path,
      field: segments.join('.'),
      ...(pos ? { line: pos.line } : {})
    })
  }
  return v
}

function optionalField(event: EventInfo, segments: string[]): string | undefined {
  let v: unknown = event.payload
  for (const s of segments) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[s] : undefined
  return typeof v === 'string' && v !== '' ? v : undefined
}

function fromPush(event: EventInfo): RangeSpec {
  const ref = field(event, ['ref'])
  const after = field(event, ['after'])
  const before = field(event, ['before'])
  if (event.payload.deleted === true || ZERO_SHA.test(after)) {
    throw new GateError('EMPTY_INPUT', `the push deleted ${ref}: there is no commit to verify`, {
      file: event.path,
      field: 'after',
      hint: 'Run the gate only on pushes that add commits (on: push with branches, or if: github.event.deleted == false)'
    })
  }
  if (ref.startsWith('refs/tags/')) {
    return { kind: 'commits', revs: [after], origin: `push of tag ${ref.slice(10)} (the tagged commit)` }
  }
  const branch = ref.replace(/^refs\/heads\//, '')
  if (ZERO_SHA.test(before)) {
    const defaultBranch = optionalField(event, ['repository', 'default_branch'])
    return {
      kind: 'new-branch',
      head: after,
      branch,
      ...(defaultBranch ? { defaultBranch } : {}),
      origin: `push creating branch ${branch} (commits on no other branch or tag)`,
      push: true
    }
  }
  const forced = event.payload.forced === true
  return {
    kind: 'range',
    base: before,
    head: after,
    forced,
    push: true,
    origin: `${forced ? 'force push' : 'push'} to ${branch} (before..after)`
  }
}

/** The range the event describes; INPUT_MISSING for events that carry none. */
export function rangeFromEvent(event: EventInfo): RangeSpec {
  switch (event.name) {
    case 'push':
      return fromPush(event)
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const base = field(event, ['pull_request', 'base', 'sha'])
      const head = field(event, ['pull_request', 'head', 'sha'])
      const n = (event.payload.pull_request as Record<string, unknown>).number
      return { kind: 'range', base, head, origin: `${event.name} #${String(n ?? '?')} (base..head)` }
    }
    case 'merge_group': {
      const base = field(event, ['merge_group', 'base_sha'])
      const head = field(event, ['merge_group', 'head_sha'])
      return { kind: 'range', base, head, origin: 'merge_group (base_sha..head_sha)' }
    }
    default:
      throw new GateError(
        'INPUT_MISSING',
        `the ${event.name} event carries no commit range; set input 'range' (BASE..HEAD) or 'commits'`,
        {
          field: 'range'
        }
      )
  }
}

/** Decides the range from the inputs, else from the event. */
export async function resolveRangeSpec(
  inputs: { range?: string; commits: string[] },
  env: NodeJS.ProcessEnv
): Promise<RangeSpec> {
  if (inputs.range !== undefined && inputs.commits.length > 0) {
    throw new GateError('INPUT_CONFLICT', "inputs 'range' and 'commits' exclude each other; give one", {
      field: 'commits'
    })
  }
  if (inputs.commits.length > 0) return { kind: 'commits', revs: inputs.commits, origin: 'input commits' }
  if (inputs.range !== undefined) return parseRangeInput(inputs.range)
  const event = await readEvent(env)
  if (!event) {
    throw new GateError(
      'INPUT_MISSING',
      "no range to verify: set input 'range' (BASE..HEAD) or 'commits', or run in a workflow",
      {
        field: 'range'
      }
    )
  }
  return rangeFromEvent(event)
}
