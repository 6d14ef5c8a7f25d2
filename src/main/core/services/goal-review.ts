// Goal check-ins written during a 1:1: one per goal and session, dated by the session.
import type { Goal, GoalReviewRow, GoalStatus } from '@shared/domain'
import { notFound } from '../errors'
import { deleteGoalCheckIn, findGoalCheckInOfSession, insertGoalCheckIn, updateGoalCheckIn } from '../repositories/goal-checkins-repository'
import { findGoalEditorColumns, setGoalStatusFrom } from '../repositories/goal-editor-repository'
import { findGoal, findGoalReviewRow } from '../repositories/goals-repository'
import { touchSession } from '../repositories/sessions-repository'
import { followSuggestedStatus } from './goal-editor'
import { nowOf, type ServiceContext } from './service-context'
import { requireSameRep, requireSession, type SessionScope } from './session-lookup'

function requireGoalInSession(context: ServiceContext, sessionId: number, goalId: number): { scope: SessionScope; goal: Goal } {
  const scope = requireSession(context.db, sessionId)
  const goal = findGoal(context.db, goalId)
  if (!goal) throw notFound('This goal')
  requireSameRep(scope, goal, 'goalId', 'goal')
  return { scope, goal }
}

function readReviewRow(context: ServiceContext, goalId: number, scope: SessionScope): GoalReviewRow {
  const row = findGoalReviewRow(context.db, goalId, { ...scope.ref, date: scope.date })
  if (!row) throw notFound('This goal')
  return row
}

export function recordCheckIn(
  context: ServiceContext,
  input: { sessionId: number; goalId: number; value: number; status: GoalStatus | null; repAssessment: string; comment: string }
): GoalReviewRow {
  const { db } = context
  const { scope, goal } = requireGoalInSession(context, input.sessionId, input.goalId)
  db.transaction(() => {
    const now = nowOf(context)
    const existing = findGoalCheckInOfSession(db, input.goalId, scope.session.id)
    const sourceNow = findGoalEditorColumns(db, goal.id)?.statusSource ?? 'manager'
    const fields = { value: input.value, status: input.status, repAssessment: input.repAssessment, comment: input.comment, recordedOn: scope.date }
    if (existing) updateGoalCheckIn(db, existing.id, fields)
    else
      insertGoalCheckIn(
        db,
        { ...fields, goalId: goal.id, sessionId: scope.session.id, goalStatusBefore: goal.status, goalStatusSourceBefore: sourceNow },
        now
      )
    // The goal takes the status the session gave it (the manager's call); without one, it goes
    // back to what it was and to whoever had decided it.
    if (input.status) setGoalStatusFrom(db, goal.id, input.status, 'manager', now)
    else if (existing?.status && existing.goalStatusBefore) setGoalStatusFrom(db, goal.id, existing.goalStatusBefore, existing.goalStatusSourceBefore ?? 'manager', now)
    followSuggestedStatus(db, goal.id, now)
    touchSession(db, scope.session.id, now)
  })()
  return readReviewRow(context, input.goalId, scope)
}

export function clearCheckIn(context: ServiceContext, input: { sessionId: number; goalId: number }): GoalReviewRow {
  const { db } = context
  const { scope } = requireGoalInSession(context, input.sessionId, input.goalId)
  const existing = findGoalCheckInOfSession(db, input.goalId, scope.session.id)
  if (existing) {
    db.transaction(() => {
      const now = nowOf(context)
      deleteGoalCheckIn(db, existing.id)
      if (existing.status && existing.goalStatusBefore)
        setGoalStatusFrom(db, input.goalId, existing.goalStatusBefore, existing.goalStatusSourceBefore ?? 'manager', now)
      followSuggestedStatus(db, input.goalId, now)
      touchSession(db, scope.session.id, now)
    })()
  }
  return readReviewRow(context, input.goalId, scope)
}
