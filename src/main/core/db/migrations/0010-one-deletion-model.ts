import type { Database } from 'better-sqlite3'
import { snapshotCascade, snapshotRowCount } from '../../trash/cascade-snapshot'
import type { Migration } from './types'

// One deletion model (docs/DATA.md, "Deleting"). A deleted rep, 1:1, goal or agreement goes to the
// trash (migration 6): it leaves its table, so the `deleted_at` column of reps, sessions, goals and
// challenges was never set and every filter on it was always true. Agreements removed during a 1:1
// were only marked; from now on they go to the trash too, and those already marked are moved there
// (restorable like any other). The four columns go, with the indexes that carried them. Talking
// points and recognitions removed during a 1:1 stay marked until the trash is emptied; every read
// of them goes through the views created here, so "not removed" is written once. The follow-through
// index stays partial (dated agreements only: follow-through reads a date range): as a full index
// the planner took it for counting a rep's open agreements too, reading all of them instead of the
// open ones (team.overview 4 → 9 ms on a 40-rep, 3-year file).
const DROPPED_FROM = ['reps', 'sessions', 'goals', 'challenges', 'agreements'] as const

const indexes = /* sql */ `
DROP INDEX sessions_by_template;
CREATE INDEX sessions_by_template ON sessions (template_id);
DROP INDEX sessions_live_by_rep_status_date;
CREATE INDEX sessions_live_by_rep_status_date ON sessions (rep_id, status, scheduled_at);
DROP INDEX goals_live_by_rep;
CREATE INDEX goals_live_by_rep ON goals (rep_id, status) WHERE archived_at IS NULL;
DROP INDEX agreements_live_by_rep_due;
CREATE INDEX agreements_live_by_rep_due ON agreements (rep_id, due_date, owner, status, done_on) WHERE due_date IS NOT NULL;
DROP INDEX agreements_by_created_session_owner;
CREATE INDEX agreements_by_created_session_owner ON agreements (created_in_session_id, owner);
`

const views = /* sql */ `
CREATE VIEW live_talking_points AS SELECT * FROM talking_points WHERE deleted_at IS NULL;
CREATE VIEW live_recognitions AS SELECT * FROM recognitions WHERE deleted_at IS NULL;
`

interface Snapshot {
  tables: Array<{ table: string; rows: Array<Record<string, unknown>> }>
}

const withoutDroppedColumn = <T extends Snapshot>(snapshot: T): T => {
  for (const { table, rows } of snapshot.tables) {
    if (!(DROPPED_FROM as readonly string[]).includes(table)) continue
    for (const row of rows) delete row.deleted_at
  }
  return snapshot
}

/** Items already in the trash restore into tables without the column, so their snapshots lose it too. */
function dropColumnFromTrashSnapshots(db: Database): void {
  const entries = db.prepare('SELECT id, snapshot_json FROM trash').all() as Array<{ id: number; snapshot_json: string }>
  const update = db.prepare('UPDATE trash SET snapshot_json = ? WHERE id = ?')
  for (const entry of entries) update.run(JSON.stringify(withoutDroppedColumn(JSON.parse(entry.snapshot_json) as Snapshot)), entry.id)
}

/** Agreements removed during a 1:1 before this version: into the trash, as agreements.remove does now. */
function moveRemovedAgreementsToTrash(db: Database): void {
  const removed = db
    .prepare(
      `SELECT agreements.id, agreements.text, agreements.deleted_at, reps.name AS rep_name
       FROM agreements JOIN reps ON reps.id = agreements.rep_id WHERE agreements.deleted_at IS NOT NULL ORDER BY agreements.id`
    )
    .all() as Array<{ id: number; text: string; deleted_at: string; rep_name: string }>
  const insert = db.prepare(
    `INSERT INTO trash (kind, item_id, label, rep_name, row_count, snapshot_json, deleted_at) VALUES ('agreement', ?, ?, ?, ?, ?, ?)`
  )
  for (const agreement of removed) {
    const snapshot = withoutDroppedColumn(snapshotCascade(db, 'agreements', agreement.id))
    const label = agreement.text.length > 120 ? `${agreement.text.slice(0, 119)}…` : agreement.text
    insert.run(agreement.id, label, agreement.rep_name, snapshotRowCount(snapshot), JSON.stringify(snapshot), agreement.deleted_at)
    db.prepare('DELETE FROM agreements WHERE id = ?').run(agreement.id)
  }
}

export const oneDeletionModel: Migration = {
  version: 10,
  name: 'one deletion model: removed agreements in the trash, never-set deleted_at columns dropped',
  up(db) {
    dropColumnFromTrashSnapshots(db)
    moveRemovedAgreementsToTrash(db)
    // No version of Kept marked these; a row marked by hand was hidden everywhere, so it stays gone.
    for (const table of DROPPED_FROM) db.prepare(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL`).run()
    db.exec(indexes)
    for (const table of DROPPED_FROM) db.exec(`ALTER TABLE ${table} DROP COLUMN deleted_at`)
    db.exec(views)
  }
}
