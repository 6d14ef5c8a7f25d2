import type { Database } from 'better-sqlite3'
import type { Challenge, ChallengeStatus } from '@shared/domain'

interface ChallengeRow {
  id: number
  rep_id: number
  text: string
  support_offered: string
  status: ChallengeStatus
  raised_on: string
  resolved_on: string | null
  raised_in_session_id: number | null
  resolved_in_session_id: number | null
  session_count: number
}

const CHALLENGE_SELECT = `
  SELECT challenges.id, challenges.rep_id, challenges.text, challenges.support_offered, challenges.status,
         challenges.raised_on, challenges.resolved_on, challenges.raised_in_session_id, challenges.resolved_in_session_id,
         (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id) AS session_count
  FROM challenges`

function toChallenge(row: ChallengeRow): Challenge {
  return {
    id: row.id,
    repId: row.rep_id,
    text: row.text,
    supportOffered: row.support_offered,
    status: row.status,
    raisedOn: row.raised_on,
    resolvedOn: row.resolved_on,
    raisedInSessionId: row.raised_in_session_id,
    resolvedInSessionId: row.resolved_in_session_id,
    sessionCount: row.session_count
  }
}

export function findChallenge(db: Database, id: number): Challenge | undefined {
  const row = db.prepare(`${CHALLENGE_SELECT} WHERE challenges.id = ?`).get(id) as ChallengeRow | undefined
  return row ? toChallenge(row) : undefined
}

/**
 * The challenges of a session: those that came up in it (raised, discussed or resolved there),
 * plus every one still open that was raised by its date; oldest first.
 */
export function listChallengesForSession(db: Database, repId: number, session: { id: number; date: string }): Challenge[] {
  const rows = db
    .prepare(
      `${CHALLENGE_SELECT}
       WHERE challenges.id IN (
           SELECT id FROM challenges WHERE rep_id = @repId AND status = 'open' AND raised_on <= @date
           UNION
           SELECT challenge_id FROM challenge_sessions WHERE session_id = @sessionId)
       ORDER BY challenges.raised_on, challenges.id`
    )
    .all({ repId, sessionId: session.id, date: session.date }) as ChallengeRow[]
  return rows.map(toChallenge)
}

export function insertChallenge(
  db: Database,
  challenge: { repId: number; text: string; supportOffered: string; raisedInSessionId: number; raisedOn: string },
  now: string
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO challenges (rep_id, text, support_offered, raised_in_session_id, raised_on, created_at, updated_at)
       VALUES (@repId, @text, @supportOffered, @raisedInSessionId, @raisedOn, @now, @now)`
    )
    .run({ ...challenge, now })
  return Number(lastInsertRowid)
}

export function updateChallengeText(db: Database, id: number, changes: { text?: string; supportOffered?: string }, now: string): void {
  db.prepare(
    `UPDATE challenges SET text = coalesce(@text, text), support_offered = coalesce(@supportOffered, support_offered), updated_at = @now
     WHERE id = @id`
  ).run({ id, text: changes.text ?? null, supportOffered: changes.supportOffered ?? null, now })
}

export function markChallengeResolved(db: Database, id: number, resolution: { sessionId: number; resolvedOn: string }, now: string): void {
  db.prepare(
    `UPDATE challenges SET status = 'resolved', resolved_on = @resolvedOn, resolved_in_session_id = @sessionId, updated_at = @now
     WHERE id = @id`
  ).run({ id, ...resolution, now })
}

export function reopenChallenge(db: Database, id: number, now: string): void {
  db.prepare(`UPDATE challenges SET status = 'open', resolved_on = NULL, resolved_in_session_id = NULL, updated_at = @now WHERE id = @id`).run({ id, now })
}

/** Records that the challenge came up in the session (how recurring challenges are counted). */
export function linkChallengeToSession(db: Database, challengeId: number, sessionId: number): void {
  db.prepare('INSERT OR IGNORE INTO challenge_sessions (challenge_id, session_id) VALUES (?, ?)').run(challengeId, sessionId)
}

/** A rep's open challenges, newest first, each with how many 1:1s it came up in: what the brief shows. */
export function listOpenChallengesOfRep(db: Database, repId: number): Challenge[] {
  const rows = db
    .prepare(
      `${CHALLENGE_SELECT}
       WHERE challenges.rep_id = ? AND challenges.status = 'open'
       ORDER BY challenges.raised_on DESC, challenges.id DESC`
    )
    .all(repId) as ChallengeRow[]
  return rows.map(toChallenge)
}

/**
 * A rep's challenges (only the open ones if asked): open first, then newest first; each with the
 * date of the last 1:1 it came up in.
 */
export function listChallengesOfRep(db: Database, repId: number, options: { openOnly: boolean }): Array<Challenge & { lastCameUpOn: string | null }> {
  const rows = db
    .prepare(
      `SELECT challenges.id, challenges.rep_id, challenges.text, challenges.support_offered, challenges.status,
              challenges.raised_on, challenges.resolved_on, challenges.raised_in_session_id, challenges.resolved_in_session_id,
              (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id) AS session_count,
              (SELECT max(substr(sessions.scheduled_at, 1, 10)) FROM challenge_sessions
                 JOIN sessions ON sessions.id = challenge_sessions.session_id
               WHERE challenge_sessions.challenge_id = challenges.id) AS last_came_up_on
       FROM challenges
       WHERE challenges.rep_id = @repId AND (@openOnly = 0 OR challenges.status = 'open')
       ORDER BY challenges.status = 'resolved', challenges.raised_on DESC, challenges.id DESC`
    )
    .all({ repId, openOnly: options.openOnly ? 1 : 0 }) as Array<ChallengeRow & { last_came_up_on: string | null }>
  return rows.map((row) => ({ ...toChallenge(row), lastCameUpOn: row.last_came_up_on }))
}
