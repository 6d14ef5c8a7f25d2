import type { Database } from 'better-sqlite3'
import type { Rep, Session } from '@shared/domain'
import { notFound } from '../errors'
import { findRep } from '../repositories/reps-repository'
import { findSession, sessionDate, type SessionRef } from '../repositories/sessions-repository'
import { invalidField } from './service-errors'

export function requireRep(db: Database, id: number): Rep {
  const rep = findRep(db, id)
  if (!rep) throw notFound('This rep')
  return rep
}

/** A live session and the facts most writes need about it. */
export interface SessionScope {
  session: Session
  /** The session's calendar date: what check-ins, agreements and recognitions made in it are dated. */
  date: string
  ref: SessionRef
}

export function requireSession(db: Database, id: number): SessionScope {
  const session = findSession(db, id)
  if (!session || !findRep(db, session.repId)) throw notFound('This 1:1')
  return { session, date: sessionDate(session), ref: { id: session.id, scheduledAt: session.scheduledAt } }
}

/** Refuses an item of one rep in another rep's 1:1. */
export function requireSameRep(scope: SessionScope, item: { repId: number }, field: string, what: string): void {
  if (item.repId !== scope.session.repId) throw invalidField(field, `This ${what} belongs to another rep.`)
}
