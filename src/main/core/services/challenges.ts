// Challenges: what is in the way and the support offered, linked to every 1:1 they come up in.
import type { Challenge, ChallengeStatus } from '@shared/domain'
import { notFound } from '../errors'
import {
  findChallenge,
  insertChallenge,
  linkChallengeToSession,
  markChallengeResolved,
  reopenChallenge,
  updateChallengeText
} from '../repositories/challenges-repository'
import { touchSession } from '../repositories/sessions-repository'
import { nowOf, type ServiceContext } from './service-context'
import { requireSameRep, requireSession } from './session-lookup'

function readChallenge(context: ServiceContext, id: number): Challenge {
  const challenge = findChallenge(context.db, id)
  if (!challenge) throw notFound('This challenge')
  return challenge
}

export function createChallenge(context: ServiceContext, input: { sessionId: number; text: string; supportOffered: string }): Challenge {
  const { db } = context
  const { session, date } = requireSession(db, input.sessionId)
  const id = db.transaction(() => {
    const now = nowOf(context)
    const challengeId = insertChallenge(
      db,
      { repId: session.repId, text: input.text, supportOffered: input.supportOffered, raisedInSessionId: session.id, raisedOn: date },
      now
    )
    linkChallengeToSession(db, challengeId, session.id)
    touchSession(db, session.id, now)
    return challengeId
  })()
  return readChallenge(context, id)
}

/** Edits a challenge as it comes up in a 1:1 (which links the two); resolving dates it by that 1:1. */
export function editChallenge(
  context: ServiceContext,
  input: { id: number; sessionId: number; text?: string; supportOffered?: string; status?: ChallengeStatus }
): Challenge {
  const { db } = context
  const challenge = readChallenge(context, input.id)
  const scope = requireSession(db, input.sessionId)
  requireSameRep(scope, challenge, 'id', 'challenge')
  db.transaction(() => {
    const now = nowOf(context)
    updateChallengeText(db, challenge.id, { text: input.text, supportOffered: input.supportOffered }, now)
    if (input.status === 'resolved' && challenge.status !== 'resolved') {
      markChallengeResolved(db, challenge.id, { sessionId: scope.session.id, resolvedOn: scope.date }, now)
    } else if (input.status === 'open' && challenge.status !== 'open') {
      reopenChallenge(db, challenge.id, now)
    }
    linkChallengeToSession(db, challenge.id, scope.session.id)
    touchSession(db, scope.session.id, now)
  })()
  return readChallenge(context, challenge.id)
}
