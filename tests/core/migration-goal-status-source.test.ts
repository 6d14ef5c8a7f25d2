import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { fixedClock } from '../../src/main/core/clock'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { goalStatusSource } from '../../src/main/core/db/migrations/0005-goal-status-source'
import { openDatabase } from '../../src/main/core/db/open-database'
import type { RepGoals } from '../../src/shared/goals'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

/** A file just before the goal status source migration, with a goal whose status a 1:1 set. */
function fileBeforeMigration() {
  const path = join(tempDir(), 'kept.sqlite')
  openDatabase(path, { migrations: MIGRATIONS.slice(0, goalStatusSource.version - 1) }).close()
  const db = new Database(path)
  const insert = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid)
  const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
  const goal = insert(
    `INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, status, created_at, updated_at)
     VALUES (?, 'Close $100k', 'ARR', 'currency', 0, 100000, '2026-12-31', 'at_risk', ?, ?)`,
    rep,
    T,
    T
  )
  insert(`INSERT INTO goal_checkins (goal_id, value, recorded_on, status, goal_status_before, created_at) VALUES (?, 10, '2026-04-20', 'at_risk', 'on_track', ?)`, goal, T)
  db.close()
  return { path, rep, goal }
}

describe('migration: goal status suggested or set by the manager', () => {
  it('keeps existing goals’ status as the manager’s and their check-ins untouched', () => {
    const { path, rep, goal } = fileBeforeMigration()
    const kept = openDatabase(path)
    expect(kept.migratedFrom).toBe(goalStatusSource.version - 1)
    const { db } = kept
    expect(db.prepare('SELECT status, status_source FROM goals WHERE id = ?').get(goal)).toEqual({ status: 'at_risk', status_source: 'manager' })
    expect(db.prepare('SELECT value, status, goal_status_before, goal_status_source_before FROM goal_checkins').all()).toEqual([
      { value: 10, status: 'at_risk', goal_status_before: 'on_track', goal_status_source_before: null }
    ])
    expect(() => db.prepare("UPDATE goals SET status_source = 'robot'").run()).toThrow(/CHECK/)

    const handlers = createApiHandlers({ db, clock: fixedClock('2026-05-04T12:00:00Z'), databasePath: path, schemaVersion: kept.schemaVersion, host: 'browser' })
    const answer = dispatch(handlers, 'goals.list', { repId: rep })
    if (!answer.ok) throw new Error(answer.error.message)
    expect((answer.value as RepGoals).active.map((item) => [item.goal.title, item.goal.status, item.statusSource])).toEqual([['Close $100k', 'at_risk', 'manager']])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    kept.close()
  })
})
