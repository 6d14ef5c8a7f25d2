// The list of 1:1s, newest first, with each one's rep and template names.
import type { Database } from 'better-sqlite3'
import type { SessionListing } from '@shared/contract/sessions'

export function listSessionListings(db: Database, repId: number | null): SessionListing[] {
  return db
    .prepare(
      `SELECT sessions.id, sessions.rep_id AS repId, reps.name AS repName, sessions.scheduled_at AS scheduledAt, sessions.status,
              sessions.pulse, templates.name AS template
         FROM sessions
         JOIN reps ON reps.id = sessions.rep_id
         LEFT JOIN templates ON templates.id = sessions.template_id
        WHERE :repId IS NULL OR sessions.rep_id = :repId
        ORDER BY sessions.scheduled_at DESC, sessions.id DESC`
    )
    .all({ repId }) as SessionListing[]
}
