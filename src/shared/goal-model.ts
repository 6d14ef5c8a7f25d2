// Goals as the Goals tab and the editor see them: timeframes, statuses, lifecycle actions and the
// details of a goal. No schemas here (they are in goals.ts), so the renderer can import this
// without pulling the validation library into its first screen.
import type { Goal, GoalField } from './domain'

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
