import type { Migration } from './types'

// The performance-review drafts a manager edits and saves: one per rep and period.
const schema = /* sql */ `
CREATE TABLE review_drafts (
  rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  period_from TEXT NOT NULL,              -- 'YYYY-MM-DD', first day of the period
  period_to   TEXT NOT NULL,              -- 'YYYY-MM-DD', last day of the period
  text        TEXT NOT NULL,              -- the draft in Markdown, as the manager edited it
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (rep_id, period_from, period_to),
  CHECK (period_from <= period_to)
) WITHOUT ROWID;
`

export const reviewDrafts: Migration = {
  version: 7,
  name: 'after the meeting: performance-review drafts',
  up(db) {
    db.exec(schema)
  }
}
