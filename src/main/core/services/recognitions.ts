// Recognition: specific wins and behaviours, optionally tied to one of the rep's goals.
import type { Recognition } from '@shared/domain'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { findGoal } from '../repositories/goals-repository'
import { findRecognition, insertRecognition, softDeleteRecognition, updateRecognition } from '../repositories/recognitions-repository'
import { touchSession } from '../repositories/sessions-repository'
import { invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep, requireSession } from './session-lookup'

function checkGoalOfRep(context: ServiceContext, goalId: number | null | undefined, repId: number): void {
  if (goalId === null || goalId === undefined) return
  const goal = findGoal(context.db, goalId)
  if (!goal || goal.repId !== repId) throw invalidField('goalId', "Choose one of this rep's goals, or none.")
}

function readRecognition(context: ServiceContext, id: number): Recognition {
  const recognition = findRecognition(context.db, id)
  if (!recognition) throw notFound('This recognition')
  return recognition
}

export function createRecognition(context: ServiceContext, input: { sessionId: number; what: string; behaviour: string; goalId: number | null }): Recognition {
  const { db } = context
  const { session, date } = requireSession(db, input.sessionId)
  checkGoalOfRep(context, input.goalId, session.repId)
  const id = db.transaction(() => {
    const now = nowOf(context)
    const recognitionId = insertRecognition(
      db,
      { repId: session.repId, sessionId: session.id, goalId: input.goalId, what: input.what, behaviour: input.behaviour, recognizedOn: date },
      now
    )
    touchSession(db, session.id, now)
    return recognitionId
  })()
  return readRecognition(context, id)
}

/** Recognition given between 1:1s (from the Rep screen or Team), when the win happens: it belongs to no 1:1 and is dated today. */
export function giveRecognition(context: ServiceContext, input: { repId: number; what: string; behaviour: string; goalId: number | null }): Recognition {
  const { db } = context
  requireRep(db, input.repId)
  checkGoalOfRep(context, input.goalId, input.repId)
  const id = insertRecognition(
    db,
    { repId: input.repId, sessionId: null, goalId: input.goalId, what: input.what, behaviour: input.behaviour, recognizedOn: todayOf(context.clock) },
    nowOf(context)
  )
  return readRecognition(context, id)
}

export function editRecognition(context: ServiceContext, input: { id: number; what?: string; behaviour?: string; goalId?: number | null }): Recognition {
  const { db } = context
  const recognition = readRecognition(context, input.id)
  checkGoalOfRep(context, input.goalId, recognition.repId)
  db.transaction(() => {
    const now = nowOf(context)
    updateRecognition(db, recognition.id, { what: input.what, behaviour: input.behaviour, goalId: input.goalId }, now)
    if (recognition.sessionId !== null) touchSession(db, recognition.sessionId, now)
  })()
  return readRecognition(context, recognition.id)
}

export function removeRecognition(context: ServiceContext, id: number): { id: number } {
  const { db } = context
  const recognition = readRecognition(context, id)
  db.transaction(() => {
    const now = nowOf(context)
    softDeleteRecognition(db, recognition.id, now)
    if (recognition.sessionId !== null) touchSession(db, recognition.sessionId, now)
  })()
  return { id }
}
