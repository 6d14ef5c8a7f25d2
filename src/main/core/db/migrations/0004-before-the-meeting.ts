import type { Migration } from './types'

// What the Team screen, the brief and a rep's history need beyond migration 3: where dismissed
// nudges are remembered, and the indexes that keep those screens' queries off full scans.
const schema = /* sql */ `
-- A nudge the manager dismissed for a rep. It stays hidden until \`until\` (30 days later), or
-- until something new triggers it: a key of the nudge that is not in \`fingerprint\`.
CREATE TABLE nudge_dismissals (
  rep_id       INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  rule         TEXT NOT NULL CHECK (length(rule) > 0),
  dismissed_at TEXT NOT NULL,
  until        TEXT NOT NULL,              -- 'YYYY-MM-DD': the first day it shows again
  fingerprint  TEXT NOT NULL DEFAULT '[]', -- JSON array of the keys it was dismissed with
  PRIMARY KEY (rep_id, rule)
) WITHOUT ROWID;

-- A rep's 1:1s by status and date: the last completed one, the one in progress, the last three.
CREATE INDEX sessions_live_by_rep_status_date ON sessions (rep_id, status, scheduled_at) WHERE deleted_at IS NULL;

-- Follow-through: a rep's agreements by due date, with everything it counts (a covering index).
CREATE INDEX agreements_live_by_rep_due ON agreements (rep_id, due_date, owner, status, done_on) WHERE deleted_at IS NULL;
`

export const beforeTheMeeting: Migration = {
  version: 4,
  name: 'before the meeting: nudge dismissals and overview indexes',
  up(db) {
    db.exec(schema)
  }
}
