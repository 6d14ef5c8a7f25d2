import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseOpenError } from '../../src/main/core/db/errors'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations'
import { BUILTIN_TEMPLATES } from '../../src/main/core/db/migrations/0002-builtin-templates'
import { openDatabase } from '../../src/main/core/db/open-database'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name)
}

/** A file at an earlier schema version, made by running only the first `version` migrations. */
function databaseAtVersion(path: string, version: number): void {
  openDatabase(path, { migrations: MIGRATIONS.slice(0, version) }).close()
}

function expectOpenError(run: () => unknown, kind: DatabaseOpenError['kind']): DatabaseOpenError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError)
    expect((error as DatabaseOpenError).kind).toBe(kind)
    return error as DatabaseOpenError
  }
  throw new Error(`expected a ${kind} error`)
}

describe('migration runner', () => {
  it('numbers migrations 1..N with no gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1))
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('creates a new file at the newest version with WAL, foreign keys and a busy timeout', () => {
    const path = join(tempDir(), 'new.sqlite')
    const kept = openDatabase(path)
    expect(kept.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(kept.migratedFrom).toBe(0)
    expect(kept.preMigrationBackup).toBeNull()
    expect(kept.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(kept.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(kept.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(kept.db.pragma('busy_timeout', { simple: true })).toBe(5000)
    expect(kept.db.pragma('integrity_check', { simple: true })).toBe('ok')
    kept.close()
  })

  it('creates the folder of a new file', () => {
    const path = join(tempDir(), 'nested', 'deeper', 'kept.sqlite')
    openDatabase(path).close()
    expect(existsSync(path)).toBe(true)
  })

  it('reopens an up-to-date file without migrating or backing up', () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    openDatabase(path).close()
    const again = openDatabase(path)
    expect(again.migratedFrom).toBe(LATEST_SCHEMA_VERSION)
    expect(again.preMigrationBackup).toBeNull()
    again.close()
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  for (let from = 1; from < LATEST_SCHEMA_VERSION; from += 1) {
    it(`migrates a file from version ${from}, keeping its rows and writing a backup first`, () => {
      const dir = tempDir()
      const path = join(dir, 'kept.sqlite')
      databaseAtVersion(path, from)
      const old = new Database(path)
      old.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('Dana Whitfield', 'x', 'x')").run()
      old.close()

      const kept = openDatabase(path, { now: () => new Date('2026-05-04T10:00:00Z') })
      expect(kept.migratedFrom).toBe(from)
      expect(kept.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
      expect(kept.db.prepare('SELECT name FROM reps').all()).toEqual([{ name: 'Dana Whitfield' }])
      kept.close()

      expect(kept.preMigrationBackup).toMatch(new RegExp(`kept-v${from}-before-migration-2026-05-04T10-00-00-000Z\\.sqlite$`))
      const backup = new Database(kept.preMigrationBackup!, { readonly: true })
      expect(backup.pragma('user_version', { simple: true })).toBe(from)
      expect(backup.prepare('SELECT name FROM reps').all()).toEqual([{ name: 'Dana Whitfield' }])
      backup.close()
      expect(readdirSync(join(dir, 'backups'))).toHaveLength(1)
    })
  }

  it('refuses a file from a newer version of Kept and leaves it byte for byte untouched', () => {
    const dir = tempDir()
    const path = join(dir, 'future.sqlite')
    const future = new Database(path)
    future.exec('CREATE TABLE reps (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO reps (name) VALUES (\'x\')')
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`)
    future.close()
    const hashBefore = sha256(path)
    const mtimeBefore = statSync(path).mtimeMs

    const error = expectOpenError(() => openDatabase(path), 'newer_version')
    expect(error.message).toContain('written by a newer version of Kept')
    expect(error.message).toContain('not changed')
    expect(sha256(path)).toBe(hashBefore)
    expect(statSync(path).mtimeMs).toBe(mtimeBefore)
    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })

  it('refuses a file that is not an SQLite database, without changing it', () => {
    const path = join(tempDir(), 'notes.sqlite')
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200))
    const hashBefore = sha256(path)
    const error = expectOpenError(() => openDatabase(path), 'not_a_database')
    expect(error.message).toContain('not a Kept database')
    expect(sha256(path)).toBe(hashBefore)
  })

  it("refuses another program's SQLite database", () => {
    const path = join(tempDir(), 'other.sqlite')
    const other = new Database(path)
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)')
    other.close()
    expectOpenError(() => openDatabase(path), 'not_kept')
  })

  it('a failing step leaves the file at the previous version', () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    databaseAtVersion(path, 1)
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        name: 'half-done step',
        up(db: Database.Database) {
          db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)')
          throw new Error('disk hiccup')
        }
      }
    ]
    const error = expectOpenError(() => openDatabase(path, { migrations: broken }), 'migration_failed')
    expect(error.message).toContain('disk hiccup')
    expect(error.message).toContain('backups')
    const db = new Database(path, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(tableNames(db)).not.toContain('half_done')
    db.close()
  })

  it('migrates several steps all or nothing: a failing last step leaves the file at its first version, and says so and where the copy is', () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    databaseAtVersion(path, 1)
    const broken = [
      ...MIGRATIONS.slice(0, 2),
      {
        version: 3,
        name: 'failing third step',
        up() {
          throw new Error('disk hiccup')
        }
      }
    ]
    const error = expectOpenError(() => openDatabase(path, { migrations: broken, now: () => new Date('2026-05-04T10:00:00Z') }), 'migration_failed')
    const backup = join(dir, 'backups', 'kept-v1-before-migration-2026-05-04T10-00-00-000Z.sqlite')
    expect(error.message).toContain('still at data format 1')
    expect(error.message).toContain(backup)
    const db = new Database(path, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    // Step 2 (built-in templates) was rolled back with the failing step 3.
    expect(db.prepare('SELECT count(*) AS n FROM templates').get()).toEqual({ n: 0 })
    db.close()
  })

  it('writes the copy before a migration like every other backup: checked, self-contained, readable by the user only, no temporary file left', () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    databaseAtVersion(path, LATEST_SCHEMA_VERSION - 1)
    const kept = openDatabase(path)
    kept.close()
    const backup = kept.preMigrationBackup!
    // Bytes 18 and 19 of the header are 1 for a rollback-journal file, 2 for one that needs a -wal.
    const header = readFileSync(backup).subarray(18, 20)
    expect([...header]).toEqual([1, 1])
    expect(statSync(backup).mode & 0o777).toBe(0o600)
    expect(statSync(join(dir, 'backups')).mode & 0o777).toBe(0o700)
    expect(readdirSync(join(dir, 'backups'))).toEqual([basename(backup)])
  })

  it('reports an unreadable location plainly', () => {
    const dir = tempDir()
    const blocker = join(dir, 'a-file')
    writeFileSync(blocker, 'x')
    const error = expectOpenError(() => openDatabase(join(blocker, 'kept.sqlite')), 'unreadable')
    expect(error.message).toContain('cannot')
  })
})

describe('migration 1: initial schema', () => {
  it('creates every domain table and its search index', () => {
    const path = join(tempDir(), 'v1.sqlite')
    databaseAtVersion(path, 1)
    const db = new Database(path)
    const tables = tableNames(db)
    for (const table of [
      'reps', 'rep_tags', 'templates', 'template_sections', 'goals', 'goal_checkins', 'sessions', 'agreements',
      'challenges', 'challenge_sessions', 'recognitions', 'talking_points', 'notes', 'note_bodies',
      'metric_imports', 'import_mappings', 'note_bodies_fts', 'agreements_fts', 'challenges_fts', 'recognitions_fts', 'goals_fts'
    ]) {
      expect(tables).toContain(table)
    }
    db.close()
  })

  it('keeps the FTS indexes in step with inserts, updates and deletes', () => {
    const kept = openDatabase(join(tempDir(), 'fts.sqlite'))
    const { db } = kept
    const rep = db.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('Ana', 'x', 'x')").run().lastInsertRowid
    const agreement = db
      .prepare("INSERT INTO agreements (rep_id, text, created_on, created_at, updated_at) VALUES (?, 'Send the Globex proposal', '2026-01-01', 'x', 'x')")
      .run(rep).lastInsertRowid
    const find = (word: string) => db.prepare('SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH ?').all(word)
    expect(find('globex')).toEqual([{ rowid: Number(agreement) }])
    db.prepare("UPDATE agreements SET text = 'Send the Initech proposal' WHERE id = ?").run(agreement)
    expect(find('globex')).toEqual([])
    expect(find('initech')).toHaveLength(1)
    db.prepare('DELETE FROM agreements WHERE id = ?').run(agreement)
    expect(find('initech')).toEqual([])
    expect(db.prepare("INSERT INTO agreements_fts(agreements_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0)
    kept.close()
  })

  it('enforces the allowed values and the links between rows', () => {
    const kept = openDatabase(join(tempDir(), 'checks.sqlite'))
    const { db } = kept
    expect(() => db.prepare("INSERT INTO reps (name, created_at, updated_at) VALUES ('  ', 'x', 'x')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('A', 'daily', 'x', 'x')").run()).toThrow(/CHECK/)
    expect(() => db.prepare("INSERT INTO agreements (rep_id, text, created_on, created_at, updated_at) VALUES (999, 'x', 'd', 'x', 'x')").run()).toThrow(/FOREIGN KEY/)
    kept.close()
  })
})

describe('migration 2: built-in templates', () => {
  it('adds the default Accountability 1:1 and three more templates with ordered sections', () => {
    const path = join(tempDir(), 'v2.sqlite')
    databaseAtVersion(path, 2)
    const db = new Database(path)
    const templates = db.prepare('SELECT id, name, is_default FROM templates ORDER BY id').all() as Array<{ id: number; name: string; is_default: number }>
    expect(templates.map((template) => template.name)).toEqual(['Accountability 1:1', 'Pipeline review', 'Career conversation', 'Performance improvement'])
    expect(templates.filter((template) => template.is_default === 1).map((template) => template.name)).toEqual(['Accountability 1:1'])
    const sections = db.prepare('SELECT kind FROM template_sections WHERE template_id = ? ORDER BY position').all(templates[0]!.id) as Array<{ kind: string }>
    expect(sections.map((section) => section.kind)).toEqual(['check_in', 'agenda', 'goal_review', 'last_agreements', 'challenges', 'recognition', 'next_steps', 'notes'])
    const total = db.prepare('SELECT count(*) AS n FROM template_sections').get() as { n: number }
    expect(total.n).toBe(BUILTIN_TEMPLATES.reduce((sum, template) => sum + template.sections.length, 0))
    db.close()
  })
})
