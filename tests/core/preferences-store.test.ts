import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { createJsonFilePreferencesStore, createMemoryPreferencesStore } from '../../src/main/core/preferences/preferences-store'
import { DEFAULT_PREFERENCES } from '../../src/shared/domain'
import { openCore } from '../support/core-fixture'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()

describe('memory preferences', () => {
  it('starts from the defaults, merges changes and refuses invalid values', () => {
    const store = createMemoryPreferencesStore({ theme: 'dark' })
    expect(store.get()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' })
    expect(store.update({ weekStartsOn: 0 })).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', weekStartsOn: 0 })
    expect(() => store.update({ backupRetentionDays: 0 })).toThrow(/not valid/)
    expect(store.get().backupRetentionDays).toBe(DEFAULT_PREFERENCES.backupRetentionDays)
    // What get() returns is a copy.
    store.get().theme = 'light'
    expect(store.get().theme).toBe('dark')
  })
})

describe('JSON file preferences', () => {
  it('reads the defaults when there is no file, and keeps what is changed in the file', () => {
    const path = join(tempDir(), 'nested', 'kept.sqlite.preferences.json')
    const store = createJsonFilePreferencesStore(path)
    expect(store.get()).toEqual(DEFAULT_PREFERENCES)
    expect(existsSync(path)).toBe(false)
    store.update({ defaultCadence: 'weekly', dateFormat: 'yyyy-MM-dd' })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, defaultCadence: 'weekly', dateFormat: 'yyyy-MM-dd' })
    expect(createJsonFilePreferencesStore(path).get()).toMatchObject({ defaultCadence: 'weekly', dateFormat: 'yyyy-MM-dd' })
    // Written through a temporary file that does not stay behind.
    expect(readdirSync(join(path, '..'))).toEqual(['kept.sqlite.preferences.json'])
  })

  it('falls back to the defaults for a damaged file, and for each invalid value, without throwing', () => {
    const dir = tempDir()
    const path = join(dir, 'prefs.json')
    for (const content of ['{ "theme": "dark", ', '', 'null', '[1, 2]', '"dark"']) {
      writeFileSync(path, content)
      expect(createJsonFilePreferencesStore(path).get(), content).toEqual(DEFAULT_PREFERENCES)
    }
    writeFileSync(path, JSON.stringify({ theme: 'dark', weekStartsOn: 9, backupsToKeep: 'many', unknown: true }))
    expect(createJsonFilePreferencesStore(path).get()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark' })
    // A folder where the file should be cannot be read either.
    expect(createJsonFilePreferencesStore(dir).get()).toEqual(DEFAULT_PREFERENCES)
  })

  it('loads a file that still holds the retired backupsToKeep and backupFolder, and drops them on the next change', () => {
    const path = join(tempDir(), 'prefs.json')
    writeFileSync(path, JSON.stringify({ ...DEFAULT_PREFERENCES, theme: 'dark', backupRetentionDays: 30, backupsToKeep: 7, backupFolder: '/home/me/backups' }))
    const store = createJsonFilePreferencesStore(path)
    expect(store.get()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', backupRetentionDays: 30 })
    store.update({ weekStartsOn: 0 })
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', backupRetentionDays: 30, weekStartsOn: 0 })
  })

  it('keeps the file as it was when a change is refused', () => {
    const path = join(tempDir(), 'prefs.json')
    const store = createJsonFilePreferencesStore(path)
    store.update({ theme: 'light' })
    const before = readFileSync(path, 'utf8')
    expect(() => store.update({ defaultSessionMinutes: 1 })).toThrow()
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(store.get().theme).toBe('light')
  })
})

describe('preferences through the API', () => {
  it('reads and updates, validating every field', () => {
    const core = openCore(tempDir())
    expect(core.ok('preferences.get', {})).toEqual(DEFAULT_PREFERENCES)
    expect(core.ok('preferences.update', { weekStartsOn: 0, theme: 'dark' })).toMatchObject({ weekStartsOn: 0, theme: 'dark', defaultCadence: 'biweekly' })
    const refused = core.call('preferences.update', { weekStartsOn: 7, colour: 'red' })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('invalid_input')
    expect(core.ok('preferences.get', {}).weekStartsOn).toBe(0)
    core.kept.close()
  })

  it('works without a store given (kept in memory)', () => {
    const core = openCore(tempDir())
    const handlers = createApiHandlers({ db: core.kept.db, clock: { now: () => new Date() }, databasePath: '', schemaVersion: 3, host: 'electron' })
    expect(handlers['preferences.update']({ theme: 'light' }).theme).toBe('light')
    expect(handlers['preferences.get']({}).theme).toBe('light')
    core.kept.close()
  })
})
