/**
 * A strict, lossless JSON parser. It accepts what Python's `json.loads` accepts
 * (optionally NaN, Infinity and -Infinity) and rejects the rest with the line and
 * column of the first offending character.
 */
import { GateError } from '@ai-act-gates/core'
import { JsonNumber, type JsonObject, type JsonValue } from './value.js'

/** Options for {@link parseJson}. */
export interface ParseOptions {
  /** Accept Python's NaN, Infinity and -Infinity literals. Defaults to false. */
  allowNonFinite?: boolean
  /** Reject an object that repeats a key (as I-JSON and RFC 8785 require). Defaults to false. */
  rejectDuplicateKeys?: boolean
  /** Deepest nesting accepted. Defaults to 1000, about where Python's parser gives up. */
  maxDepth?: number
  /** File name for error messages. */
  file?: string
  /** Line number of the text's first line in that file. Defaults to 1. */
  firstLine?: number
}

const DEFAULT_MAX_DEPTH = 1000
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

class Parser {
  private pos = 0
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions
  ) {}

  parseDocument(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) {
      this.fail('unexpected UTF-8 byte order mark; save the file without a BOM', 0)
    }
    this.skipWhitespace()
    if (this.pos >= this.text.length) this.fail('expected a JSON value, found end of input')
    const value = this.parseValue()
    this.skipWhitespace()
    if (this.pos < this.text.length) this.fail('unexpected data after the JSON value')
    return value
  }

  private parseValue(): JsonValue {
    const c = this.text.charCodeAt(this.pos)
    switch (c) {
      case 0x7b: // {
        return this.parseObject()
      case 0x5b: // [
        return this.parseArray()
      case 0x22: // "
        return this.parseString()
      case 0x74: // t
        return this.literal('true', true)
      case 0x66: // f
        return this.literal('false', false)
      case 0x6e: // n
        return this.literal('null', null)
      case 0x4e: // N
        return this.nonFinite('NaN')
      case 0x49: // I
        return this.nonFinite('Infinity')
      case 0x2d: // -
        if (this.text.startsWith('-Infinity', this.pos)) return this.nonFinite('-Infinity')
        return this.parseNumber()
      default:
        if (c >= 0x30 && c <= 0x39) return this.parseNumber()
        if (Number.isNaN(c)) this.fail('expected a JSON value, found end of input')
        return this.fail(`unexpected character ${describe(this.text, this.pos)}`)
    }
  }

  private enter(): void {
    if (++this.depth > (this.options.maxDepth ?? DEFAULT_MAX_DEPTH)) {
      this.fail(`nesting deeper than ${this.options.maxDepth ?? DEFAULT_MAX_DEPTH} levels`)
    }
  }

  private parseObject(): JsonObject {
    this.enter()
    this.pos++
    const obj: JsonObject = new Map()
    this.skipWhitespace()
    if (this.text.charCodeAt(this.pos) === 0x7d) {
      this.pos++
      this.depth--
      return obj
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text.charCodeAt(this.pos) !== 0x22) this.fail('expected a property name in double quotes')
      const keyPos = this.pos
      const key = this.parseString()
      this.skipWhitespace()
      if (this.text.charCodeAt(this.pos) !== 0x3a) this.fail("expected ':' after the property name")
      this.pos++
      this.skipWhitespace()
      const value = this.parseValue()
      if (this.options.rejectDuplicateKeys && obj.has(key)) {
        this.fail(`duplicate property name ${JSON.stringify(key)}`, keyPos)
      }
      obj.set(key, value)
      this.skipWhitespace()
      const c = this.text.charCodeAt(this.pos)
      this.pos++
      if (c === 0x2c) continue
      if (c === 0x7d) break
      this.fail("expected ',' or '}' in the object", this.pos - 1)
    }
    this.depth--
    return obj
  }

  private parseArray(): JsonValue[] {
    this.enter()
    this.pos++
    const arr: JsonValue[] = []
    this.skipWhitespace()
    if (this.text.charCodeAt(this.pos) === 0x5d) {
      this.pos++
      this.depth--
      return arr
    }
    for (;;) {
      this.skipWhitespace()
      arr.push(this.parseValue())
      this.skipWhitespace()
      const c = this.text.charCodeAt(this.pos)
      this.pos++
      if (c === 0x2c) continue
      if (c === 0x5d) break
      this.fail("expected ',' or ']' in the array", this.pos - 1)
    }
    this.depth--
    return arr
  }

  private parseString(): string {
    const start = ++this.pos
    const text = this.text
    // Fast path: no escapes.
    let i = start
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        this.pos = i + 1
        return text.slice(start, i)
      }
      if (c === 0x5c || c < 0x20 || Number.isNaN(c)) break
      i++
    }
    let out = text.slice(start, i)
    this.pos = i
    for (;;) {
      const c = text.charCodeAt(this.pos)
      if (Number.isNaN(c)) this.fail('unterminated string')
      if (c === 0x22) {
        this.pos++
        return out
      }
      if (c < 0x20) this.fail(`invalid control character U+${hex4(c)} in string; escape it`)
      if (c !== 0x5c) {
        out += text[this.pos]
        this.pos++
        continue
      }
      const e = text[this.pos + 1]
      switch (e) {
        case '"':
          out += '"'
          break
        case '\\':
          out += '\\'
          break
        case '/':
          out += '/'
          break
        case 'b':
          out += '\b'
          break
        case 'f':
          out += '\f'
          break
        case 'n':
          out += '\n'
          break
        case 'r':
          out += '\r'
          break
        case 't':
          out += '\t'
          break
        case 'u': {
          const digits = text.slice(this.pos + 2, this.pos + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail('invalid \\u escape: expected four hex digits')
          out += String.fromCharCode(parseInt(digits, 16))
          this.pos += 6
          continue
        }
        default:
          this.fail(`invalid escape ${describe(text, this.pos + 1)} in string`)
      }
      this.pos += 2
    }
  }

  private parseNumber(): JsonNumber {
    NUMBER_RE.lastIndex = this.pos
    const m = NUMBER_RE.exec(this.text)
    if (!m) this.fail('invalid number')
    const lexeme = m[0]
    this.pos += lexeme.length
    const next = this.text.charCodeAt(this.pos)
    if ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45) {
      this.fail('invalid number: leading zeros and bare fractions are not JSON')
    }
    return new JsonNumber(lexeme)
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected character ${describe(this.text, this.pos)}`)
    this.pos += word.length
    return value
  }

  private nonFinite(word: string): JsonNumber {
    if (!this.text.startsWith(word, this.pos)) this.fail(`unexpected character ${describe(this.text, this.pos)}`)
    if (!this.options.allowNonFinite) this.fail(`${word} is not valid JSON`)
    this.pos += word.length
    return new JsonNumber(word)
  }

  private skipWhitespace(): void {
    const text = this.text
    let c = text.charCodeAt(this.pos)
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++this.pos)
  }

  private fail(detail: string, at = this.pos): never {
    const { line, column } = lineColumn(this.text, at)
    throw new GateError('PARSE_ERROR', detail, {
      ...(this.options.file === undefined ? {} : { file: this.options.file }),
      line: line + (this.options.firstLine ?? 1) - 1,
      column
    })
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0')
}

function describe(text: string, pos: number): string {
  const c = text.codePointAt(pos)
  if (c === undefined) return 'end of input'
  const ch = String.fromCodePoint(c)
  return c < 0x20 || c === 0x7f ? `U+${hex4(c)}` : `'${ch}'`
}

/** Parses one JSON document into the lossless model. Throws a PARSE_ERROR GateError. */
export function parseJson(text: string, options: ParseOptions = {}): JsonValue {
  return new Parser(text, options).parseDocument()
}
