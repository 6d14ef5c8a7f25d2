import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { backupNow, listBackups, parseBackupName, pruneDailyBackups, runDailyBackupIfDue } from '../../src/main/core/backup/backups'
import { checkDatabaseFile } from '../../src/main/core/backup/database-check'
import { createDatabaseSession } from '../../src/main/core/backup/database-session'
import { RestoreError, restoreDatabaseFile, restoreInSession } from '../../src/main/core/backup/restore'
import { MIGRATIONS } from '../../src/main/core/db/migrations'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { loadDemoTeam } from '../../src/main/core/demo/demo-team'
import { insertRep } from '../../src/main/core/repositories/reps-repository'
import { allRows } from '../support/table-rows'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const opened: KeptDatabase[] = []
afterEach(() => {
  while (opened.length > 0) {
    try {
      opened.pop()!.close()
    } catch {
      // already closed
    }
  }
})

function demoDatabase(dir: string, name = 'kept.sqlite'): KeptDatabase {
  const kept = openDatabase(join(dir, name))
  opened.push(kept)
  loadDemoTeam(kept.db, { today: '2026-06-15', now: '2026-06-15T09:00:00.000Z' })
  return kept
}

function addRep(kept: KeptDatabase, name: string): void {
  insertRep(kept.db, { name, role: '', email: '', startDate: null, cadence: 'weekly', tags: [], nextSessionDate: null }, { now: '2026-06-16T09:00:00.000Z' })
}

function repNames(db: Database.Database): string[] {
  return (db.prepare('SELECT name FROM reps ORDER BY name').all() as Array<{ name: string }>).map((row) => row.name)
}

describe('backup now', () => {
  it('writes a checked, complete copy under a timestamped name and lists it with its size', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const folder = join(dir, 'backups')
    const backup = backupNow(kept.db, folder, { now: new Date('2026-06-15T10:11:12.345Z') })
    expect(backup.fileName).toBe('kept-2026-06-15T10-11-12Z.sqlite')
    expect(backup.kind).toBe('manual')
    expect(backup.sizeBytes).toBe(statSync(backup.path).size)
    expect(readdirSync(folder)).toEqual([backup.fileName])

    const copy = new Database(backup.path, { readonly: true })
    try {
      expect(allRows(copy)).toEqual(allRows(kept.db))
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    } finally {
      copy.close()
    }
    expect(checkDatabaseFile(backup.path).ok).toBe(true)

    const second = backupNow(kept.db, folder, { now: new Date('2026-06-15T10:11:12.999Z') })
    expect(second.fileName).toBe('kept-2026-06-15T10-11-12Z-2.sqlite')
    expect(listBackups(folder).backups.map((entry) => entry.fileName)).toEqual([second.fileName, backup.fileName])
  })

  it('leaves no temporary file behind when the folder cannot be written', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const folder = join(dir, 'locked')
    backupNow(kept.db, folder) // creates the folder with one backup
    chmodSync(folder, 0o555)
    try {
      if (process.getuid?.() === 0) {
        // Root writes anywhere: the same backup runs as an unprivileged user instead.
        chmodSync(dir, 0o755)
        chmodSync(kept.path, 0o666)
        const run = spawnSync(
          join(process.cwd(), 'node_modules', '.bin', 'tsx'),
          ['-e', `import { backupNow } from ${JSON.stringify(join(process.cwd(), 'src/main/core/backup/backups.ts'))}; import Database from 'better-sqlite3'; const db = new Database(${JSON.stringify(kept.path)}, { readonly: true }); try { backupNow(db, ${JSON.stringify(folder)}); process.exit(0) } catch (error) { console.error(String(error)); process.exit(3) }`],
          { uid: 65534, gid: 65534, encoding: 'utf8', env: { ...process.env, HOME: '/tmp' } }
        )
        expect(run.status, run.stderr).toBe(3)
        expect(run.stderr).toMatch(/SQLITE_CANTOPEN|unable to open|readonly|permission/i)
      } else {
        expect(() => backupNow(kept.db, folder, { now: new Date('2026-07-01T00:00:00Z') })).toThrow()
      }
      expect(readdirSync(folder)).toHaveLength(1)
    } finally {
      chmodSync(folder, 0o700)
    }
  }, 20000)

  it('leaves no temporary file behind when the copy fails midway', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const folder = join(dir, 'backups')
    // A read transaction still open on a second statement makes nothing fail; an attached
    // database named like the check's does: the copy is written, then verification throws.
    kept.db.prepare('ATTACH DATABASE ? AS kept_backup_check').run(join(dir, 'other.sqlite'))
    expect(() => backupNow(kept.db, folder)).toThrow()
    expect(readdirSync(folder)).toEqual([])
  })

  it('is a consistent snapshot while another process keeps writing', async () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const before = (kept.db.prepare('SELECT count(*) AS n FROM reps').get() as { n: number }).n
    // The writer adds a rep and its tag in one transaction, again and again: a consistent copy
    // has exactly one tag per added rep.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require('better-sqlite3');
         const db = new Database(process.argv[1]); db.pragma('busy_timeout = 5000');
         const rep = db.prepare("INSERT INTO reps (name, role, email, cadence, created_at, updated_at) VALUES (?, '', '', 'weekly', '2026-06-16', '2026-06-16')");
         const tag = db.prepare('INSERT INTO rep_tags (rep_id, tag) VALUES (?, ?)');
         const add = db.transaction((i) => { const id = rep.run('Writer ' + i).lastInsertRowid; tag.run(id, 'writer') });
         process.stdout.write('ready\\n');
         const end = Date.now() + 3000; let i = 0; while (Date.now() < end) add(i++);
         db.close();`,
        kept.path
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] }
    )
    await new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()))
    const folder = join(dir, 'backups')
    const backups = []
    for (let round = 0; round < 5; round++) {
      backups.push(backupNow(kept.db, folder, { now: new Date(Date.UTC(2026, 5, 16, 9, 0, round)) }))
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    await new Promise((resolve) => writer.once('exit', resolve))

    const counts = backups.map((backup) => {
      expect(checkDatabaseFile(backup.path).ok).toBe(true)
      const copy = new Database(backup.path, { readonly: true })
      try {
        const reps = (copy.prepare('SELECT count(*) AS n FROM reps').get() as { n: number }).n
        const tags = (copy.prepare("SELECT count(*) AS n FROM rep_tags WHERE tag = 'writer'").get() as { n: number }).n
        expect(tags).toBe(reps - before)
        return reps
      } finally {
        copy.close()
      }
    })
    // The writer really was writing between the copies.
    expect(new Set(counts).size).toBeGreaterThan(1)
  }, 20000)
})

describe('listing backups', () => {
  it('recognises each kind of backup, including those written before a migration, newest first', () => {
    const dir = tempDir()
    const folder = join(dir, 'backups')
    const kept = demoDatabase(dir)
    backupNow(kept.db, folder, { now: new Date('2026-06-01T08:00:00Z') })
    backupNow(kept.db, folder, { now: new Date('2026-06-02T08:00:00Z'), kind: 'daily' })
    backupNow(kept.db, folder, { now: new Date('2026-06-03T08:00:00Z'), kind: 'before-restore' })
    writeFileSync(join(folder, 'kept-v3-before-migration-2026-06-04T08-00-00-123Z.sqlite'), 'x')
    writeFileSync(join(folder, 'copied by hand.sqlite'), 'x')
    utimesSync(join(folder, 'copied by hand.sqlite'), new Date('2026-05-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'))
    writeFileSync(join(folder, 'notes.txt'), 'not a backup')

    const listed = listBackups(folder).backups.map((backup) => [backup.kind, backup.createdAt])
    expect(listed).toEqual([
      ['before-migration', '2026-06-04T08:00:00.123Z'],
      ['before-restore', '2026-06-03T08:00:00.000Z'],
      ['daily', '2026-06-02T08:00:00.000Z'],
      ['manual', '2026-06-01T08:00:00.000Z'],
      ['other', '2026-05-01T00:00:00.000Z']
    ])
    expect(listBackups(join(dir, 'nowhere')).backups).toEqual([])
  })

  it('lists the copy open-database writes before a migration, beside the other backups', () => {
    const dir = tempDir()
    const path = join(dir, 'kept.sqlite')
    openDatabase(path, { migrations: MIGRATIONS.slice(0, -1) }).close()
    const migrated = openDatabase(path, { now: () => new Date('2026-11-27T08:00:14.123Z') })
    opened.push(migrated)
    expect(migrated.preMigrationBackup).not.toBeNull()
    const [listed] = listBackups(join(dir, 'backups')).backups
    expect(listed).toMatchObject({ path: migrated.preMigrationBackup, kind: 'before-migration', createdAt: '2026-11-27T08:00:14.123Z' })
    expect(parseBackupName('notes.sqlite')).toBeNull()
  })
})

describe('automatic daily backups', () => {
  it('writes at most one backup per day, and a new one the next day', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const options = { db: kept.db, databasePath: kept.path, retentionDays: 14 }
    const first = runDailyBackupIfDue({ ...options, now: new Date(2026, 5, 15, 9, 0) })
    expect(first.created?.kind).toBe('daily')
    expect(runDailyBackupIfDue({ ...options, now: new Date(2026, 5, 15, 12, 0) }).created).toBeNull()
    expect(runDailyBackupIfDue({ ...options, now: new Date(2026, 5, 15, 23, 59) }).created).toBeNull()
    expect(runDailyBackupIfDue({ ...options, now: new Date(2026, 5, 16, 0, 1) }).created?.kind).toBe('daily')
    expect(listBackups(join(dir, 'backups')).backups).toHaveLength(2)
  })

  it('prunes daily backups older than the retention, never manual ones, safety copies or the newest', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const folder = join(dir, 'backups')
    const day = (n: number) => new Date(2026, 5, n, 9, 0)
    for (const n of [1, 2, 3, 10]) backupNow(kept.db, folder, { kind: 'daily', now: day(n) })
    const manual = backupNow(kept.db, folder, { now: day(1) })
    const safety = backupNow(kept.db, folder, { kind: 'before-restore', now: day(1) })

    const pruned = pruneDailyBackups(folder, { now: day(15), retentionDays: 12, stem: 'kept' })
    expect(pruned.map((backup) => new Date(backup.createdAt).getDate())).toEqual([2, 1])
    const left = listBackups(folder).backups
    expect(left.filter((backup) => backup.kind === 'daily').map((backup) => new Date(backup.createdAt).getDate())).toEqual([10, 3])
    expect(existsSync(manual.path) && existsSync(safety.path)).toBe(true)

    // Long unused: everything daily is expired, but the newest daily backup stays.
    pruneDailyBackups(folder, { now: new Date(2027, 0, 1), retentionDays: 1, stem: 'kept' })
    expect(listBackups(folder).backups.filter((backup) => backup.kind === 'daily')).toHaveLength(1)
  })
})

describe('restore', () => {
  it('brings back the data of the backup row by row, after keeping a copy of the current file', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    const folder = join(dir, 'backups')
    const backup = backupNow(kept.db, folder, { now: new Date('2026-06-15T10:00:00Z') })
    const atBackup = allRows(kept.db)
    addRep(kept, 'Added after the backup')
    kept.db.prepare("UPDATE reps SET name = 'Renamed after the backup' WHERE id = (SELECT min(id) FROM reps)").run()
    const beforeRestore = allRows(kept.db)
    kept.close()

    const result = restoreDatabaseFile({ databasePath: kept.path, backupPath: backup.path, now: new Date('2026-06-16T10:00:00Z') })
    expect(result.restored.fileName).toBe(backup.fileName)
    expect(result.safetyCopy?.kind).toBe('before-restore')
    expect(existsSync(`${kept.path}-wal`)).toBe(false)

    const reopened = openDatabase(kept.path)
    opened.push(reopened)
    expect(allRows(reopened.db)).toEqual(atBackup)
    const safety = new Database(result.safetyCopy!.path, { readonly: true })
    try {
      expect(allRows(safety)).toEqual(beforeRestore)
    } finally {
      safety.close()
    }
  })

  it('swaps the running session to the restored file', () => {
    const dir = tempDir()
    const first = openDatabase(join(dir, 'kept.sqlite'))
    addRep(first, 'Ana')
    const session = createDatabaseSession(first, (path) => openDatabase(path))
    const backup = backupNow(session.database.db, session.backupFolder)
    addRep(session.database, 'Ben')
    const seen: string[][] = []
    session.onReopen((database) => seen.push(repNames(database.db)))

    session.replaceFile((path) => restoreDatabaseFile({ databasePath: path, backupPath: backup.path }))
    expect(repNames(session.database.db)).toEqual(['Ana'])
    expect(seen).toEqual([['Ana']])
    expect(first.db.open).toBe(false)
    session.close()
  })

  it('refuses a backup that is not Kept\'s, damaged or from a newer version, and changes nothing', () => {
    const dir = tempDir()
    const kept = demoDatabase(dir)
    addRep(kept, 'Still here')
    kept.close()
    const notSqlite = join(dir, 'not-sqlite.sqlite')
    writeFileSync(notSqlite, 'hello, this is text')
    const foreign = join(dir, 'foreign.sqlite')
    const other = new Database(foreign)
    other.exec('CREATE TABLE things (x)')
    other.close()
    const newer = join(dir, 'newer.sqlite')
    const copy = new Database(kept.path, { readonly: true })
    copy.prepare('VACUUM INTO ?').run(newer)
    copy.close()
    const bump = new Database(newer)
    bump.pragma('user_version = 999')
    bump.close()

    for (const [path, problem] of [
      [notSqlite, 'not_a_database'],
      [foreign, 'not_kept'],
      [newer, 'newer_version'],
      [join(dir, 'missing.sqlite'), 'missing']
    ] as const) {
      const attempt = () => restoreDatabaseFile({ databasePath: kept.path, backupPath: path })
      expect(attempt).toThrow(RestoreError)
      try {
        attempt()
      } catch (error) {
        expect((error as RestoreError).problem).toBe(problem)
        expect((error as Error).message).toMatch(/Nothing was changed\.$/)
      }
    }
    const after = openDatabase(kept.path)
    opened.push(after)
    expect(repNames(after.db)).toContain('Still here')
    expect(existsSync(join(dir, 'backups'))).toBe(false)
  })
})

describe('backup methods of the API', () => {
  it('backs up and lists through the contract, refuses restore without a session and keeps the retention preference', async () => {
    const { openCore } = await import('../support/core-fixture')
    const dir = tempDir()
    const core = openCore(dir, '2026-06-15T09:00:00Z')
    opened.push(core.kept)
    const created = core.ok('backups.create', {})
    expect(created).toMatchObject({ fileName: 'kept-2026-06-15T09-00-00Z.sqlite', kind: 'manual', path: join(dir, 'backups', 'kept-2026-06-15T09-00-00Z.sqlite') })
    expect(core.ok('backups.list', {})).toEqual({ folder: join(dir, 'backups'), backups: [created] })
    expect(core.call('backups.restore', { fileName: created.fileName })).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
    expect(core.call('backups.restore', { fileName: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })

    expect(core.ok('preferences.get', {}).backupRetentionDays).toBe(14)
    expect(core.ok('preferences.update', { backupRetentionDays: 30 }).backupRetentionDays).toBe(30)
    expect(core.call('preferences.update', { backupRetentionDays: 0 })).toMatchObject({ ok: false, error: { fieldErrors: { backupRetentionDays: 'Keep automatic backups for at least 1 day.' } } })
  })
})

describe('restore in a running session', () => {
  it('puts the file as it was back when the restored file will not open', () => {
    const dir = tempDir()
    const first = openDatabase(join(dir, 'kept.sqlite'))
    addRep(first, 'Ana')
    let failNextOpen = false
    const session = createDatabaseSession(first, (path) => {
      if (failNextOpen) {
        failNextOpen = false
        throw new Error('the update failed')
      }
      return openDatabase(path)
    })
    const backup = backupNow(session.database.db, session.backupFolder)
    addRep(session.database, 'Ben')
    failNextOpen = true
    expect(() => restoreInSession(session, { backupPath: backup.path })).toThrow(/was restored but Kept could not open it \(the update failed\), so your data file was put back as it was/)
    expect(repNames(session.database.db)).toEqual(['Ana', 'Ben'])
    session.close()
  })
})

describe('backups of two data files in one folder', () => {
  it('kept.sqlite and kept-work.sqlite neither list nor prune each other\'s backups', () => {
    const dir = tempDir()
    const folder = join(dir, 'backups')
    const kept = demoDatabase(dir, 'kept.sqlite')
    const work = demoDatabase(dir, 'kept-work.sqlite')
    const day = (n: number) => new Date(2026, 5, n, 9, 0)
    const keptOld = backupNow(kept.db, folder, { stem: 'kept', kind: 'daily', now: day(1) })
    const keptNew = backupNow(kept.db, folder, { stem: 'kept', kind: 'daily', now: day(2) })
    const workOld = backupNow(work.db, folder, { stem: 'kept-work', kind: 'daily', now: day(1) })
    const workToday = backupNow(work.db, folder, { stem: 'kept-work', kind: 'daily', now: day(20) })
    const workManual = backupNow(work.db, folder, { stem: 'kept-work', now: day(3) })

    expect(listBackups(folder, { stem: 'kept' }).backups.map((backup) => backup.fileName)).toEqual([keptNew.fileName, keptOld.fileName])
    expect(listBackups(folder, { stem: 'kept-work' }).backups.map((backup) => backup.fileName)).toEqual([workToday.fileName, workManual.fileName, workOld.fileName])

    // kept-work's backup of today is not kept's: kept gets its own, and prunes only its own.
    const result = runDailyBackupIfDue({ db: kept.db, databasePath: kept.path, now: day(20), retentionDays: 5 })
    expect(result.created?.fileName).toMatch(/^kept-2026-06-20T/)
    expect(result.pruned.map((backup) => backup.fileName).sort()).toEqual([keptNew.fileName, keptOld.fileName].sort())
    expect(existsSync(workOld.path)).toBe(true)
  })
})
