// A goal over time: every value recorded (from 1:1s and imports), the pace needed to reach the
// target by the due date, and how far from baseline to target it has come.
import type { Goal, GoalField, GoalProgress } from '../../../shared/domain'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { findGoal } from '../repositories/goals-repository'
import { findGoalDates, listGoalCheckIns } from '../repositories/history-repository'
import { daysBetween } from './calendar'
import type { ServiceContext } from './service-context'

/** What a goal lacks to be measurable: a metric, a target and a due date. */
export function missingGoalFields(goal: Pick<Goal, 'metric' | 'target' | 'dueDate'>): GoalField[] {
  const missing: GoalField[] = []
  if (goal.metric.trim() === '') missing.push('metric')
  if (goal.target === null) missing.push('target')
  if (goal.dueDate === null) missing.push('due_date')
  return missing
}

/**
 * How far `value` has come from the baseline (0 %) to the target (100 %); without a baseline,
 * the share of the target reached. Null when it cannot be told.
 */
export function attainmentPercent(goal: Pick<Goal, 'baseline' | 'target'>, value: number | null): number | null {
  if (value === null || goal.target === null) return null
  const from = goal.baseline ?? 0
  if (goal.target === from) return null
  return Math.round(((value - from) / (goal.target - from)) * 1000) / 10
}

/** The straight line from the baseline on `startDate` to the target on the due date, and where it stands `today`. */
export function paceLine(goal: Pick<Goal, 'baseline' | 'target' | 'dueDate'>, startDate: string, today: string): GoalProgress['pace'] {
  if (goal.baseline === null || goal.target === null || goal.dueDate === null) return null
  const span = daysBetween(startDate, goal.dueDate)
  if (span <= 0) return null
  const elapsed = Math.min(Math.max(daysBetween(startDate, today), 0), span)
  const expectedToday = goal.baseline + ((goal.target - goal.baseline) * elapsed) / span
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
  if (!goal || !dates) throw notFound('This goal')
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
    attainmentPercent: attainmentPercent(goal, goal.latestValue)
  }
}
