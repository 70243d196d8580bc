import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { canonicalize, parseJson, serializeCanonical, fromPlain } from '@ai-act-gates/canonical-json'
import { pythonCanonical } from '../../helpers/python.js'
import { randomDocument } from '../../helpers/random-json.js'
import { describeWithFixtures, fixture } from '../../helpers/paths.js'

const hex = (text: string): string => canonicalize(text, 'python-json').toString('hex')

describe('python-json canonicalization, with python3 as the oracle', () => {
  const cases: Array<[string, string]> = [
    ['non-ASCII text', '{"name":"José Álvarez","city":"東京"}'],
    ['emoji and astral characters', '{"v":"𠮷田 📄 👩‍💻"}'],
    ['DEL and line separator', '{"v":"a\u007fb\u2028c"}'],
    ['control characters', '{"v":"tab\\there\\nnl \\u0001 \\"q\\" \\\\ /"}'],
    ['a float written 1.0', '{"v":1.0}'],
    ['1e-07', '{"v":1e-07}'],
    ['1e-7 (JavaScript style)', '{"v":1e-7}'],
    ['1e+16', '{"v":1e+16}'],
    ['1e16 without sign', '{"v":1e16}'],
    ['1e15 stays fixed', '{"v":1e15}'],
    ['-0.0', '{"v":-0.0}'],
    ['-0 as an integer', '{"v":-0}'],
    ['0.0001 and 0.00001', '{"a":0.0001,"b":0.00001}'],
    ['2.5e-05', '{"v":2.5e-05}'],
    ['1E2, a float without a dot', '{"v":1E2}'],
    ['long float lexeme', '{"v":1.00000000000000000000001}'],
    ['1.2345678901234567e17', '{"v":123456789012345678.0}'],
    ['float32 value', '{"v":0.7300000190734863}'],
    ['1e21 and 1e22', '{"a":1e21,"b":1e22}'],
    ['integer 2^53 + 1', '{"v":9007199254740993}'],
    ['snowflake id', '{"v":6291459434176428123}'],
    ['huge integer', '{"v":1000000000000000000000000000000}'],
    ['negative huge integer', '{"v":-98765432109876543210987654321}'],
    ['1e400 overflows to Infinity', '{"v":1e400}'],
    ['NaN and Infinity literals', '{"a":NaN,"b":Infinity,"c":-Infinity}'],
    ['nested arrays', '{"v":[[1,[2.0,[3e-5,[]]]],{}]}'],
    ['keys that differ only in case', '{"b":1,"B":2,"a":3,"A":4}'],
    ['digit keys', '{"10":5,"2":1,"a":0,"01":7}'],
    ['astral against full-width keys', '{"Ｅｘｃｅｌ":1,"𠮷野":2}'],
    ['__proto__ key', '{"__proto__":{"x":1},"a":1}'],
    ['duplicate keys: last value, first position', '{"k":1,"j":0,"k":2}'],
    ['lone surrogate escape', '{"v":"\\ud800x"}'],
    ['surrogate pair escape', '{"v":"\\ud83d\\udcc4"}'],
    ['escaped slash and unicode escapes', '{"v":"\\/\\u00e9\\u0041"}'],
    ['top-level scalar', '"just a string"'],
    ['top-level number', '3.14'],
    ['whitespace everywhere', ' { "a" : [ 1 , 2 ] , "b" : { } } ']
  ]

  const expected = pythonCanonical(cases.map(([, json]) => json))

  test.each(cases.map(([name, json], i) => [name, json, expected[i]!]))('%s', (_name, json, python) => {
    expect(python.startsWith('ERR:')).toBe(false)
    expect(hex(json)).toBe(python)
  })

  test('random documents agree with Python byte for byte', () => {
    const docs = Array.from({ length: 3000 }, (_, i) =>
      randomDocument(i, { loneSurrogates: true, escapedKeys: true, repeatedKeys: true })
    )
    const python = pythonCanonical(docs)
    const mismatches = docs.filter((d, i) => hex(d) !== python[i]).slice(0, 5)
    expect(mismatches).toEqual([])
  })

  test('Python rejects what the parser rejects', () => {
    const bad = ['{"a":1,}', '[1 2]', '{"a":01}', '{"a":.5}', '{"a":"\t"}', "{'a':1}", '{"a":1} x', '{"a":-NaN}', '']
    const python = pythonCanonical(bad.map(b => (b === '' ? ' ' : b)))
    for (const [i, b] of bad.entries()) {
      expect(python[i]).toMatch(/^ERR:/)
      expect(() => canonicalize(b, 'python-json')).toThrow(expect.objectContaining({ code: 'PARSE_ERROR' }))
    }
  })

  test("integers beyond Python's 4300-digit limit are refused as Python refuses them", () => {
    const doc = `{"v":${'9'.repeat(4301)}}`
    expect(pythonCanonical([doc])[0]).toBe('ERR:ValueError')
    expect(() => canonicalize(doc, 'python-json')).toThrow(/4300-digit/)
    const ok = `{"v":${'9'.repeat(4300)}}`
    expect(hex(ok)).toBe(pythonCanonical([ok])[0])
  })

  test('plain JavaScript values convert without losing Python semantics', () => {
    const value = fromPlain({ b: 1, a: 0.5, c: 'é', d: [true, null], e: 10n ** 20n })
    expect(serializeCanonical(value, 'python-json')).toBe(
      '{"a":0.5,"b":1,"c":"\\u00e9","d":[true,null],"e":100000000000000000000}'
    )
  })
})

describeWithFixtures('the Python-written trap chain (fixtures/python-chain/traps.jsonl)', () => {
  test('every chain_hash recomputes: sha256(prev + ":" + canonical(entry without chain_hash))', () => {
    const lines = readFileSync(fixture('python-chain/traps.jsonl'), 'utf8').split('\n').filter(Boolean)
    expect(lines.length).toBe(31)
    let prev = 'genesis'
    for (const [i, line] of lines.entries()) {
      const entry = parseJson(line, { allowNonFinite: true }) as Map<string, unknown>
      const stored = entry.get('chain_hash')
      entry.delete('chain_hash')
      const canonical = serializeCanonical(entry as never, 'python-json')
      const computed = createHash('sha256').update(`${prev}:${canonical}`).digest('hex')
      expect({ i, hash: computed }).toEqual({ i, hash: stored })
      prev = stored as string
    }
  })
})
