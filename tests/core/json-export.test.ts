import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { exportDatabaseJson, importDatabaseJson, importJsonIntoFile, JsonImportError, parseJsonExport } from '../../src/main/core/backup/json-export'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { loadDemoTeam } from '../../src/main/core/demo/demo-team'
import { insertRep } from '../../src/main/core/repositories/reps-repository'
import { searchEverything } from '../../src/main/core/repositories/search-repository'
import { allRows } from '../support/table-rows'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const opened: KeptDatabase[] = []
afterEach(() => {
  while (opened.length > 0) opened.pop()!.close()
})

function open(path: string, options: Parameters<typeof openDatabase>[1] = {}): KeptDatabase {
  const kept = openDatabase(path, options)
  opened.push(kept)
  return kept
}

const LONG_TEXT = 'Ünïcödé ✓ 日本語 🚀 '.repeat(5000)

/** The demo team plus rows that stress the format: unicode, long text, NULLs, JSON documents, integral reals. */
function richDatabase(path: string): KeptDatabase {
  const kept = open(path)
  loadDemoTeam(kept.db, { today: '2026-06-15', now: '2026-06-15T09:00:00.000Z' })
  const repId = insertRep(kept.db, { name: 'Zoë "O’Brien" <b>&amp; 🚀', role: LONG_TEXT, email: '', startDate: null, cadence: 'monthly', tags: ['naïve', 'ümlaut'], nextSessionDate: null }, { now: '2026-06-15T09:00:00.000Z' })
  kept.db
    .prepare("INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, created_at, updated_at) VALUES (?, 'Ärger-free renewals', 'renewals', 'count', 3.0, 12.5, NULL, '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:00.000Z')")
    .run(repId)
  const sessionId = Number(
    kept.db.prepare("INSERT INTO sessions (rep_id, scheduled_at, status, created_at, updated_at) VALUES (?, '2026-06-10T10:00', 'completed', '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:00.000Z')").run(repId).lastInsertRowid
  )
  const noteId = Number(kept.db.prepare("INSERT INTO notes (session_id, kind, created_at, updated_at) VALUES (?, 'private', '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:00.000Z')").run(sessionId).lastInsertRowid)
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quote " backslash \\ newline \n tab \t null \u0000 end', marks: [{ type: 'bold' }] }] }] }
  kept.db.prepare('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (?, ?, ?)').run(noteId, JSON.stringify(doc), 'zebracanary quote backslash')
  // An agreement changed between 1:1s, with its history (a NULL old due date, a name with quotes).
  const agreementId = Number(kept.db.prepare("INSERT INTO agreements (rep_id, text, created_on, created_at, updated_at) VALUES (?, 'Send the deck', '2026-06-10', '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:00.000Z')").run(repId).lastInsertRowid)
  kept.db
    .prepare("INSERT INTO agreement_changes (agreement_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, 'due_date', NULL, '2026-06-19', 'Zoë \"Alex\" O’Brien', '2026-06-15T09:30:00.000Z')")
    .run(agreementId)
  return kept
}

describe('full JSON export and import', () => {
  it('round-trips every row of every table, identical value by value and type by type', () => {
    const dir = tempDir()
    const source = richDatabase(join(dir, 'source.sqlite'))
    const text = JSON.stringify(exportDatabaseJson(source.db, { now: new Date('2026-06-15T12:00:00Z') }))
    const header = JSON.parse(text) as { app: string; schemaVersion: number; tables: Record<string, unknown> }
    expect(header.app).toBe('Kept')
    expect(header.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(Object.keys(header.tables)).toContain('reps')
    expect((header.tables.agreement_changes as { rows: unknown[] }).rows).toHaveLength(1)
    expect(Object.keys(header.tables).some((name) => name.includes('_fts'))).toBe(false)

    const result = importJsonIntoFile(join(dir, 'copy.sqlite'), text)
    expect(result.rows).toBeGreaterThan(100)
    const copy = open(join(dir, 'copy.sqlite'))
    const expected = allRows(source.db)
    const actual = allRows(copy.db)
    expect(Object.keys(actual)).toEqual(Object.keys(expected))
    for (const table of Object.keys(expected)) expect(actual[table], table).toEqual(expected[table])
    // 3.0 stays a real in a REAL column, and the sequence table is not doubled.
    expect(copy.db.prepare("SELECT typeof(baseline) AS t FROM goals WHERE title = 'Ärger-free renewals'").get()).toEqual({ t: 'real' })
    // The full-text index was rebuilt: search finds the imported private note.
    expect(searchEverything(copy.db, 'zebracanary', 10).groups.length).toBeGreaterThan(0)
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('imports an export of an older data format into a new file and brings it up to date', () => {
    const dir = tempDir()
    const older = MIGRATIONS.slice(0, -1)
    const source = open(join(dir, 'old.sqlite'), { migrations: older })
    source.db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES ('Old timer', '', '', 'weekly', '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:00.000Z')").run()
    const text = JSON.stringify(exportDatabaseJson(source.db))
    const result = importJsonIntoFile(join(dir, 'new.sqlite'), text)
    expect(result.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    const copy = open(join(dir, 'new.sqlite'))
    expect(copy.db.prepare('SELECT name FROM reps').all()).toEqual([{ name: 'Old timer' }])
  })

  it('refuses a database that already holds data, and changes nothing', () => {
    const dir = tempDir()
    const source = richDatabase(join(dir, 'source.sqlite'))
    const document = exportDatabaseJson(source.db)
    const target = open(join(dir, 'target.sqlite'))
    insertRep(target.db, { name: 'Mine', role: '', email: '', startDate: null, cadence: 'weekly', tags: [], nextSessionDate: null }, { now: 'x' })
    const before = allRows(target.db)
    expect(() => importDatabaseJson(target.db, document)).toThrow(/already holds data of its own/)
    expect(allRows(target.db)).toEqual(before)
  })

  it('refuses a newer data format, a file that is not an export, and broken references, leaving no file behind', () => {
    const dir = tempDir()
    const source = richDatabase(join(dir, 'source.sqlite'))
    const document = exportDatabaseJson(source.db)
    expect(() => parseJsonExport(JSON.stringify({ ...document, schemaVersion: LATEST_SCHEMA_VERSION + 1 }), LATEST_SCHEMA_VERSION)).toThrow(/newer version of Kept/)
    expect(() => parseJsonExport('{"hello": 1}', LATEST_SCHEMA_VERSION)).toThrow(/not a Kept export/)
    expect(() => parseJsonExport('not json', LATEST_SCHEMA_VERSION)).toThrow(JsonImportError)

    const orphan = structuredClone(document)
    orphan.tables['reps']!.rows = []
    const target = join(dir, 'orphans.sqlite')
    expect(() => importJsonIntoFile(target, JSON.stringify(orphan))).toThrow(/pointing at rows it does not contain/)
    expect(existsSync(target)).toBe(false)

  })
})

describe('JSON import refuses what it cannot import whole', () => {
  function exportOf(dir: string) {
    const source = richDatabase(join(dir, 'source.sqlite'))
    return exportDatabaseJson(source.db, { now: new Date('2026-06-15T12:00:00Z') })
  }

  function withCustomTemplate(path: string): void {
    const kept = openDatabase(path)
    kept.db
      .prepare("INSERT INTO templates (name, description, is_default, is_builtin, created_at, updated_at) VALUES ('My pipeline review', 'mine', 0, 0, '2026-06-01T09:00:00.000Z', '2026-06-01T09:00:00.000Z')")
      .run()
    kept.close()
  }

  function templateNames(path: string): string[] {
    const kept = open(path)
    return kept.db.prepare('SELECT name FROM templates ORDER BY name').pluck().all() as string[]
  }

  it('refuses a file with no reps or 1:1s but a custom template, and with replace backs it up first', () => {
    const dir = tempDir()
    const text = JSON.stringify(exportOf(dir))
    const target = join(dir, 'templates-only.sqlite')
    withCustomTemplate(target)

    expect(() => importJsonIntoFile(target, text)).toThrow(/already holds data of its own \(in templates\).*--replace/)
    expect(templateNames(target)).toContain('My pipeline review')
    opened.pop()!.close()

    const result = importJsonIntoFile(target, text, { replace: true, now: new Date('2026-06-16T08:00:00Z') })
    expect(result.backup).toMatchObject({ kind: 'before-import', fileName: 'templates-only-2026-06-16T08-00-00Z-before-import.sqlite', path: join(dir, 'backups', 'templates-only-2026-06-16T08-00-00Z-before-import.sqlite') })
    expect(templateNames(target)).not.toContain('My pipeline review')
    expect(templateNames(result.backup!.path)).toContain('My pipeline review')
  })

  it('a new, unused file takes the import without --replace and without a backup', () => {
    const dir = tempDir()
    const target = join(dir, 'unused.sqlite')
    openDatabase(target).close()
    expect(importJsonIntoFile(target, JSON.stringify(exportOf(dir))).backup).toBeNull()
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  it('checks every row and names the table, the row and the field of each problem, importing nothing', () => {
    const dir = tempDir()
    const document = exportOf(dir)
    const set = (table: string, row: number, column: string, value: unknown) => {
      const content = document.tables[table]!
      content.rows[row]![content.columns.indexOf(column)] = value as never
    }
    set('reps', 0, 'cadence', 'daily')
    set('reps', 1, 'start_date', '2026-02-30')
    set('sessions', 0, 'pulse', 9)
    set('sessions', 1, 'duration_seconds', 12.5)
    set('note_bodies', 0, 'doc_json', '{"type": "paragraph"}')
    set('note_bodies', 1, 'doc_json', 'not json')
    set('goals', 0, 'rep_id', { $int: '99999999999999999999' })
    set('agreements', 0, 'created_at', 'yesterday')
    set('agreements', 1, 'text', null)
    const target = join(dir, 'new.sqlite')
    let message = ''
    try {
      importJsonIntoFile(target, JSON.stringify(document))
    } catch (error) {
      expect(error).toBeInstanceOf(JsonImportError)
      message = (error as Error).message
    }
    const repId = (row: number) => document.tables['reps']!.rows[row]![0]
    expect(message).toContain('Nothing was imported.')
    expect(message).toContain(`reps, row 1 (id ${repId(0)}), cadence: "daily" is not one of weekly, biweekly, monthly`)
    expect(message).toContain(`reps, row 2 (id ${repId(1)}), start_date: "2026-02-30" is not a date like 2026-03-14`)
    expect(message).toMatch(/sessions, row 1 \(id \d+\), pulse: 9 is not between 1 and 5/)
    expect(message).toMatch(/sessions, row 2 \(id \d+\), duration_seconds: must be a whole number, not 12\.5/)
    expect(message).toContain('note_bodies, row 1, doc_json: is not a note document')
    expect(message).toContain('note_bodies, row 2, doc_json: is not valid JSON')
    expect(message).toMatch(/goals, row 1 \(id \d+\), rep_id: 99999999999999999999 is out of range/)
    expect(message).toMatch(/agreements, row 1 \(id \d+\), created_at: "yesterday" is not a date and time/)
    expect(message).toMatch(/agreements, row 2 \(id \d+\), text: is empty, but this field is required/)
    expect(existsSync(target)).toBe(false)
  })

  it('treats a table missing from the export as an error, not as an empty table', () => {
    const dir = tempDir()
    const document = exportOf(dir)
    delete document.tables['agreements']
    const target = join(dir, 'new.sqlite')
    expect(() => importJsonIntoFile(target, JSON.stringify(document))).toThrow(/This export has no agreements table .* so it is incomplete\. Nothing was imported\./)
    expect(existsSync(target)).toBe(false)
    const withoutColumn = exportOf(tempDir())
    const reps = withoutColumn.tables['reps']!
    const emailAt = reps.columns.indexOf('email')
    reps.columns.splice(emailAt, 1)
    for (const row of reps.rows) row.splice(emailAt, 1)
    expect(() => importJsonIntoFile(target, JSON.stringify(withoutColumn))).toThrow(/reps: columns missing from the export: email/)
  })
})
