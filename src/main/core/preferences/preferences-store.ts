// Preferences live outside the database (electron-store in the app, a JSON file beside the
// database in the browser host). The data core only needs this small interface.
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ApiError } from '@shared/api-error'
import { preferencesSchema } from '@shared/contract'
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/domain'
import { writeTextFileAtomically } from '../backup/durable-files'

export interface PreferencesStore {
  get(): Preferences
  /** Validates the result of applying `changes`, stores it and returns it; throws on invalid values. */
  update(changes: Partial<Preferences>): Preferences
}

type PreferenceKey = keyof Preferences

/** Keeps every known key that holds a valid value; anything else falls back to its default. */
export function sanitizePreferences(raw: unknown): Preferences {
  const result: Preferences = { ...DEFAULT_PREFERENCES }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return result
  const record = raw as Record<string, unknown>
  for (const key of Object.keys(DEFAULT_PREFERENCES) as PreferenceKey[]) {
    const parsed = preferencesSchema.shape[key].safeParse(record[key])
    if (parsed.success) (result as unknown as Record<PreferenceKey, unknown>)[key] = parsed.data
  }
  return result
}

function applyChanges(current: Preferences, changes: Partial<Preferences>): Preferences {
  const parsed = preferencesSchema.safeParse({ ...current, ...changes })
  if (parsed.success) return parsed.data
  const fieldErrors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    if (!(key in fieldErrors)) fieldErrors[key] = issue.message
  }
  throw new ApiError({ code: 'invalid_input', message: 'These preferences are not valid, so they were not saved.', fieldErrors })
}

export function createMemoryPreferencesStore(initial: Partial<Preferences> = {}): PreferencesStore {
  let current = applyChanges(DEFAULT_PREFERENCES, initial)
  return {
    get: () => ({ ...current }),
    update(changes) {
      current = applyChanges(current, changes)
      return { ...current }
    }
  }
}

function readPreferencesFile(path: string): Preferences {
  try {
    return sanitizePreferences(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    // Missing, unreadable or not JSON: start from the defaults rather than failing.
    return { ...DEFAULT_PREFERENCES }
  }
}

/** Preferences in a JSON file (the browser host keeps them beside the database). */
export function createJsonFilePreferencesStore(path: string): PreferencesStore {
  let current: Preferences | undefined
  const load = (): Preferences => (current ??= readPreferencesFile(path))
  return {
    get: () => ({ ...load() }),
    update(changes) {
      const next = applyChanges(load(), changes)
      mkdirSync(dirname(path), { recursive: true })
      writeTextFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`)
      current = next
      return { ...next }
    }
  }
}
