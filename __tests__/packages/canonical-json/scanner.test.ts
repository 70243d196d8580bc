/**
 * The canonicalizing scanner against the exact path (parseJson + serializeCanonical)
 * and against python3: wherever the scanner answers, its bytes are the exact bytes;
 * where it declines, the exact path decides (and produces the error).
 */
import { readdirSync, readFileSync } from 'node:fs'
import {
  CanonicalScanner,
  canonicalize,
  FIELD_OTHER,
  FIELD_PLAIN_STRING,
  parseJson,
  SCAN_DECLINED,
  scanCapacity,
  serializeCanonical,
  type CanonicalMode
} from '@ai-act-gates/canonical-json'
import { describeWithFixtures, fixture } from '../../helpers/paths.js'
import { pythonCanonical } from '../../helpers/python.js'
import { randomDocument, rng } from '../../helpers/random-json.js'
import { trapChainLinks } from '../../helpers/trap-chain.js'

/** The scanner's bytes for `text`, or null when it declines. */
function scanned(scanner: CanonicalScanner, text: string): Buffer | null {
  const src = Buffer.from(text, 'utf8')
  const out = Buffer.alloc(scanCapacity(src.length) + 7)
  const end = scanner.scan(src, 0, src.length, out, 7)
  return end === SCAN_DECLINED ? null : out.subarray(7, end)
}

/** The exact path's bytes for the same UTF-8 bytes the scanner reads, or the error it throws. */
function exact(text: string, mode: CanonicalMode): Buffer | Error {
  try {
    return canonicalize(Buffer.from(text, 'utf8').toString('utf8'), mode)
  } catch (error) {
    return error as Error
  }
}

describe.each(['python-json', 'jcs'] as const)('the %s scanner agrees with the exact path', mode => {
  const scanner = new CanonicalScanner(mode)

  test('on 20,000 random documents, answering for most of them', () => {
    let answered = 0
    const wrong: string[] = []
    for (let i = 0; i < 20000; i++) {
      const python = mode === 'python-json'
      const doc = randomDocument(i, { nonFinite: python, loneSurrogates: python, whitespace: true })
      const got = scanned(scanner, doc)
      const want = exact(doc, mode)
      if (got === null) continue
      answered++
      if (want instanceof Error) wrong.push(`${doc} -> scanner answered, exact path threw ${want.message}`)
      else if (!got.equals(want)) wrong.push(`${doc}\n  scanner ${got.toString()}\n  exact   ${want.toString()}`)
    }
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(19000)
  })

  test('never answers for text the exact path rejects', () => {
    const rand = rng(99)
    const wrong: string[] = []
    for (let i = 0; i < 5000; i++) {
      const doc = randomDocument(i + 50000, {
        nonFinite: true,
        loneSurrogates: true,
        repeatedKeys: true,
        escapedKeys: true
      })
      // Break the document: drop, duplicate or replace one byte.
      const at = Math.floor(rand() * doc.length)
      const r = rand()
      const broken =
        r < 0.33
          ? doc.slice(0, at) + doc.slice(at + 1)
          : r < 0.66
            ? doc.slice(0, at) + doc[at] + doc.slice(at)
            : doc.slice(0, at) + '",:{}[]0eE.-\t\u0001\\'[Math.floor(rand() * 16)] + doc.slice(at + 1)
      if (exact(broken, mode) instanceof Error && scanned(scanner, broken) !== null) wrong.push(broken)
    }
    expect(wrong.slice(0, 3)).toEqual([])
  })

  test.each([
    ['keys out of order at every level', '{"b":{"z":1,"a":[{"y":0,"x":1}]},"a":0}'],
    ['a key that sorts by bytes, not by length', '{"ab":1,"a":2,"b":3,"aa":4}'],
    ['non-ASCII keys', '{"é":1,"e":2,"東":3,"𠮷":4,"Ｅ":5}'],
    ['a BMP private-use key against an astral key', '{"\ue000":1,"𠮷":2}'],
    ['integral floats', '{"a":1.0,"b":100.000,"c":-0.0,"d":0.000,"e":1234567890123456.0}'],
    ['fixed and exponent layouts', '{"a":0.0001,"b":0.00001,"c":0.000001,"d":0.0000001,"e":1e16,"f":1e21}'],
    ['long fractions', '{"a":0.30000000000000004,"b":0.7300000190734863,"c":1.00000000000000000000001}'],
    ['integers', '{"a":-0,"b":9007199254740993,"c":123456789012345678901234567890,"d":0}'],
    ['escapes', '{"a":"\\u00e9\\u00C9\\/\\b\\f\\n\\r\\t\\"\\\\\\u0041\\u007f\\ud83d\\udcc4"}'],
    ['raw DEL, line separator and astral text', '{"a":"a\u007fb\u2028c 𠮷 📄"}'],
    ['whitespace everywhere', ' { "a" : [ 1 , { } , [ ] ] , "b" : { "c" : null } } ']
  ])('%s', (_name, doc) => {
    const got = scanned(scanner, doc)
    expect(got).not.toBeNull()
    expect(got!.toString('hex')).toBe((exact(doc, mode) as Buffer).toString('hex'))
  })

  test.each([
    ['a top-level array', '[1,2]'],
    ['a repeated key', '{"a":1,"a":2}'],
    ['an escaped key', '{"\\u0061":1}'],
    ['a raw control character', '{"a":"\u0001"}'],
    ['a leading zero', '{"a":01}'],
    ['trailing data', '{"a":1} x'],
    ['a trailing comma', '{"a":1,}'],
    ['a byte order mark', '\ufeff{"a":1}']
  ])('declines %s', (_name, doc) => {
    expect(scanned(scanner, doc)).toBeNull()
  })
})

describe('python-json scanner bytes are the bytes python3 writes', () => {
  test('for 5,000 random documents', () => {
    const scanner = new CanonicalScanner('python-json')
    const docs = Array.from({ length: 5000 }, (_, i) => randomDocument(i + 7000, { nonFinite: true, whitespace: true }))
    const python = pythonCanonical(docs)
    const wrong: string[] = []
    let answered = 0
    docs.forEach((doc, i) => {
      const got = scanned(scanner, doc)
      if (got === null) return
      answered++
      if (got.toString('hex') !== python[i]) wrong.push(`${doc}\n  scanner ${got.toString()}`)
    })
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(4900)
  })
})

describe('the dropped key and the captured fields', () => {
  const scanner = new CanonicalScanner('python-json', {
    dropKey: 'chain_hash',
    fields: ['input_id', 'correlation_id', 'rotation_anchor']
  })

  test('the hash field is left out at the top level only, and its value located', () => {
    const doc = '{"z":{"chain_hash":"keep"},"chain_hash":"abc123","input_id":"in-1","a":1}'
    const src = Buffer.from(doc)
    const out = Buffer.alloc(scanCapacity(src.length))
    const end = scanner.scan(src, 0, src.length, out, 0)
    expect(out.subarray(0, end).toString()).toBe('{"a":1,"input_id":"in-1","z":{"chain_hash":"keep"}}')
    expect(scanner.dropKind).toBe(FIELD_PLAIN_STRING)
    expect(src.subarray(scanner.dropStart, scanner.dropEnd).toString()).toBe('abc123')
    expect(scanner.fields.kind[0]).toBe(FIELD_PLAIN_STRING)
    expect(src.subarray(scanner.fields.start[0], scanner.fields.end[0]).toString()).toBe('in-1')
    expect(scanner.fields.kind[1]).toBe(0)
  })

  test('values that are not plain strings are located as JSON text', () => {
    const doc = '{"rotation_anchor":{"v":1,"previous_count":3},"input_id":"in-\\u00e9","chain_hash":7}'
    const src = Buffer.from(doc)
    const out = Buffer.alloc(scanCapacity(src.length))
    scanner.scan(src, 0, src.length, out, 0)
    expect(scanner.fields.kind[2]).toBe(FIELD_OTHER)
    expect(src.subarray(scanner.fields.start[2], scanner.fields.end[2]).toString()).toBe('{"v":1,"previous_count":3}')
    expect(scanner.fields.kind[0]).toBe(FIELD_OTHER)
    expect(JSON.parse(src.subarray(scanner.fields.start[0], scanner.fields.end[0]).toString())).toBe('in-é')
    expect(scanner.dropKind).toBe(FIELD_OTHER)
    expect(src.subarray(scanner.dropStart, scanner.dropEnd).toString()).toBe('7')
  })

  test('a repeated hash field is declined, so the exact path applies Python dict semantics', () => {
    const src = Buffer.from('{"chain_hash":"a","x":1,"chain_hash":"b"}')
    expect(scanner.scan(src, 0, src.length, Buffer.alloc(scanCapacity(src.length)), 0)).toBe(SCAN_DECLINED)
  })

  test('an output buffer without room for the worst case is refused', () => {
    const src = Buffer.from('{"a":"東東東"}')
    expect(() => scanner.scan(src, 0, src.length, Buffer.alloc(src.length * 2), 0)).toThrow(RangeError)
  })
})

describeWithFixtures('the scanner on material written by others', () => {
  test('every link of the Python-written trap chain recomputes through the scanner', () => {
    const scanner = new CanonicalScanner('python-json', { dropKey: 'chain_hash' })
    const { links, answered } = trapChainLinks(line => {
      const src = Buffer.from(line)
      const out = Buffer.alloc(scanCapacity(src.length))
      const end = scanner.scan(src, 0, src.length, out, 0)
      if (end === SCAN_DECLINED) return null
      return { canonical: out.subarray(0, end), stored: src.subarray(scanner.dropStart, scanner.dropEnd).toString() }
    })
    for (const { i, hash, stored } of links) expect({ i, hash }).toEqual({ i, hash: stored })
    expect(answered).toBeGreaterThanOrEqual(29)
  })

  test('the RFC 8785 object vectors canonicalize to the published bytes', () => {
    const scanner = new CanonicalScanner('jcs')
    for (const name of readdirSync(fixture('jcs-rfc8785/input'))) {
      const input = readFileSync(fixture('jcs-rfc8785/input', name), 'utf8')
      const got = scanned(scanner, input)
      if (got === null) continue
      expect({ name, hex: got.toString('hex') }).toEqual({
        name,
        hex: readFileSync(fixture('jcs-rfc8785/output', name)).toString('hex')
      })
    }
  })

  test('10,000 ES6 number serialisations come out right through the scanner', () => {
    const scanner = new CanonicalScanner('jcs')
    const lines = readFileSync(fixture('jcs-rfc8785/numbers/es6testfile-first10000.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
    const view = new DataView(new ArrayBuffer(8))
    const wrong: string[] = []
    for (const line of lines) {
      const [bits, expected] = line.split(',') as [string, string]
      view.setBigUint64(0, BigInt(`0x${bits}`))
      const x = view.getFloat64(0)
      if (!Number.isFinite(x)) continue
      for (const lexeme of [x.toExponential(), x.toPrecision(17), String(x)]) {
        const got = scanned(scanner, `{"v":${lexeme}}`)
        if (got?.toString() !== `{"v":${expected}}`) wrong.push(`${bits} ${lexeme}: ${got?.toString()} != ${expected}`)
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })
})

describe.each(['python-json', 'jcs'] as const)('the %s scanner fast paths agree with the exact path', mode => {
  /** Scans `text` with the line inside the output buffer (the processors' layout), `pad` bytes in. */
  function scannedInPlace(scanner: CanonicalScanner, text: string, pad: number): Buffer | null {
    const line = Buffer.from(text, 'utf8')
    const mem = Buffer.alloc(pad + line.length + 16 + scanCapacity(line.length), 0x0a)
    line.copy(mem, pad)
    const outStart = pad + line.length + 16
    const end = scanner.scan(mem, pad, pad + line.length, mem, outStart)
    return end === SCAN_DECLINED ? null : Buffer.from(mem.subarray(outStart, end))
  }

  function exactWithout(text: string, drop: string): Buffer | Error {
    try {
      const value = parseJson(text, mode === 'python-json' ? { allowNonFinite: true } : { rejectDuplicateKeys: true })
      if (!(value instanceof Map)) return new Error('not an object')
      value.delete(drop)
      return Buffer.from(serializeCanonical(value, mode), 'utf8')
    } catch (error) {
      return error as Error
    }
  }

  test('lines that repeat, reorder and drop keys, scanned in place through one cached scanner', () => {
    const scanner = new CanonicalScanner(mode, { dropKey: 'h', fields: ['id', 'c', 'a'] })
    const rand = rng(5)
    const shapes = Array.from({ length: 6 }, (_, s) => {
      const keys = ['id', 'c', 'h', ...Array.from({ length: 2 + s }, (_, i) => `k${(i * 7 + s) % 10}`), 'é', 'a']
      return [...new Set(keys)]
    })
    const wrong: string[] = []
    let answered = 0
    for (let i = 0; i < 6000; i++) {
      // Mostly the same few shapes (the cache), sometimes shuffled, repeated or missing keys.
      let keys = [...shapes[Math.floor(rand() * shapes.length) % (i % 50 < 40 ? 2 : shapes.length)]!]
      const r = rand()
      if (r < 0.05) keys.reverse()
      else if (r < 0.08) keys.push(keys[1]!)
      else if (r < 0.11) keys = keys.filter(k => k !== 'h')
      else if (r < 0.13) keys.splice(1, 1)
      const doc = JSON.parse(randomDocument(i, { nonFinite: false, whitespace: true })) as Record<string, unknown>
      const values = Object.values(doc)
      const members = keys.map((k, j) => {
        const v = k === 'h' ? `"${'ab'.repeat(32)}"` : JSON.stringify(values[j % Math.max(1, values.length)] ?? j)
        return `${JSON.stringify(k)}${rand() < 0.5 ? ': ' : ':'}${v ?? 'null'}`
      })
      const text = `{${members.join(rand() < 0.5 ? ', ' : ',')}}`
      const got = scannedInPlace(scanner, text, i % 8)
      const want = exactWithout(text, 'h')
      if (got === null) continue
      answered++
      if (want instanceof Error) wrong.push(`${text} -> scanner answered, exact path threw ${want.message}`)
      else if (!got.equals(want)) wrong.push(`${text}\n  scanner ${got.toString()}\n  exact   ${want.toString()}`)
    }
    expect(wrong.slice(0, 3)).toEqual([])
    expect(answered).toBeGreaterThan(5000)
  })

  test('string runs are found four bytes at a time at every alignment, around every kind of byte', () => {
    const scanner = new CanonicalScanner(mode)
    const specials = [
      '"',
      '\\\\',
      '\\"',
      '\\u00e9',
      '\\u00E9',
      '\\u0001',
      '\\/',
      '\u007f',
      'é',
      '𠮷',
      '\u0001',
      '\t',
      '~',
      ' ',
      '\\n'
    ]
    const rand = rng(11)
    const wrong: string[] = []
    for (let i = 0; i < 4000; i++) {
      const parts: string[] = []
      const n = Math.floor(rand() * 40)
      for (let k = 0; k < n; k++)
        parts.push(
          rand() < 0.15
            ? specials[Math.floor(rand() * specials.length)]!
            : 'abcdefgh'.slice(0, 1 + Math.floor(rand() * 8))
        )
      const text = `{"s":"${parts.join('')}","t":1}`
      const got = scannedInPlace(scanner, text, i % 8)
      const want = exact(text, mode)
      if (got === null) continue
      if (want instanceof Error)
        wrong.push(`${JSON.stringify(text)} -> scanner answered, exact path threw ${want.message}`)
      else if (!got.equals(want))
        wrong.push(`${JSON.stringify(text)}\n  scanner ${got.toString()}\n  exact   ${want.toString()}`)
    }
    expect(wrong.slice(0, 3)).toEqual([])
  })
})
