// The goal editor and goal progress: what a manager types to set or change a goal, and what the
// Goals tab shows about it. Input schemas live here so the contract stays a list of methods.
import { z } from 'zod'
import type { Goal, GoalField, GoalStatus, GoalUnit } from './domain'
import { GOAL_UNITS } from './domain'

/** How a goal's end is given: a due date alone, a calendar month, a quarter, or a custom period. */
export const GOAL_TIMEFRAMES = ['none', 'due_date', 'month', 'quarter', 'custom'] as const
export type GoalTimeframe = (typeof GOAL_TIMEFRAMES)[number]

/** The statuses pace can suggest and a manager can set for a goal that is still running. */
export const PROGRESS_STATUSES = ['on_track', 'at_risk', 'off_track'] as const
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]

/** Who decided the status a running goal shows: the pace of its check-ins, or the manager. */
export type GoalStatusSource = 'pace' | 'manager'

/** Closing and reopening a goal. History (check-ins) always stays. */
export const GOAL_LIFECYCLE_ACTIONS = ['achieved', 'dropped', 'archived', 'reactivate'] as const
export type GoalLifecycleAction = (typeof GOAL_LIFECYCLE_ACTIONS)[number]

/** A goal with everything the editor and the Goals tab need. */
export interface GoalDetails {
  goal: Goal
  currency: string | null
  timeframe: GoalTimeframe
  /** First day of the period (month, quarter, custom), else null. */
  periodStart: string | null
  /** For the editor: the month ('2026-03') or quarter ('2026-Q3') of a month or quarter goal. */
  month: string | null
  quarter: string | null
  /** Achieved, dropped or archived: out of the active list and of 1:1 reviews, history kept. */
  closed: boolean
  missing: GoalField[]
  measurable: boolean
  statusSource: GoalStatusSource
  /** What the pace of the check-ins suggests, or null when it cannot tell (no value, no pace line). */
  suggestedStatus: ProgressStatus | null
  attainmentPercent: number | null
}

export interface RepGoals {
  active: GoalDetails[]
  closed: GoalDetails[]
}

// ---------------------------------------------------------------------------------------------
// Input

const isoDate = z
  .string({ error: 'Enter a date like 2026-03-14.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-03-14.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist.')
  .refine((value) => value >= '1900-01-01' && value <= '2199-12-31', 'Use a date between 1900 and 2199.')

/** A number typed in a form: '' means none; '12,500' and ' 12.5 ' are read as numbers; anything else is refused. */
const optionalNumber = (what: string) =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value
      const trimmed = value.trim().replace(/[,\s]/g, '')
      if (trimmed === '') return null
      return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : value
    },
    z
      .number({ error: `${what} must be a number, like 120 or 12.5.` })
      .refine(Number.isFinite, `${what} must be a number, like 120 or 12.5.`)
      .refine((value) => Math.abs(value) <= 1e12, `${what} is too large.`)
      .nullable()
  )

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
  periodEnd: z.union([z.literal(''), isoDate]).default('')
}

type ParsedGoalFields = z.output<z.ZodObject<typeof goalFieldsShape>>

function checkGoalFields(input: ParsedGoalFields, context: z.RefinementCtx): void {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message })
  if (input.unit === 'currency' && input.currency === '') issue('currency', 'Choose the currency, like USD or EUR.')
  if (input.unit) {
    const bounds = UNIT_BOUNDS[input.unit]
    for (const field of ['baseline', 'target'] as const) {
      const value = input[field]
      if (value !== null && (value < bounds.min || value > bounds.max)) issue(field, bounds.message)
    }
  }
  if (input.timeframe === 'due_date' && input.dueDate === '') issue('dueDate', 'Choose the due date, or pick “No due date yet”.')
  if (input.timeframe === 'month' && input.month === '') issue('month', 'Choose the month.')
  if (input.timeframe === 'quarter' && input.quarter === '') issue('quarter', 'Choose the quarter.')
  if (input.timeframe === 'custom') {
    if (input.periodStart === '') issue('periodStart', 'Choose the first day of the period.')
    if (input.periodEnd === '') issue('periodEnd', 'Choose the last day of the period.')
    else if (input.periodStart !== '' && input.periodEnd <= input.periodStart) issue('periodEnd', 'The period must end after it starts.')
  }
}

/** A goal's editable fields plus `extra` keys (the rep or the goal id), checked together. */
export function goalInputSchema<Extra extends z.ZodRawShape>(extra: Extra) {
  return z
    .object({ ...extra, ...goalFieldsShape })
    .strict()
    .superRefine((input, context) => checkGoalFields(input as unknown as ParsedGoalFields, context))
}

export type GoalFields = ParsedGoalFields
export type GoalFieldsInput = z.input<z.ZodObject<typeof goalFieldsShape>>

export type { GoalStatus }
