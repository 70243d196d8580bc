import type { JsonNumber } from '@ai-act-gates/canonical-json'
import { parseJson, toPlain, lineColumn } from '@ai-act-gates/canonical-json'
import type { GateError } from '@ai-act-gates/core'

function errorOf(text: string, options = {}): GateError<string> {
  try {
    parseJson(text, options)
  } catch (e) {
    return e as GateError<string>
  }
  throw new Error('expected a parse error')
}

describe('the lossless JSON parser', () => {
  test('keeps number lexemes exactly', () => {
    const v = parseJson('[1.0, 1e-07, 9007199254740993, -0]') as JsonNumber[]
    expect(v.map(n => n.lexeme)).toEqual(['1.0', '1e-07', '9007199254740993', '-0'])
    expect(v.map(n => n.isInteger)).toEqual([false, false, true, true])
  })

  test('treats __proto__ as an ordinary key', () => {
    const v = parseJson('{"__proto__":{"x":1},"a":1}') as Map<string, unknown>
    expect([...v.keys()]).toEqual(['__proto__', 'a'])
    const plain = toPlain(v as never) as Record<string, unknown>
    expect(Object.keys(plain)).toEqual(['__proto__', 'a'])
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype)
  })

  test.each([
    ['a trailing comma', '{"a":1,}', 1, 8],
    ['a missing colon', '{"a" 1}', 1, 6],
    ['an unterminated string', '{"a":"x', 1, 8],
    ['a raw control character', '{"a":"\u0001"}', 1, 7],
    ['a bad escape', '{"a":"\\x"}', 1, 7],
    ['a leading zero', '[01]', 1, 3],
    ['extra data', '{} {}', 1, 4],
    ['an error on line 3', '{\n"a": 1,\n"b": tru\n}', 3, 6],
    ['empty input', '', 1, 1]
  ])('reports %s at its line and column', (_name, text, line, column) => {
    const e = errorOf(text, { file: 'x.json' })
    expect(e.code).toBe('PARSE_ERROR')
    expect(e.location).toMatchObject({ file: 'x.json', line, column })
    expect(e.message.startsWith(`x.json:${line}:${column}: `)).toBe(true)
  })

  test('rejects a UTF-8 byte order mark with advice', () => {
    expect(errorOf('\ufeff{}').message).toMatch(/byte order mark/)
  })

  test('counts lines from firstLine, for JSON Lines', () => {
    expect(errorOf('{"a":}', { file: 'log.jsonl', firstLine: 42 }).location).toMatchObject({ line: 42, column: 6 })
  })

  test('refuses NaN unless asked, and nesting beyond the limit', () => {
    expect(errorOf('[NaN]').message).toMatch(/NaN is not valid JSON/)
    expect((parseJson('[NaN]', { allowNonFinite: true }) as JsonNumber[])[0]!.lexeme).toBe('NaN')
    expect(errorOf('['.repeat(1001) + ']'.repeat(1001)).message).toMatch(/nesting deeper than 1000/)
  })

  test('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})
