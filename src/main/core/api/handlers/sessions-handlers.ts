import type { sessionsContract } from '@shared/contract/sessions'
import { listSessionListings } from '../../queries/session-listing'
import { saveNote } from '../../services/notes'
import { getSessionDetail } from '../../services/session-detail'
import { finishSession, planSession, startSession, updateCheckIn } from '../../services/session-service'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function createSessionsHandlers({ services }: HandlerContext): HandlersFor<keyof typeof sessionsContract> {
  return {
    'sessions.start': (input) => getSessionDetail(services, startSession(services, input)),
    'sessions.plan': (input) => planSession(services, input),
    'sessions.get': ({ id }) => getSessionDetail(services, id),
    'sessions.updateCheckIn': (input) => updateCheckIn(services, input),
    'sessions.finish': (input) => finishSession(services, input),
    'sessions.list': ({ repId }) => listSessionListings(services.db, repId ?? null),
    'notes.save': (input) => saveNote(services, input)
  }
}
