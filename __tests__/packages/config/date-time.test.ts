/**
 * The quick date-time check in front of ajv-formats' full one: it may only say "valid"
 * where the full check says so, and it must answer for the usual log timestamps.
 */
import { describe, expect, test } from '@jest/globals'
import { createAjv, plainDateTime } from '@ai-act-gates/config'
import addFormatsModule from 'ajv-formats'
import { Ajv } from 'ajv'
import { rng } from '../../helpers/random-json.js'

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv
) => Ajv

/** ajv-formats' own date-time check, on an Ajv without the quick path. */
function fullCheck(): (s: string) => boolean {
  const ajv = new Ajv({ strict: false })
  addFormats(ajv)
  const validate = ajv.compile({ type: 'string', format: 'date-time' })
  return (s: string) => validate(s)
}

const full = fullCheck()

/** Timestamps around the usual shape, with one or two characters changed. */
function candidates(count: number): string[] {
  const rand = rng(9)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const pad = (n: number, w: number): string => String(n).padStart(w, '0')
  const base = (): string => {
    const year = pick([0, 1900, 1999, 2000, 2024, 2025, 2100, 9999])
    const date = `${pad(year, 4)}-${pad(Math.floor(rand() * 14), 2)}-${pad(Math.floor(rand() * 33), 2)}`
    const time = `${pad(Math.floor(rand() * 26), 2)}:${pad(Math.floor(rand() * 62), 2)}:${pad(Math.floor(rand() * 62), 2)}`
    const frac = pick(['', '.0', '.123', '.123456', '.', '.12a'])
    const zone = pick(['Z', 'z', '+01:00', '-05:30', '+23:59', '+24:00', '-00:60', '+0100', '+01', '', ' Z', 'ZZ'])
    return `${date}${pick(['T', 't', ' ', 'x'])}${time}${frac}${zone}`
  }
  const alphabet = '0123456789-:.TtZz+ \u00a0\u0661x'
  return Array.from({ length: count }, () => {
    let s = base()
    const edits = Math.floor(rand() * 3)
    for (let k = 0; k < edits; k++) {
      const at = Math.floor(rand() * (s.length + 1))
      const r = rand()
      const c = alphabet[Math.floor(rand() * alphabet.length)]!
      s =
        r < 0.4
          ? s.slice(0, at) + c + s.slice(at + 1)
          : r < 0.7
            ? s.slice(0, at) + c + s.slice(at)
            : s.slice(0, at) + s.slice(at + 1)
    }
    return s
  })
}

describe('the quick date-time check', () => {
  test('says "valid" only where ajv-formats does, and answers for most valid timestamps', () => {
    const strings = candidates(200000)
    const wrong = strings.filter(s => plainDateTime(s) && !full(s))
    expect(wrong.slice(0, 5)).toEqual([])
    const valid = strings.filter(full)
    const quick = valid.filter(plainDateTime)
    expect(valid.length).toBeGreaterThan(5000)
    // The rest use a space, an offset without a colon or a leap second: the full check decides.
    expect(quick.length).toBeGreaterThan(valid.length * 0.3)
  })

  test.each([
    ['2026-11-22T10:00:00.000000Z', true],
    ['2024-02-29T23:59:59+01:00', true],
    ['2023-02-29T00:00:00Z', false],
    ['1900-02-29T00:00:00Z', false],
    ['2000-02-29T00:00:00Z', true],
    ['2026-04-31T00:00:00Z', false],
    ['2026-13-01T00:00:00Z', false],
    ['2026-11-22T24:00:00Z', false],
    ['2026-11-22T10:60:00Z', false],
    ['2026-11-22T10:00:00', false],
    ['2026-11-22T10:00:00.Z', false],
    ['2026-11-22T10:00:00+01:60', false],
    ['2026-1a-22T10:00:00Z', false]
  ])('%s: the quick check says %s', (s, quick) => {
    expect(plainDateTime(s)).toBe(quick)
    if (quick) expect(full(s)).toBe(true)
  })

  test('a schema still accepts what only the full check accepts, and rejects the rest', () => {
    const validate = createAjv('2020-12').compile({ type: 'string', format: 'date-time' })
    // A leap second and a space separator: left to ajv-formats, which accepts them.
    for (const s of ['2016-12-31T23:59:60Z', '2026-11-22 10:00:00Z', '2026-11-22T10:00:00+0100']) {
      expect(plainDateTime(s)).toBe(false)
      expect(validate(s)).toBe(full(s))
      expect(validate(s)).toBe(true)
    }
    for (const s of ['2016-12-31T23:59:61Z', '2026-11-22', 'x']) expect(validate(s)).toBe(false)
  })
})
