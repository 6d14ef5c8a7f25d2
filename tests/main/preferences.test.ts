import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES, openPreferences, userPreferencesStore } from '../../src/main/preferences'
import { DEFAULT_PREFERENCES as DEFAULT_USER_PREFERENCES } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'

vi.mock('electron-store', async () => ({ default: (await import('./support/conf-backed-store')).confBackedStore(() => '/nonexistent') }))

const newTempDir = useTempDir()

describe('preferences', () => {
  it('starts with the documented defaults', () => {
    const preferences = openPreferences({ cwd: newTempDir() })
    expect(DEFAULT_PREFERENCES).toEqual({
      databasePath: null,
      windowBounds: null,
      lastReminderOn: null,
      backupRetentionDays: 14,
      defaultCadence: 'biweekly',
      defaultSessionMinutes: 30,
      theme: 'system',
      weekStartsOn: 1,
      dateFormat: 'd MMM yyyy',
      remindersEnabled: true,
      yourName: ''
    })
    for (const [key, value] of Object.entries(DEFAULT_PREFERENCES)) {
      expect(preferences.get(key as keyof typeof DEFAULT_PREFERENCES)).toEqual(value)
    }
  })

  it('keeps what is set, in a JSON file', () => {
    const dir = newTempDir()
    const preferences = openPreferences({ cwd: dir })
    preferences.set('databasePath', '/home/me/kept.sqlite')
    preferences.set('windowBounds', { x: 1, y: 2, width: 900, height: 700, maximized: false })
    expect(openPreferences({ cwd: dir }).get('databasePath')).toBe('/home/me/kept.sqlite')
    expect(JSON.parse(readFileSync(preferences.path, 'utf8'))).toMatchObject({ windowBounds: { width: 900 } })
  })

  it('refuses values outside the schema', () => {
    const preferences = openPreferences({ cwd: newTempDir() })
    expect(() => preferences.set('defaultCadence', 'daily' as never)).toThrow(/schema/)
    expect(() => preferences.set('weekStartsOn', 7)).toThrow(/schema/)
    expect(() => preferences.set('theme', 'neon' as never)).toThrow(/schema/)
    expect(() => preferences.set('windowBounds', { x: 1, y: 2 } as never)).toThrow(/schema/)
    expect(preferences.get('defaultCadence')).toBe('biweekly')
  })

  it('starts over from the defaults rather than failing on a damaged file', () => {
    const dir = newTempDir()
    writeFileSync(join(dir, 'preferences.json'), '{ "theme": "dark", ')
    expect(openPreferences({ cwd: dir }).get('theme')).toBe('system')
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ theme: 'neon' }))
    expect(openPreferences({ cwd: dir }).get('theme')).toBe('system')
  })

  it('loads a file from before backupsToKeep and backupFolder were retired, keeping everything else', () => {
    const dir = newTempDir()
    writeFileSync(
      join(dir, 'preferences.json'),
      JSON.stringify({ databasePath: '/home/me/kept.sqlite', backupFolder: '/home/me/backups', backupsToKeep: 30, backupRetentionDays: 21, theme: 'dark' })
    )
    const preferences = openPreferences({ cwd: dir })
    expect(preferences.get('databasePath')).toBe('/home/me/kept.sqlite')
    const user = userPreferencesStore(preferences)
    expect(user.get()).toEqual({ ...DEFAULT_USER_PREFERENCES, backupRetentionDays: 21, theme: 'dark' })
    expect(user.update({ weekStartsOn: 0 })).toMatchObject({ weekStartsOn: 0, backupRetentionDays: 21, theme: 'dark' })
    expect(openPreferences({ cwd: dir }).get('databasePath')).toBe('/home/me/kept.sqlite')
  })
})

describe('the preferences the user edits in Settings', () => {
  it('are read from and written to the same electron-store file, and announced', () => {
    const dir = newTempDir()
    const store = openPreferences({ cwd: dir })
    const changes: unknown[] = []
    const user = userPreferencesStore(store, (next) => changes.push(next.theme))
    expect(user.get()).toMatchObject({ weekStartsOn: 1, theme: 'system', defaultCadence: 'biweekly' })
    expect(user.update({ weekStartsOn: 0, theme: 'dark' })).toMatchObject({ weekStartsOn: 0, theme: 'dark' })
    expect(changes).toEqual(['dark'])
    expect(openPreferences({ cwd: dir }).get('weekStartsOn')).toBe(0)
    expect(userPreferencesStore(openPreferences({ cwd: dir })).get().theme).toBe('dark')
  })

  it('refuse invalid values and write nothing', () => {
    const dir = newTempDir()
    const user = userPreferencesStore(openPreferences({ cwd: dir }))
    expect(() => user.update({ defaultSessionMinutes: 2 })).toThrow(/not valid/)
    expect(openPreferences({ cwd: dir }).get('defaultSessionMinutes')).toBe(30)
  })
})
