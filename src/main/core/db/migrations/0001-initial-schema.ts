import type { Migration } from './types'

// The first schema for the whole domain of PRODUCT.md. Conventions:
// - ids are INTEGER PRIMARY KEY; dates are 'YYYY-MM-DD' text; timestamps are ISO-8601 UTC text;
// - `deleted_at` marks a row that sits in the trash (undo restores it by clearing the column);
// - rich-text bodies live apart from their metadata (notes / note_bodies), as in Notesnook;
// - each searchable table has an external-content FTS5 index kept in step by triggers.
const schema = /* sql */ `
CREATE TABLE reps (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role              TEXT NOT NULL DEFAULT '',
  email             TEXT NOT NULL DEFAULT '',
  start_date        TEXT,
  cadence           TEXT NOT NULL DEFAULT 'biweekly' CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
  next_session_date TEXT,
  archived_at       TEXT,
  is_demo           INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
);

CREATE TABLE rep_tags (
  rep_id INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  tag    TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (rep_id, tag)
) WITHOUT ROWID;

CREATE TABLE templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  description TEXT NOT NULL DEFAULT '',
  is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  is_builtin  INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
  retired_at  TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE template_sections (
  id          INTEGER PRIMARY KEY,
  template_id INTEGER NOT NULL REFERENCES templates(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('check_in', 'agenda', 'goal_review', 'last_agreements',
                                            'challenges', 'recognition', 'next_steps', 'notes', 'prompt')),
  title       TEXT NOT NULL,
  prompt      TEXT NOT NULL DEFAULT '',
  UNIQUE (template_id, position)
);

CREATE TABLE goals (
  id          INTEGER PRIMARY KEY,
  rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  metric      TEXT NOT NULL DEFAULT '',
  unit        TEXT CHECK (unit IN ('currency', 'count', 'percent')),
  currency    TEXT,
  baseline    REAL,
  target      REAL,
  due_date    TEXT,
  period_kind TEXT CHECK (period_kind IN ('month', 'quarter', 'custom')),
  period_start TEXT,
  status      TEXT NOT NULL DEFAULT 'on_track'
              CHECK (status IN ('on_track', 'at_risk', 'off_track', 'achieved', 'dropped')),
  archived_at TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE INDEX goals_by_rep ON goals (rep_id, status);

CREATE TABLE metric_imports (
  id               INTEGER PRIMARY KEY,
  source_name      TEXT NOT NULL,
  file_name        TEXT NOT NULL,
  header_signature TEXT NOT NULL,
  column_mapping   TEXT NOT NULL,  -- JSON
  rows_imported    INTEGER NOT NULL DEFAULT 0,
  imported_at      TEXT NOT NULL,
  undone_at        TEXT
);

-- The column mapping last used for a source, offered again for files with the same header.
CREATE TABLE import_mappings (
  header_signature TEXT PRIMARY KEY,
  source_name      TEXT NOT NULL,
  column_mapping   TEXT NOT NULL,  -- JSON
  updated_at       TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sessions (
  id               INTEGER PRIMARY KEY,
  rep_id           INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  template_id      INTEGER REFERENCES templates(id) ON DELETE SET NULL,
  scheduled_at     TEXT NOT NULL,  -- local 'YYYY-MM-DDTHH:MM'
  status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'completed')),
  started_at       TEXT,
  completed_at     TEXT,
  duration_seconds INTEGER,
  pulse            INTEGER CHECK (pulse BETWEEN 1 AND 5),
  check_in_text    TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  edited_after_completion_at TEXT,
  deleted_at       TEXT
);
CREATE INDEX sessions_by_rep_date ON sessions (rep_id, scheduled_at);

CREATE TABLE goal_checkins (
  id             INTEGER PRIMARY KEY,
  goal_id        INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
  value          REAL NOT NULL,
  recorded_on    TEXT NOT NULL,
  comment        TEXT NOT NULL DEFAULT '',
  rep_assessment TEXT NOT NULL DEFAULT '',
  status         TEXT CHECK (status IN ('on_track', 'at_risk', 'off_track', 'achieved', 'dropped')),
  session_id     INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  import_id      INTEGER REFERENCES metric_imports(id) ON DELETE CASCADE,
  created_at     TEXT NOT NULL
);
CREATE INDEX goal_checkins_by_goal_date ON goal_checkins (goal_id, recorded_on);
CREATE INDEX goal_checkins_by_session ON goal_checkins (session_id);
CREATE INDEX goal_checkins_by_import ON goal_checkins (import_id);

CREATE TABLE agreements (
  id                     INTEGER PRIMARY KEY,
  rep_id                 INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  text                   TEXT NOT NULL CHECK (length(trim(text)) > 0),
  owner                  TEXT NOT NULL DEFAULT 'rep' CHECK (owner IN ('rep', 'manager')),
  due_date               TEXT,
  status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'missed', 'dropped')),
  done_on                TEXT,
  missed_reason          TEXT NOT NULL DEFAULT '',
  created_in_session_id  INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  reviewed_in_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  created_on             TEXT NOT NULL,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  deleted_at             TEXT
);
CREATE INDEX agreements_by_rep_status_due ON agreements (rep_id, status, due_date);
CREATE INDEX agreements_by_created_session ON agreements (created_in_session_id);
CREATE INDEX agreements_by_reviewed_session ON agreements (reviewed_in_session_id);

CREATE TABLE challenges (
  id                     INTEGER PRIMARY KEY,
  rep_id                 INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  text                   TEXT NOT NULL CHECK (length(trim(text)) > 0),
  support_offered        TEXT NOT NULL DEFAULT '',
  status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  raised_in_session_id   INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  resolved_in_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  raised_on              TEXT NOT NULL,
  resolved_on            TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  deleted_at             TEXT
);
CREATE INDEX challenges_by_rep_status ON challenges (rep_id, status);

-- Every session in which a challenge came up: how a recurring challenge is linked across 1:1s.
CREATE TABLE challenge_sessions (
  challenge_id INTEGER NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
  session_id   INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  comment      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (challenge_id, session_id)
) WITHOUT ROWID;
CREATE INDEX challenge_sessions_by_session ON challenge_sessions (session_id);

CREATE TABLE recognitions (
  id            INTEGER PRIMARY KEY,
  rep_id        INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  session_id    INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  goal_id       INTEGER REFERENCES goals(id) ON DELETE SET NULL,
  what          TEXT NOT NULL CHECK (length(trim(what)) > 0),
  behaviour     TEXT NOT NULL DEFAULT '',
  recognized_on TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  deleted_at    TEXT
);
CREATE INDEX recognitions_by_rep_date ON recognitions (rep_id, recognized_on);
CREATE INDEX recognitions_by_session ON recognitions (session_id);

CREATE TABLE talking_points (
  id                      INTEGER PRIMARY KEY,
  rep_id                  INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
  text                    TEXT NOT NULL CHECK (length(trim(text)) > 0),
  raised_by               TEXT NOT NULL DEFAULT 'manager' CHECK (raised_by IN ('rep', 'manager')),
  discussed_in_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  deleted_at              TEXT
);
CREATE INDEX talking_points_by_rep ON talking_points (rep_id, discussed_in_session_id);

-- Note metadata; the rich-text body lives in note_bodies.
CREATE TABLE notes (
  id                  INTEGER PRIMARY KEY,
  session_id          INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  kind                TEXT NOT NULL CHECK (kind IN ('shared', 'private', 'section')),
  template_section_id INTEGER REFERENCES template_sections(id) ON DELETE SET NULL,
  revision            INTEGER NOT NULL DEFAULT 0,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE UNIQUE INDEX notes_one_per_kind ON notes (session_id, kind, ifnull(template_section_id, 0));

CREATE TABLE note_bodies (
  note_id    INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
  doc_json   TEXT NOT NULL,            -- tiptap/ProseMirror JSON
  plain_text TEXT NOT NULL DEFAULT ''  -- kept alongside for search and exports
);

-- Full-text search: external-content FTS5 indexes, one per searchable table.
CREATE VIRTUAL TABLE note_bodies_fts USING fts5(
  plain_text, content='note_bodies', content_rowid='note_id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER note_bodies_fts_insert AFTER INSERT ON note_bodies BEGIN
  INSERT INTO note_bodies_fts (rowid, plain_text) VALUES (new.note_id, new.plain_text);
END;
CREATE TRIGGER note_bodies_fts_delete AFTER DELETE ON note_bodies BEGIN
  INSERT INTO note_bodies_fts (note_bodies_fts, rowid, plain_text) VALUES ('delete', old.note_id, old.plain_text);
END;
CREATE TRIGGER note_bodies_fts_update AFTER UPDATE OF plain_text ON note_bodies BEGIN
  INSERT INTO note_bodies_fts (note_bodies_fts, rowid, plain_text) VALUES ('delete', old.note_id, old.plain_text);
  INSERT INTO note_bodies_fts (rowid, plain_text) VALUES (new.note_id, new.plain_text);
END;

CREATE VIRTUAL TABLE agreements_fts USING fts5(
  text, content='agreements', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER agreements_fts_insert AFTER INSERT ON agreements BEGIN
  INSERT INTO agreements_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER agreements_fts_delete AFTER DELETE ON agreements BEGIN
  INSERT INTO agreements_fts (agreements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER agreements_fts_update AFTER UPDATE OF text ON agreements BEGIN
  INSERT INTO agreements_fts (agreements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO agreements_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE challenges_fts USING fts5(
  text, support_offered, content='challenges', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER challenges_fts_insert AFTER INSERT ON challenges BEGIN
  INSERT INTO challenges_fts (rowid, text, support_offered) VALUES (new.id, new.text, new.support_offered);
END;
CREATE TRIGGER challenges_fts_delete AFTER DELETE ON challenges BEGIN
  INSERT INTO challenges_fts (challenges_fts, rowid, text, support_offered)
  VALUES ('delete', old.id, old.text, old.support_offered);
END;
CREATE TRIGGER challenges_fts_update AFTER UPDATE OF text, support_offered ON challenges BEGIN
  INSERT INTO challenges_fts (challenges_fts, rowid, text, support_offered)
  VALUES ('delete', old.id, old.text, old.support_offered);
  INSERT INTO challenges_fts (rowid, text, support_offered) VALUES (new.id, new.text, new.support_offered);
END;

CREATE VIRTUAL TABLE recognitions_fts USING fts5(
  what, behaviour, content='recognitions', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER recognitions_fts_insert AFTER INSERT ON recognitions BEGIN
  INSERT INTO recognitions_fts (rowid, what, behaviour) VALUES (new.id, new.what, new.behaviour);
END;
CREATE TRIGGER recognitions_fts_delete AFTER DELETE ON recognitions BEGIN
  INSERT INTO recognitions_fts (recognitions_fts, rowid, what, behaviour) VALUES ('delete', old.id, old.what, old.behaviour);
END;
CREATE TRIGGER recognitions_fts_update AFTER UPDATE OF what, behaviour ON recognitions BEGIN
  INSERT INTO recognitions_fts (recognitions_fts, rowid, what, behaviour) VALUES ('delete', old.id, old.what, old.behaviour);
  INSERT INTO recognitions_fts (rowid, what, behaviour) VALUES (new.id, new.what, new.behaviour);
END;

CREATE VIRTUAL TABLE goals_fts USING fts5(
  title, metric, content='goals', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER goals_fts_insert AFTER INSERT ON goals BEGIN
  INSERT INTO goals_fts (rowid, title, metric) VALUES (new.id, new.title, new.metric);
END;
CREATE TRIGGER goals_fts_delete AFTER DELETE ON goals BEGIN
  INSERT INTO goals_fts (goals_fts, rowid, title, metric) VALUES ('delete', old.id, old.title, old.metric);
END;
CREATE TRIGGER goals_fts_update AFTER UPDATE OF title, metric ON goals BEGIN
  INSERT INTO goals_fts (goals_fts, rowid, title, metric) VALUES ('delete', old.id, old.title, old.metric);
  INSERT INTO goals_fts (rowid, title, metric) VALUES (new.id, new.title, new.metric);
END;
`

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(schema)
  }
}
