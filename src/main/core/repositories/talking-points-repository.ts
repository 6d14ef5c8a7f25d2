import type { Database } from 'better-sqlite3'
import type { AgendaOutcome, Owner, TalkingPoint } from '@shared/domain'
import type { SessionRef } from './sessions-repository'

interface TalkingPointRow {
  id: number
  rep_id: number
  text: string
  raised_by: Owner
  created_at: string
  discussed_in_session_id: number | null
  outcome: AgendaOutcome | null
  carried_over_count: number
}

/** A talking point's own columns, for checks before writing. */
export interface TalkingPointRecord {
  id: number
  repId: number
  discussedInSessionId: number | null
}

function toTalkingPoint(row: TalkingPointRow): TalkingPoint {
  return {
    id: row.id,
    repId: row.rep_id,
    text: row.text,
    raisedBy: row.raised_by,
    createdAt: row.created_at,
    discussedInSessionId: row.discussed_in_session_id,
    outcome: row.outcome,
    carriedOverCount: row.carried_over_count
  }
}

// Each point with the outcome `@sessionId` gave it and how many sessions before it carried it over.
const POINT_SELECT = `
  SELECT tp.id, tp.rep_id, tp.text, tp.raised_by, tp.created_at, tp.discussed_in_session_id, here.outcome,
         (SELECT count(*) FROM agenda_outcomes AS earlier JOIN sessions ON sessions.id = earlier.session_id
          WHERE earlier.talking_point_id = tp.id AND earlier.outcome = 'carried_over'
            AND (sessions.scheduled_at, sessions.id) < (@scheduledAt, @sessionId)) AS carried_over_count
  FROM live_talking_points AS tp
  LEFT JOIN agenda_outcomes AS here ON here.session_id = @sessionId AND here.talking_point_id = tp.id`

const sessionParams = (session: SessionRef) => ({ sessionId: session.id, scheduledAt: session.scheduledAt })

export function findTalkingPointRecord(db: Database, id: number): TalkingPointRecord | undefined {
  const row = db
    .prepare('SELECT id, rep_id, discussed_in_session_id FROM live_talking_points WHERE id = ?')
    .get(id) as { id: number; rep_id: number; discussed_in_session_id: number | null } | undefined
  return row ? { id: row.id, repId: row.rep_id, discussedInSessionId: row.discussed_in_session_id } : undefined
}

/** A point as seen from `session` (its outcome there), or from outside any session. */
export function findTalkingPoint(db: Database, id: number, session: SessionRef): TalkingPoint | undefined {
  const row = db.prepare(`${POINT_SELECT} WHERE tp.id = @id`).get({ id, ...sessionParams(session) }) as
    | TalkingPointRow
    | undefined
  return row ? toTalkingPoint(row) : undefined
}

/** Points not discussed yet, oldest first. */
export function listUndiscussedTalkingPoints(db: Database, repId: number, session: SessionRef): TalkingPoint[] {
  const rows = db
    .prepare(
      `${POINT_SELECT}
       WHERE tp.rep_id = @repId AND tp.discussed_in_session_id IS NULL
       ORDER BY tp.created_at, tp.id`
    )
    .all({ repId, ...sessionParams(session) }) as TalkingPointRow[]
  return rows.map(toTalkingPoint)
}

/**
 * A session's agenda. While the session is open: every point not discussed in another session.
 * Once completed: the points it decided something about.
 */
export function listAgenda(db: Database, repId: number, session: SessionRef & { completed: boolean }): TalkingPoint[] {
  const rows = db
    .prepare(
      `${POINT_SELECT}
       WHERE tp.rep_id = @repId
         AND (tp.discussed_in_session_id IS NULL OR tp.discussed_in_session_id = @sessionId)
         AND (@completed = 0 OR here.outcome IS NOT NULL OR tp.discussed_in_session_id = @sessionId)
       ORDER BY tp.created_at, tp.id`
    )
    .all({ repId, completed: session.completed ? 1 : 0, ...sessionParams(session) }) as TalkingPointRow[]
  return rows.map(toTalkingPoint)
}

export function insertTalkingPoint(db: Database, point: { repId: number; text: string; raisedBy: Owner }, now: string): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO talking_points (rep_id, text, raised_by, created_at, updated_at) VALUES (@repId, @text, @raisedBy, @now, @now)')
    .run({ ...point, now })
  return Number(lastInsertRowid)
}

export function updateTalkingPoint(db: Database, id: number, changes: { text?: string; raisedBy?: Owner }, now: string): void {
  db.prepare(
    `UPDATE talking_points SET text = coalesce(@text, text), raised_by = coalesce(@raisedBy, raised_by), updated_at = @now
     WHERE id = @id`
  ).run({ id, text: changes.text ?? null, raisedBy: changes.raisedBy ?? null, now })
}

export function softDeleteTalkingPoint(db: Database, id: number, now: string): void {
  db.prepare('UPDATE talking_points SET deleted_at = @now, updated_at = @now WHERE id = @id').run({ id, now })
}

/**
 * Records (or with null, forgets) what a session decided about a point. "Discussed" closes the
 * point; anything else reopens it if this session had closed it. Runs in the caller's transaction.
 */
export function writeAgendaOutcome(db: Database, pointId: number, sessionId: number, outcome: AgendaOutcome | null, now: string): void {
  if (outcome === null) {
    db.prepare('DELETE FROM agenda_outcomes WHERE session_id = ? AND talking_point_id = ?').run(sessionId, pointId)
  } else {
    db.prepare(
      `INSERT INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at) VALUES (@sessionId, @pointId, @outcome, @now)
       ON CONFLICT (session_id, talking_point_id) DO UPDATE SET outcome = excluded.outcome, decided_at = excluded.decided_at`
    ).run({ sessionId, pointId, outcome, now })
  }
  db.prepare(
    `UPDATE talking_points
     SET discussed_in_session_id = CASE WHEN @discussed = 1 THEN @sessionId ELSE NULL END, updated_at = @now
     WHERE id = @pointId AND (@discussed = 1 OR discussed_in_session_id = @sessionId)`
  ).run({ pointId, sessionId, discussed: outcome === 'discussed' ? 1 : 0, now })
}
