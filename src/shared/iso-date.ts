// A calendar date as Kept stores it ('YYYY-MM-DD'), checked the same way by every form, the API
// contract and the command line.
import { z } from 'zod'

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The years Kept accepts a date in: a typo such as 0226 or 20260 is refused, not stored. */
export const isWithinKeptYears = (value: string): boolean => value >= '1900-01-01' && value <= '2199-12-31'

/** The schema of a date field; `formatMessage` is what a wrongly written date is told. */
export function isoDateSchema(formatMessage: string, options: { notText?: string } = {}) {
  return z
    .string(options.notText === undefined ? undefined : { error: options.notText })
    .regex(/^\d{4}-\d{2}-\d{2}$/, formatMessage)
    .refine(isCalendarDate, 'This date does not exist.')
    .refine(isWithinKeptYears, 'Use a date between 1900 and 2199.')
}
