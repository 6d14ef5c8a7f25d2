import type { Database } from 'better-sqlite3'
import { timestampOf, type Clock } from '../clock'
import type { PreferencesStore } from '../preferences/preferences-store'

/** What the session services work with. */
export interface ServiceContext {
  db: Database
  clock: Clock
  preferences: PreferencesStore
}

export function nowOf(context: ServiceContext): string {
  return timestampOf(context.clock)
}
