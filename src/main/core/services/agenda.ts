// Talking points: jotted between 1:1s for the rep's next one, then discussed or carried over.
import type { AgendaOutcome, Owner, TalkingPoint } from '@shared/domain'
import { notFound } from '../errors'
import { AFTER_EVERY_SESSION, findRepSessionByStatus, touchSession, type SessionRef } from '../repositories/sessions-repository'
import {
  findTalkingPoint,
  findTalkingPointRecord,
  insertTalkingPoint,
  listUndiscussedTalkingPoints,
  softDeleteTalkingPoint,
  updateTalkingPoint,
  writeAgendaOutcome,
  type TalkingPointRecord
} from '../repositories/talking-points-repository'
import { conflict } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep, requireSameRep, requireSession } from './session-lookup'

function requirePoint(context: ServiceContext, id: number): TalkingPointRecord {
  const point = findTalkingPointRecord(context.db, id)
  if (!point) throw notFound('This talking point')
  return point
}

/** Outside a session, a point is shown as the rep's 1:1 in progress sees it, if there is one. */
function viewpointFor(context: ServiceContext, repId: number): SessionRef {
  return findRepSessionByStatus(context.db, repId, 'in_progress', 'last') ?? AFTER_EVERY_SESSION
}

function readPoint(context: ServiceContext, id: number, viewpoint: SessionRef): TalkingPoint {
  const point = findTalkingPoint(context.db, id, viewpoint)
  if (!point) throw notFound('This talking point')
  return point
}

export function addTalkingPoint(context: ServiceContext, input: { repId: number; text: string; raisedBy: Owner }): TalkingPoint {
  requireRep(context.db, input.repId)
  const id = insertTalkingPoint(context.db, input, nowOf(context))
  return readPoint(context, id, viewpointFor(context, input.repId))
}

export function editTalkingPoint(context: ServiceContext, input: { id: number; text?: string; raisedBy?: Owner }): TalkingPoint {
  const { db } = context
  const point = requirePoint(context, input.id)
  db.transaction(() => {
    const now = nowOf(context)
    updateTalkingPoint(db, point.id, { text: input.text, raisedBy: input.raisedBy }, now)
    if (point.discussedInSessionId !== null) touchSession(db, point.discussedInSessionId, now)
  })()
  return readPoint(context, point.id, viewpointFor(context, point.repId))
}

export function removeTalkingPoint(context: ServiceContext, id: number): { id: number } {
  const { db } = context
  const point = requirePoint(context, id)
  db.transaction(() => {
    const now = nowOf(context)
    softDeleteTalkingPoint(db, point.id, now)
    if (point.discussedInSessionId !== null) touchSession(db, point.discussedInSessionId, now)
  })()
  return { id }
}

/** The rep's points waiting for a 1:1, oldest first. */
export function listOpenTalkingPoints(context: ServiceContext, repId: number): TalkingPoint[] {
  requireRep(context.db, repId)
  return listUndiscussedTalkingPoints(context.db, repId, viewpointFor(context, repId))
}

/**
 * The same, for a rep the caller has already read along with the id of the 1:1 under way (the
 * Team row's `in_progress_id`): without one, the points are seen from outside any session and no
 * session needs to be looked up.
 */
export function listOpenTalkingPointsOfRep(context: ServiceContext, repId: number, inProgressId: number | null): TalkingPoint[] {
  return listUndiscussedTalkingPoints(context.db, repId, inProgressId === null ? AFTER_EVERY_SESSION : viewpointFor(context, repId))
}

export function setAgendaOutcome(context: ServiceContext, input: { id: number; sessionId: number; outcome: AgendaOutcome | null }): TalkingPoint {
  const { db } = context
  const point = requirePoint(context, input.id)
  const scope = requireSession(db, input.sessionId)
  requireSameRep(scope, point, 'id', 'talking point')
  if (point.discussedInSessionId !== null && point.discussedInSessionId !== scope.session.id) {
    throw conflict('This point was already discussed in another 1:1. Change it there.')
  }
  db.transaction(() => {
    const now = nowOf(context)
    writeAgendaOutcome(db, point.id, scope.session.id, input.outcome, now)
    touchSession(db, scope.session.id, now)
  })()
  return readPoint(context, point.id, scope.ref)
}
