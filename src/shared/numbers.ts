// The one reader for every number a person types or imports: a goal's baseline and target, a
// check-in value, a CRM export's cells. It knows how a locale writes numbers (its decimal mark,
// digit-group mark and sizes, minus and percent signs, currency signs), learnt from
// Intl.NumberFormat's formatToParts rather than from a hand-written table. A number that could be
// read two ways ("12,5" where "," separates thousands, "1,200" in a file that never shows its
// decimal mark) is refused with a message that names both readings, never read 10× off.

/** The locales the reader is proven on (tests/shared/numbers.test.ts formats and reads back in each). */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-CH', 'fr-FR', 'fr-CH', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE', 'pl-PL', 'ja-JP'] as const

/** How numbers are written: the decimal mark, the marks accepted between digit groups and the group sizes. */
export interface NumberStyle {
  decimal: string
  groups: readonly string[]
  /** Digits in the last group before the decimal mark (3), and in the groups before it (3, or 2 in India). */
  primaryGroup: number
  secondaryGroup: number
  /** 1,234.5 written this way, for messages. */
  example: string
}

export type NumberReading = { ok: true; value: number | null } | { ok: false; message: string }

export interface ReadNumberOptions {
  /** The locale in play; this computer's when absent. */
  locale?: string
  /**
   * Overrides the locale's marks: a style shown by an import column, or 'either' when nothing
   * shows it (then a value that reads differently with "." or "," as the decimal mark is refused).
   */
  style?: NumberStyle | 'either'
  /** The currency whose signs may surround the number; 'any' for a CRM export; none by default. */
  currency?: string | 'any' | null
  /** How messages name the number ("The target"); messages quote the text when absent. */
  what?: string
  /** The import column the text comes from, named in messages after the text. */
  column?: string
}

const SPACE_LIKE = /[\s\u00a0\u202f\u2007\u2009]/g
const APOSTROPHE_LIKE = /[’‘ʼ']/g
const MINUS_SIGNS = ['-', '\u2212', '\u2013']

/** Spaces of every width become one space, curly apostrophes a straight one: people type either. */
function normalizeMarks(text: string): string {
  return text.replace(SPACE_LIKE, ' ').replace(APOSTROPHE_LIKE, "'")
}

const LATIN_DIGITS = { numberingSystem: 'latn' } as const

const writers = new Map<string, Intl.NumberFormat>()

/** Numbers written in `locale` for messages and form fields: one Intl.NumberFormat each, built once (building is slow). */
function writer(locale: string, kind: 'plain' | 'exact' | 'field'): Intl.NumberFormat {
  const key = `${locale}\u0001${kind}`
  let format = writers.get(key)
  if (!format) {
    const options: Intl.NumberFormatOptions = kind === 'plain' ? LATIN_DIGITS : { ...LATIN_DIGITS, maximumFractionDigits: 20, ...(kind === 'field' ? { useGrouping: false } : {}) }
    format = new Intl.NumberFormat(locale, options)
    writers.set(key, format)
  }
  return format
}

let runtimeLocale: string | undefined

/** The locale this runtime writes numbers in (the screens' and, by default, the exports'); asked once, Intl is slow to ask. */
export function userLocale(): string {
  runtimeLocale ??= new Intl.NumberFormat().resolvedOptions().locale
  return runtimeLocale
}

type LocaleStyle = NumberStyle & { minus: string; percent: string }

const styles = new Map<string, LocaleStyle>()

/** The marks of `locale`'s plain numbers, or of its amounts in `currency` (Swiss French writes 12,5 but 12.50 $US). */
function localeStyle(locale: string, currency?: string): LocaleStyle {
  const key = `${locale}\u0001${currency ?? ''}`
  let style = styles.get(key)
  if (!style) {
    // One decimal is asked for so that a currency without decimals (JPY) still shows its mark.
    const format = new Intl.NumberFormat(locale, { ...LATIN_DIGITS, ...(currency ? { style: 'currency', currency } : {}), minimumFractionDigits: 1, maximumFractionDigits: 1 })
    const parts = format.formatToParts(-1234567890.5)
    const part = (type: Intl.NumberFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? ''
    const integers = parts.filter((candidate) => candidate.type === 'integer').map((candidate) => candidate.value.length)
    const group = normalizeMarks(part('group'))
    const percent = new Intl.NumberFormat(locale, { ...LATIN_DIGITS, style: 'percent' }).formatToParts(0.5).find((candidate) => candidate.type === 'percentSign')?.value ?? '%'
    style = {
      decimal: part('decimal') || '.',
      groups: group ? [group] : [],
      primaryGroup: integers.at(-1) ?? 3,
      secondaryGroup: integers.length > 2 ? integers.at(-2)! : (integers.at(-1) ?? 3),
      example: new Intl.NumberFormat(locale, LATIN_DIGITS).format(1234.5),
      minus: part('minusSign') || '-',
      percent
    }
    styles.set(key, style)
  }
  return style
}

/** A currency code Intl knows, upper-cased; null for none or an unknown one. */
function knownCurrency(currency: string | null | undefined): string | undefined {
  if (!currency || currency === 'any') return undefined
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency })
    return currency.toUpperCase()
  } catch {
    return undefined
  }
}

/** How the locale writes numbers. */
export function numberStyleOf(locale: string = userLocale()): NumberStyle {
  return localeStyle(locale)
}

/** The two ways a CRM export writes numbers: "." or "," as the decimal mark (spaces and apostrophes may group digits either way). */
function importStyle(decimal: '.' | ','): NumberStyle {
  const base = localeStyle(decimal === '.' ? 'en-US' : 'de-DE')
  return { ...base, groups: [...base.groups, ' ', "'"] }
}

export const DOT_DECIMAL_STYLE: NumberStyle = importStyle('.')
export const COMMA_DECIMAL_STYLE: NumberStyle = importStyle(',')

interface CurrencySigns {
  /** Longest first, so "US$" goes before "$". */
  signs: readonly string[]
  /** The decimals the currencies written with each sign have (USD 2, JPY 0, KWD 3). */
  decimals: ReadonlyMap<string, ReadonlySet<number>>
  /** The signs by their first and by their last character, longest first: a cell is checked against a few, not hundreds. */
  byFirst: ReadonlyMap<string, readonly string[]>
  byLast: ReadonlyMap<string, readonly string[]>
}

function indexBy(signs: readonly string[], key: (sign: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const sign of signs) {
    const list = index.get(key(sign)) ?? []
    list.push(sign)
    index.set(key(sign), list)
  }
  return index
}

const currencySigns = new Map<string, CurrencySigns>()

function signsOfCurrency(currency: string, locales: readonly string[]): string[] {
  const signs = [currency]
  for (const locale of locales) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      try {
        const sign = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1).find((part) => part.type === 'currency')?.value
        if (sign) signs.push(normalizeMarks(sign))
      } catch {
        // Not a currency Intl knows: only its code is a sign.
      }
    }
  }
  return signs
}

function decimalsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** The signs a number may carry for `currency` ('any' for all Intl knows) in `locale`. */
function signsFor(currency: string, locale: string): CurrencySigns {
  const key = `${currency}\u0001${locale}`
  let found = currencySigns.get(key)
  if (!found) {
    const currencies = currency === 'any' ? Intl.supportedValuesOf('currency') : [currency.toUpperCase()]
    const decimals = new Map<string, Set<number>>()
    for (const code of currencies) {
      const places = decimalsOf(code)
      for (const sign of signsOfCurrency(code, [locale, 'en'])) {
        if (sign === '' || /\d/.test(sign)) continue
        const set = decimals.get(sign) ?? new Set<number>()
        set.add(places)
        decimals.set(sign, set)
      }
    }
    const signs = [...decimals.keys()].sort((a, b) => b.length - a.length)
    found = { signs, decimals, byFirst: indexBy(signs, (sign) => sign.charAt(0)), byLast: indexBy(signs, (sign) => sign.charAt(sign.length - 1)) }
    currencySigns.set(key, found)
  }
  return found
}

/** The value of bare digits and marks in `style`, or null when they are not written that way. */
function valueInStyle(body: string, style: NumberStyle): number | null {
  const parts = body.split(style.decimal)
  if (parts.length > 2) return null
  const [whole = '', fraction] = parts
  // "5." is a number being typed; ".5" a number without its leading zero.
  if (fraction !== undefined && !/^\d*$/.test(fraction)) return null
  if (whole === '' && !fraction) return null
  let digits = whole
  if (!/^\d*$/.test(whole)) {
    const mark = style.groups.find((group) => whole.includes(group))
    if (mark === undefined) return null
    const chunks = whole.split(mark)
    if (chunks.some((chunk) => !/^\d+$/.test(chunk))) return null
    const last = chunks.at(-1)!
    const middle = chunks.slice(1, -1)
    // Indian English groups by two before the last three (12,34,567), yet writes some amounts by threes.
    const middleSize = middle[0]?.length ?? style.secondaryGroup
    const fits = middleSize === style.primaryGroup || middleSize === style.secondaryGroup
    if (last.length !== style.primaryGroup || !fits || middle.some((chunk) => chunk.length !== middleSize) || chunks[0]!.length > Math.max(style.primaryGroup, style.secondaryGroup)) return null
    digits = chunks.join('')
  }
  const value = Number(`${digits || '0'}.${fraction ?? '0'}`)
  return Number.isFinite(value) ? value : null
}

/** The other common way of writing: "," for decimals where "." is usual, and the reverse. */
function swappedStyle(style: NumberStyle): NumberStyle {
  return style.decimal === ',' ? DOT_DECIMAL_STYLE : COMMA_DECIMAL_STYLE
}

function startsWithAny(text: string, signs: readonly string[]): string | undefined {
  return signs.find((sign) => text.startsWith(sign))
}

function endsWithAny(text: string, signs: readonly string[]): string | undefined {
  return signs.find((sign) => text.endsWith(sign))
}

interface Decorations {
  body: string
  negative: boolean
  /** How many decimals the currency sign around the number allows; null without one. */
  currencyDecimals: ReadonlySet<number> | null
}

/** Takes off signs, currency and percent around the digits; null when something else is there. */
const signMarks = new Map<string, { minus: readonly string[]; percent: readonly string[] }>()

function signMarksOf(locale: string): { minus: readonly string[]; percent: readonly string[] } {
  let marks = signMarks.get(locale)
  if (!marks) {
    const style = localeStyle(locale)
    marks = { minus: [...new Set([style.minus, ...MINUS_SIGNS])], percent: [...new Set([normalizeMarks(style.percent), '%'])] }
    signMarks.set(locale, marks)
  }
  return marks
}

/** Only digits and marks: nothing to take off but signs and percent. */
const BARE = /^[\d.,' ()+\-\u2212\u2013%]*$/

function undecorate(text: string, locale: string, options: ReadNumberOptions): Decorations | null {
  const { minus, percent } = signMarksOf(locale)
  const known = options.currency && !BARE.test(text) ? signsFor(options.currency, locale) : null
  let currencyDecimals: ReadonlySet<number> | null = null
  let body = text
  let negative = false
  const parenthesized = /^\((.*)\)$/.exec(body)
  if (parenthesized) {
    negative = true
    body = parenthesized[1]!.trim()
  }
  let signs = 0
  let currencies = 0
  let percents = 0
  for (let changed = true; changed && body !== ''; ) {
    changed = false
    const leadingMinus = startsWithAny(body, minus)
    const trailingMinus = endsWithAny(body, minus)
    const leadingCurrency = known ? startsWithAny(body, known.byFirst.get(body.charAt(0)) ?? []) : undefined
    const trailingCurrency = known ? endsWithAny(body, known.byLast.get(body.charAt(body.length - 1)) ?? []) : undefined
    const trailingPercent = endsWithAny(body, percent)
    if (leadingMinus || trailingMinus || body.startsWith('+')) {
      signs += 1
      negative = negative !== (leadingMinus !== undefined || trailingMinus !== undefined)
      body = leadingMinus ? body.slice(leadingMinus.length) : trailingMinus ? body.slice(0, -trailingMinus.length) : body.slice(1)
      changed = true
    } else if (leadingCurrency || trailingCurrency) {
      currencies += 1
      currencyDecimals = known?.decimals.get((leadingCurrency ?? trailingCurrency)!) ?? null
      body = leadingCurrency ? body.slice(leadingCurrency.length) : body.slice(0, -trailingCurrency!.length)
      changed = true
    } else if (trailingPercent) {
      percents += 1
      body = body.slice(0, -trailingPercent.length)
      changed = true
    }
    body = body.trim()
  }
  if (signs > 1 || currencies > 1 || percents > 1 || (currencies > 0 && percents > 0)) return null
  if (!/^[\d.,' ]+$/.test(body)) return null
  return { body, negative, currencyDecimals }
}

/** Whether `decimal` could be the decimal mark of a money amount: "$1,200" cannot be 1.2, dollars have at most two decimals. */
function fitsCurrency(parts: Decorations, decimal: string): boolean {
  if (!parts.currencyDecimals || !parts.body.includes(decimal)) return true
  return parts.body.length - parts.body.lastIndexOf(decimal) - 1 <= Math.max(...parts.currencyDecimals)
}

function quoted(raw: string): string {
  return `“${raw.trim()}”`
}

function subjectOf(raw: string, options: ReadNumberOptions): string {
  if (options.what) return `${options.what} ${quoted(raw)}`
  return options.column ? `${quoted(raw)} in “${options.column}”` : quoted(raw)
}

function notANumber(raw: string, options: ReadNumberOptions, locale: string): NumberReading {
  const format = writer(locale, 'plain')
  const like = `like ${format.format(120)} or ${format.format(12.5)}`
  if (options.currency && options.currency !== 'any' && /\p{Sc}|[A-Z]{3}/u.test(raw)) {
    return { ok: false, message: `${options.what ?? quoted(raw)} must be an amount in ${options.currency.toUpperCase()}, ${like}.` }
  }
  return { ok: false, message: options.what ? `${options.what} must be a number, ${like}.` : `${subjectOf(raw, options)} is not a number.` }
}

function ambiguous(raw: string, readings: readonly number[], style: NumberStyle | 'either', options: ReadNumberOptions, locale: string): NumberReading {
  const format = writer(locale, 'exact')
  const [first, second] = readings.map((value) => format.format(value))
  const subject = subjectOf(raw, options)
  if (style === 'either') {
    return {
      ok: false,
      message: `${subject} could be ${first} or ${second}: nothing in the file shows whether “,” or “.” marks the decimals. Export the numbers with their decimals (like 1,200.00 or 1.200,00).`
    }
  }
  return { ok: false, message: `${subject} could be ${first} or ${second}: here, numbers are written like ${style.example}.` }
}

function otherStyle(raw: string, reading: number, style: NumberStyle, options: ReadNumberOptions, locale: string): NumberReading {
  const subject = subjectOf(raw, options)
  const written = writer(locale, 'exact').format(reading)
  return { ok: false, message: `${subject} is not written the way numbers are written here (${style.example}). Type ${written}.` }
}

/**
 * Reads what a person typed or a file holds. An empty text is `value: null`; a refusal says why
 * and, when the number could be read two ways, what each reading is.
 */
export function readNumber(raw: string, options: ReadNumberOptions = {}): NumberReading {
  const locale = options.locale ?? userLocale()
  const text = normalizeMarks(raw).trim()
  if (text === '') return { ok: true, value: null }
  const parts = undecorate(text, locale, options)
  if (!parts) return notANumber(raw, options, locale)
  const signed = (value: number): NumberReading => ({ ok: true, value: parts.negative ? -value : value })
  const style = options.style ?? numberStyleOf(locale)
  if (style === 'either') {
    const withDot = fitsCurrency(parts, '.') ? valueInStyle(parts.body, DOT_DECIMAL_STYLE) : null
    const withComma = fitsCurrency(parts, ',') ? valueInStyle(parts.body, COMMA_DECIMAL_STYLE) : null
    if (withDot !== null && withComma !== null && withDot !== withComma) return ambiguous(raw, [withDot, withComma].map((value) => (parts.negative ? -value : value)), style, options, locale)
    const value = withDot ?? withComma
    return value === null ? notANumber(raw, options, locale) : signed(value)
  }
  const currency = options.style ? undefined : knownCurrency(options.currency)
  const candidates = currency ? [style, localeStyle(locale, currency)] : [style]
  const values = [...new Set(candidates.map((candidate) => valueInStyle(parts.body, candidate)).filter((value): value is number => value !== null))]
  if (values.length === 1) return signed(values[0]!)
  if (values.length === 2) return ambiguous(raw, values.map((value) => (parts.negative ? -value : value)), style, options, locale)
  const readings = [valueInStyle(parts.body, swappedStyle(style)), valueInStyle(style.groups.reduce((body, group) => body.split(group).join(''), parts.body), style)].filter(
    (reading): reading is number => reading !== null
  )
  const distinct = [...new Set(readings)].map((reading) => (parts.negative ? -reading : reading))
  if (distinct.length === 2) return ambiguous(raw, distinct, style, options, locale)
  if (distinct.length === 1) return otherStyle(raw, distinct[0]!, style, options, locale)
  return notANumber(raw, options, locale)
}

/** The style most values of an import column show without doubt; 'either' when none does. */
export function numberStyleShownBy(values: Iterable<string>): NumberStyle | 'either' {
  let dot = 0
  let comma = 0
  for (const raw of values) {
    const parts = undecorate(normalizeMarks(raw).trim(), 'en-US', { currency: 'any' })
    if (!parts) continue
    const withDot = valueInStyle(parts.body, DOT_DECIMAL_STYLE)
    const withComma = valueInStyle(parts.body, COMMA_DECIMAL_STYLE)
    if (withDot !== null && withComma === null) dot += 1
    else if (withComma !== null && withDot === null) comma += 1
  }
  if (dot === 0 && comma === 0) return 'either'
  return comma > dot ? COMMA_DECIMAL_STYLE : DOT_DECIMAL_STYLE
}

/** Whether an import cell holds a number in either way of writing (even one that reads both ways). */
export function isNumberCell(raw: string): boolean {
  const read = (style: NumberStyle) => {
    const reading = readNumber(raw, { style, currency: 'any', locale: 'en-US' })
    return reading.ok && reading.value !== null
  }
  return read(DOT_DECIMAL_STYLE) || read(COMMA_DECIMAL_STYLE)
}

/** A number as a form field shows it for editing: the locale's decimal mark, no digit groups. */
export function formatNumberForInput(value: number | null, locale: string = userLocale()): string {
  if (value === null) return ''
  return writer(locale, 'field').format(value)
}

/**
 * A change in a goal's value: "+1,200", "−300", "±0". A change of a percentage is in percentage
 * points ("+0.9 pts"): a win rate from 22% to 22.9% did not grow by 0.9%.
 */
export function describeChange(delta: number, unit: 'currency' | 'count' | 'percent' | null, formatValue: (value: number, unit: 'currency' | 'count' | 'percent' | null) => string): string {
  if (delta === 0) return '±0'
  const sign = delta > 0 ? '+' : '−'
  if (unit === 'percent') return `${sign}${formatValue(Math.abs(delta), null)} pts`
  return `${sign}${formatValue(Math.abs(delta), unit)}`
}
