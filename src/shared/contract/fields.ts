// Input fields several features' methods share: ids, dates, list-item text, notes.
import { z } from 'zod'
import { isoDateSchema } from '@shared/iso-date'

export const id = z.number({ error: 'An id is required.' }).int('An id is a whole number.').positive('An id is a positive number.')

export const empty = z.object({}).strict()

export const isoDate = isoDateSchema('Use a date like 2026-03-14.')

/** Text of a list item (agreement, challenge, talking point…): never empty, never huge. */
export const itemText = (what: string, max = 2000) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} cannot be empty.`)
    .max(max, `Keep it under ${max} characters.`)
export const longText = (max = 20_000) => z.string().max(max, `Keep it under ${max} characters.`)
