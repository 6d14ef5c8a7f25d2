import type { Migration } from './types'

// The trash: a deleted rep, 1:1, goal or agreement is removed from the live tables (so no query
// can show it by mistake) and kept here as a JSON snapshot of its row and of every row that
// cascaded from it, until it is restored or the trash is emptied.
const schema = /* sql */ `
CREATE TABLE trash (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('rep', 'session', 'goal', 'agreement')),
  item_id       INTEGER NOT NULL,          -- the id it had, and gets back on restore
  label         TEXT NOT NULL,             -- what the trash screen shows ("Dana Whitfield", "1:1 of 14 Mar 2026")
  rep_name      TEXT NOT NULL DEFAULT '',  -- whose it was (for a rep: the rep's own name)
  row_count     INTEGER NOT NULL,          -- rows in the snapshot, the item's own included
  snapshot_json TEXT NOT NULL,             -- {"tables": [{"table", "rows": [...]}], "nullified": [...]}
  deleted_at    TEXT NOT NULL
);
CREATE INDEX trash_by_deleted_at ON trash (deleted_at);
`

export const trashMigration: Migration = {
  version: 6,
  name: 'trash: snapshots of deleted items for undo and restore',
  up(db) {
    db.exec(schema)
  }
}
