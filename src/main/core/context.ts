import type { Database } from 'better-sqlite3'
import type { DatabaseSession } from './backup/database-session'
import type { Clock } from './clock'
import type { PreferencesStore } from './preferences/preferences-store'

/** Everything a handler needs: the open database, the clock, and who is hosting the UI. */
export interface CoreContext {
  db: Database
  clock: Clock
  databasePath: string
  schemaVersion: number
  host: 'electron' | 'browser'
  /** Where preferences are kept; without one, they live in memory for this run only. */
  preferences?: PreferencesStore
  /** The locale exports write numbers in (Electron: the app's locale, as its window uses); the runtime's own when absent. */
  locale?: string
  /** Lets a restore close, replace and reopen the database; without one, restore is refused. */
  databaseSession?: DatabaseSession
}
