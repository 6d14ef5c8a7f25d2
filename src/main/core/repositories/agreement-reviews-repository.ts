import type { Database } from 'better-sqlite3'
import type { ReviewOutcome } from '@shared/domain'

/** One session's review of an agreement, with where that session stands in time. */
export interface AgreementReview {
  sessionId: number
  outcome: ReviewOutcome
  missedReason: string
  sessionScheduledAt: string
}

/** Every review of an agreement, in session order. */
export function listReviewsOfAgreement(db: Database, agreementId: number): AgreementReview[] {
  const rows = db
    .prepare(
      `SELECT agreement_reviews.session_id, agreement_reviews.outcome, agreement_reviews.missed_reason, sessions.scheduled_at
       FROM agreement_reviews JOIN sessions ON sessions.id = agreement_reviews.session_id
       WHERE agreement_reviews.agreement_id = ?
       ORDER BY sessions.scheduled_at, sessions.id`
    )
    .all(agreementId) as Array<{ session_id: number; outcome: ReviewOutcome; missed_reason: string; scheduled_at: string }>
  return rows.map((row) => ({ sessionId: row.session_id, outcome: row.outcome, missedReason: row.missed_reason, sessionScheduledAt: row.scheduled_at }))
}

export function writeAgreementReview(
  db: Database,
  review: { agreementId: number; sessionId: number; outcome: ReviewOutcome; missedReason: string },
  now: string
): void {
  db.prepare(
    `INSERT INTO agreement_reviews (agreement_id, session_id, outcome, missed_reason, reviewed_at)
     VALUES (@agreementId, @sessionId, @outcome, @missedReason, @now)
     ON CONFLICT (agreement_id, session_id) DO UPDATE
       SET outcome = excluded.outcome, missed_reason = excluded.missed_reason, reviewed_at = excluded.reviewed_at`
  ).run({ ...review, now })
}

export function deleteAgreementReview(db: Database, agreementId: number, sessionId: number): void {
  db.prepare('DELETE FROM agreement_reviews WHERE agreement_id = ? AND session_id = ?').run(agreementId, sessionId)
}
