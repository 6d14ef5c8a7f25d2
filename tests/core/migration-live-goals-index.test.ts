import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { liveGoalsIndex } from '../../src/main/core/db/migrations/0009-live-goals-index'
import { openDatabase } from '../../src/main/core/db/open-database'
import { listUnmeasurableGoals } from '../../src/main/core/repositories/overview-repository'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

const planOf = (db: Database.Database, sql: string, params: Record<string, unknown>) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{ detail: string }>).map((row) => row.detail).join('\n')

describe('migration: an index of the live, unarchived goals', () => {
  it('keeps every goal of a file of the previous version, and reads a rep\'s active goals without stepping over archived ones', () => {
    const path = join(tempDir(), 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, liveGoalsIndex.version - 1) }).close()
    const before = new Database(path)
    const insert = (sql: string, ...params: unknown[]) => Number(before.prepare(sql).run(...params).lastInsertRowid)
    const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
    const goal = (title: string, metric: string, status: string, archivedAt: string | null) =>
      insert(`INSERT INTO goals (rep_id, title, metric, unit, target, status, archived_at, created_at, updated_at) VALUES (?, ?, ?, 'count', NULL, ?, ?, ?, ?)`, rep, title, metric, status, archivedAt, T, T)
    const active = goal('Book 12 demos', 'Demos booked', 'on_track', null)
    for (let i = 0; i < 5; i++) goal(`Old goal ${i}`, '', 'off_track', T)
    before.close()

    const kept = openDatabase(path, { migrations: MIGRATIONS.slice(0, liveGoalsIndex.version) })
    expect(kept.migratedFrom).toBe(liveGoalsIndex.version - 1)
    const { db } = kept
    expect(db.prepare('SELECT count(*) FROM goals').pluck().get()).toBe(6)
    // Only the active goal (no target, no due date) is read; archived ones are not read.
    expect(listUnmeasurableGoals(db, { repId: rep })).toEqual([{ repId: rep, id: active, title: 'Book 12 demos', missing: ['target', 'due_date'] }])
    const active_goals = `SELECT count(*) FROM goals WHERE rep_id = @rep AND status IN ('on_track', 'at_risk', 'off_track') AND archived_at IS NULL AND deleted_at IS NULL`
    expect(db.prepare(active_goals).pluck().get({ rep })).toBe(1)
    expect(planOf(db, active_goals, { rep })).toContain('USING INDEX goals_live_by_rep')
    kept.close()
  })
})
