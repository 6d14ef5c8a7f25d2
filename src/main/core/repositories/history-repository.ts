// Reads behind a rep's history (timeline, agreements ledger, recognition log, goal progress) and
// the brief. Every statement finds its rows through an index on the rep, the session or the goal.
import type { Database } from 'better-sqlite3'
import type { AgreementRow } from './agreements-repository'
import type { AgreementStatus, GoalStatus, Owner, SessionStatus } from '@shared/domain'

/** A place in a rep's timeline: sessions are ordered by (scheduled_at, id). */
export interface TimelinePosition {
  scheduledAt: string
  id: number
}

/** A position after every session: the first page starts here. */
export const TIMELINE_START: TimelinePosition = { scheduledAt: '9999-12-31T23:59', id: Number.MAX_SAFE_INTEGER }

export interface TimelineSqlRow {
  id: number
  scheduled_at: string
  status: SessionStatus
  pulse: number | null
  template_name: string | null
  duration_seconds: number | null
  agreements_created: number
  agreements_reviewed: number
  recognitions: number
  challenges: number
  shared_text: string | null
  has_private: number
}

/** Up to `limit` sessions of the rep before `before`, newest first, with what each recorded. */
export function listTimelinePage(db: Database, repId: number, before: TimelinePosition, limit: number): TimelineSqlRow[] {
  return db
    .prepare(
      `SELECT sessions.id, sessions.scheduled_at, sessions.status, sessions.pulse, templates.name AS template_name,
              sessions.duration_seconds,
         (SELECT count(*) FROM agreements
           WHERE created_in_session_id = sessions.id) AS agreements_created,
         (SELECT count(*) FROM agreement_reviews
            JOIN agreements ON agreements.id = agreement_reviews.agreement_id
           WHERE agreement_reviews.session_id = sessions.id) AS agreements_reviewed,
         (SELECT count(*) FROM live_recognitions WHERE session_id = sessions.id) AS recognitions,
         (SELECT count(*) FROM challenge_sessions
            JOIN challenges ON challenges.id = challenge_sessions.challenge_id
           WHERE challenge_sessions.session_id = sessions.id) AS challenges,
         (SELECT substr(note_bodies.plain_text, 1, 600) FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id
           WHERE notes.session_id = sessions.id AND notes.kind = 'shared') AS shared_text,
         EXISTS (SELECT 1 FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id
           WHERE notes.session_id = sessions.id AND notes.kind = 'private' AND note_bodies.plain_text != '') AS has_private
       FROM sessions LEFT JOIN templates ON templates.id = sessions.template_id
       WHERE sessions.rep_id = @repId
         AND (sessions.scheduled_at, sessions.id) < (@scheduledAt, @id)
       ORDER BY sessions.scheduled_at DESC, sessions.id DESC
       LIMIT @limit`
    )
    .all({ repId, scheduledAt: before.scheduledAt, id: before.id, limit }) as TimelineSqlRow[]
}

export interface LedgerSqlRow extends AgreementRow {
  missed_reason: string
  reviewed_in_session_id: number | null
  reviewed_on: string | null
  carried_forward_count: number
}

/** The rep's agreements (optionally of one owner and status), newest first. */
export function listAgreementLedger(db: Database, repId: number, filter: { owner: Owner | null; status: AgreementStatus | null }): LedgerSqlRow[] {
  return db
    .prepare(
      `SELECT agreements.id, agreements.rep_id, agreements.text, agreements.owner, agreements.due_date, agreements.status,
              agreements.done_on, agreements.created_in_session_id, agreements.created_on, agreements.missed_reason,
              agreements.reviewed_in_session_id, substr(reviewed.scheduled_at, 1, 10) AS reviewed_on,
         (SELECT count(*) FROM agreement_reviews
            JOIN sessions ON sessions.id = agreement_reviews.session_id
           WHERE agreement_reviews.agreement_id = agreements.id AND agreement_reviews.outcome = 'carried_forward') AS carried_forward_count
       FROM agreements
       LEFT JOIN sessions AS reviewed ON reviewed.id = agreements.reviewed_in_session_id
       WHERE agreements.rep_id = @repId
         AND (@owner IS NULL OR agreements.owner = @owner)
         AND (@status IS NULL OR agreements.status = @status)
       ORDER BY agreements.created_on DESC, agreements.id DESC`
    )
    .all({ repId, owner: filter.owner, status: filter.status }) as LedgerSqlRow[]
}

export interface OpenAgreementSqlRow extends AgreementRow {
  carried_forward_count: number
}

/**
 * The rep's open agreements, both owners, newest first, with how many 1:1s carried each forward.
 * `status = 'open'` written out (not the ledger's optional filter) lets SQLite search the
 * (rep_id, status) index for the few open agreements instead of reading all the rep ever had.
 */
export function listOpenAgreementsWithCarry(db: Database, repId: number): OpenAgreementSqlRow[] {
  return db
    .prepare(
      `SELECT agreements.id, agreements.rep_id, agreements.text, agreements.owner, agreements.due_date, agreements.status,
              agreements.done_on, agreements.created_in_session_id, agreements.created_on,
         (SELECT count(*) FROM agreement_reviews
            JOIN sessions ON sessions.id = agreement_reviews.session_id
           WHERE agreement_reviews.agreement_id = agreements.id AND agreement_reviews.outcome = 'carried_forward') AS carried_forward_count
       FROM agreements
       WHERE agreements.rep_id = ? AND agreements.status = 'open'
       ORDER BY agreements.created_on DESC, agreements.id DESC`
    )
    .all(repId) as OpenAgreementSqlRow[]
}

export interface RecognitionLogRow {
  id: number
  rep_id: number
  session_id: number | null
  goal_id: number | null
  what: string
  behaviour: string
  recognized_on: string
  goal_title: string | null
}

export function listRecognitionLog(db: Database, repId: number): RecognitionLogRow[] {
  return db
    .prepare(
      `SELECT recognitions.id, recognitions.rep_id, recognitions.session_id, recognitions.goal_id, recognitions.what,
              recognitions.behaviour, recognitions.recognized_on, goals.title AS goal_title
       FROM live_recognitions AS recognitions LEFT JOIN goals ON goals.id = recognitions.goal_id
       WHERE recognitions.rep_id = ?
       ORDER BY recognitions.recognized_on DESC, recognitions.id DESC`
    )
    .all(repId) as RecognitionLogRow[]
}

export interface GoalCheckInSqlRow {
  id: number
  recorded_on: string
  value: number
  from_import: number
  session_id: number | null
  status: GoalStatus | null
  comment: string
}

/** Every value recorded for the goal, oldest first. */
export function listGoalCheckIns(db: Database, goalId: number): GoalCheckInSqlRow[] {
  return db
    .prepare(
      `SELECT id, recorded_on, value, import_id IS NOT NULL AS from_import, session_id, status, comment
       FROM goal_checkins WHERE goal_id = ? ORDER BY recorded_on, id`
    )
    .all(goalId) as GoalCheckInSqlRow[]
}

/** When the goal was created and the start of its period, if it has one. */
export function findGoalDates(db: Database, goalId: number): { createdAt: string; periodStart: string | null } | undefined {
  const row = db.prepare('SELECT created_at, period_start FROM goals WHERE id = ?').get(goalId) as
    | { created_at: string; period_start: string | null }
    | undefined
  return row ? { createdAt: row.created_at, periodStart: row.period_start } : undefined
}

export interface RecentCompletedSession {
  id: number
  date: string
  pulse: number | null
  repAgreements: number
  managerAgreements: number
  recognitions: number
}

/**
 * The last `limit` completed 1:1s of the rep, newest first, with their pulse and what each created
 * (agreements by owner, recognitions): the brief's pulse trend and its nudges' facts in one read.
 */
export function listRecentCompletedSessionsOfRep(db: Database, repId: number, limit: number): RecentCompletedSession[] {
  const rows = db
    .prepare(
      `SELECT sessions.id, substr(sessions.scheduled_at, 1, 10), sessions.pulse,
         (SELECT json_array(count(*) FILTER (WHERE owner = 'rep'), count(*) FILTER (WHERE owner = 'manager')) FROM agreements
           WHERE created_in_session_id = sessions.id),
         (SELECT count(*) FROM live_recognitions WHERE session_id = sessions.id)
       FROM sessions
       WHERE sessions.rep_id = ? AND sessions.status = 'completed'
       ORDER BY sessions.scheduled_at DESC, sessions.id DESC LIMIT ?`
    )
    .raw()
    .all(repId, limit) as Array<[number, string, number | null, string, number]>
  return rows.map(([id, date, pulse, agreements, recognitions]) => {
    const [repAgreements, managerAgreements] = JSON.parse(agreements) as [number, number]
    return { id, date, pulse, repAgreements, managerAgreements, recognitions }
  })
}
