// Words for stored values, as every screen, export and message prints them: one copy, so the Brief,
// the Markdown summary and the CLI never name the same status two ways.
import type { Cadence, GoalStatus, ReviewOutcome, SessionStatus } from './domain'

/** "1 day", "3 days", "2 boxes" (with `many`). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  dropped: 'Dropped'
}

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' }

/** How a review outcome reads once chosen (summaries, exports). */
export const REVIEW_OUTCOME_PAST: Record<ReviewOutcome, string> = {
  done: 'Done',
  missed: 'Missed',
  carried_forward: 'Carried forward',
  dropped: 'Dropped'
}

export const PULSE_LABELS: Record<number, string> = { 1: 'Struggling', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Great' }

export const CADENCE_LABELS: Record<Cadence, string> = { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly' }
