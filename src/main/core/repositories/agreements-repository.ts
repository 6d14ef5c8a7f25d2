import type { Database } from 'better-sqlite3'
import type { Agreement, AgreementStatus, Owner, ReviewedAgreement, ReviewOutcome } from '@shared/domain'
import type { SessionRef } from './sessions-repository'

export interface AgreementRow {
  id: number
  rep_id: number
  text: string
  owner: Owner
  due_date: string | null
  status: AgreementStatus
  done_on: string | null
  created_in_session_id: number | null
  created_on: string
}

interface ReviewedAgreementRow extends AgreementRow {
  outcome: ReviewOutcome | null
  review_missed_reason: string | null
  carried_forward_count: number
}

/** An agreement's own columns, for checks before writing. */
export interface AgreementRecord extends Agreement {
  reviewedInSessionId: number | null
}

const AGREEMENT_COLUMNS = 'agreements.id, agreements.rep_id, agreements.text, agreements.owner, agreements.due_date, agreements.status, agreements.done_on, agreements.created_in_session_id, agreements.created_on'

export function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    repId: row.rep_id,
    text: row.text,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    doneOn: row.done_on,
    createdInSessionId: row.created_in_session_id,
    createdOn: row.created_on
  }
}

/** Open agreements of both owners, oldest first: nothing open is ever out of sight. */
export function listOpenAgreementsForRep(db: Database, repId: number): Agreement[] {
  const rows = db
    .prepare(
      `SELECT ${AGREEMENT_COLUMNS}
       FROM agreements
       WHERE rep_id = ? AND status = 'open'
       ORDER BY created_on, id`
    )
    .all(repId) as AgreementRow[]
  return rows.map(toAgreement)
}

export function findAgreement(db: Database, id: number): AgreementRecord | undefined {
  const row = db
    .prepare(`SELECT ${AGREEMENT_COLUMNS}, agreements.reviewed_in_session_id FROM agreements WHERE id = ?`)
    .get(id) as (AgreementRow & { reviewed_in_session_id: number | null }) | undefined
  return row ? { ...toAgreement(row), reviewedInSessionId: row.reviewed_in_session_id } : undefined
}

/** The agreements made in a session ("Next steps"), in the order they were written. */
export function listAgreementsCreatedIn(db: Database, sessionId: number): Agreement[] {
  const rows = db
    .prepare(`SELECT ${AGREEMENT_COLUMNS} FROM agreements WHERE created_in_session_id = ? ORDER BY id`)
    .all(sessionId) as AgreementRow[]
  return rows.map(toAgreement)
}

// Each agreement with what `@sessionId` decided about it and how many earlier sessions carried it forward.
const REVIEWED_SELECT = `
  SELECT ${AGREEMENT_COLUMNS}, here.outcome, here.missed_reason AS review_missed_reason,
         (SELECT count(*) FROM agreement_reviews AS earlier JOIN sessions ON sessions.id = earlier.session_id
          WHERE earlier.agreement_id = agreements.id AND earlier.outcome = 'carried_forward'
            AND (sessions.scheduled_at, sessions.id) < (@scheduledAt, @sessionId)) AS carried_forward_count
  FROM agreements
  LEFT JOIN agreement_reviews AS here ON here.agreement_id = agreements.id AND here.session_id = @sessionId`

function toReviewedAgreement(row: ReviewedAgreementRow): ReviewedAgreement {
  return {
    ...toAgreement(row),
    outcome: row.outcome,
    missedReason: row.review_missed_reason ?? '',
    carriedForwardCount: row.carried_forward_count
  }
}

export function findReviewedAgreement(db: Database, id: number, session: SessionRef): ReviewedAgreement | undefined {
  const row = db
    .prepare(`${REVIEWED_SELECT} WHERE agreements.id = @id`)
    .get({ id, sessionId: session.id, scheduledAt: session.scheduledAt }) as ReviewedAgreementRow | undefined
  return row ? toReviewedAgreement(row) : undefined
}

/**
 * "Last agreements" of a session: the rep's agreements made before it that were open when it took
 * place — still open now, reviewed in it, or closed only in a later session — oldest first.
 */
export function listLastAgreements(db: Database, repId: number, session: SessionRef & { date: string }): ReviewedAgreement[] {
  const rows = db
    .prepare(
      `${REVIEWED_SELECT}
       WHERE agreements.id IN (
           SELECT id FROM agreements WHERE rep_id = @repId AND status = 'open'
           UNION
           SELECT agreement_id FROM agreement_reviews WHERE session_id = @sessionId
           UNION
           SELECT later.agreement_id FROM sessions JOIN agreement_reviews AS later ON later.session_id = sessions.id
           WHERE sessions.rep_id = @repId AND sessions.scheduled_at >= @scheduledAt
             AND (sessions.scheduled_at, sessions.id) > (@scheduledAt, @sessionId) AND later.outcome != 'carried_forward')
         AND agreements.created_in_session_id IS NOT @sessionId
         AND agreements.created_on <= @date
       ORDER BY agreements.created_on, agreements.id`
    )
    .all({ repId, sessionId: session.id, scheduledAt: session.scheduledAt, date: session.date }) as ReviewedAgreementRow[]
  return rows.map(toReviewedAgreement)
}

export function insertAgreement(
  db: Database,
  agreement: { repId: number; text: string; owner: Owner; dueDate: string | null; createdInSessionId: number; createdOn: string },
  now: string
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO agreements (rep_id, text, owner, due_date, created_in_session_id, created_on, created_at, updated_at)
       VALUES (@repId, @text, @owner, @dueDate, @createdInSessionId, @createdOn, @now, @now)`
    )
    .run({ ...agreement, now })
  return Number(lastInsertRowid)
}

export function updateAgreement(db: Database, id: number, changes: { text?: string; owner?: Owner; dueDate?: string | null }, now: string): void {
  db.prepare(
    `UPDATE agreements
     SET text = coalesce(@text, text), owner = coalesce(@owner, owner),
         due_date = CASE WHEN @setDueDate = 1 THEN @dueDate ELSE due_date END, updated_at = @now
     WHERE id = @id`
  ).run({
    id,
    text: changes.text ?? null,
    owner: changes.owner ?? null,
    setDueDate: changes.dueDate === undefined ? 0 : 1,
    dueDate: changes.dueDate ?? null,
    now
  })
}

/** Sets the status a review leads to, and the session the agreement was last reviewed in. */
export function setAgreementReviewState(
  db: Database,
  id: number,
  state: { status: AgreementStatus; doneOn: string | null; missedReason: string; reviewedInSessionId: number | null },
  now: string
): void {
  db.prepare(
    `UPDATE agreements SET status = @status, done_on = @doneOn, missed_reason = @missedReason,
            reviewed_in_session_id = @reviewedInSessionId, updated_at = @now
     WHERE id = @id`
  ).run({ id, ...state, now })
}
