import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { oneDeletionModel } from '../../src/main/core/db/migrations/0010-one-deletion-model'
import { openDatabase } from '../../src/main/core/db/open-database'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

const columnsOf = (db: Database.Database, table: string) => (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((column) => column.name)

describe('migration: one deletion model', () => {
  it('moves agreements removed during a 1:1 to the trash, keeps every live row and the trash restorable, and drops the never-set columns', () => {
    const folder = tempDir()
    const path = join(folder, 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, oneDeletionModel.version - 1) }).close()
    const before = new Database(path)
    before.pragma('foreign_keys = ON')
    const insert = (sql: string, ...params: unknown[]) => Number(before.prepare(sql).run(...params).lastInsertRowid)
    const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
    const session = insert(`INSERT INTO sessions (rep_id, scheduled_at, status, created_at, updated_at) VALUES (?, '2026-04-27T10:00', 'completed', ?, ?)`, rep, T, T)
    const agreement = (text: string, deletedAt: string | null) =>
      insert(
        `INSERT INTO agreements (rep_id, text, owner, created_in_session_id, created_on, created_at, updated_at, deleted_at) VALUES (?, ?, 'rep', ?, '2026-04-27', ?, ?, ?)`,
        rep,
        text,
        session,
        T,
        T,
        deletedAt
      )
    const live = agreement('Send the proposal', null)
    const removed = agreement('Call the CFO', '2026-04-28T09:00:00.000Z')
    insert(`INSERT INTO agreement_reviews (agreement_id, session_id, outcome, reviewed_at) VALUES (?, ?, 'carried_forward', ?)`, removed, session, T)
    const point = insert(`INSERT INTO talking_points (rep_id, text, created_at, updated_at, deleted_at) VALUES (?, 'Comp plan', ?, ?, ?)`, rep, T, T, T)
    // A goal deleted before this version: its snapshot still has the column.
    const goalRow = { id: 77, rep_id: rep, title: 'Book 12 demos', metric: 'Demos', unit: 'count', currency: null, baseline: null, target: 12, due_date: null, period_kind: null, period_start: null, status: 'on_track', archived_at: null, created_at: T, updated_at: T, deleted_at: null, status_source: 'manager' }
    insert(
      `INSERT INTO trash (kind, item_id, label, rep_name, row_count, snapshot_json, deleted_at) VALUES ('goal', 77, 'Book 12 demos', 'Dana Whitfield', 1, ?, ?)`,
      JSON.stringify({ tables: [{ table: 'goals', rows: [goalRow] }], nullified: [] }),
      T
    )
    before.close()

    const kept = openDatabase(path)
    expect(kept.migratedFrom).toBe(oneDeletionModel.version - 1)
    expect(readdirSync(join(folder, 'backups')).some((name) => name.startsWith('kept-v9-before-migration-'))).toBe(true)
    const { db } = kept
    for (const table of ['reps', 'sessions', 'goals', 'challenges', 'agreements']) expect(columnsOf(db, table)).not.toContain('deleted_at')
    expect(columnsOf(db, 'talking_points')).toContain('deleted_at')
    expect(db.prepare('SELECT id FROM agreements').pluck().all()).toEqual([live])
    expect(db.prepare('SELECT count(*) FROM live_talking_points').pluck().get()).toBe(0)
    expect(db.prepare('SELECT id FROM talking_points').pluck().all()).toEqual([point])
    expect(db.prepare('SELECT kind, item_id, label, rep_name, row_count, deleted_at FROM trash ORDER BY id').all()).toEqual([
      { kind: 'goal', item_id: 77, label: 'Book 12 demos', rep_name: 'Dana Whitfield', row_count: 1, deleted_at: T },
      { kind: 'agreement', item_id: removed, label: 'Call the CFO', rep_name: 'Dana Whitfield', row_count: 2, deleted_at: '2026-04-28T09:00:00.000Z' }
    ])
    expect(db.pragma('foreign_key_check')).toEqual([])
    kept.close()

    // Both come back from the trash into the new tables.
    const core = openCore(folder)
    try {
      for (const entry of core.ok('trash.list', {})) core.ok('trash.restore', { id: entry.id })
      expect(core.kept.db.prepare('SELECT id FROM agreements ORDER BY id').pluck().all()).toEqual([live, removed])
      expect(core.kept.db.prepare('SELECT outcome FROM agreement_reviews WHERE agreement_id = ?').pluck().all(removed)).toEqual(['carried_forward'])
      expect(core.kept.db.prepare('SELECT title FROM goals WHERE id = 77').pluck().get()).toBe('Book 12 demos')
    } finally {
      core.kept.close()
    }
  })
})
