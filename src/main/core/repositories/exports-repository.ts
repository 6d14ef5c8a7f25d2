// The reads exports and the review roll-up need beyond the session screen's own.
import type { Database } from 'better-sqlite3'

/** Ids and dates of a rep's held 1:1s (in progress or completed) between two dates, both included, oldest first. */
export function listHeldSessionsBetween(db: Database, repId: number, from: string, to: string, options: { completedOnly?: boolean } = {}): Array<{ id: number; scheduledAt: string }> {
  // scheduled_at is 'YYYY-MM-DD' optionally followed by 'THH:MM'; 'U' sorts after 'T', so the
  // range covers the last day whole and stays a range on the (rep_id, scheduled_at) index.
  return db
    .prepare(
      `SELECT id, scheduled_at AS scheduledAt FROM sessions
       WHERE rep_id = ? AND scheduled_at >= ? AND scheduled_at < ? || 'U' AND deleted_at IS NULL
         AND ${options.completedOnly ? "status = 'completed'" : "status != 'planned'"}
       ORDER BY scheduled_at, id`
    )
    .all(repId, from, to) as Array<{ id: number; scheduledAt: string }>
}

/** The time of day ('HH:MM') of the rep's latest held 1:1 that had one, if any. */
export function usualMeetingTime(db: Database, repId: number): string | null {
  const row = db
    .prepare(
      `SELECT substr(scheduled_at, 12, 5) AS time FROM sessions
       WHERE rep_id = ? AND length(scheduled_at) > 10 AND status != 'planned' AND deleted_at IS NULL
       ORDER BY scheduled_at DESC LIMIT 1`
    )
    .get(repId) as { time: string } | undefined
  return row?.time ?? null
}
