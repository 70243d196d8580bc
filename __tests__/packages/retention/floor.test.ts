import {
  buildFloor,
  days,
  floorDays,
  maxDays,
  meets,
  minDays,
  PRESETS,
  unmet,
  years,
  type Duration,
  type Retention
} from '@ai-act-gates/retention'

describe('calendar durations', () => {
  test.each<[string, Duration, number, number]>([
    ['183 days', days(183), 183, 183],
    ['1 year', years(1), 365, 366],
    ['2 years', years(2), 730, 731],
    ['5 years', years(5), 1826, 1827],
    ['10 years', years(10), 3652, 3653],
    ['10 years and 30 days', { years: 10, days: 30 }, 3682, 3683]
  ])('%s spans %i to %i days', (_name, d, lo, hi) => {
    expect(minDays(d)).toBe(lo)
    expect(maxDays(d)).toBe(hi)
  })

  // Any real window of N years holds floor(N/4) to ceil(N/4) leap days; count them on the calendar.
  test('the bounds hold for every window of 1 to 12 years starting on any day from 2024 to 2031', () => {
    for (let n = 1; n <= 12; n++) {
      let lo = Infinity
      let hi = 0
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2032, 0, 1); t += 86_400_000) {
        const start = new Date(t)
        const end = Date.UTC(start.getUTCFullYear() + n, start.getUTCMonth(), start.getUTCDate())
        const span = Math.round((end - t) / 86_400_000)
        lo = Math.min(lo, span)
        hi = Math.max(hi, span)
      }
      expect([minDays(years(n)), maxDays(years(n))]).toEqual([lo, hi])
    }
  })

  test.each<[string, Retention, Duration, boolean]>([
    ['never expires meets ten years', 'forever', years(10), true],
    ['365 days meets 183 days', days(365), days(183), true],
    ['180 days misses 183 days', days(180), days(183), false],
    ['3653 days (the longest CloudWatch value) meets 10 years', days(3653), years(10), true],
    ['3652 days misses 10 years (ten years can hold 3653 days)', days(3652), years(10), false],
    ['1827 days meets 5 years', days(1827), years(5), true],
    ['1826 days misses 5 years', days(1826), years(5), false],
    ['10 years meets 10 years', years(10), years(10), true],
    ['10 years meets 3652 days', years(10), days(3652), true],
    ['10 years misses 3653 days', years(10), days(3653), false],
    ['1 year meets 183 days', years(1), days(183), true],
    ['10 years misses 10 years and a 30-day margin', years(10), { years: 10, days: 30 }, false]
  ])('%s', (_name, r, floor, ok) => {
    expect(meets(r, floor)).toBe(ok)
  })
})

describe('the floor', () => {
  test('min-days alone is the six-month floor of Art.19(1) and Art.26(6)', () => {
    const floor = buildFloor({ minDays: 183, preset: undefined, tenYearHorizon: false, horizonMarginDays: 0 })
    expect(floor.articles).toEqual(['Art.19(1)', 'Art.26(6)'])
    expect(floor.requirements).toHaveLength(1)
    expect(floor.requirements[0]!.citations.map(c => c.provision)).toEqual(['Art.19(1)', 'Art.26(6)'])
    expect(floorDays(floor)).toBe(183)
  })

  test('every requirement must be met: a preset and the horizon add to min-days', () => {
    const floor = buildFloor({ minDays: 400, preset: 'finance', tenYearHorizon: true, horizonMarginDays: 90 })
    expect(floor.requirements.map(r => r.label)).toEqual(['min-days', 'preset finance', 'ten-year horizon'])
    expect(floor.articles).toEqual(['Art.19(1)', 'Art.19(2)', 'Art.26(6)'])
    expect(floorDays(floor)).toBe(3653 + 90)
    expect(unmet(days(3653), floor).map(r => r.label)).toEqual(['ten-year horizon'])
    expect(unmet(years(5), floor).map(r => r.label)).toEqual(['ten-year horizon'])
    expect(unmet(days(1826), floor).map(r => r.label)).toEqual(['preset finance', 'ten-year horizon'])
  })

  test.each([
    ['finance', years(5), ['Directive (EU) 2015/849', 'Regulation (EU) 2024/1624']],
    ['health', years(10), ['Regulation (EU) 2017/745']],
    ['employment', days(183), ['Regulation (EU) 2016/679']]
  ] as const)('preset %s sets %o and cites its instruments', (name, duration, instruments) => {
    const p = PRESETS[name]
    expect(p.duration).toEqual(duration)
    for (const i of instruments) expect(p.citations.some(c => c.instrument.startsWith(i))).toBe(true)
    expect(p.limits.length).toBeGreaterThan(0)
  })

  test('the employment preset says national law decides any longer period instead of inventing one', () => {
    expect(PRESETS.employment.limits.join(' ')).toMatch(/National law decides/)
  })
})
