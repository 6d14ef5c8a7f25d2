// Numbers as CRMs write them: "$12,345.00", "USD 12,345", "12.345,00 €", "1 234,5", "45%",
// "(1,200.00)" for a negative, "-3". Which mark is the decimal one is decided per value when it
// can be told, and by the column's other values (`decimalMark`) when it cannot ("12,345").

export type DecimalMark = '.' | ','

const CURRENCY = /[$€£¥₹₩₽₺₪₫฿]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|INR|BRL|MXN|ZAR|SGD|HKD|CNY)\b|\b(?:US|CA|AU|NZ|HK|S)\$|\bkr\b|\bzł\b|\bFr\.?/gi
const SPACES = /[\s\u00a0\u202f\u2009']/g

/** Removes currency symbols and codes and digit-group spaces; cheap for plain numbers. */
function stripDecorations(text: string): string {
  const bare = /[^\d.,+\-−–()%]/.test(text) ? text.replace(CURRENCY, '') : text
  return /[\s\u00a0\u202f\u2009']/.test(bare) ? bare.replace(SPACES, '') : bare
}

/** The decimal mark a single value shows unmistakably, if any. */
export function decimalMarkOf(raw: string): DecimalMark | null {
  return markOfDigits(stripDecorations(raw))
}

function markOfDigits(digits: string): DecimalMark | null {
  const lastDot = digits.lastIndexOf('.')
  const lastComma = digits.lastIndexOf(',')
  if (lastDot !== -1 && lastComma !== -1) return lastDot > lastComma ? '.' : ','
  const mark = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : null
  if (mark === null) return null
  const marks = digits.split(mark).length - 1
  const after = digits.length - digits.lastIndexOf(mark) - 1
  const afterDigits = digits.slice(digits.lastIndexOf(mark) + 1).replace(/\D.*$/, '').length
  // One mark followed by anything but exactly three digits can only be a decimal mark.
  if (marks === 1 && afterDigits !== 3 && after > 0) return mark
  return null
}

/** The decimal mark most values of a column show; '.' when none tells. */
export function detectDecimalMark(values: Iterable<string>): DecimalMark {
  let dot = 0
  let comma = 0
  for (const value of values) {
    const mark = decimalMarkOf(value)
    if (mark === '.') dot += 1
    else if (mark === ',') comma += 1
  }
  return comma > dot ? ',' : '.'
}

/** The number in a cell, or null when the cell is not a number. Percent values stay in percent (45% → 45). */
export function parseCrmNumber(raw: string, decimalMark: DecimalMark = '.'): number | null {
  let text = raw.trim()
  if (text === '') return null
  let negative = false
  if (/^\(.*\)$/.test(text)) {
    negative = true
    text = text.slice(1, -1)
  }
  text = stripDecorations(text).replace(/%$/, '')
  if (/^[-−–]/.test(text)) {
    negative = !negative
    text = text.slice(1)
  } else if (/[-−]$/.test(text)) {
    negative = !negative
    text = text.slice(0, -1)
  } else if (text.startsWith('+')) {
    text = text.slice(1)
  }
  text = stripDecorations(text)
  if (!/^[\d.,]*\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return null
  let mark = markOfDigits(text) ?? decimalMark
  // A mark written twice ("1.234.567") separates thousands.
  if (text.split(mark).length > 2) mark = mark === '.' ? ',' : '.'
  const thousands = mark === '.' ? ',' : '.'
  const [whole = '', ...rest] = text.split(mark)
  if (rest.length > 1) return null
  if (whole.includes(thousands) && !new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(whole)) return null
  const fraction = rest[0] ?? ''
  if (fraction.includes(thousands)) return null
  const value = Number(`${whole.split(thousands).join('') || '0'}.${fraction || '0'}`)
  if (!Number.isFinite(value)) return null
  return negative ? -value : value
}
