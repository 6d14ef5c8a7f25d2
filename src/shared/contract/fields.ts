// Input fields several features' methods share: ids, dates, list-item text, notes.
import { z } from 'zod'

export const id = z.number({ error: 'An id is required.' }).int('An id is a whole number.').positive('An id is a positive number.')

export const empty = z.object({}).strict()

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-14.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist.')
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', 'Use a date between 1900 and 2199.')

/** Text of a list item (agreement, challenge, talking point…): never empty, never huge. */
export const itemText = (what: string, max = 2000) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `Keep it under ${max} characters.`)
export const longText = (max = 20_000) => z.string().max(max, `Keep it under ${max} characters.`)
