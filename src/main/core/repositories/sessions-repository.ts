import type { Database } from 'better-sqlite3'
import type { Session, SessionListItem, SessionStatus } from '@shared/domain'

interface SessionListRow {
  id: number
  rep_id: number
  scheduled_at: string
  status: SessionStatus
  pulse: number | null
  template_name: string | null
}

interface SessionRow {
  id: number
  rep_id: number
  template_id: number | null
  template_name: string | null
  scheduled_at: string
  status: SessionStatus
  started_at: string | null
  completed_at: string | null
  duration_seconds: number | null
  pulse: number | null
  check_in_text: string
  edited_after_completion_at: string | null
  updated_at: string
}

const FALLBACK_TEMPLATE_NAME = '1:1'

export function listRecentSessionsForRep(db: Database, repId: number, limit: number): SessionListItem[] {
  const rows = db
    .prepare(
      `SELECT sessions.id, sessions.rep_id, sessions.scheduled_at, sessions.status, sessions.pulse,
              templates.name AS template_name
       FROM sessions LEFT JOIN templates ON templates.id = sessions.template_id
       WHERE sessions.rep_id = ?
       ORDER BY sessions.scheduled_at DESC, sessions.id DESC
       LIMIT ?`
    )
    .all(repId, limit) as SessionListRow[]
  return rows.map((row) => ({
    id: row.id,
    repId: row.rep_id,
    scheduledAt: row.scheduled_at,
    status: row.status,
    pulse: row.pulse,
    templateName: row.template_name ?? FALLBACK_TEMPLATE_NAME
  }))
}

/** The calendar date ('YYYY-MM-DD') a session took or takes place on. */
export function sessionDate(session: Pick<Session, 'scheduledAt'>): string {
  return session.scheduledAt.slice(0, 10)
}

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    repId: row.rep_id,
    templateId: row.template_id,
    templateName: row.template_name ?? FALLBACK_TEMPLATE_NAME,
    scheduledAt: row.scheduled_at,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    durationSeconds: row.duration_seconds,
    pulse: row.pulse,
    checkInText: row.check_in_text,
    editedAfterCompletionAt: row.edited_after_completion_at,
    updatedAt: row.updated_at
  }
}

const SESSION_COLUMNS = `sessions.id, sessions.rep_id, sessions.template_id, templates.name AS template_name, sessions.scheduled_at,
         sessions.status, sessions.started_at, sessions.completed_at, sessions.duration_seconds, sessions.pulse,
         sessions.check_in_text, sessions.edited_after_completion_at, sessions.updated_at`

const SESSION_FROM = 'FROM sessions LEFT JOIN templates ON templates.id = sessions.template_id'

const SESSION_SELECT = `
  SELECT ${SESSION_COLUMNS}
  ${SESSION_FROM}`

export function findSession(db: Database, id: number): Session | undefined {
  const row = db.prepare(`${SESSION_SELECT} WHERE sessions.id = ?`).get(id) as SessionRow | undefined
  return row ? toSession(row) : undefined
}

/** The rep's session in a given status that comes first (`'first'`) or last (`'last'`) by date. */
export function findRepSessionByStatus(db: Database, repId: number, status: SessionStatus, which: 'first' | 'last'): Session | undefined {
  const direction = which === 'first' ? 'ASC' : 'DESC'
  const row = db
    .prepare(
      `${SESSION_SELECT}
       WHERE sessions.rep_id = ? AND sessions.status = ?
       ORDER BY sessions.scheduled_at ${direction}, sessions.id ${direction}
       LIMIT 1`
    )
    .get(repId, status) as SessionRow | undefined
  return row ? toSession(row) : undefined
}

/** The rep's last completed session with the plain text of its shared notes ('' if none): what the brief summarises. */
export function findLastCompletedSession(db: Database, repId: number): (Session & { sharedNoteText: string }) | undefined {
  const row = db
    .prepare(
      `SELECT ${SESSION_COLUMNS},
         (SELECT note_bodies.plain_text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id
           WHERE notes.session_id = sessions.id AND notes.kind = 'shared') AS shared_note_text
       ${SESSION_FROM}
       WHERE sessions.rep_id = ? AND sessions.status = 'completed'
       ORDER BY sessions.scheduled_at DESC, sessions.id DESC
       LIMIT 1`
    )
    .get(repId) as (SessionRow & { shared_note_text: string | null }) | undefined
  return row ? { ...toSession(row), sharedNoteText: row.shared_note_text ?? '' } : undefined
}

/** A planned session of the rep on `date`, whatever its time. */
export function findPlannedSessionOn(db: Database, repId: number, date: string): Session | undefined {
  // scheduled_at is 'YYYY-MM-DD' optionally followed by 'THH:MM'; 'U' sorts after 'T', so the
  // range covers the whole day and stays a range on the (rep_id, scheduled_at) index.
  const row = db
    .prepare(
      `${SESSION_SELECT}
       WHERE sessions.rep_id = ? AND sessions.scheduled_at >= ? AND sessions.scheduled_at < ? || 'U'
         AND sessions.status = 'planned'
       LIMIT 1`
    )
    .get(repId, date, date) as SessionRow | undefined
  return row ? toSession(row) : undefined
}

/** The date of the rep's first planned session after `after` (a session), if any. */
export function firstPlannedDateAfter(db: Database, repId: number, after: Pick<Session, 'id' | 'scheduledAt'>): string | null {
  const row = db
    .prepare(
      `SELECT substr(scheduled_at, 1, 10) AS date FROM sessions
       WHERE rep_id = ? AND scheduled_at > ? AND status = 'planned' AND id != ?
       ORDER BY scheduled_at, id
       LIMIT 1`
    )
    .get(repId, after.scheduledAt, after.id) as { date: string } | undefined
  return row?.date ?? null
}

export function insertSession(
  db: Database,
  session: { repId: number; templateId: number | null; scheduledAt: string; status: SessionStatus; startedAt: string | null },
  now: string
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, created_at, updated_at)
       VALUES (@repId, @templateId, @scheduledAt, @status, @startedAt, @now, @now)`
    )
    .run({ ...session, now })
  return Number(lastInsertRowid)
}

export function markSessionStarted(db: Database, id: number, start: { scheduledAt: string; templateId: number | null; startedAt: string }): void {
  db.prepare(
    `UPDATE sessions SET status = 'in_progress', scheduled_at = @scheduledAt, template_id = @templateId,
            started_at = @startedAt, updated_at = @startedAt
     WHERE id = @id`
  ).run({ id, ...start })
}

export function markSessionCompleted(db: Database, id: number, completion: { completedAt: string; durationSeconds: number }): void {
  db.prepare(
    `UPDATE sessions SET status = 'completed', completed_at = @completedAt, duration_seconds = @durationSeconds,
            updated_at = @completedAt
     WHERE id = @id`
  ).run({ id, ...completion })
}

export function updateSessionCheckIn(db: Database, id: number, changes: { pulse?: number | null; checkInText?: string }): void {
  const assignments: string[] = []
  const values: Record<string, unknown> = { id }
  if (changes.pulse !== undefined) {
    assignments.push('pulse = @pulse')
    values.pulse = changes.pulse
  }
  if (changes.checkInText !== undefined) {
    assignments.push('check_in_text = @checkInText')
    values.checkInText = changes.checkInText
  }
  if (assignments.length > 0) db.prepare(`UPDATE sessions SET ${assignments.join(', ')} WHERE id = @id`).run(values)
}

/**
 * Records that something in a session changed: bumps `updated_at` and, for a completed session,
 * `edited_after_completion_at`. Every write that belongs to a session goes through here.
 */
export function touchSession(db: Database, id: number, now: string): void {
  db.prepare(
    `UPDATE sessions SET updated_at = @now,
            edited_after_completion_at = CASE WHEN status = 'completed' THEN @now ELSE edited_after_completion_at END
     WHERE id = @id`
  ).run({ id, now })
}

/** A session's place in time: sessions are ordered by (scheduled_at, id). */
export type SessionRef = Pick<Session, 'id' | 'scheduledAt'>

/** A position after every session, for "in any session" counts outside a session. */
export const AFTER_EVERY_SESSION: SessionRef = { id: Number.MAX_SAFE_INTEGER, scheduledAt: '9999-12-31' }
