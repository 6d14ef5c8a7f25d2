// The roster: a rep's page and adding, changing and archiving a rep.
import type { MethodParsedInput } from '@shared/contract'
import type { Rep, RepDetail } from '@shared/domain'
import { listOpenAgreementsForRep } from '../repositories/agreements-repository'
import { listGoalsForRep } from '../repositories/goals-repository'
import { lastRecognitionDate } from '../repositories/recognitions-repository'
import { insertRep, setRepArchived, updateRep } from '../repositories/reps-repository'
import { listRecentSessionsForRep } from '../repositories/sessions-repository'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

/** How many of a rep's latest 1:1s their page lists. */
const RECENT_SESSIONS = 20

export function getRepDetail({ db }: ServiceContext, id: number): RepDetail {
  const rep = requireRep(db, id)
  return {
    rep,
    goals: listGoalsForRep(db, id),
    openAgreements: listOpenAgreementsForRep(db, id),
    recentSessions: listRecentSessionsForRep(db, id, RECENT_SESSIONS),
    lastRecognitionDate: lastRecognitionDate(db, id)
  }
}

/** Adds a rep; without a cadence, the one the preferences name as the default. */
export function createRep(context: ServiceContext, input: MethodParsedInput<'reps.create'>): Rep {
  const cadence = input.cadence ?? context.preferences.get().defaultCadence
  const id = insertRep(context.db, { ...input, cadence }, { now: nowOf(context) })
  return requireRep(context.db, id)
}

export function updateRepFields(context: ServiceContext, { id, changes }: MethodParsedInput<'reps.update'>): Rep {
  requireRep(context.db, id)
  updateRep(context.db, id, changes, nowOf(context))
  return requireRep(context.db, id)
}

export function archiveRep(context: ServiceContext, { id, archived }: MethodParsedInput<'reps.setArchived'>): Rep {
  requireRep(context.db, id)
  setRepArchived(context.db, id, archived, nowOf(context))
  return requireRep(context.db, id)
}
