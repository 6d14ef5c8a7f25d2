// The one number reader: what a person types in any supported locale, and what a CRM export
// holds, reads back as the number meant, or is refused with a message saying why.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMA_DECIMAL_STYLE, describeChange, DOT_DECIMAL_STYLE, formatNumberForInput, numberStyleShownBy, readNumber, SUPPORTED_LOCALES } from '../../src/shared/numbers'

const valueOf = (raw: string, options: Parameters<typeof readNumber>[1] = {}) => {
  const reading = readNumber(raw, options)
  return reading.ok ? reading.value : reading.message
}

describe('reading a typed number in the locale in play', () => {
  it('reads "12,5" as 12.5 in German and French, and refuses it in US English instead of reading 125', () => {
    expect(valueOf('12,5', { locale: 'de-DE' })).toBe(12.5)
    expect(valueOf('12,5', { locale: 'fr-FR' })).toBe(12.5)
    expect(valueOf('12,5', { locale: 'en-US', what: 'The target' })).toBe('The target “12,5” could be 12.5 or 125: here, numbers are written like 1,234.5.')
    expect(valueOf('12.5', { locale: 'de-DE' })).toBe('“12.5” could be 12,5 or 125: here, numbers are written like 1.234,5.')
  })

  it("reads each locale's digit groups, decimal mark, minus and currency signs", () => {
    expect(valueOf('1,200', { locale: 'en-US' })).toBe(1200)
    expect(valueOf('1.200', { locale: 'de-DE' })).toBe(1200)
    expect(valueOf('1 234,5', { locale: 'fr-FR' })).toBe(1234.5)
    expect(valueOf('1\u202f234,5', { locale: 'fr-FR' })).toBe(1234.5)
    expect(valueOf("1'234.5", { locale: 'de-CH' })).toBe(1234.5)
    expect(valueOf('1’234.5', { locale: 'de-CH' })).toBe(1234.5)
    expect(valueOf('12,34,567.5', { locale: 'en-IN' })).toBe(1234567.5)
    expect(valueOf('−3,5', { locale: 'sv-SE' })).toBe(-3.5)
    expect(valueOf('$1,200', { locale: 'en-US', currency: 'USD' })).toBe(1200)
    expect(valueOf('1.200 €', { locale: 'de-DE', currency: 'EUR' })).toBe(1200)
    expect(valueOf('EUR 1.200,50', { locale: 'de-DE', currency: 'EUR' })).toBe(1200.5)
    expect(valueOf('85%', { locale: 'en-US' })).toBe(85)
    expect(valueOf('  ', { locale: 'en-US' })).toBeNull()
  })

  it('refuses text, a second decimal mark, a misplaced group and another currency, each with a message', () => {
    expect(valueOf('lots', { locale: 'en-US', what: 'The target' })).toBe('The target must be a number, like 120 or 12.5.')
    expect(valueOf('lots', { locale: 'de-DE', what: 'The target' })).toBe('The target must be a number, like 120 or 12,5.')
    expect(valueOf('12abc', { locale: 'en-US' })).toBe('“12abc” is not a number.')
    expect(valueOf('1.2.3', { locale: 'en-US' })).toMatch(/^“1\.2\.3” is not/)
    expect(valueOf('$1,200', { locale: 'en-US', currency: 'EUR', what: 'The target' })).toBe('The target must be an amount in EUR, like 120 or 12.5.')
    expect(valueOf('$12', { locale: 'en-US', what: 'The value' })).toBe('The value must be a number, like 120 or 12.5.')
  })
})

const LOCALE = fc.constantFrom(...SUPPORTED_LOCALES)
/** Numbers with up to four decimals, as people and CRMs write them, up to a trillion. */
const NUMBER = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 })).map(([digits, decimals]) => digits / 10 ** decimals)

describe('property: any number formatted in a supported locale reads back equal', () => {
  it('plain, grouped or not', () => {
    fc.assert(
      fc.property(LOCALE, NUMBER, fc.boolean(), (locale, value, useGrouping) => {
        const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping }).format(value)
        expect(readNumber(text, { locale })).toEqual({ ok: true, value: value === 0 ? 0 : value })
      }),
      { numRuns: 2000 }
    )
  })

  it('as an amount in a currency, with its symbol, narrow symbol or code, and accounting negatives', () => {
    const options = fc.record({
      currency: fc.constantFrom('USD', 'EUR', 'GBP', 'CHF', 'JPY', 'INR', 'SEK', 'PLN', 'BRL'),
      currencyDisplay: fc.constantFrom('symbol' as const, 'narrowSymbol' as const, 'code' as const),
      currencySign: fc.constantFrom('standard' as const, 'accounting' as const)
    })
    fc.assert(
      fc.property(LOCALE, NUMBER, options, (locale, value, { currency, currencyDisplay, currencySign }) => {
        const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay, currencySign, maximumFractionDigits: 4 }).format(value)
        expect(readNumber(text, { locale, currency })).toEqual({ ok: true, value: value === 0 ? 0 : value })
      }),
      { numRuns: 2000 }
    )
  })

  it('as a form field shows it for editing', () => {
    fc.assert(
      fc.property(LOCALE, NUMBER, (locale, value) => {
        expect(readNumber(formatNumberForInput(value, locale), { locale })).toEqual({ ok: true, value })
      }),
      { numRuns: 1000 }
    )
  })
})

describe('reading a CRM export', () => {
  it('takes the decimal mark the column shows, and refuses a value that reads both ways when nothing shows it', () => {
    expect(numberStyleShownBy(['$12,345.00', '12,345'])).toBe(DOT_DECIMAL_STYLE)
    expect(numberStyleShownBy(['12.345,00 €', '1 234,5', '12.345'])).toBe(COMMA_DECIMAL_STYLE)
    expect(numberStyleShownBy(['12,345', '1,200', '7'])).toBe('either')
    expect(valueOf('12,345', { style: DOT_DECIMAL_STYLE, currency: 'any' })).toBe(12345)
    expect(valueOf('12,345', { style: COMMA_DECIMAL_STYLE, currency: 'any' })).toBe(12.345)
    expect(valueOf('1,200', { style: 'either', currency: 'any', locale: 'en-US' })).toBe(
      '“1,200” could be 1,200 or 1.2: nothing in the file shows whether “,” or “.” marks the decimals. Export the numbers with their decimals (like 1,200.00 or 1.200,00).'
    )
    expect(valueOf('1 200', { style: 'either', currency: 'any' })).toBe(1200)
    expect(valueOf('(1,200.00)', { style: 'either', currency: 'any' })).toBe(-1200)
    expect(valueOf('USD 12,345.50', { style: 'either', currency: 'any' })).toBe(12345.5)
    expect(valueOf('12.345,00 €', { style: 'either', currency: 'any' })).toBe(12345)
    expect(valueOf('CHF 1’234.50', { style: 'either', currency: 'any' })).toBe(1234.5)
    expect(valueOf('R$ 1.234,50', { style: 'either', currency: 'any' })).toBe(1234.5)
    expect(valueOf('45%', { style: 'either', currency: 'any' })).toBe(45)
    expect(valueOf('3-', { style: 'either', currency: 'any' })).toBe(-3)
  })
})

describe('a change in a goal’s value', () => {
  it('is signed, in the goal’s unit, and in points for a percentage', () => {
    const shown = (value: number, unit: string | null) => (unit === 'percent' ? `${value}%` : unit === 'currency' ? `$${value}` : `${value}`)
    expect(describeChange(0.9, 'percent', shown)).toBe('+0.9 pts')
    expect(describeChange(-2, 'percent', shown)).toBe('−2 pts')
    expect(describeChange(300, 'currency', shown)).toBe('+$300')
    expect(describeChange(-3, 'count', shown)).toBe('−3')
    expect(describeChange(0, 'percent', shown)).toBe('±0')
  })
})
