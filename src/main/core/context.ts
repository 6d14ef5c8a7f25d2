import type { Database } from 'better-sqlite3'
import type { Clock } from './clock'

/** Everything a handler needs: the open database, the clock, and who is hosting the UI. */
export interface CoreContext {
  db: Database
  clock: Clock
  databasePath: string
  schemaVersion: number
  host: 'electron' | 'browser'
}
