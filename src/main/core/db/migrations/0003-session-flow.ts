import type { Migration } from './types'

// What the 1:1 itself records beyond migration 1: the outcome of each agenda point and of each
// agreement review, per session (an agreement or a point can come up in several 1:1s), plus the
// indexes and uniqueness rules the session flow relies on.
const schema = /* sql */ `
CREATE TABLE agenda_outcomes (
  session_id       INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  talking_point_id INTEGER NOT NULL REFERENCES talking_points(id) ON DELETE CASCADE,
  outcome          TEXT NOT NULL CHECK (outcome IN ('discussed', 'carried_over')),
  decided_at       TEXT NOT NULL,
  PRIMARY KEY (session_id, talking_point_id)
) WITHOUT ROWID;
CREATE INDEX agenda_outcomes_by_point ON agenda_outcomes (talking_point_id, outcome);

CREATE TABLE agreement_reviews (
  agreement_id  INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  outcome       TEXT NOT NULL CHECK (outcome IN ('done', 'missed', 'carried_forward', 'dropped')),
  missed_reason TEXT NOT NULL DEFAULT '',
  reviewed_at   TEXT NOT NULL,
  PRIMARY KEY (agreement_id, session_id)
) WITHOUT ROWID;
CREATE INDEX agreement_reviews_by_session ON agreement_reviews (session_id);

-- The goal status before a session's check-in changed it, so clearing the check-in restores it.
ALTER TABLE goal_checkins ADD COLUMN goal_status_before TEXT
  CHECK (goal_status_before IN ('on_track', 'at_risk', 'off_track', 'achieved', 'dropped'));

-- Template screens count the sessions of each template; deleting a section looks for its notes.
CREATE INDEX sessions_by_template ON sessions (template_id, deleted_at);
CREATE INDEX notes_by_template_section ON notes (template_section_id);
`

const backfill = /* sql */ `
-- Agreements reviewed before this version: the review becomes a row of its session.
INSERT OR IGNORE INTO agreement_reviews (agreement_id, session_id, outcome, missed_reason, reviewed_at)
SELECT id, reviewed_in_session_id,
       CASE status WHEN 'open' THEN 'carried_forward' ELSE status END,
       CASE status WHEN 'missed' THEN missed_reason ELSE '' END,
       updated_at
FROM agreements
WHERE reviewed_in_session_id IS NOT NULL;

INSERT OR IGNORE INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at)
SELECT discussed_in_session_id, id, 'discussed', updated_at
FROM talking_points
WHERE discussed_in_session_id IS NOT NULL;

-- A challenge came up in the 1:1s that raised and resolved it, even where no link was written.
INSERT OR IGNORE INTO challenge_sessions (challenge_id, session_id)
SELECT id, raised_in_session_id FROM challenges WHERE raised_in_session_id IS NOT NULL
UNION
SELECT id, resolved_in_session_id FROM challenges WHERE resolved_in_session_id IS NOT NULL;

-- One check-in per goal and session from now on. Older duplicates keep their value and date but
-- no longer count as that session's check-in (nothing is deleted).
UPDATE goal_checkins SET session_id = NULL
WHERE session_id IS NOT NULL
  AND id != (SELECT max(newer.id) FROM goal_checkins AS newer
             WHERE newer.goal_id = goal_checkins.goal_id AND newer.session_id = goal_checkins.session_id);
CREATE UNIQUE INDEX goal_checkins_one_per_session ON goal_checkins (goal_id, session_id) WHERE session_id IS NOT NULL;

-- At most one default template.
UPDATE templates SET is_default = 0
WHERE is_default = 1 AND id != (SELECT min(id) FROM templates WHERE is_default = 1);
CREATE UNIQUE INDEX templates_one_default ON templates (is_default) WHERE is_default = 1;
`

export const sessionFlow: Migration = {
  version: 3,
  name: 'session flow: agenda outcomes and agreement reviews',
  up(db) {
    db.exec(schema)
    db.exec(backfill)
  }
}
