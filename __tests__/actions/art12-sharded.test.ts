/**
 * Sharded integrity: each matrix job verifies one slice of a rotation set and
 * writes a boundary file; the reduce step joins them. On chains python3 writes with
 * seed 002's code: a good split gives the unsharded head and count; a tampered
 * boundary, a missing slice, a modified entry at a slice's start and a deleted file
 * at a slice boundary fail the reduce step at their place.
 */
import { mkdirSync } from 'node:fs'
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { runAction } from '@ai-act-gates/action-kit'
import { art12LogGates, partitionFiles, parseShard } from '@ai-act-gates/art12'
import type { GateResult } from '@ai-act-gates/core'
import { fakeActionIO } from '../fixtures/action-io.js'
import { runDistCli } from '../helpers/cli.js'
import { writePythonChain } from '../helpers/python-chain.js'
import { makeTempDir, removeDir } from '../helpers/tmp.js'

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
})
afterEach(async () => removeDir(ws))

const NAMES = ['app.log.6', 'app.log.5', 'app.log.4', 'app.log.3', 'app.log.2', 'app.log.1', 'app.log']

function entries(n: number, seed: number): string[] {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify({ input_id: `in-${seed + i}`, score: (seed + i) / 7, note: `entrée ${seed + i}`, v: 1.0 })
  )
}

/** Seven rotated files with anchors, of different lengths; returns the head python3 computed. */
function writeSet(): string {
  mkdirSync(path.join(ws, 'logs'), { recursive: true })
  return writePythonChain(
    NAMES.map(n => path.join(ws, 'logs', n)),
    NAMES.map((_, i) => entries(20 + ((i * 37) % 50), i * 1000)),
    { anchors: true }
  )
}

async function slice(i: number, n: number, extra: Record<string, string> = {}): Promise<GateResult> {
  const io = fakeActionIO('art12-log-gates', {
    logs: 'logs/app.log*',
    shard: `${i}/${n}`,
    'shard-boundary': `boundaries/slice-${i}.json`,
    'report-dir': '',
    ...extra
  })
  const r = await runAction(art12LogGates, io, { workspace: ws, env: {} })
  return r!
}

async function reduce(extra: Record<string, string> = {}) {
  const io = fakeActionIO('art12-log-gates', { 'shard-boundaries': 'boundaries/*.json', 'report-dir': '', ...extra })
  const result = (await runAction(art12LogGates, io, { workspace: ws, env: {} }))!
  return { result, outputs: io.outputs, check: (id: string) => result.checks.find(c => c.id === id)! }
}

describe('cutting a rotation set into slices', () => {
  test.each([
    [
      [10, 10, 10, 10],
      2,
      [
        [0, 2],
        [2, 4]
      ]
    ],
    [
      [100, 1, 1, 1, 100],
      3,
      [
        [0, 1],
        [1, 4],
        [4, 5]
      ]
    ],
    [
      [5, 5],
      4,
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 2]
      ]
    ],
    [
      [0, 0, 0],
      2,
      [
        [0, 1],
        [1, 3]
      ]
    ]
  ])('sizes %j in %i slices: %j', (sizes, n, want) => {
    expect(partitionFiles(sizes, n).map(p => [p.from, p.to])).toEqual(want)
  })

  test.each(['0/4', '5/4', '1', 'a/b', '1/999'])("shard '%s' is refused", text => {
    expect(() => parseShard(text)).toThrow(/input 'shard' is/)
  })
})

describe('a sharded run joins into the unsharded chain', () => {
  test('four slices and the reduce step give the head and count of the whole set', async () => {
    const head = writeSet()
    const slices = []
    for (let i = 1; i <= 4; i++) slices.push(await slice(i, 4))
    expect(slices.map(s => s.status)).toEqual(['pass', 'pass', 'pass', 'pass'])
    const chain = (r: GateResult) => r.checks.find(c => c.id === 'integrity-chain')!.message
    expect(chain(slices[0]!)).toMatch(/chain from 'genesis'/)
    expect(chain(slices[2]!)).toMatch(/chain from the head of slice 2 \(its first link checked by the reduce step\)/)
    expect(slices[2]!.checks.find(c => c.id === 'integrity-shard-start')!.status).toBe('skipped')
    const { result, outputs } = await reduce()
    expect(result.checks.filter(c => c.status !== 'pass' && c.status !== 'skipped')).toEqual([])
    expect(result.status).toBe('pass')
    const whole = fakeActionIO('art12-log-gates', { logs: 'logs/app.log*', gates: 'integrity', 'report-dir': '' })
    await runAction(art12LogGates, whole, { workspace: ws, env: {} })
    expect(outputs.head).toBe(head)
    expect(outputs['head-anchor']).toBe(whole.outputs['head-anchor'])
    // The recorded head of an earlier run, inside a file of slice 2, read through 'logs'.
    const mid = Number(outputs['entry-count']) - 150
    const anchor = `${outputs['entry-count']}:${outputs.head}`
    expect((await reduce({ 'expected-head': anchor })).check('integrity-head').status).toBe('pass')
    const r = await reduce({ 'expected-head': `${mid}:${'0'.repeat(64)}`, logs: 'logs/app.log*' })
    expect(r.check('integrity-head').status).toBe('fail')
    expect(r.check('integrity-head').message).toMatch(/no longer has the recorded hash/)
  })

  test('more slices than files: the empty slices say so and the join still holds', async () => {
    writeSet()
    for (let i = 1; i <= 9; i++) expect((await slice(i, 9)).status).toBe('pass')
    const { result } = await reduce()
    expect(result.status).toBe('pass')
  })

  test('the reduce step runs from the built CLI with exit code 0, and 1 when a slice is missing', async () => {
    writeSet()
    for (let i = 1; i <= 3; i++) await slice(i, 3)
    const ok = await runDistCli(['art12-log-gates', '--shard-boundaries', 'boundaries/*.json', '--report-dir', ''], {
      cwd: ws
    })
    expect(ok.code).toBe(0)
    await rm(path.join(ws, 'boundaries/slice-2.json'))
    const missing = await runDistCli(
      ['art12-log-gates', '--shard-boundaries', 'boundaries/*.json', '--report-dir', '', '--json'],
      { cwd: ws }
    )
    expect(missing.code).toBe(1)
    const result = JSON.parse(missing.stdout) as GateResult
    expect(result.checks.find(c => c.id === 'shard-coverage')!.message).toMatch(/slice 2\/3 is missing/)
  })
})

describe('the reduce step finds what does not join', () => {
  test('a tampered boundary: a slice that claims another head', async () => {
    writeSet()
    for (let i = 1; i <= 4; i++) await slice(i, 4)
    const file = path.join(ws, 'boundaries/slice-2.json')
    const b = JSON.parse(await readFile(file, 'utf8'))
    b.end.head = 'f'.repeat(64)
    await writeFile(file, JSON.stringify(b))
    const { result, check } = await reduce()
    expect(result.status).toBe('fail')
    expect(check('shard-joins').message).toMatch(/does not chain from slice 2's head ffffffffffffffff/)
    expect(check('shard-joins').locations!.map(l => [l.line, l.field])).toEqual([
      [1, 'rotation_anchor'],
      [1, 'chain_hash']
    ])
  })

  test('a modified entry at the start of a slice passes its slice and fails the join', async () => {
    writeSet()
    const parts = partitionFiles(
      await Promise.all(NAMES.map(async n => (await readFile(path.join(ws, 'logs', n))).length)),
      4
    )
    const startFile = path.join(ws, 'logs', NAMES[parts[2]!.from]!)
    const lines = (await readFile(startFile, 'utf8')).split('\n')
    expect(lines[0]).toContain('"note": "entr')
    lines[0] = lines[0]!.replace('"note": "entr', '"note": "ENTR')
    await writeFile(startFile, lines.join('\n'))
    for (let i = 1; i <= 4; i++) expect((await slice(i, 4)).status).toBe('pass')
    const { result, check } = await reduce()
    expect(result.status).toBe('fail')
    expect(check('shard-joins').locations![0]).toMatchObject({
      file: `logs/${NAMES[parts[2]!.from]}`,
      line: 1,
      field: 'chain_hash'
    })
  })

  test('a file deleted at a slice boundary: the anchor and the counts do not agree', async () => {
    writeSet()
    for (let i = 1; i <= 3; i++) await slice(i, 3)
    const parts = partitionFiles(
      await Promise.all(NAMES.map(async n => (await readFile(path.join(ws, 'logs', n))).length)),
      3
    )
    await rm(path.join(ws, 'logs', NAMES[parts[1]!.to - 1]!))
    await rm(path.join(ws, 'boundaries'), { recursive: true })
    for (let i = 1; i <= 3; i++) await slice(i, 3)
    const { result, check } = await reduce()
    expect(result.status).toBe('fail')
    expect(check('shard-coverage').message).toMatch(/rotated file\(s\) app\.log\.\d missing from the numbering/)
    const joins = check('shard-joins').message
    expect(joins).toMatch(
      /slice 3 starts at entry \d+ by its rotation anchor, but the slices before it hold \d+ entries/
    )
    expect(joins).toMatch(/slice 3's rotation anchor names previous_head \w+…, but slice 2 ends at/)
    expect(joins).toMatch(/does not chain from slice 2's head/)
  })

  test('slices of two different cuts, and a gate that a slice cannot run, are refused', async () => {
    writeSet()
    await slice(1, 2)
    await slice(2, 3)
    const { check } = await reduce()
    expect(check('shard-coverage').message).toMatch(/cut into 3 slices, not 2/)
    const io = fakeActionIO('art12-log-gates', {
      logs: 'logs/app.log*',
      shard: '1/2',
      gates: 'reconstruction',
      'input-id': 'x'
    })
    const r = await runAction(art12LogGates, io, { workspace: ws, env: {} })
    expect(r!.error?.message ?? '').toMatch(/the reconstruction gate cannot run here/)
    expect((await readdir(path.join(ws, 'boundaries'))).sort()).toEqual(['slice-1.json', 'slice-2.json'])
  })
})
