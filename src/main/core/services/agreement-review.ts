// Agreements (next steps): made in a 1:1, reviewed in the following ones until closed. An open
// agreement nobody reviews simply stays open and comes up again: nothing open is dropped silently.
import { carriedForwardDueDate } from '@shared/agreement-dates'
import type { Agreement, AgreementStatus, Owner, ReviewedAgreement, ReviewOutcome } from '@shared/domain'
import { notFound } from '../errors'
import { moveToTrash } from '../trash/trash-service'
import { deleteAgreementReview, listReviewsOfAgreement, writeAgreementReview, type AgreementReview } from '../repositories/agreement-reviews-repository'
import {
  findAgreement,
  findReviewedAgreement,
  insertAgreement,
  setAgreementReviewState,
  updateAgreement,
  type AgreementRecord
} from '../repositories/agreements-repository'
import { touchSession } from '../repositories/sessions-repository'
import { nextMeetingDate } from './session-service'
import { conflict, invalidField } from './service-errors'
import { nowOf, type ServiceContext } from './service-context'
import { requireRep, requireSameRep, requireSession, type SessionScope } from './session-lookup'

const STATUS_AFTER: Record<ReviewOutcome, AgreementStatus> = {
  done: 'done',
  missed: 'missed',
  carried_forward: 'open',
  dropped: 'dropped'
}

function requireAgreement(context: ServiceContext, id: number): AgreementRecord {
  const agreement = findAgreement(context.db, id)
  if (!agreement) throw notFound('This agreement')
  return agreement
}

function readAgreement(context: ServiceContext, id: number): Agreement {
  const { reviewedInSessionId: _reviewedIn, ...agreement } = requireAgreement(context, id)
  return agreement
}

export function createAgreement(context: ServiceContext, input: { sessionId: number; text: string; owner: Owner; dueDate: string | null }): Agreement {
  const { db } = context
  const { session, date } = requireSession(db, input.sessionId)
  const id = db.transaction(() => {
    const now = nowOf(context)
    const agreementId = insertAgreement(
      db,
      { repId: session.repId, text: input.text, owner: input.owner, dueDate: input.dueDate, createdInSessionId: session.id, createdOn: date },
      now
    )
    touchSession(db, session.id, now)
    return agreementId
  })()
  return readAgreement(context, id)
}

export function editAgreement(context: ServiceContext, input: { id: number; text?: string; owner?: Owner; dueDate?: string | null }): Agreement {
  const { db } = context
  const agreement = requireAgreement(context, input.id)
  db.transaction(() => {
    const now = nowOf(context)
    updateAgreement(db, agreement.id, { text: input.text, owner: input.owner, dueDate: input.dueDate }, now)
    if (agreement.createdInSessionId !== null) touchSession(db, agreement.createdInSessionId, now)
  })()
  return readAgreement(context, agreement.id)
}

/** An agreement removed during a 1:1 goes to the trash, like one deleted anywhere else (docs/DATA.md, "Deleting"). */
export function removeAgreement(context: ServiceContext, id: number): { id: number } {
  const { db } = context
  const agreement = requireAgreement(context, id)
  db.transaction(() => {
    if (agreement.createdInSessionId !== null) touchSession(db, agreement.createdInSessionId, nowOf(context))
    moveToTrash(context, 'agreement', agreement.id)
  })()
  return { id }
}

const isClosing = (outcome: ReviewOutcome) => outcome !== 'carried_forward'

/** Refuses a review that would contradict what other 1:1s decided about the agreement. */
function checkReviewFits(agreement: AgreementRecord, scope: SessionScope, outcome: ReviewOutcome | null, reviews: AgreementReview[]): void {
  const { session } = scope
  if (agreement.createdInSessionId === session.id) throw conflict('An agreement made in this 1:1 is reviewed in the next one.')
  if (agreement.createdOn > scope.date) throw conflict('This agreement was made after this 1:1, so it cannot be reviewed in it.')
  const here = reviews.find((review) => review.sessionId === session.id)
  const others = reviews.filter((review) => review.sessionId !== session.id)
  if (others.some((review) => isClosing(review.outcome))) throw conflict('This agreement was already closed in another 1:1. Change it there.')
  if (agreement.status !== 'open' && !(here && isClosing(here.outcome))) throw conflict('This agreement is already closed.')
  const later = others.some((review) => review.sessionScheduledAt > session.scheduledAt || (review.sessionScheduledAt === session.scheduledAt && review.sessionId > session.id))
  if (outcome !== null && isClosing(outcome) && later) throw conflict('This agreement came up again in a later 1:1. Close it there.')
}

/** The due date the agreement has after this review: as asked, or, when carried forward without one, moved to the next 1:1 if already due. */
function dueDateAfterReview(context: ServiceContext, agreement: AgreementRecord, scope: SessionScope, input: { outcome: ReviewOutcome | null; dueDate?: string | null | undefined }): string | null {
  if (input.dueDate !== undefined) return input.dueDate
  if (input.outcome !== 'carried_forward') return agreement.dueDate
  return carriedForwardDueDate(agreement.dueDate, scope.date, nextMeetingDate(context, scope.session, requireRep(context.db, scope.session.repId)))
}

/**
 * Records what a 1:1 decided about an earlier agreement (or, with a null outcome, undoes it):
 * done, missed (with why), carried forward (stays open, with a new due date if it was due) or
 * dropped. `dueDate`, when given, is the agreement's due date from now on.
 */
export function reviewAgreement(
  context: ServiceContext,
  input: { id: number; sessionId: number; outcome: ReviewOutcome | null; missedReason: string; dueDate?: string | null | undefined }
): ReviewedAgreement {
  const { db } = context
  const agreement = requireAgreement(context, input.id)
  const scope = requireSession(db, input.sessionId)
  requireSameRep(scope, agreement, 'id', 'agreement')
  const missedReason = input.outcome === 'missed' ? input.missedReason.trim() : ''
  if (input.outcome === 'missed' && missedReason === '') throw invalidField('missedReason', 'Say briefly why it was missed.')
  checkReviewFits(agreement, scope, input.outcome, listReviewsOfAgreement(db, agreement.id))
  const dueDate = dueDateAfterReview(context, agreement, scope, input)

  db.transaction(() => {
    const now = nowOf(context)
    const sessionId = scope.session.id
    if (dueDate !== agreement.dueDate) updateAgreement(db, agreement.id, { dueDate }, now)
    if (input.outcome === null) deleteAgreementReview(db, agreement.id, sessionId)
    else writeAgreementReview(db, { agreementId: agreement.id, sessionId, outcome: input.outcome, missedReason }, now)
    const lastReview = listReviewsOfAgreement(db, agreement.id).at(-1)
    setAgreementReviewState(
      db,
      agreement.id,
      {
        status: input.outcome === null ? 'open' : STATUS_AFTER[input.outcome],
        doneOn: input.outcome === 'done' ? scope.date : null,
        missedReason,
        reviewedInSessionId: lastReview?.sessionId ?? null
      },
      now
    )
    touchSession(db, sessionId, now)
  })()
  const reviewed = findReviewedAgreement(db, agreement.id, scope.ref)
  if (!reviewed) throw notFound('This agreement')
  return reviewed
}
