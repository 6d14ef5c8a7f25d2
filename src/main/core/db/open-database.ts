import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as SqliteDatabase } from 'better-sqlite3'
import { writeBackupFile } from '../backup/backups'
import { createPrivateEmptyFile, ensurePrivateFolder } from '../backup/private-files'
import { DatabaseOpenError } from './errors'
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations'
import { cacheStatements } from './statement-cache'
import { quickCheckOffThread, type QuickCheckOutcome } from './integrity-check-thread'

export interface OpenDatabaseOptions {
  /** Path of a better-sqlite3 addon built for the current runtime (Electron passes its own). */
  nativeBinding?: string
  /** Where the copy written before a migration goes. Default: a `backups` folder beside the file. */
  backupDir?: string
  /** Only for tests of the runner itself. */
  migrations?: readonly Migration[]
  now?: () => Date
  /** Refuse to create the file when it is missing (a file the user chose before, perhaps on a drive that is not connected). */
  fileMustExist?: boolean
  /**
   * Leave the page-by-page check (`quick_check`) to a later `checkFileIntegrity` call, so a large
   * file does not hold back the first screen. Ignored when the file needs a migration: a file is
   * always checked before Kept writes a new schema into it.
   */
  skipIntegrityCheck?: boolean
}

export interface KeptDatabase {
  db: SqliteDatabase
  path: string
  schemaVersion: number
  /** The schema version the file had before this open (0 for a new file). */
  migratedFrom: number
  /** The copy written before migrating, if there was one. */
  preMigrationBackup: string | null
  close(): void
}

interface SqliteLikeError {
  code?: string
  message?: string
}

function sqliteCode(error: unknown): string {
  return (error as SqliteLikeError | undefined)?.code ?? ''
}

function translateOpenError(error: unknown, path: string): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error
  const code = sqliteCode(error)
  if (code === 'SQLITE_NOTADB') {
    return new DatabaseOpenError('not_a_database', `${basename(path)} is not a Kept database (it is not an SQLite file at all). Nothing was changed.`, path, { cause: error })
  }
  if (code === 'SQLITE_CORRUPT') {
    return new DatabaseOpenError('damaged', `${basename(path)} is damaged and cannot be read safely. Restore it from a backup. Nothing was changed.`, path, { cause: error })
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_READONLY_DIRECTORY') {
    return new DatabaseOpenError('read_only', `Kept cannot write to ${path}: the file or its folder is read-only. Check its permissions, or choose another file.`, path, { cause: error })
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new DatabaseOpenError('unreadable', `Kept cannot open ${path}: the file or its folder cannot be read or created. Check that it exists and that you may use it.`, path, { cause: error })
  }
  const detail = (error as SqliteLikeError | undefined)?.message ?? String(error)
  return new DatabaseOpenError('unreadable', `Kept could not open ${path}: ${detail}`, path, { cause: error })
}

function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

function damagedFileError(path: string, detail: unknown): DatabaseOpenError {
  return new DatabaseOpenError('damaged', `${basename(path)} is damaged: SQLite's check of the file found errors. Restore it from a backup. Nothing was changed.`, path, {
    cause: new Error(String(detail))
  })
}

// quick_check reads every page (O(N), without the index cross-checks of integrity_check), so a
// damaged file is caught before the user works in it. See docs/DATA.md for timings.
function runQuickCheck(probe: SqliteDatabase, path: string): void {
  const check = probe.pragma('quick_check(1)', { simple: true })
  if (check !== 'ok') throw damagedFileError(path, check)
}

/**
 * The page-by-page check on its own read-only connection (it may run while the file is open for
 * writing): null when the file is sound, otherwise why it cannot be used.
 */
export function checkFileIntegrity(path: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): DatabaseOpenError | null {
  let probe: SqliteDatabase | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
    runQuickCheck(probe, path)
    return null
  } catch (error) {
    return translateOpenError(error, path)
  } finally {
    probe?.close()
  }
}

/**
 * The same check in a worker thread (integrity-check-thread.ts), so the thread that answers the UI
 * stays free while every page is read. Should the worker not start, the check runs here instead.
 */
export async function checkFileIntegrityOffThread(path: string, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): Promise<DatabaseOpenError | null> {
  let outcome: QuickCheckOutcome
  try {
    outcome = await quickCheckOffThread(path, options)
  } catch (error) {
    console.warn(`[kept] the integrity check could not run in a worker thread (${(error as Error).message}); it runs on the main thread.`)
    return checkFileIntegrity(path, options)
  }
  if (outcome.error) return translateOpenError(Object.assign(new Error(outcome.error.message), { code: outcome.error.code }), path)
  return outcome.result === 'ok' ? null : damagedFileError(path, outcome.result)
}

/** Reads the schema version without writing anything; refuses files Kept must not touch. */
function inspectExistingFile(path: string, options: OpenDatabaseOptions, latest: number): number {
  let probe: SqliteDatabase | undefined
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
    const version = probe.pragma('user_version', { simple: true }) as number
    if (version > latest) {
      throw new DatabaseOpenError(
        'newer_version',
        `${basename(path)} was written by a newer version of Kept (data format ${version}; this version reads up to ${latest}). Update Kept to open it. The file was not changed.`,
        path
      )
    }
    const migrating = version > 0 && version < latest
    if (!options.skipIntegrityCheck || migrating) runQuickCheck(probe, path)
    if (version === 0) {
      const { tables } = probe.prepare("SELECT count(*) AS tables FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get() as { tables: number }
      if (tables > 0) {
        throw new DatabaseOpenError('not_kept', `${basename(path)} is an SQLite database, but not one of Kept's. Nothing was changed.`, path)
      }
    }
    return version
  } catch (error) {
    throw translateOpenError(error, path)
  } finally {
    probe?.close()
  }
}

function backupBeforeMigrating(db: SqliteDatabase, path: string, fromVersion: number, options: OpenDatabaseOptions): string {
  const now = (options.now ?? (() => new Date()))()
  const folder = options.backupDir ?? join(dirname(path), 'backups')
  ensurePrivateFolder(folder, { own: true })
  const stem = basename(path).replace(/\.[^.]+$/, '')
  const target = join(folder, `${stem}-v${fromVersion}-before-migration-${timestampForFileName(now)}.sqlite`)
  // Written, checked and flushed under a temporary name, then renamed, like every other backup.
  return writeBackupFile(db, target).path
}

/** A new data file starts as an empty file only its user can read (SQLite gives its -wal and -shm the same mode). */
function createPrivateDatabaseFile(path: string): void {
  ensurePrivateFolder(dirname(path))
  try {
    createPrivateEmptyFile(path)
  } catch (error) {
    // Created by someone else in between: SQLite opens it as it is.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
}

/**
 * Opens (creating if needed) a Kept database and brings its schema up to date: WAL journal,
 * foreign keys on, a busy timeout, secure delete, every pending migration step in one transaction, a backup before
 * migrating an existing file, and a refusal, with the file untouched, of anything newer.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): KeptDatabase {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version
  const inMemory = path === ':memory:'
  const existed = !inMemory && existsSync(path)
  if (!inMemory && !existed && options.fileMustExist) {
    throw new DatabaseOpenError('missing', `${path} was not found. If it is on a drive or in a folder that is not available, connect it and try again, or open another file.`, path)
  }

  const fromVersion = existed ? inspectExistingFile(path, options, latest) : 0
  if (!inMemory && !existed) {
    try {
      createPrivateDatabaseFile(path)
    } catch (error) {
      throw translateOpenError(Object.assign(new Error(String(error)), { code: 'SQLITE_CANTOPEN' }), path)
    }
  }

  let db: SqliteDatabase
  try {
    db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    if (!inMemory) db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    // FULL: a commit reported to the user as saved survives a power cut, not only a crash.
    db.pragma('synchronous = FULL')
    // Deleted rows (an emptied Trash) are overwritten with zeros, not left readable in free pages.
    db.pragma('secure_delete = ON')
  } catch (error) {
    throw translateOpenError(error, path)
  }

  let preMigrationBackup: string | null = null
  try {
    const pending = migrations.filter((migration) => migration.version > fromVersion)
    if (pending.length > 0 && fromVersion > 0) {
      preMigrationBackup = backupBeforeMigrating(db, path, fromVersion, options)
    }
    // All steps in one transaction: a file is at its old version or the newest, never in between.
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db)
        db.pragma(`user_version = ${migration.version}`)
      }
    })()
  } catch (error) {
    db.close()
    if (error instanceof DatabaseOpenError) throw error
    const code = sqliteCode(error)
    if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_FULL' || code === 'SQLITE_IOERR') {
      throw translateOpenError(error, path)
    }
    const where = preMigrationBackup ? ` A copy made before the update is at ${preMigrationBackup}.` : ''
    throw new DatabaseOpenError(
      'migration_failed',
      `Kept could not update ${basename(path)} from data format ${fromVersion} to ${latest}: ${(error as Error).message}. Nothing was changed: the file is still at data format ${fromVersion}.${where}`,
      path,
      { cause: error }
    )
  }

  cacheStatements(db)
  return {
    db,
    path,
    schemaVersion: latest,
    migratedFrom: fromVersion,
    preMigrationBackup,
    close: () => db.close()
  }
}

export { LATEST_SCHEMA_VERSION }
