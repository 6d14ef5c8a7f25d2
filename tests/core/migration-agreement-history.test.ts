import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { agreementHistory } from '../../src/main/core/db/migrations/0011-agreement-history'
import { openDatabase } from '../../src/main/core/db/open-database'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'
// The last released version before this step's branch (0010, data-core's deletion model, lands in parallel).
const VERSION_9 = 9

describe('migration 0011: the history of agreement changes', () => {
  it('brings a version-9 file up, keeping every agreement, with a backup first, and records changes that go with their agreement', () => {
    const path = join(tempDir(), 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, VERSION_9) }).close()
    const before = new Database(path)
    const insert = (sql: string, ...params: unknown[]) => Number(before.prepare(sql).run(...params).lastInsertRowid)
    const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
    const agreement = insert(`INSERT INTO agreements (rep_id, text, owner, due_date, created_on, created_at, updated_at) VALUES (?, 'Send the deck', 'rep', '2026-05-08', '2026-05-01', ?, ?)`, rep, T, T)
    before.close()

    const kept = openDatabase(path)
    expect(kept.migratedFrom).toBe(VERSION_9)
    expect(kept.preMigrationBackup).toMatch(/kept-v9-before-migration-.*\.sqlite$/)
    const backup = new Database(kept.preMigrationBackup!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(VERSION_9)
    expect(backup.prepare('SELECT count(*) FROM agreements').pluck().get()).toBe(1)
    backup.close()
    const { db } = kept
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version)
    expect(db.prepare('SELECT text, due_date FROM agreements').all()).toEqual([{ text: 'Send the deck', due_date: '2026-05-08' }])
    expect(db.prepare('SELECT count(*) FROM agreement_changes').pluck().get()).toBe(0)

    db.prepare(`INSERT INTO agreement_changes (agreement_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, 'due_date', '2026-05-08', '2026-05-15', 'Alex', ?)`).run(agreement, T)
    expect(() => db.prepare(`INSERT INTO agreement_changes (agreement_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, 'text', 'a', 'b', 'Alex', ?)`).run(agreement, T)).toThrow(/CHECK/)
    expect(() => db.prepare(`INSERT INTO agreement_changes (agreement_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, 'owner', 'rep', 'manager', '  ', ?)`).run(agreement, T)).toThrow(/CHECK/)
    // Erasing the agreement for good (emptying the trash) takes its history with it.
    db.prepare('DELETE FROM agreements WHERE id = ?').run(agreement)
    expect(db.prepare('SELECT count(*) FROM agreement_changes').pluck().get()).toBe(0)
    kept.close()
  })

  it('is the step after the live-goals index on this branch', () => {
    expect(MIGRATIONS).toContain(agreementHistory)
    expect(agreementHistory.version).toBeGreaterThan(VERSION_9)
  })
})
