// Setting and changing goals from the Rep screen: create, edit, close (achieved, dropped,
// archived) and reopen, and the status a running goal shows — suggested by the pace of its
// check-ins until the manager sets one.
import type { Database } from 'better-sqlite3'
import type { Goal, GoalStatus } from '@shared/domain'
import type { GoalDetails, GoalFields, GoalLifecycleAction, ProgressStatus, RepGoals } from '@shared/goals'
import { notFound } from '../errors'
import {
  findGoalEditorColumns,
  insertGoal,
  listGoalEditorColumns,
  setGoalArchivedAt,
  setGoalStatusFrom,
  updateGoalFields,
  type GoalEditorColumns,
  type GoalWrite
} from '../repositories/goal-editor-repository'
import { findGoal, listGoalsForRep } from '../repositories/goals-repository'
import { fromStoredTimeframe, toStoredTimeframe } from './goal-periods'
import { missingGoalFields } from '@shared/goal-rules'
import { attainmentPercent, suggestedStatusFromPace } from './goal-progress'
import { conflict } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

/** A running goal with no suggestion yet (no value, no pace line) shows as on track. */
const STATUS_WITHOUT_SUGGESTION: ProgressStatus = 'on_track'

export function isClosedGoal(goal: Pick<Goal, 'status' | 'archived'>): boolean {
  return goal.archived || goal.status === 'achieved' || goal.status === 'dropped'
}

/** The day pace is measured from: the period's first day, else the day the goal was set. */
export function goalStartDate(columns: Pick<GoalEditorColumns, 'periodStart' | 'createdAt'>): string {
  return columns.periodStart ?? columns.createdAt.slice(0, 10)
}

function describeGoal(stored: Goal, columns: GoalEditorColumns): GoalDetails {
  const missing = missingGoalFields(stored)
  const form = fromStoredTimeframe(columns)
  const closed = isClosedGoal(stored)
  const suggestedStatus = suggestedStatusFromPace(stored, goalStartDate(columns))
  // A goal following the suggestion shows it as of now, even if values arrived by a path that
  // did not refresh the stored status (a CSV import written by other code, say).
  const followsPace = columns.statusSource === 'pace' && !closed
  const goal = followsPace ? { ...stored, status: suggestedStatus ?? STATUS_WITHOUT_SUGGESTION } : stored
  return {
    goal,
    currency: columns.currency,
    timeframe: form.timeframe,
    periodStart: columns.periodStart,
    month: form.month || null,
    quarter: form.quarter || null,
    closed,
    missing,
    measurable: missing.length === 0,
    statusSource: columns.statusSource,
    suggestedStatus,
    attainmentPercent: attainmentPercent(goal, goal.latestValue)
  }
}

function requireGoal(db: Database, goalId: number): { goal: Goal; columns: GoalEditorColumns } {
  const goal = findGoal(db, goalId)
  const columns = findGoalEditorColumns(db, goalId)
  if (!goal || !columns) throw notFound('This goal')
  return { goal, columns }
}

export function getGoalDetails(context: ServiceContext, goalId: number): GoalDetails {
  const { goal, columns } = requireGoal(context.db, goalId)
  return describeGoal(goal, columns)
}

/** A rep's goals: running ones due soonest first, then closed ones (achieved, dropped, archived). */
export function listRepGoals(context: ServiceContext, repId: number): RepGoals {
  requireRep(context.db, repId)
  const columns = listGoalEditorColumns(context.db, repId)
  const details = listGoalsForRep(context.db, repId).flatMap((goal) => {
    const extra = columns.get(goal.id)
    return extra ? [describeGoal(goal, extra)] : []
  })
  return { active: details.filter((item) => !item.closed), closed: details.filter((item) => item.closed) }
}

/**
 * Puts a goal that follows the suggestion on the status its pace suggests now. Called after
 * anything that moves its values or its pace line: an edit, a check-in in a 1:1, an import.
 */
export function followSuggestedStatus(db: Database, goalId: number, now: string): void {
  const goal = findGoal(db, goalId)
  const columns = findGoalEditorColumns(db, goalId)
  if (!goal || !columns || columns.statusSource !== 'pace' || isClosedGoal(goal)) return
  const suggested = suggestedStatusFromPace(goal, goalStartDate(columns)) ?? STATUS_WITHOUT_SUGGESTION
  setGoalStatusFrom(db, goalId, suggested, 'pace', now)
}

function toWrite(fields: GoalFields): GoalWrite {
  return {
    title: fields.title,
    metric: fields.metric,
    unit: fields.unit,
    currency: fields.unit === 'currency' ? fields.currency || null : null,
    baseline: fields.baseline,
    target: fields.target,
    ...toStoredTimeframe(fields)
  }
}

export function createGoal(context: ServiceContext, input: GoalFields & { repId: number }): GoalDetails {
  const { db } = context
  const rep = requireRep(db, input.repId)
  if (rep.archived) throw conflict(`${rep.name} is archived. Restore the rep before setting new goals.`)
  const id = db.transaction(() => insertGoal(db, rep.id, toWrite(input), STATUS_WITHOUT_SUGGESTION, nowOf(context)))()
  return getGoalDetails(context, id)
}

export function updateGoal(context: ServiceContext, input: GoalFields & { id: number }): GoalDetails {
  const { db } = context
  requireGoal(db, input.id)
  db.transaction(() => {
    const now = nowOf(context)
    updateGoalFields(db, input.id, toWrite(input), now)
    followSuggestedStatus(db, input.id, now)
  })()
  return getGoalDetails(context, input.id)
}

/** Closes a goal (achieved, dropped, archived) or reopens it. Its check-ins always stay. */
export function changeGoalLifecycle(context: ServiceContext, input: { id: number; action: GoalLifecycleAction }): GoalDetails {
  const { db } = context
  const { goal } = requireGoal(db, input.id)
  db.transaction(() => {
    const now = nowOf(context)
    switch (input.action) {
      case 'achieved':
      case 'dropped':
        setGoalStatusFrom(db, goal.id, input.action, 'manager', now)
        break
      case 'archived':
        if (!goal.archived) setGoalArchivedAt(db, goal.id, now, now)
        break
      case 'reactivate':
        if (goal.archived) setGoalArchivedAt(db, goal.id, null, now)
        if (goal.status === 'achieved' || goal.status === 'dropped') {
          setGoalStatusFrom(db, goal.id, STATUS_WITHOUT_SUGGESTION, 'pace', now)
          followSuggestedStatus(db, goal.id, now)
        }
        break
    }
  })()
  return getGoalDetails(context, input.id)
}

/** The manager's own status for a running goal, or (null) back to the one the pace suggests. */
export function overrideGoalStatus(context: ServiceContext, input: { id: number; status: ProgressStatus | null }): GoalDetails {
  const { db } = context
  const { goal } = requireGoal(db, input.id)
  if (isClosedGoal(goal)) throw conflict(`“${goal.title}” is closed. Reopen it before changing its status.`)
  db.transaction(() => {
    const now = nowOf(context)
    if (input.status) setGoalStatusFrom(db, goal.id, input.status, 'manager', now)
    else {
      setGoalStatusFrom(db, goal.id, goal.status as GoalStatus, 'pace', now)
      followSuggestedStatus(db, goal.id, now)
    }
  })()
  return getGoalDetails(context, input.id)
}
