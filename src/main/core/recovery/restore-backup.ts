// Replacing a database file that cannot be opened by a backup: the backup is checked first, the
// current file (with its -wal/-shm) is moved aside under a dated name, never deleted, and the
// backup's content, read through SQLite (so a -wal beside the backup comes with it), is written
// into place.
import { existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { fsyncDirectory } from '../backup/durable-files'
import { writeWholeCopy } from '../backup/whole-copy'
import { DatabaseOpenError } from '../db/errors'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** Throws DatabaseOpenError when `backupPath` is not a readable, intact Kept database this version can open. */
export function verifyBackup(backupPath: string, nativeBinding?: string): void {
  let probe: Database.Database | undefined
  try {
    probe = new Database(backupPath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    const version = probe.pragma('user_version', { simple: true }) as number
    if (version === 0 || version > LATEST_SCHEMA_VERSION) {
      throw new DatabaseOpenError(version === 0 ? 'not_kept' : 'newer_version', `${basename(backupPath)} is not a Kept backup this version can restore. Choose another backup.`, backupPath)
    }
    const check = probe.pragma('quick_check(1)', { simple: true })
    if (check !== 'ok') throw new DatabaseOpenError('damaged', `The backup ${basename(backupPath)} is damaged too. Choose another backup.`, backupPath)
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError('unreadable', `The backup ${basename(backupPath)} cannot be read (${(error as Error).message}). Choose another backup.`, backupPath, { cause: error })
  } finally {
    probe?.close()
  }
}

/** Moves the file and its WAL/SHM companions aside; returns the new path of the main file, or null if there was none. */
export function moveAside(databasePath: string, now: Date): string | null {
  if (!existsSync(databasePath)) return null
  const stem = basename(databasePath).replace(/\.[^.]+$/, '')
  const aside = join(dirname(databasePath), `${stem}-unopenable-${stamp(now)}.sqlite`)
  renameSync(databasePath, aside)
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, aside + suffix)
  }
  return aside
}

export function restoreBackupInPlace(databasePath: string, backupPath: string, options: { now?: Date; nativeBinding?: string } = {}): { keptAside: string | null } {
  verifyBackup(backupPath, options.nativeBinding)
  const temporary = join(dirname(databasePath), `.kept-restore-${process.pid}-${Date.now()}.tmp`)
  try {
    writeWholeCopy(backupPath, temporary, options.nativeBinding)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw new DatabaseOpenError('unreadable', `Kept could not copy the backup into place (${(error as Error).message}). Nothing was changed.`, databasePath, { cause: error })
  }
  const keptAside = moveAside(databasePath, options.now ?? new Date())
  try {
    renameSync(temporary, databasePath)
    fsyncDirectory(dirname(databasePath))
  } catch (error) {
    rmSync(temporary, { force: true })
    // Put the original back so that a failed copy changes nothing.
    if (keptAside && !existsSync(databasePath)) renameSync(keptAside, databasePath)
    throw new DatabaseOpenError('unreadable', `Kept could not copy the backup into place (${(error as Error).message}). Nothing was changed.`, databasePath, { cause: error })
  }
  return { keptAside }
}
