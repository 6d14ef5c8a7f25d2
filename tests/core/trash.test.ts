// Deleting a rep, a 1:1, a goal or an agreement moves it and everything that belongs to it to
// the trash; restoring brings back exactly the same rows (same ids, same links, searchable
// again); emptying the trash is explicit and final.
import { afterEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { trashMigration } from '../../src/main/core/db/migrations/0006-trash'
import { openDatabase } from '../../src/main/core/db/open-database'
import type { TrashEntry } from '../../src/shared/trash'
import { openCore, type CoreFixture } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
let core: CoreFixture
afterEach(() => core?.kept.close())

/** Every live row of every table (the trash itself aside), for exact before/after comparisons. */
function dump(fixture: CoreFixture): Record<string, string[]> {
  const tables = fixture.kept.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'trash' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE '%_fts_%'")
    .pluck()
    .all() as string[]
  return Object.fromEntries(tables.map((table) => [table, (fixture.kept.db.prepare(`SELECT * FROM "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]))
}

function withDemo(): { repId: number; repName: string } {
  core = openCore(tempDir())
  core.ok('demo.load', {})
  const team = core.ok('reps.list', {})
  return { repId: team[0]!.id, repName: team[0]!.name }
}

function searchHits(query: string): number {
  return core.ok('search.query', { query }).total
}

describe('the trash', () => {
  it('deletes a rep with everything recorded with them, and restores all of it exactly, searchable again', () => {
    const { repId, repName } = withDemo()
    const before = dump(core)
    const countsBefore = core.rowCounts()
    const agreementText = core.ok('reps.get', { id: repId }).openAgreements[0]!.text
    const word = agreementText.split(/\W+/).find((candidate) => candidate.length >= 6)!
    const hitsBefore = searchHits(word)
    expect(hitsBefore).toBeGreaterThan(0)

    const entry = core.ok('reps.delete', { id: repId })
    expect(entry).toMatchObject({ kind: 'rep', itemId: repId, label: repName, repName, deletedAt: '2026-06-15T09:00:00.000Z' })
    const countsAfter = core.rowCounts()
    const removed = Object.keys(countsBefore).reduce((sum, table) => sum + countsBefore[table]! - (countsAfter[table] ?? 0), 0) + 1 // +1: the trash row itself
    expect(entry.rowCount).toBe(removed)
    expect(countsAfter.sessions).toBeLessThan(countsBefore.sessions!)
    expect(core.call('reps.get', { id: repId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(core.ok('reps.list', {}).some((rep) => rep.id === repId)).toBe(false)
    expect(searchHits(word)).toBeLessThan(hitsBefore)
    expect(core.ok('trash.list', {})).toEqual([entry])

    expect(core.ok('trash.restore', { id: entry.id })).toEqual({ kind: 'rep', itemId: repId, label: repName })
    expect(dump(core)).toEqual(before)
    expect(searchHits(word)).toBe(hitsBefore)
    expect(core.ok('trash.list', {})).toEqual([])
    expect(core.kept.db.pragma('foreign_key_check')).toEqual([])
  })

  it('deletes a 1:1 while its agreements stay with the rep, and restoring puts their link to the 1:1 back', () => {
    const { repId } = withDemo()
    const detail = core.ok('reps.get', { id: repId })
    const session = detail.recentSessions.find((candidate) => candidate.status === 'completed')!
    const before = dump(core)
    const linked = core.kept.db.prepare('SELECT count(*) FROM agreements WHERE created_in_session_id = ?').pluck().get(session.id) as number
    expect(linked).toBeGreaterThan(0)

    const entry = core.ok('sessions.delete', { id: session.id })
    expect(entry.label).toMatch(/^1:1 of \d{1,2} \w{3} \d{4}/)
    expect(core.call('sessions.get', { id: session.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(core.kept.db.prepare('SELECT count(*) FROM agreements WHERE created_in_session_id = ?').pluck().get(session.id)).toBe(0)

    core.ok('trash.restore', { id: entry.id })
    expect(dump(core)).toEqual(before)
  })

  it('deletes and restores a goal and an agreement', () => {
    const { repId } = withDemo()
    const detail = core.ok('reps.get', { id: repId })
    const before = dump(core)
    const goal = core.ok('goals.delete', { id: detail.goals[0]!.id })
    const agreement = core.ok('agreements.delete', { id: detail.openAgreements[0]!.id })
    expect(goal.kind).toBe('goal')
    expect(agreement).toMatchObject({ kind: 'agreement', label: detail.openAgreements[0]!.text })
    expect(core.ok('trash.list', {}).map((entry) => entry.kind).sort()).toEqual(['agreement', 'goal'])
    core.ok('trash.restore', { id: goal.id })
    core.ok('trash.restore', { id: agreement.id })
    expect(dump(core)).toEqual(before)
  })

  it('explains why a 1:1 cannot come back while its rep is in the trash, and keeps it there', () => {
    const { repId } = withDemo()
    const session = core.ok('reps.get', { id: repId }).recentSessions[0]!
    const sessionEntry = core.ok('sessions.delete', { id: session.id })
    const repEntry = core.ok('reps.delete', { id: repId })
    const answer = core.call('trash.restore', { id: sessionEntry.id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Restore that first.') } })
    expect(core.ok('trash.list', {}).map((entry: TrashEntry) => entry.id).sort()).toEqual([sessionEntry.id, repEntry.id].sort())
    core.ok('trash.restore', { id: repEntry.id })
    core.ok('trash.restore', { id: sessionEntry.id })
    expect(core.ok('sessions.get', { id: session.id }).session.id).toBe(session.id)
  })

  it('empties the trash only when asked, for good', () => {
    const { repId } = withDemo()
    const entry = core.ok('reps.delete', { id: repId })
    expect(core.ok('trash.empty', {})).toEqual({ removed: 1 })
    expect(core.ok('trash.list', {})).toEqual([])
    expect(core.call('trash.restore', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(core.call('reps.get', { id: repId })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('answers not_found for an unknown item and writes nothing', () => {
    withDemo()
    const before = dump(core)
    for (const method of ['reps.delete', 'sessions.delete', 'goals.delete', 'agreements.delete', 'trash.restore']) {
      expect(core.call(method, { id: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
    expect(dump(core)).toEqual(before)
    expect(core.ok('trash.list', {})).toEqual([])
  })
})

describe('the trash migration', () => {
  it('adds the trash table to a file at the previous version, keeping its rows', () => {
    const path = join(tempDir(), 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, trashMigration.version - 1) }).close()
    const db = new Database(path)
    db.prepare("INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', 'T', 'T')").run()
    db.close()
    const kept = openDatabase(path)
    expect(kept.db.prepare('SELECT name FROM reps').pluck().all()).toEqual(['Dana Whitfield'])
    expect(kept.db.prepare('SELECT count(*) FROM trash').pluck().get()).toBe(0)
    expect(kept.preMigrationBackup).not.toBeNull()
    kept.close()
  })
})
