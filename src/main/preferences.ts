// The user's preferences (not data: data lives in the SQLite file), stored by electron-store as
// config.json in the userData folder, validated against a schema. An unreadable or invalid
// preferences file is reset to the defaults rather than stopping Kept from starting.
import Store, { type Schema } from 'electron-store'
import { DEFAULT_PREFERENCES as DEFAULT_USER_PREFERENCES, type Cadence, type Preferences as UserPreferences } from '@shared/domain'
import { createMemoryPreferencesStore, sanitizePreferences, type PreferencesStore as UserPreferencesStore } from './core/preferences/preferences-store'

export interface WindowBounds {
  x: number
  y: number
  width: number
  height: number
  maximized: boolean
}

export type ThemePreference = 'system' | 'light' | 'dark'

export interface Preferences {
  /** The database file chosen by the user; null means the default in the userData folder. */
  databasePath: string | null
  windowBounds: WindowBounds | null
  /** The last day ('YYYY-MM-DD') a 1:1 reminder was shown, so it shows at most once a day. */
  lastReminderOn: string | null
  backupRetentionDays: number
  defaultCadence: Cadence
  defaultSessionMinutes: number
  theme: ThemePreference
  /** 0 = Sunday … 6 = Saturday. */
  weekStartsOn: number
  /** A date-fns format string. */
  dateFormat: string
  remindersEnabled: boolean
  /** The manager's own name ("What I owe you — <name>" in the summary); empty until given. */
  yourName: string
}

export const DEFAULT_PREFERENCES: Preferences = {
  databasePath: null,
  windowBounds: null,
  lastReminderOn: null,
  backupRetentionDays: 14,
  defaultCadence: 'biweekly',
  defaultSessionMinutes: 30,
  theme: 'system',
  weekStartsOn: 1,
  dateFormat: DEFAULT_USER_PREFERENCES.dateFormat,
  remindersEnabled: true,
  yourName: ''
}

export const PREFERENCES_SCHEMA: Schema<Preferences> = {
  databasePath: { type: ['string', 'null'], minLength: 1 },
  windowBounds: {
    anyOf: [
      { type: 'null' },
      {
        type: 'object',
        properties: {
          x: { type: 'integer' },
          y: { type: 'integer' },
          width: { type: 'integer', minimum: 1 },
          height: { type: 'integer', minimum: 1 },
          maximized: { type: 'boolean' }
        },
        required: ['x', 'y', 'width', 'height', 'maximized'],
        additionalProperties: false
      }
    ]
  },
  lastReminderOn: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  backupRetentionDays: { type: 'integer', minimum: 1, maximum: 365 },
  defaultCadence: { type: 'string', enum: ['weekly', 'biweekly', 'monthly'] },
  defaultSessionMinutes: { type: 'integer', minimum: 5, maximum: 240 },
  theme: { type: 'string', enum: ['system', 'light', 'dark'] },
  weekStartsOn: { type: 'integer', minimum: 0, maximum: 6 },
  dateFormat: { type: 'string', minLength: 1, maxLength: 40 },
  remindersEnabled: { type: 'boolean' },
  yourName: { type: 'string', maxLength: 80 }
}

export type PreferencesStore = Pick<Store<Preferences>, 'get' | 'set' | 'path'>

/** Opens the preferences file (`cwd` defaults to Electron's userData folder). */
export function openPreferences(options: { cwd?: string } = {}): PreferencesStore {
  return new Store<Preferences>({
    name: 'preferences',
    schema: PREFERENCES_SCHEMA,
    defaults: DEFAULT_PREFERENCES,
    clearInvalidConfig: true,
    ...(options.cwd ? { cwd: options.cwd } : {})
  })
}

/**
 * The data core's view of the preferences the user edits in Settings, kept in this same
 * electron-store file. Changes are validated by the shared schema before anything is written;
 * `onChange` lets main react (for example to the theme).
 */
export function userPreferencesStore(store: PreferencesStore, onChange: (preferences: UserPreferences) => void = () => undefined): UserPreferencesStore {
  const keys = Object.keys(DEFAULT_USER_PREFERENCES) as Array<keyof UserPreferences>
  const read = (): UserPreferences => sanitizePreferences(Object.fromEntries(keys.map((key) => [key, store.get(key)])))
  return {
    get: read,
    update(changes) {
      const next = createMemoryPreferencesStore(read()).update(changes)
      for (const key of keys) store.set(key, next[key] as never)
      onChange(next)
      return next
    }
  }
}
