// The life of a 1:1: plan it, start (or resume) it, fill in the check-in, finish it.
import { format, parseISO } from 'date-fns'
import type { FinishResult, Rep, Session } from '@shared/domain'
import { todayOf, type Clock } from '../clock'
import { notFound } from '../errors'
import { updateRep } from '../repositories/reps-repository'
import {
  findPlannedSessionOn,
  findRepSessionByStatus,
  findSession,
  firstPlannedDateAfter,
  insertSession,
  markSessionCompleted,
  markSessionStarted,
  sessionDate,
  touchSession,
  updateSessionCheckIn
} from '../repositories/sessions-repository'
import { findTemplate, findTemplateForNewSessions } from '../repositories/templates-repository'
import { nextSessionDate } from './cadence'
import { conflict, invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep, requireSession } from './session-lookup'

/** The clock's local date and time as stored in `sessions.scheduled_at`. */
export function localDateTimeOf(clock: Clock): string {
  return format(clock.now(), "yyyy-MM-dd'T'HH:mm")
}

function requireSessionById(context: ServiceContext, id: number): Session {
  const session = findSession(context.db, id)
  if (!session) throw notFound('This 1:1')
  return session
}

/** A template a new or starting 1:1 may use: the one asked for, or else the default. */
function templateForNewSession(context: ServiceContext, templateId: number | undefined): number {
  if (templateId !== undefined) {
    const template = findTemplate(context.db, templateId)
    if (!template) throw notFound('This template')
    if (template.retired) throw invalidField('templateId', 'This template is retired. Choose another one.')
    return template.id
  }
  const fallback = findTemplateForNewSessions(context.db)
  if (fallback === undefined) throw conflict('There is no template to run a 1:1 with. Create one in Settings first.')
  return fallback
}

function refuseArchived(rep: Rep): void {
  if (rep.archived) throw conflict(`${rep.name} is archived. Restore them to plan or start a 1:1.`)
}

/**
 * The rep's next 1:1 after `session`: a session already planned after it, or else the date its
 * cadence gives (counted from the session's own date).
 */
export function nextMeetingDate(context: ServiceContext, session: Session, rep: Rep): string {
  return (
    firstPlannedDateAfter(context.db, rep.id, session) ??
    nextSessionDate(sessionDate(session), rep.cadence, context.preferences.get().weekStartsOn)
  )
}

/**
 * Opens the rep's 1:1: resumes the one in progress, else starts the earliest planned one, else
 * starts a new one now. Returns its id.
 */
export function startSession(context: ServiceContext, input: { repId: number; templateId?: number }): number {
  const { db, clock } = context
  const rep = requireRep(db, input.repId)
  return db.transaction(() => {
    const inProgress = findRepSessionByStatus(db, rep.id, 'in_progress', 'last')
    if (inProgress) return inProgress.id
    refuseArchived(rep)
    const now = nowOf(context)
    const planned = findRepSessionByStatus(db, rep.id, 'planned', 'first')
    if (planned) {
      // A planned 1:1 held on another day than planned is dated by when it really happens.
      const heldAsPlanned = sessionDate(planned) === todayOf(clock) && planned.scheduledAt.length > 10
      markSessionStarted(db, planned.id, {
        scheduledAt: heldAsPlanned ? planned.scheduledAt : localDateTimeOf(clock),
        templateId: input.templateId !== undefined || planned.templateId === null ? templateForNewSession(context, input.templateId) : planned.templateId,
        startedAt: now
      })
      return planned.id
    }
    return insertSession(
      db,
      { repId: rep.id, templateId: templateForNewSession(context, input.templateId), scheduledAt: localDateTimeOf(clock), status: 'in_progress', startedAt: now },
      now
    )
  })()
}

export function planSession(context: ServiceContext, input: { repId: number; scheduledAt: string; templateId?: number }): Session {
  const { db } = context
  const rep = requireRep(db, input.repId)
  refuseArchived(rep)
  const templateId = templateForNewSession(context, input.templateId)
  const date = input.scheduledAt.slice(0, 10)
  const id = db.transaction(() => {
    if (findPlannedSessionOn(db, rep.id, date)) {
      const shown = format(parseISO(date), context.preferences.get().dateFormat)
      throw conflict(`A 1:1 with ${rep.name} is already planned for ${shown}. Change that one instead.`)
    }
    const now = nowOf(context)
    const sessionId = insertSession(db, { repId: rep.id, templateId, scheduledAt: input.scheduledAt, status: 'planned', startedAt: null }, now)
    // The next 1:1 shown for the rep is the first one planned.
    const first = findRepSessionByStatus(db, rep.id, 'planned', 'first')
    if (first) updateRep(db, rep.id, { nextSessionDate: sessionDate(first) }, now)
    return sessionId
  })()
  return requireSessionById(context, id)
}

export function updateCheckIn(context: ServiceContext, input: { id: number; pulse?: number | null; checkInText?: string }): Session {
  const { db } = context
  const { session } = requireSession(db, input.id)
  if (input.pulse === undefined && input.checkInText === undefined) return session
  db.transaction(() => {
    updateSessionCheckIn(db, session.id, { pulse: input.pulse, checkInText: input.checkInText })
    touchSession(db, session.id, nowOf(context))
  })()
  return requireSessionById(context, session.id)
}

export function finishSession(context: ServiceContext, input: { id: number; durationSeconds?: number }): FinishResult {
  const { db, clock } = context
  const { session } = requireSession(db, input.id)
  if (session.status === 'completed') throw conflict('This 1:1 is already finished.')
  if (session.status === 'planned') throw conflict('This 1:1 has not started yet. Start it before finishing it.')
  const rep = requireRep(db, session.repId)
  const now = nowOf(context)
  const startedAt = session.startedAt ? Date.parse(session.startedAt) : NaN
  const durationSeconds = input.durationSeconds ?? (Number.isNaN(startedAt) ? 0 : Math.max(0, Math.round((clock.now().getTime() - startedAt) / 1000)))
  const next = nextMeetingDate(context, session, rep)
  db.transaction(() => {
    markSessionCompleted(db, session.id, { completedAt: now, durationSeconds })
    updateRep(db, rep.id, { nextSessionDate: next }, now)
  })()
  return { session: requireSessionById(context, session.id), nextSessionDate: next }
}
