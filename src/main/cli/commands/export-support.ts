// What the export commands share: opening an existing database, finding a rep by name or id,
// and writing the result to stdout or a file.
import { existsSync } from 'node:fs'
import { systemClock } from '../../core/clock'
import { openDatabase, type KeptDatabase } from '../../core/db/open-database'
import type { ServiceContext } from '../../core/services/service-context'
import { createJsonFilePreferencesStore, createMemoryPreferencesStore } from '../../core/preferences/preferences-store'
import { CliError, type CliIo } from '../cli-command'
import { checkOutputTarget, writeOutputFile } from '../output-file'
import { resolve } from 'node:path'
import { ApiError } from '../../../shared/api-error'
import { isCalendarDate } from '../../../shared/iso-date'

/** Opens the database named by --db (which must exist), runs `work`, closes it. */
export function withExistingDatabase<T>(io: CliIo, dbOption: unknown, work: (context: ServiceContext, kept: KeptDatabase) => T): T {
  if (typeof dbOption !== 'string' || dbOption === '') throw new CliError('--db FILE is required: the Kept database to read.')
  const path = resolve(io.cwd, dbOption)
  if (!existsSync(path)) throw new CliError(`There is no database at ${path}. Check the --db path.`)
  let kept: KeptDatabase
  try {
    kept = openDatabase(path)
  } catch (error) {
    throw new CliError(`Could not open ${path}: ${(error as Error).message}`)
  }
  try {
    // The browser host keeps preferences beside the database; the app keeps them elsewhere, so
    // the defaults apply when there is no such file.
    const preferencesPath = `${path}.preferences.json`
    const preferences = existsSync(preferencesPath) ? createJsonFilePreferencesStore(preferencesPath) : createMemoryPreferencesStore()
    return work({ db: kept.db, clock: systemClock, preferences }, kept)
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message)
    throw error
  } finally {
    kept.close()
  }
}

/** A rep by id ("12") or by name (case-insensitive; must be unique). */
export function findRepId(context: ServiceContext, nameOrId: unknown): number {
  if (typeof nameOrId !== 'string' || nameOrId.trim() === '') throw new CliError('--rep NAME_OR_ID is required.')
  const wanted = nameOrId.trim()
  if (/^\d+$/.test(wanted)) {
    const row = context.db.prepare('SELECT id FROM reps WHERE id = ?').get(Number(wanted)) as { id: number } | undefined
    if (row) return row.id
  }
  const rows = context.db.prepare('SELECT id, name FROM reps WHERE name = ? COLLATE NOCASE ORDER BY id').all(wanted) as Array<{ id: number; name: string }>
  if (rows.length === 1) return rows[0]!.id
  if (rows.length > 1) throw new CliError(`${rows.length} reps are named "${wanted}" (ids ${rows.map((row) => row.id).join(', ')}). Give the id instead.`)
  throw new CliError(`No rep is named "${wanted}" or has that id.`)
}

/** A date option: 'YYYY-MM-DD' that exists, or undefined when absent. */
export function dateOption(value: unknown, option: string): string | undefined {
  if (value === undefined) return undefined
  const text = String(value)
  if (!isCalendarDate(text)) {
    throw new CliError(`${option} must be a date like 2026-03-14 (got "${text}").`)
  }
  return text
}

/** The --to file of an export, refused before any work when it must not be written (see output-file.ts). */
export function outputTarget(io: CliIo, to: unknown, options: { dbOption: unknown; force: boolean }): string | undefined {
  if (typeof to !== 'string' || to === '') return undefined
  const path = resolve(io.cwd, to)
  if (typeof options.dbOption === 'string' && options.dbOption !== '') checkOutputTarget(path, { databasePath: resolve(io.cwd, options.dbOption), force: options.force })
  return path
}

/** Writes to stdout, or to the file `outputTarget` accepted. */
export function writeOutput(io: CliIo, content: string, target: string | undefined, options: { force: boolean }): void {
  if (!target) {
    io.stdout(content)
    return
  }
  writeOutputFile(target, content, options)
  io.stderr(`Wrote ${target}\n`)
}
