/**
 * Gate 1, emission: run the AI system over synthetic inputs, then poll the log source
 * until an entry exists for every input or the timeout passes (seed 002: production
 * pipelines log asynchronously, so assert arrival within a timeout). Only entries
 * written after the command started count: files are tracked by inode, so rotation
 * during the run is followed.
 */
import { spawn } from 'node:child_process'
import { open, readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { GateError, isGateError, makeCheck, toGateError, type Check, type Location } from '@ai-act-gates/core'
import { parseJson, toPlain } from '@ai-act-gates/canonical-json'
import { expandGlobs, toPosixRelative } from '@ai-act-gates/files'
import { ARTICLES } from './checks.js'

/** Poll interval while waiting for entries. */
export const POLL_INTERVAL_MS = 200

/** Inputs of the emission gate. */
export interface EmissionInputs {
  command: string
  inputsFile: string
  patterns: string[]
  workspace: string
  timeoutMs: number
  idField: string
  /** Each item: field names of which at least one must be present. */
  requiredFields: string[][]
  env: NodeJS.ProcessEnv
  signal: AbortSignal
}

/** Reads the synthetic inputs: JSON Lines of objects with an `id` (or `input_id`). */
export async function readSyntheticInputs(absolute: string, display: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    throw toGateError(error, display)
  }
  const ids: string[] = []
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue
    const value = toPlain(parseJson(line, { file: display, firstLine: i + 1 })) as Record<string, unknown>
    const id = value && typeof value === 'object' ? (value.id ?? value.input_id) : undefined
    if (typeof id !== 'string' || id === '') {
      throw new GateError('SCHEMA_VIOLATION', 'each synthetic input needs a string "id"', {
        file: display,
        line: i + 1,
        field: 'id'
      })
    }
    ids.push(id)
  }
  if (ids.length === 0)
    throw new GateError('EMPTY_INPUT', 'no synthetic inputs: an emission test over nothing is never a pass', {
      file: display
    })
  return ids
}

interface Tracked {
  consumed: number
  lines: number
  display: string
  /** The file's first bytes when it was first read: a file created under a freed inode starts differently. */
  head?: Buffer
}

/** How many leading bytes identify a file beyond its inode (the first line of a chained log holds its hash). */
const HEAD_BYTES = 512

interface Found {
  file: string
  line: number
  entry: Record<string, unknown>
}

/** Reads the lines appended to each log file since the last poll. */
async function poll(inputs: EmissionInputs, tracked: Map<string, Tracked>, onEntry: (f: Found) => void): Promise<void> {
  let files
  try {
    files = await expandGlobs(inputs.patterns, { workspace: inputs.workspace, field: 'logs', allowEmpty: true })
  } catch (error) {
    // A file renamed or removed by rotation while the directory was listed: list again on the next poll.
    const code = isGateError(error) ? error.code : (error as NodeJS.ErrnoException).code
    if (code === 'FILE_NOT_FOUND' || code === 'ENOENT') return
    throw error
  }
  for (const f of files) {
    const info = await stat(f.absolute).catch(() => undefined)
    if (!info) continue
    const key = `${info.dev}:${info.ino}`
    let t = tracked.get(key)
    if (!t) {
      t = { consumed: 0, lines: 0, display: toPosixRelative(inputs.workspace, f.absolute) }
      tracked.set(key, t)
    }
    t.display = toPosixRelative(inputs.workspace, f.absolute)
    let data: Buffer
    if (/\.gz$/.test(f.absolute)) {
      let whole: Buffer
      try {
        whole = gunzipSync(await readFile(f.absolute))
      } catch {
        continue // still being written by the rotation: read it on the next poll
      }
      if (t.head && !whole.subarray(0, t.head.length).equals(t.head)) resetTracked(t)
      if (whole.length <= t.consumed) continue
      t.head ??= Buffer.from(whole.subarray(0, HEAD_BYTES))
      data = whole.subarray(t.consumed)
    } else {
      // Rotation may rename the file between the listing and the read: the next poll
      // finds it (same inode) under its new name.
      const handle = await open(f.absolute, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined
        throw error
      })
      if (!handle) continue
      try {
        // Rotation can unlink a file and create the next one under the same inode number,
        // or truncate it in place: when its first bytes differ, it is a new file, read
        // from its start.
        if (t.head) {
          const now = Buffer.alloc(t.head.length)
          const { bytesRead } = await handle.read(now, 0, now.length, 0)
          if (bytesRead !== t.head.length || !now.equals(t.head)) resetTracked(t)
        }
        const { size } = await handle.stat()
        if (size <= t.consumed) continue
        data = Buffer.alloc(size - t.consumed)
        const { bytesRead } = await handle.read(data, 0, data.length, t.consumed)
        data = data.subarray(0, bytesRead)
        if (!t.head) {
          const head = Buffer.alloc(Math.min(HEAD_BYTES, t.consumed + bytesRead))
          const got = await handle.read(head, 0, head.length, 0)
          t.head = head.subarray(0, got.bytesRead)
        }
      } finally {
        await handle.close()
      }
    }
    const last = data.lastIndexOf(10)
    if (last === -1) continue
    const lines = data.subarray(0, last).toString('utf8').split('\n')
    for (const line of lines) {
      t.lines++
      try {
        const entry = toPlain(parseJson(line.replace(/\r$/, ''), { allowNonFinite: true })) as Record<string, unknown>
        if (entry && typeof entry === 'object') onEntry({ file: t.display, line: t.lines, entry })
      } catch {
        // Malformed lines are the schema and integrity gates' business.
      }
    }
    t.consumed += last + 1
  }
}

function resetTracked(t: Tracked): void {
  t.consumed = 0
  t.lines = 0
  t.head = undefined
}

/** The files and sizes present before the command runs: their entries do not count. */
async function baseline(inputs: EmissionInputs): Promise<Map<string, Tracked>> {
  const tracked = new Map<string, Tracked>()
  await poll(inputs, tracked, () => undefined)
  return tracked
}

/** Runs the gate. */
export async function emissionChecks(
  inputs: EmissionInputs,
  inputsDisplay: string
): Promise<{ checks: Check[]; outputs: Record<string, string>; exitCode: number | null }> {
  const ids = await readSyntheticInputs(inputs.inputsFile, inputsDisplay)
  const wanted = new Set(ids)
  const tracked = await baseline(inputs)
  // Every entry per input: one input yields several events (inference, oversight, ...).
  const found = new Map<string, Found[]>()
  const onEntry = (f: Found): void => {
    const id = f.entry[inputs.idField]
    if (typeof id === 'string' && wanted.has(id)) found.set(id, [...(found.get(id) ?? []), f])
  }
  const child = spawn('/bin/sh', ['-c', inputs.command], {
    cwd: inputs.workspace,
    env: { ...inputs.env, AAG_SYNTHETIC_INPUTS: inputs.inputsFile },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-2000)))
  let exitCode: number | null = null
  let exited = false
  const done = new Promise<void>(resolve => {
    child.on('close', code => {
      exitCode = code
      exited = true
      resolve()
    })
    child.on('error', error => {
      stderr += error.message
      exited = true
      resolve()
    })
  })
  const deadline = Date.now() + inputs.timeoutMs
  while (Date.now() < deadline && !inputs.signal.aborted) {
    await poll(inputs, tracked, onEntry)
    if (exited && found.size === wanted.size) break
    await Promise.race([done, new Promise(r => setTimeout(r, POLL_INTERVAL_MS))])
    if (exited) await poll(inputs, tracked, onEntry)
    if (exited && found.size === wanted.size) break
  }
  const timedOut = !exited
  if (timedOut) child.kill('SIGKILL')
  const articles = ARTICLES.emission
  const checks: Check[] = []
  checks.push(
    timedOut
      ? makeCheck(
          'emission-command',
          'The AI system ran over the synthetic inputs',
          articles,
          'fail',
          `the command was still running after ${inputs.timeoutMs} ms and was stopped`
        )
      : exitCode === 0
        ? makeCheck(
            'emission-command',
            'The AI system ran over the synthetic inputs',
            articles,
            'pass',
            `the command processed ${ids.length} synthetic input(s) and exited 0`
          )
        : makeCheck(
            'emission-command',
            'The AI system ran over the synthetic inputs',
            articles,
            'fail',
            `the command exited with ${exitCode ?? 'an error'}: ${stderr.trim().split('\n').slice(-3).join(' ')}`
          )
  )
  const missing = ids.filter(id => !found.has(id))
  checks.push(
    makeCheck(
      'emission-entries',
      'A log entry for every input',
      articles,
      missing.length === 0 ? 'pass' : 'fail',
      missing.length === 0
        ? `an entry for each of ${ids.length} input(s) arrived within ${inputs.timeoutMs} ms`
        : `Art.12 violation: no log entry within ${inputs.timeoutMs} ms for ${missing.length} of ${ids.length} input(s): ${missing.slice(0, 10).join(', ')}`,
      { locations: missing.map(id => ({ file: inputsDisplay, inputId: id })) }
    )
  )
  const incomplete: Location[] = []
  for (const [id, list] of found) {
    // The input is covered when one of its entries has every required field.
    const absentIn = list.map(f =>
      inputs.requiredFields.filter(alts => !alts.some(a => f.entry[a] !== undefined && f.entry[a] !== null))
    )
    if (absentIn.some(a => a.length === 0)) continue
    const f = list[0]!
    incomplete.push({ file: f.file, line: f.line, inputId: id, field: absentIn[0]!.map(a => a.join('|')).join(', ') })
  }
  checks.push(
    makeCheck(
      'emission-fields',
      'Each input has an entry with timestamp, input, model version and output',
      articles,
      found.size === 0 ? 'skipped' : incomplete.length === 0 ? 'pass' : 'fail',
      found.size === 0
        ? 'no entry arrived to check'
        : incomplete.length === 0
          ? `every input has an entry with ${inputs.requiredFields.map(a => a.join('|')).join(', ')}`
          : `${incomplete.length} entr${incomplete.length === 1 ? 'y lacks' : 'ies lack'} required fields; first ${incomplete[0]!.file}:${incomplete[0]!.line} missing ${incomplete[0]!.field}`,
      { locations: incomplete }
    )
  )
  return { checks, outputs: { 'missing-inputs': missing.join('\n') }, exitCode }
}
