import type { Database } from 'better-sqlite3'
import type { SessionListItem, SessionStatus } from '../../../shared/domain'

interface SessionRow {
  id: number
  rep_id: number
  scheduled_at: string
  status: SessionStatus
  pulse: number | null
  template_name: string | null
}

export function listRecentSessionsForRep(db: Database, repId: number, limit: number): SessionListItem[] {
  const rows = db
    .prepare(
      `SELECT sessions.id, sessions.rep_id, sessions.scheduled_at, sessions.status, sessions.pulse,
              templates.name AS template_name
       FROM sessions LEFT JOIN templates ON templates.id = sessions.template_id
       WHERE sessions.rep_id = ? AND sessions.deleted_at IS NULL
       ORDER BY sessions.scheduled_at DESC, sessions.id DESC
       LIMIT ?`
    )
    .all(repId, limit) as SessionRow[]
  return rows.map((row) => ({
    id: row.id,
    repId: row.rep_id,
    scheduledAt: row.scheduled_at,
    status: row.status,
    pulse: row.pulse,
    templateName: row.template_name ?? '1:1'
  }))
}
