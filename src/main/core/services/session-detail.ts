// Everything the session screen shows, in one read.
import type { SessionDetail, SessionNotes } from '@shared/domain'
import { listAgreementsCreatedIn, listLastAgreements } from '../repositories/agreements-repository'
import { listChallengesForSession } from '../repositories/challenges-repository'
import { listGoalReview } from '../repositories/goals-repository'
import { emptyNote, listNotesOfSession } from '../repositories/notes-repository'
import { listRecognitionsOfSession } from '../repositories/recognitions-repository'
import { listAgenda } from '../repositories/talking-points-repository'
import { listSectionsOfTemplate } from '../repositories/templates-repository'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep, requireSession } from './session-lookup'
import { nextMeetingDate } from './session-service'

function notesOfSession(context: ServiceContext, sessionId: number): SessionNotes {
  const notes: SessionNotes = { shared: emptyNote(), private: emptyNote(), sections: {} }
  for (const stored of listNotesOfSession(context.db, sessionId)) {
    if (stored.kind === 'section') {
      if (stored.templateSectionId !== null) notes.sections[stored.templateSectionId] = stored.note
    } else {
      notes[stored.kind] = stored.note
    }
  }
  return notes
}

export function getSessionDetail(context: ServiceContext, id: number): SessionDetail {
  const { db } = context
  const { session, date, ref } = requireSession(db, id)
  const rep = requireRep(db, session.repId)
  const completed = session.status === 'completed'
  return {
    session,
    rep,
    sections: session.templateId === null ? [] : listSectionsOfTemplate(db, session.templateId),
    agenda: listAgenda(db, rep.id, { ...ref, completed }),
    goalReview: listGoalReview(db, rep.id, { ...ref, date, createdBy: session.completedAt ?? nowOf(context) }),
    lastAgreements: listLastAgreements(db, rep.id, { ...ref, date }),
    challenges: listChallengesForSession(db, rep.id, { id: session.id, date }),
    recognitions: listRecognitionsOfSession(db, session.id),
    newAgreements: listAgreementsCreatedIn(db, session.id),
    notes: notesOfSession(context, session.id),
    suggestedDueDate: nextMeetingDate(context, session, rep)
  }
}
