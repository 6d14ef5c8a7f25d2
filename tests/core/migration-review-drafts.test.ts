import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { reviewDrafts } from '../../src/main/core/db/migrations/0007-review-drafts'
import { openDatabase } from '../../src/main/core/db/open-database'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

describe('migration: review drafts', () => {
  it('adds the drafts table to a file of the previous version, keeping its rows, and drafts go with their rep', () => {
    const path = join(tempDir(), 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, reviewDrafts.version - 1) }).close()
    const before = new Database(path)
    before.prepare(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`).run(T, T)
    before.close()

    const kept = openDatabase(path)
    expect(kept.migratedFrom).toBe(reviewDrafts.version - 1)
    expect(kept.schemaVersion).toBeGreaterThanOrEqual(reviewDrafts.version)
    const { db } = kept
    expect(db.prepare('SELECT name FROM reps').pluck().all()).toEqual(['Dana Whitfield'])
    db.prepare(`INSERT INTO review_drafts (rep_id, period_from, period_to, text, updated_at) VALUES (1, '2026-04-01', '2026-06-30', '# Draft', ?)`).run(T)
    expect(() => db.prepare(`INSERT INTO review_drafts (rep_id, period_from, period_to, text, updated_at) VALUES (1, '2026-07-01', '2026-06-30', 'x', ?)`).run(T)).toThrow(/CHECK/)
    db.prepare('DELETE FROM reps WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM review_drafts').pluck().get()).toBe(0)
    kept.close()
  })
})
