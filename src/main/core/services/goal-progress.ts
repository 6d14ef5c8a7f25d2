// A goal over time: every value recorded (from 1:1s and imports), the pace needed to reach the
// target by the due date, and how far from baseline to target it has come.
import type { Goal, GoalProgress } from '@shared/domain'
import { missingGoalFields } from '@shared/goal-rules'
import type { ProgressStatus } from '@shared/goals'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { findGoalEditorColumns } from '../repositories/goal-editor-repository'
import { findGoal } from '../repositories/goals-repository'
import { findGoalDates, listGoalCheckIns } from '../repositories/history-repository'
import { daysBetween } from './calendar'
import type { ServiceContext } from './service-context'

/**
 * How far `value` has come from the baseline (0 %) to the target (100 %), in either direction: a
 * goal to reduce churn from 8 to 4 is 50 % attained at 6. Without a baseline, the share of the
 * target reached. When baseline and target are equal (a level to hold), 100 % while the value is
 * at the target, else null: there is no way to measure a distance travelled.
 */
export function attainmentPercent(goal: Pick<Goal, 'baseline' | 'target'>, value: number | null): number | null {
  if (value === null || goal.target === null) return null
  const from = goal.baseline ?? 0
  if (goal.target === from) return value === goal.target ? 100 : null
  return Math.round(((value - from) / (goal.target - from)) * 1000) / 10
}

/**
 * How far behind the pace line a value may fall before the suggestion changes, as a share of the
 * whole way from baseline to target. A few percent behind is noise between check-ins (deals close
 * in lumps, imports lag a week), so up to 5 % behind still counts as on track; up to 15 % behind
 * can still be caught up and is at risk; further behind is off track.
 */
export const PACE_SHORTFALL_THRESHOLDS = { atRisk: 0.05, offTrack: 0.15 } as const

/** Where the pace line stands on `date`: the baseline before the start, the target after the due date. */
export function paceValueOn(goal: Pick<Goal, 'baseline' | 'target' | 'dueDate'>, startDate: string, date: string): number | null {
  if (goal.baseline === null || goal.target === null || goal.dueDate === null) return null
  const span = daysBetween(startDate, goal.dueDate)
  if (span <= 0) return null
  const elapsed = Math.min(Math.max(daysBetween(startDate, date), 0), span)
  return goal.baseline + ((goal.target - goal.baseline) * elapsed) / span
}

/**
 * The status the pace suggests: the newest value compared with the pace line on the day it was
 * recorded. Null when it cannot tell: no value yet, no pace line (baseline, target or due date
 * missing, or the period has no length), or nothing to travel (baseline equals target).
 */
export function suggestedStatusFromPace(
  goal: Pick<Goal, 'baseline' | 'target' | 'dueDate' | 'latestValue' | 'latestValueDate'>,
  startDate: string
): ProgressStatus | null {
  if (goal.latestValue === null || goal.latestValueDate === null || goal.baseline === null || goal.target === null) return null
  const expected = paceValueOn(goal, startDate, goal.latestValueDate)
  const way = goal.target - goal.baseline
  if (expected === null || way === 0) return null
  // Positive when behind the pace, whichever direction the goal runs.
  const shortfall = (expected - goal.latestValue) / way
  if (shortfall <= PACE_SHORTFALL_THRESHOLDS.atRisk) return 'on_track'
  if (shortfall <= PACE_SHORTFALL_THRESHOLDS.offTrack) return 'at_risk'
  return 'off_track'
}

/** The straight line from the baseline on `startDate` to the target on the due date, and where it stands `today`. */
export function paceLine(goal: Pick<Goal, 'baseline' | 'target' | 'dueDate'>, startDate: string, today: string): GoalProgress['pace'] {
  const expectedToday = paceValueOn(goal, startDate, today)
  if (expectedToday === null || goal.baseline === null || goal.target === null || goal.dueDate === null) return null
  return {
    from: { date: startDate, value: goal.baseline },
    to: { date: goal.dueDate, value: goal.target },
    expectedToday: Math.round(expectedToday * 100) / 100
  }
}

export function getGoalProgress(context: ServiceContext, goalId: number): GoalProgress {
  const { db } = context
  const goal = findGoal(db, goalId)
  const dates = findGoalDates(db, goalId)
  const columns = findGoalEditorColumns(db, goalId)
  if (!goal || !dates || !columns) throw notFound('This goal')
  const createdOn = dates.createdAt.slice(0, 10)
  const startDate = dates.periodStart ?? createdOn
  const missing = missingGoalFields(goal)
  return {
    goal,
    startDate,
    createdOn,
    measurable: missing.length === 0,
    missing,
    checkIns: listGoalCheckIns(db, goalId).map((row) => ({
      id: row.id,
      date: row.recorded_on,
      value: row.value,
      source: row.from_import === 1 ? 'import' : 'session',
      sessionId: row.session_id,
      status: row.status,
      comment: row.comment
    })),
    pace: paceLine(goal, startDate, todayOf(context.clock)),
    attainmentPercent: attainmentPercent(goal, goal.latestValue),
    suggestedStatus: suggestedStatusFromPace(goal, startDate),
    statusSource: columns.statusSource,
    currency: columns.currency
  }
}
