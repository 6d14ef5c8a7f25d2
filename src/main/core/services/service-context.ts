import type { Database } from 'better-sqlite3'
import { timestampOf, type Clock } from '../clock'
import type { PreferencesStore } from '../preferences/preferences-store'

/** What the session services work with. */
export interface ServiceContext {
  db: Database
  clock: Clock
  preferences: PreferencesStore
  /** The locale numbers are written in (exports); the runtime's own when absent, as on the screens. */
  locale?: string
}

export function nowOf(context: ServiceContext): string {
  return timestampOf(context.clock)
}
