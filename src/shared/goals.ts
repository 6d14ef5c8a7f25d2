// The goal editor and goal progress: what a manager types to set or change a goal, and what the
// Goals tab shows about it. Input schemas live here so the contract stays a list of methods.
import { z } from 'zod'
import type { GoalStatus, GoalUnit } from './domain'
import { GOAL_UNITS } from './domain'
import { GOAL_TIMEFRAMES } from './goal-model'
import { isoDateSchema } from './iso-date'
import { readNumber } from './numbers'

export * from './goal-model'

// ---------------------------------------------------------------------------------------------
// Input

const isoDate = isoDateSchema('Enter a date like 2026-03-14.', { notText: 'Enter a date like 2026-03-14.' })

/** A baseline or target the typed text of which was refused by `readTypedAmounts`. */
const refusedNumber = z.object({ refused: z.string() }).strict()

/** A baseline or target: a number, none (null), or typed text already read by `readTypedAmounts`. */
const optionalNumber = (what: string) =>
  z
    .union([z.number(), z.null(), z.string(), refusedNumber], { error: `${what} must be a number, like 120 or 12.5.` })
    .transform((value, context) => {
      if (value === null || typeof value === 'number') return value
      // Typed text is read by readTypedAmounts before; a string left here was not (read as US English writes it).
      const reading = typeof value === 'string' ? readNumber(value, { locale: 'en-US', what }) : { ok: false as const, message: value.refused }
      if (reading.ok) return reading.value
      context.addIssue({ code: 'custom', message: reading.message })
      return z.NEVER
    })
    .pipe(
      z
        .number({ error: `${what} must be a number, like 120 or 12.5.` })
        .refine(Number.isFinite, `${what} must be a number, like 120 or 12.5.`)
        .refine((value) => Math.abs(value) <= 1e12, `${what} is too large.`)
        .nullable()
    )

const AMOUNT_NAMES = { baseline: 'The baseline', target: 'The target' } as const

function knownLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale.length > 40) return 'en-US'
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US'
  } catch {
    return 'en-US'
  }
}

/**
 * The baseline and target as typed, read with the one number reader in the locale the form was
 * filled in (`locale`, US English when absent), so "12,5" is 12.5 in German and refused as
 * ambiguous in US English instead of becoming 125.
 */
function readTypedAmounts(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const record: Record<string, unknown> = { ...input }
  const locale = knownLocale(record.locale)
  const currency = record.unit === 'currency' && typeof record.currency === 'string' ? record.currency.trim() || null : null
  for (const field of Object.keys(AMOUNT_NAMES) as Array<keyof typeof AMOUNT_NAMES>) {
    const typed = record[field]
    if (typeof typed !== 'string') continue
    const reading = readNumber(typed, { locale, currency, what: AMOUNT_NAMES[field] })
    record[field] = reading.ok ? reading.value : { refused: reading.message }
  }
  return record
}

/** Bounds that make sense per unit: a share in percent, a count that cannot be negative. */
const UNIT_BOUNDS: Record<GoalUnit, { min: number; max: number; message: string }> = {
  percent: { min: 0, max: 100, message: 'A percentage is between 0 and 100.' },
  count: { min: 0, max: 1e12, message: 'A count cannot be negative.' },
  currency: { min: -1e12, max: 1e12, message: 'This amount is out of range.' }
}

const goalFieldsShape = {
  title: z
    .string({ error: 'A goal needs a title.' })
    .trim()
    .min(1, 'A goal needs a title, like “Close $120k in Q3”.')
    .max(200, 'Keep the title under 200 characters.'),
  metric: z.string().trim().max(120, 'Keep the metric under 120 characters.').default(''),
  unit: z.enum(GOAL_UNITS, { error: 'Choose currency, count or percent.' }).nullable().default(null),
  currency: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(/^([A-Z]{3})?$/, 'Use a three-letter currency code like USD or EUR.'))
    .default(''),
  baseline: optionalNumber('The baseline').default(null),
  target: optionalNumber('The target').default(null),
  timeframe: z.enum(GOAL_TIMEFRAMES, { error: 'Choose how the goal ends: a due date, a month, a quarter or a custom period.' }).default('none'),
  dueDate: z.union([z.literal(''), isoDate]).default(''),
  /** A month like 2026-03. */
  month: z
    .string()
    .regex(/^(|\d{4}-(0[1-9]|1[0-2]))$/, 'Choose a month like 2026-03.')
    .default(''),
  /** A quarter like 2026-Q3. */
  quarter: z
    .string()
    .regex(/^(|\d{4}-Q[1-4])$/, 'Choose a quarter like 2026-Q3.')
    .default(''),
  periodStart: z.union([z.literal(''), isoDate]).default(''),
  periodEnd: z.union([z.literal(''), isoDate]).default(''),
  /** The locale the baseline and target were typed in (a BCP 47 tag like de-DE). */
  locale: z.string().max(40).optional()
}

type ParsedGoalFields = z.output<z.ZodObject<typeof goalFieldsShape>>

/** A rule across fields. It runs even when other fields failed, so every mistake shows at once. */
interface CrossFieldRule {
  path: keyof ParsedGoalFields
  message: string
  breaks: (input: Partial<Record<keyof ParsedGoalFields, unknown>>) => boolean
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const outOfBounds = (unit: GoalUnit, value: unknown) => isNumber(value) && (value < UNIT_BOUNDS[unit].min || value > UNIT_BOUNDS[unit].max)

const CROSS_FIELD_RULES: CrossFieldRule[] = [
  { path: 'currency', message: 'Choose the currency, like USD or EUR.', breaks: (input) => input.unit === 'currency' && !input.currency },
  ...GOAL_UNITS.flatMap((unit) =>
    (['baseline', 'target'] as const).map((field) => ({
      path: field,
      message: UNIT_BOUNDS[unit].message,
      breaks: (input: Partial<Record<keyof ParsedGoalFields, unknown>>) => input.unit === unit && outOfBounds(unit, input[field])
    }))
  ),
  { path: 'dueDate', message: 'Choose the due date, or pick “No due date yet”.', breaks: (input) => input.timeframe === 'due_date' && !input.dueDate },
  { path: 'month', message: 'Choose the month.', breaks: (input) => input.timeframe === 'month' && !input.month },
  { path: 'quarter', message: 'Choose the quarter.', breaks: (input) => input.timeframe === 'quarter' && !input.quarter },
  { path: 'periodStart', message: 'Choose the first day of the period.', breaks: (input) => input.timeframe === 'custom' && !input.periodStart },
  { path: 'periodEnd', message: 'Choose the last day of the period.', breaks: (input) => input.timeframe === 'custom' && !input.periodEnd },
  {
    path: 'periodEnd',
    message: 'The period must end after it starts.',
    breaks: (input) =>
      input.timeframe === 'custom' &&
      typeof input.periodStart === 'string' &&
      typeof input.periodEnd === 'string' &&
      input.periodStart !== '' &&
      input.periodEnd !== '' &&
      input.periodEnd <= input.periodStart
  }
]

/** A goal's editable fields plus `extra` keys (the rep or the goal id), checked together. */
export function goalInputSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  let schema = z.object({ ...extra, ...goalFieldsShape }).strict()
  for (const rule of CROSS_FIELD_RULES) {
    schema = schema.refine((input) => typeof input !== 'object' || input === null || !rule.breaks(input as Partial<Record<keyof ParsedGoalFields, unknown>>), {
      path: [rule.path],
      message: rule.message,
      when: () => true
    }) as unknown as typeof schema
  }
  return z.preprocess(readTypedAmounts, schema)
}

export type GoalFields = ParsedGoalFields
export type GoalFieldsInput = z.input<z.ZodObject<typeof goalFieldsShape>>

export type { GoalStatus }
