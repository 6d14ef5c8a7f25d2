// Dates as CRMs write them: ISO ("2026-11-20", "2026-11-20 14:03"), US ("11/20/2026"),
// European ("20.11.2026", "20/11/2026") and with month names ("Nov 20, 2026", "20 Nov 2026").
// Whether 03/04/2026 is March or April is decided by the other dates of the column; when all of
// them read both ways the order is a guess, reported as ambiguous so the user can switch it.
import { isExists, isValid, parse } from 'date-fns'
import type { DateOrder, DateOrderDetection } from '@shared/imports'

type DateShape =
  | { kind: 'fixed'; year: number; month: number; day: number }
  | { kind: 'numeric'; first: number; second: number; year: number; separator: string }

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:$|[T\s,])/
const NAMED_FORMATS = ['MMM d, yyyy', 'MMMM d, yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'd-MMM-yyyy', 'd-MMM-yy', 'MMM d yyyy']
const REFERENCE = new Date(2000, 0, 1)

function fullYear(text: string): number {
  const year = Number(text)
  return text.length === 2 ? 2000 + year : year
}

function shapeOf(raw: string): DateShape | null {
  const text = raw.trim()
  const iso = ISO.exec(text)
  if (iso) return { kind: 'fixed', year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
  const numeric = NUMERIC.exec(text)
  if (numeric) {
    const separator = numeric[2]!
    const first = Number(numeric[1])
    const second = Number(numeric[3])
    const year = fullYear(numeric[4]!)
    // Dots are written day first (20.11.2026) wherever they are used.
    if (separator === '.') return { kind: 'fixed', year, month: second, day: first }
    return { kind: 'numeric', first, second, year, separator }
  }
  if (/[a-z]/i.test(text)) {
    const cleaned = text.replace(/\s+/g, ' ').replace(/\s\d{1,2}:\d{2}.*$/, '')
    for (const pattern of NAMED_FORMATS) {
      const date = parse(cleaned, pattern, REFERENCE)
      if (isValid(date)) return { kind: 'fixed', year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }
    }
  }
  return null
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || !isExists(year, month - 1, day)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The ISO date a cell means under `order`, or null when it is not a date (or not a real one). */
export function parseCrmDate(raw: string, order: DateOrder): string | null {
  const shape = shapeOf(raw)
  if (!shape) return null
  if (shape.kind === 'fixed') return isoOf(shape.year, shape.month, shape.day)
  return order === 'mdy' ? isoOf(shape.year, shape.first, shape.second) : isoOf(shape.year, shape.second, shape.first)
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "31 February 2025" when a cell is shaped like a date but names a day that does not exist in either order; null otherwise. */
export function missingDay(raw: string, order: DateOrder): string | null {
  const shape = shapeOf(raw)
  if (!shape) return null
  const monthFirst: [number, number] = shape.kind === 'fixed' ? [shape.month, shape.day] : [shape.first, shape.second]
  const dayFirst: [number, number] = shape.kind === 'fixed' ? [shape.month, shape.day] : [shape.second, shape.first]
  const readings = order === 'mdy' ? [monthFirst, dayFirst] : [dayFirst, monthFirst]
  // Readable the other way (20/11 read month first): that is the order's problem, not a missing day.
  if (readings.some(([month, day]) => isoOf(shape.year, month, day) !== null)) return null
  const named = readings.find(([month, day]) => month >= 1 && month <= 12 && day >= 1 && day <= 31)
  return named ? `${named[1]} ${MONTHS[named[0] - 1]} ${shape.year}` : null
}

const ORDER_WORDS: Record<DateOrder, string> = { mdy: 'month first (US, 11/20/2026)', dmy: 'day first (European, 20/11/2026)' }

/**
 * Which order the column's slash or dash dates use, by the dates that can only be read one way.
 * Null when the column has no such dates (ISO or dotted dates are never ambiguous).
 */
export function detectDateOrder(values: Iterable<string>, fallback: DateOrder = 'mdy', chosen?: DateOrder): DateOrderDetection | null {
  let monthFirst = 0
  let dayFirst = 0
  let numeric = 0
  let example = ''
  for (const value of values) {
    const shape = shapeOf(value)
    if (shape?.kind !== 'numeric') continue
    // A date that exists in neither order (31/02/2025) says nothing about the order; it is reported on its line.
    const asMonthFirst = isoOf(shape.year, shape.first, shape.second) !== null
    const asDayFirst = isoOf(shape.year, shape.second, shape.first) !== null
    if (!asMonthFirst && !asDayFirst) continue
    numeric += 1
    if (asDayFirst && !asMonthFirst) dayFirst += 1
    else if (asMonthFirst && !asDayFirst) monthFirst += 1
    else if (example === '') example = value.trim()
  }
  if (numeric === 0) return null
  if (monthFirst === 0 && dayFirst === 0) {
    if (chosen) return { order: chosen, ambiguous: true, explanation: `Every date reads both ways (like ${example}); they are read ${ORDER_WORDS[chosen]}, as you chose.` }
    return {
      order: fallback,
      ambiguous: true,
      explanation: `Every date reads both ways (like ${example}), so Kept read them ${ORDER_WORDS[fallback]}. Switch if your CRM writes them the other way.`
    }
  }
  const detected: DateOrder = monthFirst >= dayFirst ? 'mdy' : 'dmy'
  if (chosen && chosen !== detected) {
    const against = chosen === 'mdy' ? dayFirst : monthFirst
    return { order: chosen, ambiguous: false, explanation: `Dates are read ${ORDER_WORDS[chosen]}, as you chose; ${against} of them can only be read the other way and are reported as errors.` }
  }
  const order = detected
  const evidence = order === 'mdy' ? monthFirst : dayFirst
  const against = order === 'mdy' ? dayFirst : monthFirst
  return {
    order,
    ambiguous: false,
    explanation:
      against === 0
        ? `Dates are read ${ORDER_WORDS[order]}: ${evidence} of them can only be read that way.`
        : `Dates are read ${ORDER_WORDS[order]} (${evidence} dates say so, ${against} say otherwise and are reported as errors).`
  }
}
