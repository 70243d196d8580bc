/**
 * The WebAssembly python-json fast path against the JavaScript scanner, the exact
 * path (parseJson + serializeCanonical) and python3 itself: wherever it answers, its
 * bytes are the bytes python3's json.dumps(sort_keys=True, separators=(",", ":"))
 * writes and its spans are the JavaScript scanner's; whatever it is not sure about
 * (floats Python would rewrite, escapes Python writes otherwise, repeated keys,
 * invalid JSON, ...) it declines.
 */
import {
  CanonicalScanner,
  FIELD_OTHER,
  FIELD_PLAIN_STRING,
  parseJson,
  SCAN_DECLINED,
  scanCapacity,
  serializeCanonical,
  WasmScanner
} from '@ai-act-gates/canonical-json'
import { describeWithFixtures } from '../../helpers/paths.js'
import { runPython } from '../../helpers/python.js'
import { randomDocument, rng } from '../../helpers/random-json.js'
import { trapChainLinks } from '../../helpers/trap-chain.js'

const DROP = 'chain_hash'
const FIELDS = ['input_id', 'correlation_id', 'rotation_anchor']

/** What a scanner answered for one line: its bytes and the spans, relative to the line. */
interface Scan {
  bytes: Buffer
  drop: [number, number, number]
  fields: Array<[number, number, number]>
}

/** A span as compared: an absent field's offsets are whatever the last line left, so they are zeroed. */
function span(kind: number, start: number, end: number): [number, number, number] {
  return kind === 0 ? [0, 0, 0] : [kind, start, end]
}

function newWasm(options: { dropKey?: string; fields?: string[] } = { dropKey: DROP, fields: FIELDS }): WasmScanner {
  const scanner = WasmScanner.create(options)
  if (scanner === null) throw new Error('WebAssembly SIMD is not available on this Node')
  return scanner
}

/** The WebAssembly scanner's answer for `text` placed `pad` bytes into its buffer, or null. */
function wasmScan(scanner: WasmScanner, text: string | Buffer, pad = 0): Scan | null {
  const line = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const src = Buffer.alloc(pad + line.length + 3, 0x7b)
  line.copy(src, pad)
  const end = scanner.scan(src, pad, pad + line.length)
  if (end === SCAN_DECLINED) return null
  const f = scanner.fields
  return {
    bytes: Buffer.from(scanner.bytes.subarray(scanner.outStart, end)),
    drop: span(scanner.dropKind, scanner.dropStart - pad, scanner.dropEnd - pad),
    fields: [0, 1, 2].map(i => span(f.kind[i]!, f.start[i]! - pad, f.end[i]! - pad))
  }
}

/** The JavaScript scanner's answer for `text`, or null. */
function jsScan(scanner: CanonicalScanner, text: string): Scan | null {
  const src = Buffer.from(text, 'utf8')
  const out = Buffer.alloc(scanCapacity(src.length))
  const end = scanner.scan(src, 0, src.length, out, 0)
  if (end === SCAN_DECLINED) return null
  const f = scanner.fields
  return {
    bytes: Buffer.from(out.subarray(0, end)),
    drop: span(scanner.dropKind, scanner.dropStart, scanner.dropEnd),
    fields: [0, 1, 2].map(i => span(f.kind[i]!, f.start[i]!, f.end[i]!))
  }
}

/**
 * The WebAssembly scanner's answer for `line` (placed `pad` bytes in), held to python3's
 * bytes (hex) and to the JavaScript scanner's bytes and spans: null when it declines,
 * '' when it agrees with both, else what differs.
 */
function checked(wasm: WasmScanner, js: CanonicalScanner, line: string, python: string, pad: number): string | null {
  const got = wasmScan(wasm, line, pad)
  if (got === null) return null
  if (got.bytes.toString('hex') !== python) return `${line}\n  wasm ${got.bytes.toString()}`
  const other = jsScan(js, line)
  if (JSON.stringify(other) !== JSON.stringify(got))
    return `${line}\n  wasm ${JSON.stringify(got)}\n  js   ${JSON.stringify(other)}`
  return ''
}

/**
 * Each line held to python3 and the JavaScript scanner (see checked), and answered or
 * declined as its twin, the same members in a run's exact style: whitespace never
 * decides whether a line is answered. The problems found, and the lines answered.
 */
function withTwins(
  wasm: WasmScanner,
  js: CanonicalScanner,
  lines: string[],
  twins: string[],
  python: string[],
  pads: number
): { wrong: string[]; answered: number } {
  const wrong: string[] = []
  let answered = 0
  lines.forEach((line, i) => {
    const problem = checked(wasm, js, line, python[i]!, i % pads)
    if ((problem === null) !== (wasmScan(wasm, twins[i]!) === null))
      wrong.push(`${line}\n  answered unlike ${twins[i]}`)
    if (problem === null) return
    answered++
    if (problem !== '') wrong.push(problem)
  })
  return { wrong, answered }
}

/** The exact path's bytes with the top-level `drop` key left out, or the error it throws. */
function exact(text: string, drop = DROP): Buffer | Error {
  try {
    const value = parseJson(text, { allowNonFinite: true })
    if (!(value instanceof Map)) return new Error('not an object')
    value.delete(drop)
    return Buffer.from(serializeCanonical(value, 'python-json'), 'utf8')
  } catch (error) {
    return error as Error
  }
}

/**
 * The documents as python3 writes them: json.loads, then json.dumps with the default
 * ensure_ascii and `separators` (None: Python's default ", " and ": "), in insertion
 * order. A document Python rejects gives ''.
 */
function pythonWritten(docs: string[], separators: [string, string] | null = null): string[] {
  const program = `
import json, sys
seps = json.loads(sys.argv[1])
for line in sys.stdin.buffer.read().decode('utf-8', 'surrogatepass').split('\\n'):
    if line == '':
        continue
    try:
        print(json.dumps(json.loads(line), separators=None if seps is None else tuple(seps)))
    except Exception:
        print('')
`
  const input = docs.map(d => d.replace(/\n/g, ' ')).join('\n') + '\n'
  return runPython(program, Buffer.from(input, 'utf8'), [JSON.stringify(separators)])
    .toString('utf8')
    .split('\n')
    .slice(0, docs.length)
}

/**
 * Log-like JSON written by python3's json.dumps (insertion order, the given
 * separators), `count` lines from `seed`: whole entries, or single values (`values`).
 * Strings hold controls, DEL, non-ASCII, astral characters and lone surrogates;
 * numbers are small and big integers, rounded floats, floats of 17 digits and floats
 * Python writes with an exponent; some keys need escapes. With `raw` the lines are
 * written with ensure_ascii=False (non-ASCII as UTF-8, as many loggers do), and hold
 * no lone surrogates (UTF-8 cannot carry them).
 */
function pythonGenerated(
  seed: number,
  count: number,
  separators: [string, string] | null,
  values = false,
  raw = false
): string[] {
  const program = `
import json, random, sys
random.seed(int(sys.argv[1]))
count = int(sys.argv[2])
seps = json.loads(sys.argv[3])
seps = None if seps is None else tuple(seps)
values = sys.argv[4] == '1'
raw = sys.argv[5] == '1'
alpha = [chr(c) for c in range(0x20, 0x7f)] * 3 + ['\\n', '\\t', '\\b', '\\f', '\\r', '\\x00', '\\x1f', '\\x7f', '\\x80',
    'é', '東', '📄', '\\u2028', '\\uffff', '\\ue000'] + ([] if raw else ['\\ud800', '\\udc00'])
def text(n):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, n)))
def key():
    if random.random() < 0.03:
        return text(4)
    return ''.join(random.choice('abcdefgh_~ AZ09-.') for _ in range(random.randint(0, 7)))
def num():
    r = random.random()
    if r < 0.25: return random.randint(-10**6, 10**6)
    if r < 0.32: return random.randint(-10**40, 10**40)
    if r < 0.65: return round(random.uniform(-1000, 1000), random.randint(0, 7))
    if r < 0.72: return round(random.uniform(0, 1e-3), random.randint(3, 9))
    if r < 0.76: return random.random()
    if r < 0.84: return random.choice([0.0, -0.0, 1e-4, 1e15, 123456789012345.6, 1e16, 1e-5, 5e-324, 1e300, 2.5, 1e22])
    return float(random.randint(-10**6, 10**6))
def value(d):
    r = random.random()
    if d > 3 or r < 0.55:
        k = random.random()
        return text(30) if k < 0.45 else num() if k < 0.9 else random.choice([True, False, None])
    if r < 0.75:
        return [value(d + 1) for _ in range(random.randint(0, 4))]
    return {key(): value(d + 1) for _ in range(random.randint(0, 5))}
for i in range(count):
    v = value(0) if values else {key(): value(0) for _ in range(random.randint(1, 9))}
    sys.stdout.buffer.write(json.dumps(v, separators=seps, ensure_ascii=not raw).encode('utf-8') + b'\\n')
`
  const args = [String(seed), String(count), JSON.stringify(separators), values ? '1' : '0', raw ? '1' : '0']
  return runPython(program, '', args).toString('utf8').split('\n').slice(0, count)
}

/** The python3 canonical bytes (hex) of `text` with the top-level `drop` key popped, or `ERR:...`. */
function pythonWithout(lines: string[], drop = DROP): string[] {
  const program = `
import json, sys
for line in sys.stdin.buffer.read().decode('utf-8', 'surrogatepass').split('\\n'):
    if line == '':
        continue
    try:
        entry = json.loads(line)
        entry.pop(sys.argv[1], None)
        print(json.dumps(entry, sort_keys=True, separators=(",", ":")).encode('utf-8', 'surrogatepass').hex())
    except Exception as e:
        print('ERR:' + type(e).__name__)
`
  const input = lines.map(l => l.replace(/\n/g, ' ')).join('\n') + '\n'
  return runPython(program, Buffer.from(input, 'utf8'), [drop]).toString('utf8').trim().split('\n')
}

/**
 * Scans python3-written lines (each placed `i % padding` bytes into the buffer) and
 * compares every answer with python3's bytes and the JavaScript scanner's. Returns the
 * mismatches and the lines answered.
 */
function againstPython(lines: string[], padding: number): { wrong: string[]; answered: string[] } {
  const python = pythonWithout(lines)
  const wasm = newWasm()
  const js = new CanonicalScanner('python-json', { dropKey: DROP, fields: FIELDS })
  const wrong: string[] = []
  const answered: string[] = []
  lines.forEach((line, i) => {
    const got = wasmScan(wasm, line, i % padding)
    if (got === null) return
    answered.push(line)
    if (got.bytes.toString('hex') !== python[i]) wrong.push(`${line}\n  wasm   ${got.bytes.toString()}`)
    const other = jsScan(js, line)
    if (other === null || !other.bytes.equals(got.bytes)) wrong.push(`${line}\n  js scanner ${other?.bytes.toString()}`)
  })
  return { wrong, answered }
}

describe('the WebAssembly scanner on lines python3 writes', () => {
  test.each([
    ['default separators', null],
    ['compact separators', [',', ':']],
    ['separators with spaces, tabs and CR', [' ,\t', '\r: ']]
  ] as const)('answers for most of them, with python3 bytes (%s)', (_name, separators) => {
    const lines = pythonGenerated(1, 6000, separators === null ? null : [...separators])
    expect(lines.length).toBe(6000)
    const { wrong, answered } = againstPython(lines, 19)
    expect(wrong.slice(0, 3)).toEqual([])
    // What it declines: floats with exponents or 16+ digits, keys with escapes.
    expect(answered.length).toBeGreaterThan(lines.length * 0.3)
  })

  test.each([
    ['default separators', null],
    ['compact separators', [',', ':']]
  ] as const)(
    'answers for lines written with ensure_ascii=False (raw UTF-8), with python3 bytes (%s)',
    (_name, separators) => {
      const lines = pythonGenerated(5, 6000, separators === null ? null : [...separators], false, true)
      expect(lines.length).toBe(6000)
      const { wrong, answered } = againstPython(lines, 23)
      expect(wrong.slice(0, 3)).toEqual([])
      expect(answered.length).toBeGreaterThan(lines.length * 0.3)
      // Raw non-ASCII in values is escaped here, not declined.
      const raw = answered.filter(line => Buffer.byteLength(line, 'utf8') !== line.length)
      expect(raw.length).toBeGreaterThan(lines.length * 0.15)
    }
  )

  test('every byte string python3 escapes round-trips, at every alignment', () => {
    // Strings of printable ASCII with Python's escapes at every position and length.
    const pieces = [
      'a',
      'bc',
      'defgh',
      '~',
      ' ',
      '/',
      '"',
      '\\',
      '\n',
      '\t',
      '\u0001',
      '\u007f',
      'é',
      '東',
      '📄',
      '\ud800'
    ]
    const rand = rng(3)
    const values = Array.from({ length: 3000 }, () => {
      const n = Math.floor(rand() * 48)
      let s = ''
      for (let k = 0; k < n; k++) s += pieces[Math.floor(rand() * pieces.length)]!
      return s
    })
    // JSON.stringify leaves non-ASCII raw; Python rewrites each document with ensure_ascii.
    const lines = pythonWritten(values.map(v => JSON.stringify({ s: v, t: 1 })))
    const python = pythonWithout(lines)
    const wasm = newWasm()
    const wrong: string[] = []
    let answered = 0
    lines.forEach((line, i) => {
      const got = wasmScan(wasm, line, i % 16)
      if (got === null) return
      answered++
      if (got.bytes.toString('hex') !== python[i]) wrong.push(`${line}\n  wasm ${got.bytes.toString()}`)
    })
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBe(lines.length)
  })
})

describe('strings read 64 bytes at a time', () => {
  // Python's own escapes (answered) and escapes it writes otherwise (declined), each at
  // every offset of a block, alone, next to another, or in a run of backslashes.
  const CANONICAL = ['\\u00fc', '\\n', '\\"', '\\\\', '\\ud83d\\udcc4', '\\u001f', '\\u007f', '\\u0000', '\\t\\b\\f\\r']
  const OTHER = ['\\u00FC', '\\u0041', '\\/', '\\u000a', '\\u0022', '\\u005c', '\\x41', '\\u12', '\\u00g0', '\\U00fc']
  const RAW = ['é', '東', '📄', '\u007f']

  const wasm = newWasm()
  function check(body: string): 'answered' | 'declined' | string {
    const line = `{"s": "${body}", "t": 1}`
    const want = exact(line)
    let answers = 0
    for (const pad of [0, 5, 16]) {
      const got = wasmScan(wasm, line, pad)
      if (got === null) continue
      answers++
      if (want instanceof Error || !got.bytes.equals(want)) return `wrong bytes for ${line}`
    }
    return answers === 0 ? 'declined' : answers === 3 ? 'answered' : `answered at some offsets only: ${line}`
  }

  test("Python's escapes at every offset are answered with python3's bytes", () => {
    const wrong: string[] = []
    for (let k = 0; k < 70; k++) {
      for (const e of CANONICAL) {
        for (const tail of ['', 'bcd', 'x'.repeat(61)]) {
          for (const body of [
            'a'.repeat(k) + e + tail,
            'a'.repeat(k) + e + e + tail,
            'a'.repeat(k) + e + 'yz' + '\\u00e9' + tail,
            'a'.repeat(k) + '\\\\'.repeat(3) + e + tail
          ]) {
            const r = check(body)
            if (r !== 'answered') wrong.push(`${r}: ${body}`)
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  test('escapes Python writes otherwise are declined at every offset, also behind good ones', () => {
    const wrong: string[] = []
    for (let k = 0; k < 70; k++) {
      for (const e of OTHER) {
        for (const body of [
          'a'.repeat(k) + e,
          'a'.repeat(k) + e + 'x'.repeat(40),
          '\\u00fc'.repeat(k % 9) + 'a'.repeat(k) + e + '\\n',
          'a'.repeat(k) + '\\\\' + e
        ]) {
          const r = check(body)
          if (r !== 'declined') wrong.push(`${r}: ${body}`)
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  test('raw UTF-8 and DEL near escapes are escaped as python3 escapes them', () => {
    const wrong: string[] = []
    for (let k = 0; k < 70; k++) {
      for (const raw of RAW) {
        for (const body of [
          'a'.repeat(k) + raw,
          '\\u00fc'.repeat(k % 11) + 'a'.repeat(k) + raw + '\\n' + 'x'.repeat(k)
        ]) {
          const r = check(body)
          if (r !== 'answered') wrong.push(`${r}: ${body}`)
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  test('a string that does not end before the line does is declined, at every length', () => {
    for (let k = 0; k < 140; k++) {
      for (const body of ['a'.repeat(k), 'a'.repeat(k) + '\\u00fc', 'a'.repeat(k) + '\\']) {
        expect([body, wasmScan(wasm, `{"s": "${body}`)]).toEqual([body, null])
      }
    }
  })
})

describe('the WebAssembly scanner on documents written by anyone', () => {
  test('agrees with the JavaScript scanner and the exact path on 20,000 random documents', () => {
    const wasm = newWasm()
    const js = new CanonicalScanner('python-json', { dropKey: DROP, fields: FIELDS })
    const wrong: string[] = []
    let answered = 0
    for (let i = 0; i < 20000; i++) {
      const doc = randomDocument(i, { nonFinite: true, loneSurrogates: true, whitespace: true })
      const got = wasmScan(wasm, doc, i % 7)
      if (got === null) continue
      answered++
      const want = exact(doc)
      const other = jsScan(js, doc)
      if (want instanceof Error) wrong.push(`${doc} -> wasm answered, exact path threw ${want.message}`)
      else if (!got.bytes.equals(want))
        wrong.push(`${doc}\n  wasm  ${got.bytes.toString()}\n  exact ${want.toString()}`)
      else if (other === null || !other.bytes.equals(got.bytes)) wrong.push(`${doc}\n  js scanner disagrees`)
    }
    expect(wrong.slice(0, 3)).toEqual([])
    // Most random documents hold raw non-ASCII or escapes Python would rewrite: declined.
    expect(answered).toBeGreaterThan(200)
  })

  test('never answers for text the exact path rejects', () => {
    const rand = rng(77)
    const base = [
      ...pythonGenerated(2, 1500, null),
      ...pythonWritten(Array.from({ length: 1500 }, (_, i) => randomDocument(i + 40000, { whitespace: true })))
    ]
    const wasm = newWasm()
    const wrong: string[] = []
    let broken = 0
    for (let i = 0; i < 15000; i++) {
      const doc = base[i % base.length]!
      if (doc === '') continue
      const at = Math.floor(rand() * doc.length)
      const r = rand()
      const text =
        r < 0.33
          ? doc.slice(0, at) + doc.slice(at + 1)
          : r < 0.66
            ? doc.slice(0, at) + doc[at] + doc.slice(at)
            : doc.slice(0, at) + '",:{}[]0eE.-\t\u0001\\ufn'[Math.floor(rand() * 19)] + doc.slice(at + 1)
      const want = exact(text)
      const got = wasmScan(wasm, text, i % 5)
      if (want instanceof Error) {
        broken++
        if (got !== null) wrong.push(`${text} -> wasm answered ${got.bytes.toString()}`)
      } else if (got !== null && !got.bytes.equals(want)) {
        wrong.push(`${text}\n  wasm  ${got.bytes.toString()}\n  exact ${want.toString()}`)
      }
    }
    expect(wrong.slice(0, 3)).toEqual([])
    expect(broken).toBeGreaterThan(5000)
  })

  test('objects with keys repeated at any level are declined, the others answered with python3 bytes', () => {
    const rand = rng(21)
    const values = pythonGenerated(4, 300, null, true).filter(v => /^[\x20-\x7e]*$/.test(v))
    const object = (depth: number): string => {
      const n = Math.floor(rand() * 5)
      const members: string[] = []
      for (let i = 0; i < n; i++) {
        const key = 'abcde'[Math.floor(rand() * 5)]!
        const value = depth < 3 && rand() < 0.3 ? object(depth + 1) : values[Math.floor(rand() * values.length)]!
        members.push(`"${key}":${value}`)
      }
      return `{${members.join(',')}}`
    }
    const lines = Array.from({ length: 3000 }, () => object(0))
    const python = pythonWithout(lines)
    const wasm = newWasm()
    const wrong: string[] = []
    let repeated = 0
    let answered = 0
    lines.forEach((line, i) => {
      const got = wasmScan(wasm, line)
      const value = parseJson(line, { allowNonFinite: true })
      const hasRepeats = (text: string): boolean => {
        // Whether some object in the text has a key twice: parse with duplicates rejected.
        try {
          parseJson(text, { allowNonFinite: true, rejectDuplicateKeys: true })
          return false
        } catch {
          return true
        }
      }
      const repeats = value instanceof Map && hasRepeats(line)
      if (repeats) repeated++
      if (got === null) return
      answered++
      if (repeats) wrong.push(`${line} -> answered despite a repeated key: ${got.bytes.toString()}`)
      else if (got.bytes.toString('hex') !== python[i]) wrong.push(`${line}\n  wasm ${got.bytes.toString()}`)
    })
    expect(wrong.slice(0, 3)).toEqual([])
    expect(repeated).toBeGreaterThan(1000)
    expect(answered).toBeGreaterThan(300)
  })
})

const INT_4300 = '9'.repeat(4300)
const INT_4301 = '9'.repeat(4301)
/** A line with `n` arrays nested in its top-level object. */
const DEEP = (n: number): string => `{"a":${'['.repeat(n)}1${']'.repeat(n)}}`

/** Lines the WebAssembly scanner answers for; each is checked against python3 and the JavaScript scanner. */
const ANSWERED: Array<[string, string]> = [
  ['escaped non-ASCII and an astral pair', '{"a":"caf\\u00e9 \\u4e1c \\ud83d\\udcc4"}'],
  ['the short escapes', '{"a":"\\"\\\\\\b\\f\\n\\r\\t"}'],
  ['controls, DEL and the top of the BMP', '{"a":"\\u0000\\u001f\\u007f\\u0080\\uffff"}'],
  ['lone and reversed surrogates', '{"a":"\\ud800","b":"\\udc00x","c":"\\udc00\\ud800"}'],
  ['keys out of order at every level', '{"b":{"z":1,"a":[{"y":0,"x":1}]},"a":0}'],
  ['nested objects reordered inside reordered objects', '{"c":{"b":{"d":1,"c":2},"a":{"z":[],"y":{}}},"a":3}'],
  ['keys that sort by bytes, not length', '{"ab":1,"a":2,"b":3,"aa":4,"B":5,"_":6,"~":7," ":8}'],
  ['integers', '{"a":-0,"b":9007199254740993,"c":123456789012345678901234567890,"d":0,"e":-12}'],
  ['an integer of 4300 digits', `{"a":${INT_4300},"b":-${INT_4300}}`],
  ['floats Python writes as they are', '{"a":0.5,"b":-273.15,"c":0.0001,"d":123456789012.5,"e":3.14159}'],
  ['integral floats and trailing zeros', '{"a":1.0,"b":100.000,"c":0.1000,"d":-5.000,"e":0.000}'],
  ['negative zero', '{"a":-0.0,"b":-0,"c":[-0.0,-0.000]}'],
  ['trailing zeros past seventeen digits', '{"a":1.000000000000000000,"b":0.50000000000000000000}'],
  ['fifteen significant digits', '{"a":0.123456789012345,"b":12345678901234.5}'],
  ['literals', '{"t":true,"f":false,"n":null,"l":[true,false,null]}'],
  ['empty containers', '{"a":{},"b":[],"c":[{}],"d":{"e":[]}}'],
  ['an empty object', '{}'],
  ['whitespace everywhere', ' \t{ "a" :\r\n[ 1 ,{ } ,[ ] ] , "b":{"c" : null}}\r '],
  ['a CR before the line end', '{"a":1,"b":"x"}\r'],
  ['only the hash field', '{"chain_hash":"abc"}'],
  ['the hash field nested, kept', '{"z":{"chain_hash":"keep"},"chain_hash":"abc123","input_id":"in-1","a":1}'],
  ['the hash field absent', '{"input_id":"in-1","a":[1,2]}'],
  ['a hash field that is not a plain string', '{"chain_hash":{"x":[1,"\\u00e9"]},"a":1}'],
  ['nesting 64 deep', DEEP(64)],
  ['raw non-ASCII', '{"a":"é"}'],
  ['raw DEL', '{"a":"\u007f"}'],
  ['raw two-, three- and four-byte characters', '{"a":"é東📄","b":"x\u0080y\u07ffz\u0800\uffff\u{10000}\u{10ffff}"}'],
  ['raw and escaped non-ASCII in one string', '{"a":"München \\u00fc Zürich \\" \\n東"}'],
  ['raw non-ASCII nested and in arrays', '{"b":{"z":"Île","a":["é",{"y":"ü","x":1}]},"a":"Ω"}'],
  ['raw non-ASCII in the hash field', '{"chain_hash":"é","a":1}'],
  ['raw non-ASCII in a wanted field', '{"input_id":"cand-é","a":1}'],
  ['raw non-ASCII in a string as long as a vector', `{"a":"${'é'.repeat(8)}","b":"${'x'.repeat(15)}é"}`]
]

/** Lines it declines (the JavaScript scanner or the exact path decides). */
const DECLINED: Array<[string, string]> = [
  ['an escaped slash', '{"a":"\\/"}'],
  ['uppercase hex', '{"a":"\\u00E9"}'],
  ['an escape Python does not write', '{"a":"\\u0041"}'],
  ['\\u000a for a newline', '{"a":"\\u000a"}'],
  ['an exponent', '{"a":1e5}'],
  ['an uppercase exponent with a sign', '{"a":1E+2}'],
  ['an exponent Python writes as it is (a limit, not a difference)', '{"a":2.5e-05}'],
  ['seventeen significant digits, as Python writes them (a limit, not a difference)', '{"a":0.30000000000000004}'],
  ['seventeen significant digits Python shortens', '{"a":0.10000000000000001}'],
  ['a float Python writes with an exponent', '{"a":12345678901234567.0}'],
  ['a float below 1e-4', '{"a":0.00001}'],
  ['NaN (a limit, not a difference)', '{"a":NaN}'],
  ['Infinity (a limit, not a difference)', '{"a":Infinity}'],
  ['-Infinity (a limit, not a difference)', '{"a":-Infinity}'],
  ['an integer of 4301 digits', `{"a":${INT_4301}}`],
  ['a repeated key', '{"a":1,"a":2}'],
  ['a repeated key, not adjacent', '{"a":1,"b":2,"a":3}'],
  ['a repeated nested key', '{"x":{"a":1,"a":2}}'],
  ['a repeated nested key, not adjacent', '{"x":{"a":1,"b":2,"a":3}}'],
  ['a repeated nested key, out of order', '{"x":{"b":1,"a":2,"c":3,"b":4}}'],
  ['a repeated hash field', '{"chain_hash":"a","x":1,"chain_hash":"b"}'],
  ['a repeated wanted field', '{"input_id":"a","x":1,"input_id":"b"}'],
  ['an escaped key', '{"\\u0061":1}'],
  ['a non-ASCII key', '{"é":1}'],
  ['nesting 65 deep (a limit, not a difference)', DEEP(65)],
  ['a top-level array', '[1,2]'],
  ['a top-level string', '"a"'],
  ['trailing data', '{"a":1} x'],
  ['a trailing comma', '{"a":1,}'],
  ['a trailing comma in an array', '{"a":[1,]}'],
  ['a leading zero', '{"a":01}'],
  ['a bare minus', '{"a":-}'],
  ['a trailing dot', '{"a":1.}'],
  ['a leading dot', '{"a":.5}'],
  ['a plus sign', '{"a":+1}'],
  ['a byte order mark', '\ufeff{"a":1}'],
  ['a missing colon', '{"a" 1}'],
  ['an unterminated string', '{"a":"abc}'],
  ['a raw control character', '{"a":"\u0001"}'],
  ['a raw tab in a string', '{"a":"\t"}'],
  ['a truncated literal', '{"a":tru}'],
  ['a literal with trailing letters', '{"a":nulls}'],
  ['a form feed as whitespace', '{"a":\f1}']
]

describe('numbers read 16 bytes at a time', () => {
  /** Number lexemes, good and bad, from 1 to 22 characters: their digit runs end on each side of a vector. */
  function lexemes(): string[] {
    const out = new Set<string>()
    for (let n = 1; n <= 20; n++) {
      const digits = '123456789012345678901234'.slice(0, n)
      out.add(digits)
      out.add('-' + digits)
      out.add('0' + digits)
      out.add(digits + '.')
      out.add(digits + 'e5')
      out.add(digits + '.5.5')
      for (let k = 1; k < n; k++) {
        const f = digits.slice(0, k) + '.' + digits.slice(k)
        out.add(f)
        out.add('-' + f)
        out.add(f + '0')
        out.add(f + '00')
        out.add(f + 'E-3')
      }
      out.add('0.' + '0'.repeat(n - 1) + '7')
      out.add('-0.' + '0'.repeat(n - 1) + '70')
      out.add('0.' + '0'.repeat(n))
    }
    for (const s of ['0', '-0', '-', '-.5', '.5', '0.0', '-0.0', '00', '1.0', '10.50', '1e-07', '9007199254740993'])
      out.add(s)
    return [...out]
  }

  test('every lexeme, followed by each thing that may end it, is answered with the exact bytes or declined as the exact path rejects', () => {
    const wasm = newWasm()
    const wrong: string[] = []
    let answered = 0
    let rejected = 0
    for (const n of lexemes()) {
      for (const text of [
        `{"n": ${n}}`,
        `{"n": ${n}, "b": 1}`,
        `{"n":${n} }`,
        `{"a": [${n},${n}]}`,
        `{"a": {"x": ${n}}}`
      ]) {
        for (const pad of [0, 5, 13]) {
          const want = exact(text)
          const got = wasmScan(wasm, text, pad)
          if (want instanceof Error) {
            rejected++
            if (got !== null) wrong.push(`${text} -> wasm answered ${got.bytes.toString()}`)
          } else if (got !== null) {
            answered++
            if (!got.bytes.equals(want))
              wrong.push(`${text}\n  wasm  ${got.bytes.toString()}\n  exact ${want.toString()}`)
          }
        }
      }
    }
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(3000)
    expect(rejected).toBeGreaterThan(800)
  })
})

describe("lines scanned where they are, in the module's region", () => {
  test('give the same bytes and spans as the same lines copied in, at any offset', () => {
    const wasm = newWasm()
    const lines = pythonGenerated(11, 400, null, false, true)
    const region = wasm.region
    // A view starting inside the region, as a chunk processor's buffer does.
    const view = region.subarray(100, region.length - 100)
    let at = 7
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8')
      const copied = wasmScan(wasm, line, at % 13)
      bytes.copy(view, at)
      const end = wasm.scan(view, at, at + bytes.length)
      if (copied === null) {
        expect(end).toBe(SCAN_DECLINED)
      } else {
        expect(end).not.toBe(SCAN_DECLINED)
        expect(Buffer.from(wasm.bytes.subarray(wasm.outStart, end))).toEqual(copied.bytes)
        expect(span(wasm.dropKind, wasm.dropStart - at, wasm.dropEnd - at)).toEqual(copied.drop)
        const f = wasm.fields
        expect([0, 1, 2].map(i => span(f.kind[i]!, f.start[i]! - at, f.end[i]! - at))).toEqual(copied.fields)
      }
      at += bytes.length + 1
    }
    expect(at).toBeGreaterThan(20000)
  })

  test("a line too near the region's end, or a view of the module's memory outside it, is refused", () => {
    const wasm = newWasm()
    const line = Buffer.from('{"a":1}')
    const region = wasm.region
    line.copy(region, region.length - line.length)
    expect(() => wasm.scan(region, region.length - line.length, region.length)).toThrow(RangeError)
    const outside = wasm.bytes.subarray(0, 64)
    line.copy(outside, 0)
    expect(() => wasm.scan(outside, 0, line.length)).toThrow(RangeError)
  })
})

describe('raw UTF-8 that is not valid', () => {
  const wasm = newWasm()
  test.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong two-byte form of a letter', [0xc1, 0x81]],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lead byte above F4', [0xf5, 0x80, 0x80, 0x80]],
    ['a two-byte form cut short', [0xc3]],
    ['a three-byte form cut short', [0xe6, 0x9d]],
    ['a four-byte form cut short', [0xf0, 0x9f, 0x93]],
    ['a lead byte followed by ASCII', [0xc3, 0x41]],
    ['0xFF', [0xff]]
  ])('declines %s', (_name, bytes) => {
    const line = Buffer.concat([Buffer.from('{"a":"x'), Buffer.from(bytes), Buffer.from('y","b":1}')])
    expect(wasmScan(wasm, line)).toBeNull()
    // Cut at the end of the string (the quote right after the bytes).
    const cut = Buffer.concat([Buffer.from('{"a":"'), Buffer.from(bytes), Buffer.from('"}')])
    expect(wasmScan(wasm, cut)).toBeNull()
    expect(wasmScan(wasm, '{"b":"é","a":2}')?.bytes.toString()).toBe('{"a":2,"b":"\\u00e9"}')
  })
})

describe('lines whose strings grow when escaped', () => {
  const wasm = newWasm()
  const js = new CanonicalScanner('python-json', { dropKey: DROP, fields: FIELDS })
  test.each([
    ['a string of 2-byte characters growing past the limit', 'é', 100000, false],
    ['one of DEL bytes growing six times past the limit', '\u007f', 100000, false],
    ['one of 3-byte characters within the limit', '東', 60000, true],
    ['one of 4-byte characters within the limit', '📄', 30000, true]
  ] as const)('%s', (_name, char, n, answers) => {
    const line = `{"b":"${char.repeat(n)}","a":"${char.repeat(Math.floor(n / 10))}"}`
    const got = wasmScan(wasm, line)
    const want = jsScan(js, line)
    expect(want).not.toBeNull()
    if (answers) expect(got?.bytes.equals(want!.bytes)).toBe(true)
    else expect(got).toBeNull()
    expect(wasmScan(wasm, '{"b":1,"a":2}')?.bytes.toString()).toBe('{"a":2,"b":1}')
  })
})

describe('tricky lines', () => {
  const wasm = newWasm()
  const js = new CanonicalScanner('python-json', { dropKey: DROP, fields: FIELDS })
  const python = pythonWithout(ANSWERED.map(([, line]) => line))

  test.each(ANSWERED.map(([name, line], i) => [name, line, i] as const))(
    'answers for %s, with python3 bytes',
    (_name, line, i) => {
      const got = wasmScan(wasm, line, i % 3)
      expect(got).not.toBeNull()
      expect(got!.bytes.toString('hex')).toBe(python[i])
      const other = jsScan(js, line)
      expect(other).toEqual(got)
    }
  )

  test.each(DECLINED)('declines %s', (_name, line) => {
    expect(wasmScan(wasm, line)).toBeNull()
    // The scanner still answers for the next line (no state left behind).
    expect(wasmScan(wasm, '{"b":1,"a":2}')?.bytes.toString()).toBe('{"a":2,"b":1}')
  })

  test('python3 rejects or rewrites what is declined for those reasons', () => {
    const reasons = DECLINED.filter(([name]) => !name.includes('a limit'))
    const rewritten = pythonWithout(reasons.map(([, line]) => line))
    reasons.forEach(([name, line], i) => {
      const same = rewritten[i] === Buffer.from(line).toString('hex')
      expect({ name, same }).toEqual({ name, same: false })
    })
  })

  test('lines up to the module limit are answered, longer ones declined', () => {
    const limit = wasm.maxLineBytes
    expect(limit).toBeGreaterThanOrEqual(256 * 1024)
    const body = (n: number): string => `{"a":"${'x'.repeat(n - 8)}"}`
    expect(body(limit).length).toBe(limit)
    expect(wasmScan(wasm, body(limit))?.bytes.toString()).toBe(body(limit))
    expect(wasmScan(wasm, body(limit + 1))).toBeNull()
    const nested = `{"b":[${'{"y":1,"x":"ab"},'.repeat(20000)}{}],"a":0}`
    expect(nested.length).toBeLessThan(limit)
    expect(wasmScan(wasm, nested)?.bytes.equals(exact(nested) as Buffer)).toBe(true)
  })
})

describe('the hash field and the captured fields', () => {
  test('spans are the JavaScript scanner spans, through the shape cache, with keys repeated, reordered and missing', () => {
    const wasm = newWasm({ dropKey: 'h', fields: ['id', 'c', 'a'] })
    const js = new CanonicalScanner('python-json', { dropKey: 'h', fields: ['id', 'c', 'a'] })
    const rand = rng(5)
    const values = pythonGenerated(3, 2000, null, true)
    const shapes = Array.from({ length: 20 }, (_, s) => {
      const keys = ['id', 'c', 'h', ...Array.from({ length: 2 + (s % 7) }, (_, i) => `k${(i * 7 + s) % 10}`), 'a']
      return [...new Set(keys)]
    })
    const lines: string[] = []
    for (let i = 0; i < 8000; i++) {
      // Mostly a few shapes (the cache), sometimes more than it holds, shuffled, repeated or missing keys.
      let keys = [...shapes[Math.floor(rand() * shapes.length) % (i % 50 < 40 ? 2 : shapes.length)]!]
      const r = rand()
      if (r < 0.05) keys.reverse()
      else if (r < 0.08) keys.push(keys[1]!)
      else if (r < 0.1) keys.push('h')
      else if (r < 0.13) keys = keys.filter(k => k !== 'h')
      else if (r < 0.16) keys.splice(1, 1)
      const members = keys.map((k, j) => {
        const v =
          k === 'h'
            ? rand() < 0.9
              ? `"${'ab'.repeat(32)}"`
              : values[(i + j) % values.length]!
            : values[(i * 3 + j) % values.length]!
        return `${JSON.stringify(k)}${rand() < 0.5 ? ': ' : ':'}${v}`
      })
      lines.push(`{${members.join(rand() < 0.5 ? ', ' : ',')}}`)
    }
    const python = pythonWithout(lines, 'h')
    const wrong: string[] = []
    let answered = 0
    lines.forEach((line, i) => {
      const problem = checked(wasm, js, line, python[i]!, i % 8)
      if (problem === null) return
      answered++
      if (problem !== '') wrong.push(problem)
    })
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(3000)
  })

  test("members written with the shape's separators, and lines that differ from them only just", () => {
    const wasm = newWasm({ dropKey: 'h', fields: ['id', 'c', 'a'] })
    const js = new CanonicalScanner('python-json', { dropKey: 'h', fields: ['id', 'c', 'a'] })
    const rand = rng(9)
    const values = pythonGenerated(4, 600, null, true)
    // Keys that are prefixes of one another, the captured fields, the hash field.
    const keys = ['k', 'kk', 'id', 'c', 'k2', 'a', 'h']
    const styles: Array<[string, string]> = [
      [', ', ': '],
      [',', ':'],
      [' ,\t', ' : '],
      [',\n', ':\t']
    ]
    const lines: string[] = []
    const twins: string[] = []
    for (let i = 0; i < 6000; i++) {
      // Runs of lines in one style (the first line of a run makes the shape), then variations.
      const [comma, colon] = styles[Math.floor(i / 300) % styles.length]!
      let order = [...keys]
      const r = rand()
      if (r < 0.04) order = order.filter(k => k !== 'h')
      else if (r < 0.08) order = ['h', ...order.filter(k => k !== 'h')]
      else if (r < 0.1) order.splice(3, 0, 'kk2')
      else if (r < 0.12) order.splice(2, 1)
      const members = order.map((k, j) => {
        const v = k === 'h' ? `"${'ab'.repeat(32)}"` : values[(i * 5 + j) % values.length]!
        const after = rand() < 0.03 ? colon + ' ' : rand() < 0.02 ? colon.trim() : colon
        return [`"${k}"${after}${v}`, `"${k}"${colon}${v}`]
      })
      const join = rand() < 0.03 ? comma + ' ' : comma
      const open = rand() < 0.05 ? ' ' : ''
      const close = rand() < 0.05 ? '\t' : ''
      lines.push(`{${open}${members.map(m => m[0]).join(join)}${close}}`)
      // The same members in the run's style exactly.
      twins.push(`{${members.map(m => m[1]).join(comma)}}`)
    }
    const { wrong, answered } = withTwins(wasm, js, lines, twins, pythonWithout(lines, 'h'), 5)
    expect(wrong.slice(0, 3)).toEqual([])
    // The values (from python3, some with raw UTF-8 or escapes it writes otherwise) decline a part.
    expect(answered).toBeGreaterThan(2000)
  })

  test('nested objects in the same places line after line, and lines where they differ', () => {
    const wasm = newWasm({ dropKey: 'h', fields: ['id', 'c', 'a'] })
    const js = new CanonicalScanner('python-json', { dropKey: 'h', fields: ['id', 'c', 'a'] })
    const rand = rng(13)
    const values = pythonGenerated(5, 400, null, true)
    const v = (i: number): string => values[i % values.length]!
    const styles: Array<[string, string]> = [
      [', ', ': '],
      [',', ':'],
      [' , ', ' :\t']
    ]
    const lines: string[] = []
    const twins: string[] = []
    for (let i = 0; i < 6000; i++) {
      const [comma, colon] = styles[Math.floor(i / 400) % styles.length]!
      // Keys that are prefixes of one another; sorted, except now and then.
      let inner = ['f0', 'f00', 'f01', 'g', 'score']
      const r = rand()
      if (r < 0.05) inner = ['score', 'f0', 'g']
      else if (r < 0.08) inner = [...inner, 'f01']
      else if (r < 0.11) inner = inner.filter(k => k !== 'g')
      else if (r < 0.13) inner = [...inner, 'zz']
      // A member unlike the slot's, out of order with the next one, which is like it.
      else if (r < 0.15) inner = ['zz', 'f00', 'f01', 'g', 'score']
      else if (r < 0.17) inner = ['f0', 'f00', 'zz', 'g', 'score']
      const obj = (keys: string[], at: number, sep: string, col: string): string =>
        `{${keys.map((k, j) => `"${k}"${col}${v(at + j)}`).join(sep)}}`
      const wide = rand() < 0.04
      const build = (sep: string, col: string, odd: boolean): string => {
        const c2 = odd && wide ? col + ' ' : col
        // Ten objects in a line: more than the slots; some inside an array.
        const nested = obj(inner, i, sep, c2)
        const list = `[${Array.from({ length: 9 }, (_, k) => obj(['a', 'b'], i + k, sep, col)).join(sep)}]`
        const outer = `{"score"${col}${v(i + 7)}${sep}"features"${c2}${nested}}`
        return `{"id"${col}"in-${i}"${sep}"raw"${col}${outer}${sep}"list"${col}${list}${sep}"h"${col}"${'ab'.repeat(32)}"}`
      }
      lines.push(build(comma, colon, true))
      twins.push(build(comma, colon, false))
    }
    const { wrong, answered } = withTwins(wasm, js, lines, twins, pythonWithout(lines, 'h'), 3)
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(1000)
    // A repeated key inside a nested object is declined also after the slot learned the object.
    const repeated = lines[0]!.replace('"f00"', '"f0"')
    expect(wasmScan(wasm, lines[0]!)).not.toBeNull()
    expect(wasmScan(wasm, repeated)).toBeNull()
  })

  test('the hash field is left out at the top level only, and the fields located', () => {
    const wasm = newWasm()
    const doc =
      '{"rotation_anchor":{"v":1,"previous_count":3},"input_id":"in-\\u00e9","chain_hash":7,"z":{"chain_hash":1}}'
    const got = wasmScan(wasm, doc)!
    expect(got.bytes.toString()).toBe(
      '{"input_id":"in-\\u00e9","rotation_anchor":{"previous_count":3,"v":1},"z":{"chain_hash":1}}'
    )
    const text = (span: [number, number, number]): string => doc.slice(span[1], span[2])
    expect(got.drop[0]).toBe(FIELD_OTHER)
    expect(text(got.drop)).toBe('7')
    expect(got.fields[0]![0]).toBe(FIELD_OTHER)
    expect(text(got.fields[0]!)).toBe('"in-\\u00e9"')
    expect(got.fields[1]![0]).toBe(0)
    expect(got.fields[2]![0]).toBe(FIELD_OTHER)
    expect(text(got.fields[2]!)).toBe('{"v":1,"previous_count":3}')
    const plain = wasmScan(wasm, '{"chain_hash":"abc","input_id":"in-1"}')!
    expect(plain.drop[0]).toBe(FIELD_PLAIN_STRING)
    expect(plain.fields[0]![0]).toBe(FIELD_PLAIN_STRING)
  })

  test('keys too long to configure, or too many fields, give no scanner', () => {
    expect(WasmScanner.create({ dropKey: 'k'.repeat(253) })).toBeNull()
    expect(WasmScanner.create({ fields: ['a', 'b', 'c', 'd'] })).toBeNull()
  })
})

describeWithFixtures('the WebAssembly scanner on material written by others', () => {
  test('every link of the Python-written trap chain recomputes through it', () => {
    const wasm = newWasm({ dropKey: 'chain_hash' })
    const { links, answered } = trapChainLinks(line => {
      const got = wasmScan(wasm, line)
      return got === null ? null : { canonical: got.bytes, stored: line.slice(got.drop[1], got.drop[2]) }
    })
    for (const { i, hash, stored } of links) expect({ i, hash }).toEqual({ i, hash: stored })
    expect(answered).toBeGreaterThan(0)
  })
})
