// Opening the files `kept` commands work on: a clear refusal of a missing file, of one that is
// not Kept's or is from a newer Kept, or one Kept has open.
import { existsSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as SqliteDatabase } from 'better-sqlite3'
import { checkDatabaseFile } from '../core/backup/database-check'
import { DatabaseOpenError } from '../core/db/errors'
import { describeInUse, inUseBy } from '../core/db/in-use-lock'
import { openDatabase, type KeptDatabase } from '../core/db/open-database'
import { CliError, type CliInvocation } from './cli-command'

/** The value of a required path option, resolved against the working directory. */
export function requiredPath(invocation: CliInvocation, option: string, what: string): string {
  const value = invocation.values[option]
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${option} FILE is required (${what}).`)
  return resolve(invocation.io.cwd, value)
}

export function optionalPath(invocation: CliInvocation, option: string): string | undefined {
  const value = invocation.values[option]
  return typeof value === 'string' && value.trim() !== '' ? resolve(invocation.io.cwd, value) : undefined
}

/** Refuses to replace a file while a running Kept (the app or the browser host) has it open. */
export function refuseWhileKeptHasItOpen(path: string): void {
  const holder = inUseBy(path)
  if (holder) throw new CliError(describeInUse(path, holder))
}

/** Refuses a missing file, a file that is not a Kept database and one from a newer Kept. */
export function requireKeptFile(path: string): void {
  const check = checkDatabaseFile(path, { integrity: false })
  if (check.ok) return
  if (check.problem === 'missing') throw new CliError(`There is no file at ${path}. Give the path of a Kept data file with --db.`)
  throw new CliError(`${check.findings.join(' ')} Nothing was changed.`)
}

/** An existing Kept file opened as it is (not migrated), for reading and backing up. */
export function openKeptFileAsIs(path: string): SqliteDatabase {
  requireKeptFile(path)
  const db = new Database(path, { fileMustExist: true })
  db.pragma('busy_timeout = 5000')
  return db
}

/** Opens (creating, migrating) a Kept file like the app does, with its errors as CLI errors. */
export function openKeptFile(path: string, options: { mustExist: boolean }): KeptDatabase {
  if (options.mustExist && !existsSync(path)) throw new CliError(`There is no file at ${path}. Give the path of a Kept data file with --db.`)
  try {
    return openDatabase(path)
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(error.message)
    throw error
  }
}

/** A damaged file met while reading, as a CLI error that says what to do; other errors unchanged. */
export function explainReadError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return damagedFileError(path, (error as Error).message)
  return error
}

/** A damaged file, as a CLI error that says what to do (with the first of SQLite's findings, on one line). */
export function damagedFileError(path: string, findings: string): CliError {
  const lines = findings.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('***'))
  const finding = lines.length > 1 ? `${lines[0]}; ${lines.length - 1} more` : (lines[0] ?? findings)
  return new CliError(`${basename(path)} is damaged (${finding}). Run \`kept check --db ${path}\` for details, and restore it from a backup.`)
}
