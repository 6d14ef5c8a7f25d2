// Every number and date form CRMs write, read the way a sales manager means them.
import { describe, expect, it } from 'vitest'
import { detectDateOrder, parseCrmDate } from '../../../src/main/core/imports/crm-date'
import { COMMA_DECIMAL_STYLE, DOT_DECIMAL_STYLE, numberStyleShownBy, readNumber, type NumberStyle } from '../../../src/shared/numbers'

/** A CRM cell read as an import reads it: the column's style, any currency. */
function parseCrmNumber(raw: string, style: NumberStyle | 'either' = 'either'): number | null {
  const reading = readNumber(raw, { style, currency: 'any', locale: 'en-US' })
  return reading.ok ? reading.value : null
}

describe('numbers as CRMs write them', () => {
  it.each([
    ['$12,345.00', 12345],
    ['USD 12,345', 12345],
    ['12.345,00 €', 12345],
    ['€12.345,00', 12345],
    ['1 234,5', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['45%', 45],
    ['12.5 %', 12.5],
    ['(1,200.00)', -1200],
    ['($1,200.00)', -1200],
    ['-3', -3],
    ['−3', -3],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['GBP 980.5', 980.5],
    ['0,5', 0.5],
    ['42', 42],
    ['+7', 7],
    ["1'234.50", 1234.5],
    ['CA$ 2,000', 2000]
  ])('reads %s as %d', (raw, expected) => {
    expect(parseCrmNumber(raw)).toBe(expected)
  })

  it('reads "12,345" and "12.345" by the column\'s decimal mark, and refuses them when nothing shows it', () => {
    expect(parseCrmNumber('12,345', DOT_DECIMAL_STYLE)).toBe(12345)
    expect(parseCrmNumber('12,345', COMMA_DECIMAL_STYLE)).toBe(12.345)
    expect(parseCrmNumber('12.345', COMMA_DECIMAL_STYLE)).toBe(12345)
    expect(parseCrmNumber('12.345', DOT_DECIMAL_STYLE)).toBe(12.345)
    expect(parseCrmNumber('12,345')).toBeNull()
    expect(numberStyleShownBy(['12.345,00 €', '1 234,5', '12.345'])).toBe(COMMA_DECIMAL_STYLE)
    expect(numberStyleShownBy(['$12,345.00', '12,345'])).toBe(DOT_DECIMAL_STYLE)
  })

  it.each(['n/a', 'abc', '12abc', '1,2,3.4.5', '12.34.56,7,8', '$', '--5'])('refuses %j', (raw) => {
    expect(parseCrmNumber(raw)).toBeNull()
  })
})

describe('dates as CRMs write them', () => {
  it.each([
    ['2026-11-20', 'mdy', '2026-11-20'],
    ['2026-11-20T14:03:00Z', 'dmy', '2026-11-20'],
    ['2026-11-20 14:03', 'mdy', '2026-11-20'],
    ['2026/11/20', 'dmy', '2026-11-20'],
    ['11/20/2026', 'mdy', '2026-11-20'],
    ['3/4/2026', 'mdy', '2026-03-04'],
    ['3/4/2026', 'dmy', '2026-04-03'],
    ['11/20/2026 9:14 AM', 'mdy', '2026-11-20'],
    ['20.11.2026', 'mdy', '2026-11-20'],
    ['20.11.2026', 'dmy', '2026-11-20'],
    ['20/11/2026', 'dmy', '2026-11-20'],
    ['20-11-2026', 'dmy', '2026-11-20'],
    ['20/11/26', 'dmy', '2026-11-20'],
    ['Nov 20, 2026', 'dmy', '2026-11-20'],
    ['20 November 2026', 'mdy', '2026-11-20'],
    ['20-Nov-2026', 'mdy', '2026-11-20']
  ] as const)('reads %s (%s) as %s', (raw, order, expected) => {
    expect(parseCrmDate(raw, order)).toBe(expected)
  })

  it.each(['', 'soon', '2026-02-30', '13/13/2026', '31/04/2026', '2026-13-01', '1/1/1850'])('refuses %j', (raw) => {
    expect(parseCrmDate(raw, 'dmy')).toBeNull()
  })

  it('refuses a day-first date when reading month first', () => {
    expect(parseCrmDate('20/11/2026', 'mdy')).toBeNull()
  })

  it('decides the order by the dates that read only one way, and reports when it is a guess', () => {
    expect(detectDateOrder(['03/04/2026', '11/20/2026'])).toMatchObject({ order: 'mdy', ambiguous: false })
    expect(detectDateOrder(['03/04/2026', '20/11/2026'])).toMatchObject({ order: 'dmy', ambiguous: false })
    const guess = detectDateOrder(['03/04/2026', '05/06/2026'], 'dmy')
    expect(guess).toMatchObject({ order: 'dmy', ambiguous: true })
    expect(guess?.explanation).toContain('Every date reads both ways (like 03/04/2026)')
    expect(detectDateOrder(['03/04/2026', '05/06/2026'], 'dmy', 'mdy')).toMatchObject({ order: 'mdy', ambiguous: true })
    expect(detectDateOrder(['11/20/2026'], 'dmy', 'mdy')).toMatchObject({ order: 'mdy', ambiguous: false, explanation: expect.stringContaining('1 of them can only be read that way') })
    expect(detectDateOrder(['11/20/2026'], 'mdy', 'dmy')?.explanation).toBe(
      'Dates are read day first (European, 20/11/2026), as you chose; 1 of them can only be read the other way and are reported as errors.'
    )
    expect(detectDateOrder(['2026-11-20', '20.11.2026'])).toBeNull()
    const mixed = detectDateOrder(['11/20/2026', '11/21/2026', '25/11/2026'])
    expect(mixed).toMatchObject({ order: 'mdy', ambiguous: false })
    expect(mixed?.explanation).toContain('1 say otherwise')
  })
})
