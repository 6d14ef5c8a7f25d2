// Recognition given between 1:1s (from the Rep screen or Team): a win is recognised when it
// happens, not saved up for the next 1:1. It belongs to no 1:1 and counts from today.
import type { Recognition } from '@shared/domain'
import { todayOf } from '../clock'
import { notFound } from '../errors'
import { findGoal } from '../repositories/goals-repository'
import { findRecognition, insertRecognition } from '../repositories/recognitions-repository'
import { invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

export function giveRecognition(context: ServiceContext, input: { repId: number; what: string; behaviour: string; goalId: number | null }): Recognition {
  const { db } = context
  requireRep(db, input.repId)
  if (input.goalId !== null) {
    const goal = findGoal(db, input.goalId)
    if (!goal || goal.repId !== input.repId) throw invalidField('goalId', "Choose one of this rep's goals, or none.")
  }
  const id = insertRecognition(
    db,
    { repId: input.repId, sessionId: null, goalId: input.goalId, what: input.what, behaviour: input.behaviour, recognizedOn: todayOf(context.clock) },
    nowOf(context)
  )
  const recognition = findRecognition(db, id)
  if (!recognition) throw notFound('This recognition')
  return recognition
}
