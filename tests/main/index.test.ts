// The main process from start to quit, with a stand-in for Electron and a real database file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_CHANNEL_PREFIX, API_METHODS } from '../../src/shared/api-methods'
import { useTempDir } from '../support/temp-dir'

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron())
vi.mock('electron', () => fake.module)
vi.mock('electron-store', async () => ({ default: (await import('./support/conf-backed-store')).confBackedStore(() => fake.userData) }))

type Window = InstanceType<typeof fake.BrowserWindow>

const newTempDir = useTempDir()
let userData = ''

beforeEach(() => {
  vi.resetModules()
  delete process.env['ELECTRON_RENDERER_URL']
  userData = newTempDir()
  fake.reset({ userData, appPath: newTempDir() })
})

afterEach(() => {
  // Closes the database the started app holds.
  fake.app.emit('will-quit')
  vi.restoreAllMocks()
})

async function startKept(): Promise<void> {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  await import('../../src/main/index')
}

async function mainWindow(): Promise<Window> {
  await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1))
  return fake.BrowserWindow.instances[0]!
}

function call(window: Window, method: string, input: unknown = {}): { ok: boolean; value?: Record<string, unknown>; error?: { code: string } } {
  const listener = fake.ipcMain.handlers.get(API_CHANNEL_PREFIX + method)
  if (!listener) throw new Error(`no handler for ${method}`)
  return listener({ senderFrame: window.webContents.mainFrame }, input) as never
}

describe('the main process', () => {
  it('asks for the single-instance lock and, without it, quits before doing anything', async () => {
    fake.singleInstance = false
    await startKept()
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect(fake.app.quit).toHaveBeenCalled()
    expect(fake.app.whenReady).not.toHaveBeenCalled()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
    expect(fake.BrowserWindow.instances).toHaveLength(0)
  })

  it('on ready: opens the default database, answers the API over IPC, opens the window and the menu', async () => {
    await startKept()
    const window = await mainWindow()
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1)
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...API_METHODS.map((method) => API_CHANNEL_PREFIX + method), 'kept:save-pdf'].sort())
    expect(window.loadFile).toHaveBeenCalledWith(join(fake.appPath, 'out', 'renderer', 'index.html'))
    expect((window.options['webPreferences'] as Record<string, unknown>)['preload']).toBe(join(fake.appPath, 'out', 'preload', 'index.cjs'))
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)

    const status = call(window, 'app.status')
    expect(status).toEqual({
      ok: true,
      value: { databasePath: join(userData, 'kept.sqlite'), schemaVersion: expect.any(Number), repCount: 0, hasDemoData: false, host: 'electron' }
    })
    expect(existsSync(join(userData, 'kept.sqlite'))).toBe(true)
  })

  it('applies the security policies before the window exists', async () => {
    await startKept()
    const window = await mainWindow()
    const session = fake.session.defaultSession
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1)
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    // The window's web contents were guarded as they were created.
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(window.webContents.listenerCount('will-navigate')).toBe(1)
  })

  it('refuses IPC from anything but its window\'s main frame', async () => {
    await startKept()
    await mainWindow()
    const listener = fake.ipcMain.handlers.get(`${API_CHANNEL_PREFIX}reps.create`)!
    expect(listener({ senderFrame: { url: 'https://evil.example/' } }, { name: 'Mallory' })).toMatchObject({ ok: false, error: { code: 'internal' } })
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startKept()
    const window = await mainWindow()
    window.minimized = true
    fake.app.emit('second-instance', {}, [], '')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(fake.BrowserWindow.instances).toHaveLength(1)
  })

  it('quits when the last window closes (not on macOS), and closes the database on quit', async () => {
    await startKept()
    const window = await mainWindow()
    window.close()
    // The close waits for the page to flush its unsaved edits, then goes through.
    expect(window.webContents.send).toHaveBeenCalledWith('kept:flush-request', expect.any(Number))
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    fake.app.emit('window-all-closed')
    if (process.platform !== 'darwin') expect(fake.app.quit).toHaveBeenCalled()
    fake.app.emit('will-quit')
    const afterQuit = call(window, 'app.status')
    expect(afterQuit.ok).toBe(false)
  })

  it('uses the database path from the preferences', async () => {
    const chosen = join(newTempDir(), 'team.sqlite')
    // A file chosen before must exist (a missing one is reported, not silently recreated).
    const { openDatabase } = await import('../../src/main/core/db/open-database')
    openDatabase(chosen).close()
    writeFileSync(join(userData, 'preferences.json'), JSON.stringify({ databasePath: chosen }))
    await startKept()
    const window = await mainWindow()
    expect(call(window, 'app.status').value?.['databasePath']).toBe(chosen)
  })

  it('when the database cannot be opened, offers another file, a new one or quit, and remembers the new one', async () => {
    writeFileSync(join(userData, 'kept.sqlite'), 'definitely not SQLite\n'.repeat(100))
    const fresh = join(userData, 'fresh.sqlite')
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: fresh })
    await startKept()
    const window = await mainWindow()

    const shown = fake.dialog.showMessageBox.mock.calls[0]![0] as { buttons: string[]; detail: string; cancelId: number }
    expect(shown.buttons).toEqual(['Choose another file…', 'Create a new database…', 'Quit'])
    expect(shown.cancelId).toBe(2)
    expect(shown.detail).toMatch(/not a Kept database/)
    expect(call(window, 'app.status').value?.['databasePath']).toBe(fresh)
    expect(JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'))).toMatchObject({ databasePath: fresh })
    expect(readFileSync(join(userData, 'kept.sqlite'), 'utf8')).toMatch(/^definitely not SQLite/)
  })

  it('quits without a window when the user chooses Quit', async () => {
    writeFileSync(join(userData, 'kept.sqlite'), 'definitely not SQLite\n'.repeat(100))
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 2, checkboxChecked: false })
    await startKept()
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled())
    expect(fake.BrowserWindow.instances).toHaveLength(0)
    expect(fake.ipcMain.handle).not.toHaveBeenCalled()
  })
})
