/**
 * Runs of ordinary lines, linked and indexed in one call to the WebAssembly module,
 * against the same lines taken one by one: the same report (breaks with their entry,
 * line, offset, stored and expected hash and input id; anchors; head; index records),
 * on Python-written chains with every kind of tampering and with the lines that end a
 * run (rotation anchors, CRLF, missing, falsy or non-string hashes, numeric ids,
 * declined lines, a line too long for a run), in chunks from 4 KiB, one thread and two.
 */
import { readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import {
  keyHash,
  KEY_CORRELATION,
  KEY_INPUT,
  resolveLogSet,
  scanLogs,
  type PassConfig,
  type PassReport
} from '@ai-act-gates/logs'
import { pythonVerify, writePythonChain } from '../../helpers/python-chain.js'
import { randomDocument } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

const config: PassConfig = {
  chain: true,
  canonicalization: 'python-json',
  hashField: 'chain_hash',
  anchorField: 'rotation_anchor',
  idField: 'input_id',
  correlationField: 'correlation_id',
  index: true,
  allowCrlf: true,
  maxViolationsPerChunk: 100
}

let ws: string
beforeAll(async () => {
  ws = await makeTempDir()
})
afterAll(async () => removeDir(ws))

function entries(n: number, seed: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    // Random members (some of which the WebAssembly scanner declines) on a fifth of the lines.
    const doc = (i % 5 === 0 ? JSON.parse(randomDocument(seed + i)) : { n: i, ok: true }) as Record<string, unknown>
    return JSON.stringify({
      ...doc,
      input_id: `in-${seed + i}`,
      correlation_id: `c-${(seed + i) % 7}`,
      text: 'M\u00fcnchen '.repeat(i % 40),
      v: 1.5
    })
  })
}

/** What a report says, with the index as the records of some keys. */
function summary(report: PassReport): unknown {
  const { index, threads: _threads, runLines: _runs, ...rest } = report
  const keys: Array<[number, string]> = [
    [KEY_INPUT, 'in-3'],
    [KEY_INPUT, 'in-360'],
    [KEY_INPUT, 'in-599'],
    [KEY_CORRELATION, 'c-0'],
    [KEY_CORRELATION, 'c-6']
  ]
  return { ...rest, index: keys.map(([kind, key]) => index?.lookup(keyHash(kind, Buffer.from(key)))) }
}

async function both(file: string, rangeBytes: number) {
  const set = await resolveLogSet([file], ws)
  const out: PassReport[] = []
  for (const [lineRuns, threads] of [
    [false, 0],
    [true, 0],
    [true, 2]
  ] as const) {
    out.push(await scanLogs(set, { ...config, lineRuns }, { genesis: 'genesis', threads, rangeBytes }))
  }
  return out
}

test('tampered Python chains and lines that end a run give the same report either way', async () => {
  const files = ['a.log.1', 'a.log'].map(n => path.join(ws, n))
  writePythonChain(files, [entries(300, 0), entries(300, 300)], { anchors: true })
  const lines = (await readFile(files[1]!, 'utf8')).trimEnd().split('\n')
  const bad = lines.map((l, i) => {
    if (i === 10) return l.replace('"v": 1.5', '"v": 2.5')
    if (i === 20) return l.replace(/"chain_hash": "[0-9a-f]{4}/, '"chain_hash": "0000')
    if (i === 30) return l.replace(/"chain_hash": "[0-9a-f]{64}"/, '"chain_hash": ""')
    if (i === 40) return l.replace(/, "chain_hash": "[0-9a-f]{64}"/, '')
    if (i === 50) return l.replace(/"chain_hash": "[0-9a-f]{64}"/, '"chain_hash": 7')
    if (i === 60) return l.replace(/"input_id": "in-\d+"/, '"input_id": 360')
    if (i === 70) return l + '\r'
    if (i === 80) return l.replace('"v": 1.5', '"v": 1.5e0')
    if (i === 90) return l.replace(/"correlation_id": "c-\d"/, '"correlation_id": ["c", 1]')
    if (i === 100) return l.replace('"v": 1.5', `"v": 1.5, "pad": "${'x'.repeat(600 * 1024)}"`)
    return l
  })
  // Deleted and swapped entries.
  const edited = [...bad.slice(0, 150), bad[152]!, bad[151]!, ...bad.slice(153, 200), ...bad.slice(201)]
  await writeFile(files[1]!, edited.join('\n') + '\n')
  const python = pythonVerify(files)
  for (const rangeBytes of [4096, 256 * 1024]) {
    const [lineByLine, runs, threaded] = await both(path.join(ws, 'a.log*'), rangeBytes)
    expect(lineByLine!.breaks.map(b => b.entryIndex)).toEqual(python)
    expect(lineByLine!.breakCount).toBeGreaterThan(10)
    expect(summary(runs!)).toEqual(summary(lineByLine!))
    expect(summary(threaded!)).toEqual(summary(lineByLine!))
    expect(runs!.breaks).toEqual(lineByLine!.breaks)
    expect(lineByLine!.runLines).toBe(0)
    // Chunks of 4 KiB hold a line or two (a chunk's first line is linked by the merge).
    expect(runs!.runLines).toBeGreaterThan(rangeBytes === 4096 ? 50 : 300)
    // Each chunk alike in any thread, also after the chunk whose long line took the lines out of the region.
    expect(threaded!.runLines).toBe(runs!.runLines)
  }
})

test('the index built from runs finds the same entries', async () => {
  const file = path.join(ws, 'b.log')
  writePythonChain([file], [entries(500, 1000)])
  const set = await resolveLogSet([file], ws)
  const reports = []
  for (const lineRuns of [false, true]) {
    reports.push(await scanLogs(set, { ...config, lineRuns }, { genesis: 'genesis', threads: 0, rangeBytes: 65536 }))
  }
  const [a, b] = reports
  expect(a!.breakCount).toBe(0)
  expect(b!.runLines).toBeGreaterThan(300)
  expect(b!.head).toBe(a!.head)
  expect(b!.index!.size).toBe(a!.index!.size)
  for (const [kind, key] of [
    [KEY_INPUT, 'in-1000'],
    [KEY_INPUT, 'in-1250'],
    [KEY_INPUT, 'in-1499'],
    [KEY_CORRELATION, 'c-3']
  ] as const) {
    const h = keyHash(kind, Buffer.from(key))
    expect(b!.index!.lookup(h)).toEqual(a!.index!.lookup(h))
    expect(a!.index!.lookup(h).length).toBeGreaterThan(0)
  }
})

test("runs that fill the module's table (1,024 lines) or its output room (about 1.2 MB) go on in the next call", async () => {
  const short = path.join(ws, 'short.log')
  const long = path.join(ws, 'long.log')
  writePythonChain([short], [Array.from({ length: 3000 }, (_, i) => JSON.stringify({ input_id: `s-${i}`, n: i }))])
  writePythonChain(
    [long],
    [
      Array.from({ length: 1500 }, (_, i) =>
        JSON.stringify({ input_id: `l-${i}`, text: 'Z\u00fcrich '.repeat(300 + (i % 50)) })
      )
    ]
  )
  const lines = (await readFile(long, 'utf8')).trimEnd().split('\n')
  lines[1200] = lines[1200]!.replace('"input_id": "l-1200"', '"input_id": "l-X"')
  await writeFile(long, lines.join('\n') + '\n')
  for (const file of [short, long]) {
    const set = await resolveLogSet([file], ws)
    const [a, b] = await Promise.all(
      [false, true].map(lineRuns =>
        scanLogs(set, { ...config, lineRuns }, { genesis: 'genesis', threads: 0, rangeBytes: 1536 * 1024 })
      )
    )
    expect(summary(b!)).toEqual(summary(a!))
    expect(b!.runLines).toBeGreaterThan(b!.entries - 10)
  }
  const python = pythonVerify([long])
  expect(python).toEqual([1200])
})
