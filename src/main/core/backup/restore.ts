// Restoring a backup over the data file. Works on a closed file (the running app closes its
// connection through a DatabaseSession; the recovery screen and `kept restore` have none open).
import { chmodSync, copyFileSync, existsSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupInfo, RestoreResult } from '@shared/backups'
import { checkDatabaseFile, type DatabaseCheckProblem } from './database-check'
import { backupNow, databaseStem, defaultBackupFolder, listBackups, unusedBackupPath } from './backups'
import type { DatabaseSession } from './database-session'
import { fsyncDirectory, fsyncFile } from './durable-files'
import { writeWholeCopy } from './whole-copy'
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from './private-files'

export class RestoreError extends Error {
  constructor(
    readonly problem: DatabaseCheckProblem,
    message: string
  ) {
    super(message)
    this.name = 'RestoreError'
  }
}

export interface RestoreOptions {
  /** The data file to replace. No connection to it may be open. */
  databasePath: string
  /** The backup to put in its place. */
  backupPath: string
  /** Where the safety copy of the current file goes (default: `backups` beside the data file). */
  folder?: string
  now?: Date
  nativeBinding?: string
}

function bindingOption(nativeBinding: string | undefined): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {}
}

/** A copy of the current file through SQLite, or, when SQLite cannot read it (damaged), of its bytes. */
function copyCurrentFile(options: RestoreOptions, folder: string, now: Date): BackupInfo {
  const stem = databaseStem(options.databasePath)
  try {
    const current = new Database(options.databasePath, { fileMustExist: true, ...bindingOption(options.nativeBinding) })
    try {
      return backupNow(current, folder, { stem, kind: 'before-restore', now })
    } finally {
      current.close()
    }
  } catch {
    return backupNowAsBytes(options.databasePath, folder, stem, now)
  }
}

function backupNowAsBytes(databasePath: string, folder: string, stem: string, now: Date): BackupInfo {
  ensurePrivateFolder(folder, { own: true })
  const target = unusedBackupPath(folder, stem, 'before-restore', now)
  const temporary = `${target}.tmp`
  try {
    copyFileSync(databasePath, temporary)
    chmodSync(temporary, PRIVATE_FILE_MODE)
    fsyncFile(temporary)
    // A -wal beside the copy under the matching name keeps commits not yet checkpointed.
    if (existsSync(`${databasePath}-wal`)) {
      copyFileSync(`${databasePath}-wal`, `${target}-wal`)
      chmodSync(`${target}-wal`, PRIVATE_FILE_MODE)
      fsyncFile(`${target}-wal`)
    }
    renameSync(temporary, target)
    fsyncDirectory(folder)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  return listBackups(folder).backups.find((backup) => backup.path === target)!
}

/**
 * Replaces the data file with a backup: checks the backup (SQLite, Kept's, not newer, intact),
 * keeps a copy of the current file in the backup folder, writes the backup's content to a
 * temporary file beside the data file, flushes it, removes the old -wal/-shm, and renames it
 * into place. Throws RestoreError (nothing changed) when the backup is not usable.
 */
export function restoreDatabaseFile(options: RestoreOptions): RestoreResult {
  const check = checkDatabaseFile(options.backupPath, bindingOption(options.nativeBinding))
  if (!check.ok) {
    throw new RestoreError(check.problem!, `${basename(options.backupPath)} cannot be restored: ${check.findings.join(' ')} Nothing was changed.`)
  }
  const now = options.now ?? new Date()
  const folder = options.folder ?? defaultBackupFolder(options.databasePath)
  const restored = listBackups(dirname(options.backupPath)).backups.find((backup) => backup.path === options.backupPath)
  const safetyCopy = existsSync(options.databasePath) ? copyCurrentFile(options, folder, now) : null

  const temporary = join(dirname(options.databasePath), `.kept-restore-${process.pid}-${Date.now()}.tmp`)
  try {
    // Through SQLite rather than a byte copy, so a backup with its own -wal comes whole.
    writeWholeCopy(options.backupPath, temporary, options.nativeBinding)
    // The old write-ahead log must go first: replayed over the restored file it would corrupt it.
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${options.databasePath}${suffix}`, { force: true })
    renameSync(temporary, options.databasePath)
    fsyncDirectory(dirname(options.databasePath))
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  return {
    restored: restored ?? { fileName: basename(options.backupPath), path: options.backupPath, kind: 'other', createdAt: now.toISOString(), sizeBytes: 0 },
    safetyCopy
  }
}

/**
 * Restores a backup over the running app's database (see DatabaseSession). Should the restored
 * file fail to reopen (an update of an older backup failing, say), the file as it was is put
 * back and reopened, and a RestoreError says so.
 */
export function restoreInSession(session: DatabaseSession, options: Omit<RestoreOptions, 'databasePath'>): RestoreResult {
  let restored: RestoreResult | undefined
  try {
    return session.replaceFile((databasePath) => (restored = restoreDatabaseFile({ ...options, databasePath, ...bindingOption(session.nativeBinding) })))
  } catch (error) {
    const safetyCopy = restored?.safetyCopy
    if (!safetyCopy) throw error
    session.replaceFile((databasePath) => restoreDatabaseFile({ ...options, databasePath, backupPath: safetyCopy.path, ...bindingOption(session.nativeBinding) }))
    throw new RestoreError(
      'unreadable',
      `${basename(options.backupPath)} was restored but Kept could not open it (${(error as Error).message}), so your data file was put back as it was.`
    )
  }
}
