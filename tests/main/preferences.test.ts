import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_PREFERENCES, openPreferences } from '../../src/main/preferences'
import { useTempDir } from '../support/temp-dir'

vi.mock('electron-store', async () => ({ default: (await import('./support/conf-backed-store')).confBackedStore(() => '/nonexistent') }))

const newTempDir = useTempDir()

describe('preferences', () => {
  it('starts with the documented defaults', () => {
    const preferences = openPreferences({ cwd: newTempDir() })
    expect(DEFAULT_PREFERENCES).toEqual({
      databasePath: null,
      windowBounds: null,
      backupFolder: null,
      backupsToKeep: 14,
      defaultCadence: 'biweekly',
      defaultSessionMinutes: 30,
      theme: 'system',
      weekStartsOn: 1,
      dateFormat: 'yyyy-MM-dd',
      remindersEnabled: true
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
})
