import { readdirSync, readFileSync } from 'node:fs'
import { canonicalize, jcsNumber, JsonNumber } from '@ai-act-gates/canonical-json'
import { describeWithFixtures, fixture } from '../../helpers/paths.js'

describeWithFixtures('jcs: the RFC 8785 test vectors (fixtures/jcs-rfc8785)', () => {
  const names = (): string[] => readdirSync(fixture('jcs-rfc8785/input')).filter(n => n.endsWith('.json'))

  test('there are vectors to run', () => {
    expect(names().length).toBeGreaterThanOrEqual(6)
  })

  test.each(readdirSafe())('%s canonicalizes to the published bytes', name => {
    const input = readFileSync(fixture('jcs-rfc8785/input', name), 'utf8')
    const expected = readFileSync(fixture('jcs-rfc8785/output', name))
    const expectedHex = readFileSync(fixture('jcs-rfc8785/outhex', name.replace('.json', '.txt')), 'utf8')
      .replace(/\s+/g, '')
      .toLowerCase()
    const out = canonicalize(input, 'jcs')
    expect(out.toString('hex')).toBe(expected.toString('hex'))
    expect(out.toString('hex')).toBe(expectedHex)
  })

  test('10,000 ES6 number serialisations match', () => {
    const lines = readFileSync(fixture('jcs-rfc8785/numbers/es6testfile-first10000.txt'), 'utf8')
      .split('\n')
      .filter(Boolean)
    expect(lines.length).toBe(10000)
    const buf = new DataView(new ArrayBuffer(8))
    const wrong: string[] = []
    for (const line of lines) {
      const [hexBits, expected] = line.split(',') as [string, string]
      buf.setBigUint64(0, BigInt(`0x${hexBits}`))
      const x = buf.getFloat64(0)
      if (!Number.isFinite(x)) continue
      // Through the lexeme path the canonicalizer uses: the shortest text that round-trips.
      const got = jcsNumber(new JsonNumber(x.toExponential()))
      if (got !== expected) wrong.push(`${hexBits}: ${got} != ${expected}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  function readdirSafe(): string[] {
    try {
      return names()
    } catch {
      return []
    }
  }
})

describe('jcs rejects what RFC 8785 forbids', () => {
  test.each([
    ['NaN', '{"v":NaN}'],
    ['Infinity', '{"v":1e400}'],
    ['duplicate keys', '{"a":1,"a":2}'],
    ['a lone surrogate', '{"v":"\\udc00"}']
  ])('%s', (_name, json) => {
    expect(() => canonicalize(json, 'jcs')).toThrow()
  })

  test('integers beyond 2^53 become the nearest double, as RFC 8785 specifies', () => {
    expect(canonicalize('[9007199254740993]', 'jcs').toString()).toBe('[9007199254740992]')
  })

  test('keys sort by UTF-16 code unit, unlike python-json', () => {
    const doc = '{"Ｅｘｃｅｌ":1,"𠮷野":2}'
    expect(canonicalize(doc, 'jcs').toString()).toBe('{"𠮷野":2,"Ｅｘｃｅｌ":1}')
    expect(canonicalize(doc, 'python-json').toString()).toBe(
      '{"\\uff25\\uff58\\uff43\\uff45\\uff4c":1,"\\ud842\\udfb7\\u91ce":2}'
    )
  })
})
