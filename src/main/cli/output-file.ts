// Where a `kept` command may write its output (--to FILE): never over the data file or its
// companions, never over one of its backups, never over an existing file unless --force (and
// even then never over an SQLite database), and always through a temporary file created
// exclusively in the target's folder, readable by the user only.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { databaseStem, defaultBackupFolder, isBackupOf } from '../core/backup/backups'
import { fsyncDirectory } from '../core/backup/durable-files'
import { PRIVATE_FILE_MODE } from '../core/backup/private-files'
import { inUseLockPath } from '../core/db/in-use-lock'
import { CliError } from './cli-command'

function canonical(path: string): string {
  const absolute = resolve(path)
  try {
    return realpathSync(absolute)
  } catch {
    // Not there yet: its folder may still be a link.
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute))
    } catch {
      return absolute
    }
  }
}

function isSqliteFile(path: string): boolean {
  let descriptor: number | undefined
  try {
    descriptor = openSync(path, 'r')
    const header = Buffer.alloc(16)
    readSync(descriptor, header, 0, 16, 0)
    return header.toString('latin1') === 'SQLite format 3\u0000'
  } catch {
    return false
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/** Throws CliError when `target` must not be written (see the top of this file). */
export function checkOutputTarget(target: string, options: { databasePath: string; force: boolean }): void {
  const database = canonical(options.databasePath)
  const wanted = canonical(target)
  const companions = [database, ...['-wal', '-shm', '-journal'].map((suffix) => `${database}${suffix}`), inUseLockPath(database)]
  if (companions.includes(wanted)) {
    throw new CliError(`${target} is the data file itself (or one of its companion files). Kept never writes an export over it; choose another file with --to.`)
  }
  const backupFolder = canonical(defaultBackupFolder(database))
  if (dirname(wanted) === backupFolder || isBackupOf(basename(wanted), databaseStem(database))) {
    throw new CliError(`${target} is in, or named like one of, the backups of ${basename(database)}. Kept never writes an export over a backup; choose another file with --to.`)
  }
  if (!existsSync(wanted)) return
  if (statSync(wanted).isDirectory()) throw new CliError(`${target} is a folder. Give the name of the file to write with --to.`)
  if (isSqliteFile(wanted)) throw new CliError(`${target} is an SQLite database. Kept never writes an export over a database, even with --force; choose another file with --to.`)
  if (!options.force) throw new CliError(`${target} already exists and was left untouched. Choose a new file name, or add --force to replace it.`)
}

/**
 * Writes `content` to `target` through a temporary file created exclusively (never following
 * a file or link already there) in the same folder, flushed, then linked into place when
 * `target` must not exist (so a file that appeared meanwhile is not replaced either), or
 * renamed over it with `force`.
 */
export function writeOutputFile(target: string, content: string, options: { force: boolean }): void {
  const folder = dirname(target)
  const temporary = join(folder, `.kept-output-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`)
  try {
    const descriptor = openSync(temporary, 'wx', PRIVATE_FILE_MODE)
    try {
      writeSync(descriptor, content)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    if (options.force) {
      renameSync(temporary, target)
    } else {
      placeWithoutReplacing(temporary, target)
    }
    fsyncDirectory(folder)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError(`Could not write ${target}: ${(error as Error).message}. Nothing was written.`)
  } finally {
    rmSync(temporary, { force: true })
  }
}

function placeWithoutReplacing(temporary: string, target: string): void {
  try {
    // link() fails with EEXIST instead of replacing: the check and the write are one step.
    linkSync(temporary, target)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new CliError(`${target} appeared while Kept was writing and was left untouched. Nothing was written.`)
    // File systems without hard links (FAT, exFAT): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error
    if (existsSync(target)) throw new CliError(`${target} appeared while Kept was writing and was left untouched. Nothing was written.`)
    renameSync(temporary, target)
  }
}
