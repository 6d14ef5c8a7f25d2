// Daily backups while the app runs, and backup/restore through the Electron main process
// (with a stand-in for Electron and a real database file).
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backUpIfDue, CHECK_EVERY_MS, FIRST_CHECK_AFTER_MS, scheduleDailyBackups } from '../../src/main/backup-scheduler'
import { createDatabaseSession } from '../../src/main/core/backup/database-session'
import { openDatabase } from '../../src/main/core/db/open-database'
import { API_CHANNEL_PREFIX } from '../../src/shared/api-methods'
import { useTempDir } from '../support/temp-dir'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)
vi.mock('electron-store', async () => ({ default: (await import('./support/conf-backed-store')).confBackedStore(() => fake.userData) }))

const newTempDir = useTempDir()

describe('daily backups while Kept runs', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('backs up shortly after start, at most once a day, and again the next day; stops on quit', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date(2026, 5, 15, 9, 0))
    const dir = newTempDir()
    const session = createDatabaseSession(openDatabase(join(dir, 'kept.sqlite')), (path) => openDatabase(path))
    const folder = join(dir, 'backups')
    const dailyBackups = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('-daily.sqlite')) : [])
    const stop = scheduleDailyBackups({ session: () => session, retentionDays: () => 14 })
    try {
      expect(dailyBackups()).toHaveLength(0) // not before the first paint
      vi.advanceTimersByTime(FIRST_CHECK_AFTER_MS)
      expect(dailyBackups()).toHaveLength(1)
      vi.advanceTimersByTime(CHECK_EVERY_MS * 4) // checks at 12:00, 15:00, 18:00 and 21:00 on 15 June
      expect(dailyBackups()).toHaveLength(1)
      vi.advanceTimersByTime(CHECK_EVERY_MS) // 00:00 on 16 June
      expect(dailyBackups()).toHaveLength(2)
      stop()
      vi.advanceTimersByTime(CHECK_EVERY_MS * 16)
      expect(dailyBackups()).toHaveLength(2)
    } finally {
      stop()
      session.close()
    }
  })

  it('reports a failed backup instead of throwing', () => {
    const dir = newTempDir()
    const session = createDatabaseSession(openDatabase(join(dir, 'kept.sqlite')), (path) => openDatabase(path))
    session.close()
    const onError = vi.fn()
    expect(backUpIfDue({ session: () => session, retentionDays: () => 14, onError })).toBeNull()
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('writes nothing while Kept shows its recovery screen (no file in use)', () => {
    const onError = vi.fn()
    expect(backUpIfDue({ session: () => null, retentionDays: () => 14, onError })).toBeNull()
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('backups through the Electron main process', () => {
  let userData = ''
  beforeEach(() => {
    vi.resetModules()
    delete process.env['ELECTRON_RENDERER_URL']
    userData = newTempDir()
    fake.reset({ userData, appPath: newTempDir() })
  })
  afterEach(() => {
    fake.app.emit('will-quit')
    vi.restoreAllMocks()
  })

  function call(method: string, input: unknown = {}): { ok: boolean; value?: unknown; error?: { code: string; message: string } } {
    const listener = fake.ipcMain.handlers.get(API_CHANNEL_PREFIX + method)
    if (!listener) throw new Error(`no handler for ${method}`)
    return listener({ senderFrame: fake.BrowserWindow.instances[0]!.webContents.mainFrame }, input) as never
  }

  it('backs up beside the data file and restores over the open database, which answers from the restored file', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await import('../../src/main/index')
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1))

    expect(call('reps.create', { name: 'Ana' }).ok).toBe(true)
    const backup = call('backups.create').value as { fileName: string; path: string }
    expect(backup.path).toBe(join(userData, 'backups', backup.fileName))
    expect(call('reps.create', { name: 'Ben' }).ok).toBe(true)

    const restored = call('backups.restore', { fileName: backup.fileName })
    expect(restored.ok, restored.error?.message).toBe(true)
    const names = (call('reps.list').value as Array<{ name: string }>).map((rep) => rep.name)
    expect(names).toEqual(['Ana'])
    const listed = (call('backups.list').value as { backups: Array<{ kind: string }> }).backups.map((entry) => entry.kind)
    expect(listed.sort()).toEqual(['before-restore', 'manual'])

    expect(call('backups.restore', { fileName: '../kept.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(call('backups.restore', { fileName: 'nope.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
