/**
 * The log reader and the chain pass against python3 running seed 002's own code:
 * Python-written chains verify byte for byte, in one thread and in worker threads;
 * every kind of tampering is found at its exact place; bad input is a located error.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import {
  checkRotation,
  ChunkPool,
  defaultThreads,
  PARALLEL_MIN_BYTES,
  ChunkProcessor,
  classifyBreaks,
  keyHash,
  KEY_INPUT,
  orderRotationSet,
  readEntryRange,
  resolveLogSet,
  scanLogs,
  type ChunkTask,
  type PassConfig
} from '@ai-act-gates/logs'
import { describeWithFixtures, fixture } from '../../helpers/paths.js'
import { pythonVerify, writePythonChain } from '../../helpers/python-chain.js'
import { randomDocument, rng } from '../../helpers/random-json.js'
import { makeTempDir, removeDir } from '../../helpers/tmp.js'

const config: PassConfig = {
  chain: true,
  canonicalization: 'python-json',
  hashField: 'chain_hash',
  anchorField: 'rotation_anchor',
  idField: 'input_id',
  correlationField: 'correlation_id',
  index: true,
  allowCrlf: false,
  maxViolationsPerChunk: 100
}

let ws: string
beforeEach(async () => {
  ws = await makeTempDir()
})
afterEach(async () => removeDir(ws))

function entries(n: number, seed: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const doc = JSON.parse(randomDocument(seed + i)) as Record<string, unknown>
    return JSON.stringify({ ...doc, input_id: `in-${seed + i}`, correlation_id: `c-${(seed + i) % 7}`, v: 1.5 })
  })
}

async function pass(pattern: string, threads: number, extra: Partial<PassConfig> = {}, genesis = 'genesis') {
  const set = await resolveLogSet([pattern], ws)
  return { set, report: await scanLogs(set, { ...config, ...extra }, { genesis, threads }) }
}

describe('rotation order', () => {
  test.each([
    [
      ['app.log', 'app.log.1', 'app.log.3.gz', 'app.log.2.gz'],
      ['app.log.3.gz', 'app.log.2.gz', 'app.log.1', 'app.log']
    ],
    [
      ['app.log', 'app.log-20260102', 'app.log-20260101.gz'],
      ['app.log-20260101.gz', 'app.log-20260102', 'app.log']
    ],
    [
      ['app-2026-01-02.jsonl', 'app-2026-01-01.jsonl.gz', 'app.jsonl'],
      ['app-2026-01-01.jsonl.gz', 'app-2026-01-02.jsonl', 'app.jsonl']
    ],
    [
      ['a.jsonl', 'a.2.jsonl', 'a.1.jsonl'],
      ['a.2.jsonl', 'a.1.jsonl', 'a.jsonl']
    ]
  ])('%j is read as %j', (names, order) => {
    expect(orderRotationSet(names, n => n).ordered.map(o => o.file)).toEqual(order)
  })

  test('a hole in the numbering and two sets are reported', () => {
    expect(orderRotationSet(['x.log', 'x.log.1', 'x.log.3'], n => n).gaps).toEqual([{ stem: 'x.log', missing: [2] }])
    expect(() => orderRotationSet(['x.log', 'y.log'], n => n)).toThrow(/2 rotation sets/)
  })
})

describe('a chain written by seed 002 Python code verifies byte for byte', () => {
  test.each([0, 2])('three rotated files with anchors, one gzip, %i worker threads', async threads => {
    const files = ['app.log.2', 'app.log.1', 'app.log'].map(n => path.join(ws, n))
    const head = writePythonChain(files, [entries(150, 0), entries(150, 1000), entries(150, 2000)], { anchors: true })
    writeFileSync(`${files[0]}.gz`, gzipSync(readFileSync(files[0]!)))
    await rm(files[0]!)
    const { report } = await pass('app.log*', threads)
    expect(report.entries).toBe(450)
    expect(report.breakCount).toBe(0)
    expect(report.head).toBe(head)
    expect(report.threads).toBe(threads)
    expect(checkRotation(report)).toEqual([])
    expect(report.index!.size).toBe(900)
  })

  test('non-ASCII text written raw (ensure_ascii=False), floats, big integers, a custom genesis and field', async () => {
    const lines = [
      '{"input_id":"a","name":"José Álvarez 東京 𠮷 📄","f":1.0,"g":1e-07,"big":9007199254740993,"z":-0.0}',
      '{"input_id":"b","v":[100.0,2.5e-05,1e16,123456789012345678901234567890],"DEL":"a\\u007fb"}'
    ]
    const file = path.join(ws, 'p.jsonl')
    const head = writePythonChain([file], [lines], { genesis: 'GEN-7', hashField: 'h', ensureAscii: false })
    const { report } = await pass('p.jsonl', 0, { hashField: 'h' }, 'GEN-7')
    expect([report.breakCount, report.head]).toEqual([0, head])
  })
})

describe('a chain Python writes with ensure_ascii=False, in worker threads', () => {
  test('the WebAssembly scanner takes every raw UTF-8 line; tampering with a raw character breaks where Python says', async () => {
    const words = ['München', 'Zürich', 'Île-de-France', '東京', '𠮷野家', 'ok', 'del\u007f', 'ß']
    const lines = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({
        input_id: `in-${i}`,
        correlation_id: `c-${i % 5}`,
        region: words[i % words.length],
        explanation: Array.from({ length: 40 }, (_, k) => words[(i + k) % words.length]).join(' '),
        raw_output: { score: Number(((i % 97) / 100 + 0.001).toFixed(3)), note: words[(i * 3) % words.length] },
        v: 1.5
      })
    )
    const file = path.join(ws, 'raw.jsonl')
    const head = writePythonChain([file], [lines], { ensureAscii: false })
    expect(readFileSync(file, 'utf8')).toContain('Zürich')
    const run = async () => {
      const set = await resolveLogSet(['raw.jsonl'], ws)
      return scanLogs(set, config, { genesis: 'genesis', threads: 2, rangeBytes: 16384 })
    }
    const clean = await run()
    expect([clean.entries, clean.breakCount, clean.head, clean.exactPath]).toEqual([400, 0, head, 0])
    expect(clean.wasmLines).toBe(400)
    const text = readFileSync(file, 'utf8').split('\n')
    text[123] = text[123]!.replace('ü', 'u')
    text[301] = text[301]!.replace('東', '西')
    writeFileSync(file, text.join('\n'))
    const tampered = await run()
    expect(tampered.breaks.map(b => b.entryIndex)).toEqual(pythonVerify([file]))
    expect(tampered.breaks.map(b => b.entryIndex)).toEqual([123, 301])
  })
})

describe("lines read into the WebAssembly scanner's memory", () => {
  test('a processor reads its chunks where the scanner scans them; without the fast path, into its own memory', () => {
    const fast = new ChunkProcessor(config)
    expect(fast.fast).not.toBeNull()
    expect(fast.memory.mem.buffer).toBe(fast.fast!.bytes.buffer)
    const js = new ChunkProcessor({ ...config, scanner: 'js' })
    expect(js.fast).toBeNull()
    expect(js.memory.mem.buffer).not.toBe(fast.fast!.bytes.buffer)
  })
})

describe('a line that grows the processor memory past twice its size (new memory, then the region again)', () => {
  test.each([0, 2])('a 3 MB line: the next chunk links to it (%i worker threads)', async threads => {
    const lines = entries(60, 900)
    lines[20] = JSON.stringify({ input_id: 'long', text: 'x'.repeat(3_000_000), n: 1 })
    const file = path.join(ws, 'long.jsonl')
    const head = writePythonChain([file], [lines])
    const set = await resolveLogSet(['long.jsonl'], ws)
    const run = (rangeBytes: number) => scanLogs(set, config, { genesis: 'genesis', threads, rangeBytes })
    for (const rangeBytes of [4096, 1024 * 1024]) {
      const r = await run(rangeBytes)
      expect([r.entries, r.breakCount, r.head]).toEqual([60, 0, head])
      // The long line is over the scanner's 512 KiB: the JavaScript scanner takes it.
      expect(r.wasmLines + r.exactPath).toBeLessThanOrEqual(59)
    }
    const text = readFileSync(file, 'utf8').split('\n')
    text[45] = text[45]!.replace('"input_id": "in-', '"input_id": "in-x')
    writeFileSync(file, text.join('\n'))
    const tampered = await scanLogs(await resolveLogSet(['long.jsonl'], ws), config, {
      genesis: 'genesis',
      threads,
      rangeBytes: 4096
    })
    expect(tampered.breaks.map(b => b.entryIndex)).toEqual(pythonVerify([file]))
    expect(tampered.breaks.map(b => b.entryIndex)).toEqual([45])
  })
})

describeWithFixtures('the Python-written trap chain (fixtures/python-chain/traps.jsonl)', () => {
  test('verifies in the pass, scanner and exact path together', async () => {
    await writeFile(path.join(ws, 'traps.jsonl'), await readFile(fixture('python-chain/traps.jsonl')))
    const { report } = await pass('traps.jsonl', 0)
    expect([report.entries, report.breakCount]).toEqual([31, 0])
  })
})

describe('tampering is found at its exact place and classified', () => {
  async function tampered(change: (lines: string[]) => string[]) {
    const file = path.join(ws, 'app.log')
    writePythonChain([file], [entries(40, 0)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    await writeFile(file, change(lines).join('\n') + '\n')
    const { set, report } = await pass('app.log', 0)
    const python = pythonVerify([file])
    expect(report.breaks.map(b => b.entryIndex)).toEqual(python)
    const classes = await classifyBreaks(set, report, {
      canonicalization: 'python-json',
      hashField: 'chain_hash',
      genesis: 'genesis',
      deletedBefore: new Set()
    })
    return { report, kinds: Object.fromEntries([...classes].map(([k, c]) => [k, c.kind])) }
  }

  test('a modified entry', async () => {
    const { report, kinds } = await tampered(l => l.map((x, i) => (i === 10 ? x.replace('"v": 1.5', '"v": 2.5') : x)))
    expect(report.breaks[0]).toMatchObject({ entryIndex: 10, line: 11, inputId: 'in-10', file: 'app.log' })
    expect(kinds).toEqual({ 10: 'modified' })
  })

  test('an inserted entry', async () => {
    const { kinds } = await tampered(l => [...l.slice(0, 5), l[5]!.replace('in-5', 'in-X'), ...l.slice(5)])
    expect(kinds[5]).toBe('inserted')
  })

  test('a deleted entry', async () => {
    const { report } = await tampered(l => [...l.slice(0, 7), ...l.slice(8)])
    expect(report.breaks.map(b => b.entryIndex)).toEqual([7])
  })

  test('two swapped entries', async () => {
    const { kinds } = await tampered(l => [...l.slice(0, 3), l[4]!, l[3]!, ...l.slice(5)])
    expect(Object.values(kinds)).toContain('reordered')
  })

  test('a replaced hash with intact content', async () => {
    const { kinds } = await tampered(l =>
      l.map((x, i) => (i === 20 ? x.replace(/"chain_hash": "[0-9a-f]{4}/, '"chain_hash": "0000') : x))
    )
    expect(kinds).toEqual({ 20: 'hash-altered', 21: 'follows-break' })
  })
})

describe('a deleted file in a rotation set', () => {
  test('is named by the anchors', async () => {
    const files = ['a.log.3', 'a.log.2', 'a.log.1', 'a.log'].map(n => path.join(ws, n))
    writePythonChain(files, [entries(10, 0), entries(10, 100), entries(10, 200), entries(10, 300)], { anchors: true })
    await rm(files[1]!)
    const { set, report } = await pass('a.log*', 0)
    expect(report.breaks.map(b => [b.file, b.line])).toEqual([['a.log.1', 1]])
    const findings = checkRotation(report)
    expect(findings.map(f => f.kind).sort()).toEqual(['count-mismatch', 'head-mismatch', 'sequence-gap'])
    expect(findings.find(f => f.kind === 'sequence-gap')!.message).toMatch(/1 file\(s\) .* missing .*file_seq 2/)
    expect(set.gaps).toEqual([{ stem: 'a.log', missing: [2] }])
  })
})

describe('bad input is a clear error naming file and line', () => {
  const cases: Array<[string, () => Buffer, RegExp]> = [
    ['a malformed line', () => Buffer.from('{"a":1}\n{"a":\n'), /bad\.log:2:\d+: /],
    ['a truncated last line', () => Buffer.from('{"a":1}\n{"a":1'), /bad\.log:2: the last line has no line end/],
    [
      'a UTF-8 byte order mark',
      () => Buffer.from('\ufeff{"a":1}\n'),
      /bad\.log:1:1: the file starts with a UTF-8 byte order mark/
    ],
    ['CRLF line ends', () => Buffer.from('{"a":1}\r\n'), /bad\.log:1:8: the line ends in CRLF/],
    [
      'invalid UTF-8',
      () => Buffer.concat([Buffer.from('{"a":1}\n{"a":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]),
      /bad\.log:2:7: invalid UTF-8/
    ],
    ['an empty line', () => Buffer.from('{"a":1}\n\n{"a":2}\n'), /bad\.log:2: empty line/],
    ['a line that is not an object', () => Buffer.from('[1,2]\n'), /bad\.log:1: the entry is not a JSON object/],
    [
      'a gzip that ends early',
      () => {
        const z = gzipSync(Buffer.from(entries(300, 0).join('\n') + '\n'))
        return z.subarray(0, z.length >> 1)
      },
      /bad\.log\.gz:\d+: the gzip stream ends early/
    ],
    ['a 50 MB line', () => Buffer.alloc(50 * 1024 * 1024, 0x20), /bad\.log:1: the line is longer than 16 MiB/]
  ]
  test.each(cases)('%s', async (name, content, message) => {
    const file = name.includes('gzip') ? 'bad.log.gz' : 'bad.log'
    await writeFile(path.join(ws, file), content())
    await expect(pass(file, 0)).rejects.toThrow(message)
  })

  test('CRLF is accepted when allowed, and the chain is the same', async () => {
    const file = path.join(ws, 'crlf.log')
    const head = writePythonChain([file], [entries(5, 0)])
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'))
    const { report } = await pass('crlf.log', 0, { allowCrlf: true })
    expect([report.breakCount, report.head, report.crlf]).toEqual([0, head, 5])
  })

  test('an unterminated last line that is complete JSON is an entry', async () => {
    const file = path.join(ws, 'ok.log')
    const head = writePythonChain([file], [entries(3, 0)])
    await writeFile(file, (await readFile(file, 'utf8')).trimEnd())
    const { report } = await pass('ok.log', 2)
    expect([report.entries, report.breakCount, report.head]).toEqual([3, 0, head])
  })

  test('an appended forged line is caught', async () => {
    const file = path.join(ws, 'f.log')
    writePythonChain([file], [entries(3, 0)])
    await appendFile(file, '{"input_id":"forged","chain_hash":"00"}\n')
    const { report } = await pass('f.log', 0)
    expect(report.breaks.map(b => [b.entryIndex, b.inputId])).toEqual([[3, 'forged']])
  })
})

describe('plain files read in byte ranges by the processing threads', () => {
  async function compare(file: string, rangeBytes: number, threads: number) {
    const set = await resolveLogSet([file], ws)
    const whole = await scanLogs(set, config, { genesis: 'genesis', threads: 0 })
    const split = await scanLogs(set, config, { genesis: 'genesis', threads, rangeBytes })
    return { whole, split }
  }

  test.each([
    [97, 0],
    [1000, 0],
    [4096, 2],
    [1, 0]
  ])('ranges of %i bytes (%i threads) give the same chain, breaks, lines and index', async (rangeBytes, threads) => {
    const file = path.join(ws, 'r.log')
    writePythonChain([file], [entries(60, 0)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    lines[17] = lines[17]!.replace('"v": 1.5', '"v": 3.5')
    lines[41] = lines[41]!.replace('"v": 1.5', '"v": 4.5')
    await writeFile(file, lines.join('\n') + '\n')
    const { whole, split } = await compare('r.log', rangeBytes, threads)
    expect(split.entries).toBe(60)
    expect(split.head).toBe(whole.head)
    expect(split.breaks.map(b => [b.entryIndex, b.line, b.offset, b.inputId])).toEqual(
      whole.breaks.map(b => [b.entryIndex, b.line, b.offset, b.inputId])
    )
    expect(split.breaks.map(b => b.line)).toEqual([18, 42])
    expect(split.chunks.reduce((n, c) => n + c.lines, 0)).toBe(60)
    for (const id of ['in-0', 'in-30', 'in-59']) {
      const h = keyHash(KEY_INPUT, Buffer.from(id))
      expect(split.index!.lookup(h)).toEqual(whole.index!.lookup(h))
    }
  })

  test('a bad line deep in a later range is named by its line in the file', async () => {
    const file = path.join(ws, 'e.log')
    writePythonChain([file], [entries(30, 0)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    lines[22] = lines[22]!.slice(0, 40)
    await writeFile(file, lines.join('\n') + '\n')
    const set = await resolveLogSet(['e.log'], ws)
    await expect(scanLogs(set, config, { genesis: 'genesis', threads: 0, rangeBytes: 500 })).rejects.toThrow(
      /^e\.log:23:\d+: /
    )
  })

  test('an unterminated last line and CRLF ends survive range boundaries', async () => {
    const file = path.join(ws, 'c.log')
    const head = writePythonChain([file], [entries(12, 0)])
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n').trimEnd())
    const set = await resolveLogSet(['c.log'], ws)
    const report = await scanLogs(
      set,
      { ...config, allowCrlf: true },
      { genesis: 'genesis', threads: 0, rangeBytes: 333 }
    )
    expect([report.entries, report.breakCount, report.head, report.crlf, report.files[0]!.unterminated]).toEqual([
      12,
      0,
      head,
      11,
      true
    ])
  })
})

describe("this thread's share of the chunks, beside the workers", () => {
  /** A Python-written chain of n entries with two tampered lines, in ws/name. */
  async function tampered(name: string, n: number): Promise<string> {
    const file = path.join(ws, name)
    writePythonChain([file], [entries(n, 0)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    lines[57] = lines[57]!.replace('"v": 1.5', '"v": 3.5')
    lines[n - 20] = lines[n - 20]!.replace('"v": 1.5', '"v": 4.5')
    await writeFile(file, lines.join('\n') + '\n')
    return file
  }

  test('chunks split between a worker and this thread come back as this thread alone makes them', async () => {
    const file = await tampered('s.log', 400)
    const set = await resolveLogSet(['s.log'], ws)
    const size = set.files[0]!.size
    const tasks: ChunkTask[] = []
    for (let start = 0; start < size; start += 2048) {
      tasks.push({
        seq: tasks.length,
        file: 's.log',
        path: file,
        start,
        end: Math.min(size, start + 2048),
        fileSize: size
      })
    }
    const alone = new ChunkProcessor(config)
    const want = tasks.map(t => alone.process(t))
    const pool = new ChunkPool(config, 1, true)
    try {
      // Once the worker is ready it holds two chunks at a time and this thread takes one
      // per turn of the event loop: both take some.
      await pool.ready()
      const got = await Promise.all(tasks.map(t => pool.submit(t)))
      expect(got).toEqual(want)
      expect(want.reduce((n, r) => n + r.broken.length, 0)).toBe(2)
      expect(pool.threads).toBe(2)
      expect(pool.chunksHere).toBeGreaterThan(0)
      expect(pool.chunksHere).toBeLessThan(tasks.length)
    } finally {
      await pool.close()
    }
  })

  test('a pass with a share here gives the chain, breaks, lines and index of one thread, plain and gzip', async () => {
    const file = await tampered('p.log', 600)
    await writeFile(path.join(ws, 'q.log.gz'), gzipSync(await readFile(file)))
    for (const name of ['p.log', 'q.log.gz']) {
      const set = await resolveLogSet([name], ws)
      const one = await scanLogs(set, config, { genesis: 'genesis', threads: 0 })
      const shared = await scanLogs(set, config, {
        genesis: 'genesis',
        threads: 1,
        shareThisThread: true,
        rangeBytes: 4096
      })
      expect([shared.entries, shared.head, shared.breakCount, shared.threads]).toEqual([600, one.head, 2, 2])
      expect(shared.breaks.map(b => [b.entryIndex, b.line, b.offset, b.inputId])).toEqual(
        one.breaks.map(b => [b.entryIndex, b.line, b.offset, b.inputId])
      )
      expect(shared.breaks.map(b => b.line)).toEqual([58, 581])
      expect(shared.chunks.length).toBeGreaterThan(10)
      expect(shared.chunksHere).toBeGreaterThan(0)
      for (const id of ['in-0', 'in-300', 'in-599']) {
        const h = keyHash(KEY_INPUT, Buffer.from(id))
        expect(shared.index!.lookup(h)).toEqual(one.index!.lookup(h))
      }
    }
  })

  test('by default a large log gets a worker per core but one and a share here, or a worker per core', async () => {
    const file = path.join(ws, 'big.log')
    // Past PARALLEL_MIN_BYTES: entries padded to about 2 KB.
    const big = entries(4500, 0).map(e => e.replace(/}$/, `, "pad": "${'x'.repeat(2000)}"}`))
    const head = writePythonChain([file], [big])
    const set = await resolveLogSet(['big.log'], ws)
    expect(set.files[0]!.size).toBeGreaterThan(PARALLEL_MIN_BYTES)
    const cores = defaultThreads()
    const shared = await scanLogs(set, config, { genesis: 'genesis' })
    const apart = await scanLogs(set, config, { genesis: 'genesis', shareThisThread: false })
    for (const r of [shared, apart]) expect([r.entries, r.head, r.breakCount]).toEqual([4500, head, 0])
    expect(shared.threads).toBe(cores > 1 ? cores : 0)
    expect(apart.threads).toBe(cores > 1 ? cores : 0)
    expect(apart.chunksHere).toBe(0)
    if (cores > 1) expect(shared.chunksHere).toBeGreaterThan(0)
  })

  test('a bad line in a chunk this thread takes is the error of the pass, at its line', async () => {
    const file = await tampered('b.log', 300)
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    lines[5] = lines[5]!.slice(0, 30)
    await writeFile(file, lines.join('\n') + '\n')
    const set = await resolveLogSet(['b.log'], ws)
    // The worker is still booting when the first chunks are taken: this thread takes them,
    // and whichever thread took it, the error is the first chunk's.
    await expect(
      scanLogs(set, config, { genesis: 'genesis', threads: 1, shareThisThread: true, rangeBytes: 2048 })
    ).rejects.toThrow(/^b\.log:6:\d+: /)
  })
})

describe('gzip files inflated here and handed to the worker threads chunk by chunk', () => {
  test('many chunks of one gzip file give the chain, breaks, lines and index of one thread', async () => {
    const file = path.join(ws, 'g.log')
    writePythonChain([file], [entries(80, 0)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    lines[33] = lines[33]!.replace('"v": 1.5', '"v": 3.5')
    await writeFile(`${file}.gz`, gzipSync(Buffer.from(lines.join('\n') + '\n')))
    await rm(file)
    const set = await resolveLogSet(['g.log.gz'], ws)
    const one = await scanLogs(set, config, { genesis: 'genesis', threads: 0 })
    const split = await scanLogs(set, config, { genesis: 'genesis', threads: 2, rangeBytes: 700 })
    expect(split.chunks.length).toBeGreaterThan(4)
    expect([split.entries, split.head, split.breakCount]).toEqual([80, one.head, 1])
    expect(split.breaks.map(b => [b.entryIndex, b.line, b.offset])).toEqual([[33, 34, one.breaks[0]!.offset]])
    expect(split.chunks.reduce((n, c) => n + c.lines, 0)).toBe(80)
    expect(split.chunks.every((c, i) => i === 0 || c.offset > split.chunks[i - 1]!.offset)).toBe(true)
    const viaChunks = await readEntryRange(set, split.chunks, 50, 52)
    expect(viaChunks.map(e => [e.entryIndex, e.line, e.text])).toEqual(
      lines.slice(50, 53).map((text, i) => [50 + i, 51 + i, text])
    )
    const h = keyHash(KEY_INPUT, Buffer.from('in-77'))
    expect(split.index!.lookup(h)).toEqual(one.index!.lookup(h))
  })
})

describe('the fast paths against python3 on log-like lines', () => {
  test('a Python-written chain of entries that repeat a few shapes verifies through small ranges and two threads', async () => {
    const rand = rng(42)
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
    const texts = [
      'Zürich',
      'plain text',
      'tab\there',
      'quote " and \\ backslash',
      '東京 𠮷',
      'a\u007fb',
      'x'.repeat(90),
      ''
    ]
    const numbers = [
      '0.1',
      '1.0',
      '100.0',
      '1e-07',
      '2.5e-05',
      '1e16',
      '9007199254740993',
      '-0.0',
      '0.30000000000000004',
      '7.610'
    ]
    const shapes = [
      ['timestamp', 'event_type', 'input_id', 'correlation_id', 'model_version', 'score', 'raw_output', 'note'],
      ['input_id', 'correlation_id', 'reviewer', 'decision', 'rationale', 'timestamp'],
      ['zeta', 'alpha', 'input_id', 'Ünïcode', 'mid', 'nested']
    ]
    let escapedKeys = 0
    const lines = Array.from({ length: 400 }, (_, i) => {
      const keys = pick(shapes)
      if (keys === shapes[2]) escapedKeys++
      const members = keys.map(k => {
        const r = rand()
        const v =
          k === 'input_id'
            ? JSON.stringify(`in-${i}`)
            : k === 'raw_output' || k === 'nested'
              ? `{"b": [${pick(numbers)}, ${JSON.stringify(pick(texts))}], "a": {"y": ${pick(numbers)}, "x": null}}`
              : r < 0.5
                ? JSON.stringify(pick(texts))
                : pick(numbers)
        return `${JSON.stringify(k)}: ${v}`
      })
      return `{${members.join(', ')}}`
    })
    const file = path.join(ws, 'shapes.log')
    const head = writePythonChain([file], [lines])
    const { report } = await (async () => {
      const set = await resolveLogSet(['shapes.log'], ws)
      return { report: await scanLogs(set, config, { genesis: 'genesis', threads: 2, rangeBytes: 4096 }) }
    })()
    expect([report.entries, report.breakCount, report.head]).toEqual([400, 0, head])
    // Python writes the non-ASCII key escaped (ensure_ascii); the scanner leaves escaped
    // keys to the exact path and takes every other line itself.
    expect(escapedKeys).toBeGreaterThan(50)
    expect(report.exactPath).toBe(escapedKeys)
  })

  test('the WebAssembly fast path and the JavaScript scanner alone (AI_ACT_GATES_SCANNER=js) report the same', async () => {
    const file = path.join(ws, 'app.log')
    writePythonChain([file], [entries(300, 500)])
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    // A modified entry and a swapped pair: the breaks come out of the scanned lines.
    lines[40] = lines[40]!.replace('"input_id": "in-540"', '"input_id": "in-x"')
    ;[lines[200], lines[201]] = [lines[201]!, lines[200]!]
    await writeFile(file, lines.join('\n') + '\n')
    const saved = process.env.AI_ACT_GATES_SCANNER
    const run = async (scanner: string | undefined) => {
      if (scanner === undefined) delete process.env.AI_ACT_GATES_SCANNER
      else process.env.AI_ACT_GATES_SCANNER = scanner
      try {
        const set = await resolveLogSet(['app.log'], ws)
        return await scanLogs(set, config, { genesis: 'genesis', threads: 2, rangeBytes: 8192 })
      } finally {
        if (saved === undefined) delete process.env.AI_ACT_GATES_SCANNER
        else process.env.AI_ACT_GATES_SCANNER = saved
      }
    }
    const fast = await run(undefined)
    const js = await run('js')
    expect(js.wasmLines).toBe(0)
    // Random documents: most hold floats Python writes with an exponent, which it declines.
    expect(fast.wasmLines).toBeGreaterThan(20)
    expect(fast.breaks.map(b => b.entryIndex)).toEqual(pythonVerify([file]))
    const same = (r: typeof fast) => ({
      entries: r.entries,
      head: r.head,
      breaks: r.breaks,
      exactPath: r.exactPath,
      index: r.index!.lookup(keyHash(KEY_INPUT, Buffer.from('in-700')))
    })
    expect(same(fast)).toEqual(same(js))
  })
})

test('a line over 16 MiB after other lines is named by its line, read in ranges or inflated', async () => {
  const body = Buffer.concat([
    Buffer.from('{"a":1}\n{"a":2}\n{"a":3}\n{"a":"'),
    Buffer.alloc(17 * 1024 * 1024, 0x61),
    Buffer.from('"}\n{"a":4}\n')
  ])
  await writeFile(path.join(ws, 'long.log'), body)
  await writeFile(path.join(ws, 'long.log.1.gz'), gzipSync(body))
  for (const [file, threads] of [
    ['long.log', 0],
    ['long.log', 2],
    ['long.log.1.gz', 0]
  ] as const) {
    const set = await resolveLogSet([file], ws)
    await expect(scanLogs(set, config, { genesis: 'genesis', threads })).rejects.toThrow(
      new RegExp(`^${file.replace(/\./g, '\\.')}:4: the line is longer than 16 MiB`)
    )
  }
})
