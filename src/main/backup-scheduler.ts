// Automatic daily backups while Kept runs: shortly after start (not before the first paint)
// and then every few hours, at most one per day, pruning the old ones by the preference.
import { runDailyBackupIfDue, type DailyBackupResult } from './core/backup/backups'
import type { DatabaseSession } from './core/backup/database-session'

export const FIRST_CHECK_AFTER_MS = 15 * 1000
export const CHECK_EVERY_MS = 3 * 60 * 60 * 1000

export interface DailyBackupDependencies {
  /** The file in use, or null while Kept shows its recovery screen (nothing to back up then). */
  session: () => Pick<DatabaseSession, 'database' | 'backupFolder'> | null
  retentionDays: () => number
  now?: () => Date
  onError?: (error: unknown) => void
}

/** Writes today's backup if none exists yet and prunes expired ones; never throws. */
export function backUpIfDue(deps: DailyBackupDependencies): DailyBackupResult | null {
  try {
    const session = deps.session()
    if (!session) return null
    const { database, backupFolder } = session
    return runDailyBackupIfDue({
      db: database.db,
      databasePath: database.path,
      folder: backupFolder,
      now: (deps.now ?? (() => new Date()))(),
      retentionDays: deps.retentionDays()
    })
  } catch (error) {
    ;(deps.onError ?? ((failure) => console.error('[kept] The daily backup failed:', failure)))(error)
    return null
  }
}

/** Starts the checks; returns a function that stops them. */
export function scheduleDailyBackups(deps: DailyBackupDependencies): () => void {
  let interval: ReturnType<typeof setInterval> | undefined
  const first = setTimeout(() => {
    backUpIfDue(deps)
    interval = setInterval(() => backUpIfDue(deps), CHECK_EVERY_MS)
  }, FIRST_CHECK_AFTER_MS)
  return () => {
    clearTimeout(first)
    if (interval) clearInterval(interval)
  }
}
