import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { briefIndexes } from '../../src/main/core/db/migrations/0008-brief-indexes'
import { openDatabase } from '../../src/main/core/db/open-database'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

const planOf = (db: Database.Database, sql: string, params: Record<string, unknown>) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n')

describe('migration: covering indexes for what a 1:1 created', () => {
  it('keeps every row of a file of the previous version, and counts agreements and recognitions of a 1:1 from the index alone', () => {
    const path = join(tempDir(), 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, briefIndexes.version - 1) }).close()
    const before = new Database(path)
    before.pragma('foreign_keys = ON')
    const insert = (sql: string, ...params: unknown[]) => Number(before.prepare(sql).run(...params).lastInsertRowid)
    const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
    const session = insert(`INSERT INTO sessions (rep_id, scheduled_at, status, created_at, updated_at) VALUES (?, '2026-04-27T10:00', 'completed', ?, ?)`, rep, T, T)
    const agreement = (owner: string, deletedAt: string | null) =>
      insert(
        `INSERT INTO agreements (rep_id, text, owner, created_in_session_id, created_on, created_at, updated_at, deleted_at) VALUES (?, 'Send the proposal', ?, ?, '2026-04-27', ?, ?, ?)`,
        rep,
        owner,
        session,
        T,
        T,
        deletedAt
      )
    agreement('rep', null)
    agreement('manager', null)
    agreement('manager', T)
    insert(`INSERT INTO recognitions (rep_id, session_id, what, recognized_on, created_at, updated_at) VALUES (?, ?, 'Great call', '2026-04-27', ?, ?)`, rep, session, T, T)
    before.close()

    const kept = openDatabase(path, { migrations: MIGRATIONS.slice(0, briefIndexes.version) })
    expect(kept.migratedFrom).toBe(briefIndexes.version - 1)
    const { db } = kept
    const count = `SELECT
      (SELECT count(*) FROM agreements WHERE created_in_session_id = @session AND owner = 'manager' AND deleted_at IS NULL),
      (SELECT count(*) FROM recognitions WHERE session_id = @session AND deleted_at IS NULL)`
    expect(db.prepare(count).raw().get({ session })).toEqual([1, 1])
    const plan = planOf(db, count, { session })
    expect(plan).toContain('COVERING INDEX agreements_by_created_session_owner')
    expect(plan).toContain('COVERING INDEX recognitions_by_session_live')
    // Deleting the 1:1 still finds what it created through the new indexes (foreign keys set them to null).
    db.prepare('DELETE FROM sessions WHERE id = ?').run(session)
    expect(db.prepare('SELECT count(*) FROM agreements WHERE created_in_session_id IS NULL').pluck().get()).toBe(3)
    kept.close()
  })
})
