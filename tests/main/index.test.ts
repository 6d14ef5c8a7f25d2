// The main process from start to quit, with a stand-in for Electron and a real database file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_CHANNEL_PREFIX, API_METHODS } from '../../src/shared/api-methods'
import { damagedKeptFile } from '../support/damaged-file'
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
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...API_METHODS.map((method) => API_CHANNEL_PREFIX + method), 'kept:save-pdf', 'kept:choose-database-file'].sort())
    expect(window.loadURL).toHaveBeenCalledWith('app://kept/index.html')
    expect(window.loadFile).not.toHaveBeenCalled()
    expect((window.options['webPreferences'] as Record<string, unknown>)['preload']).toBe(join(fake.appPath, 'out', 'preload', 'index.cjs'))
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1)

    const status = call(window, 'app.status')
    expect(status).toEqual({
      ok: true,
      value: { databasePath: join(userData, 'kept.sqlite'), schemaVersion: expect.any(Number), repCount: 0, hasDemoData: false, host: 'electron' }
    })
    expect(existsSync(join(userData, 'kept.sqlite'))).toBe(true)
  })

  it('writes exports in the window\'s locale (app.getLocale): a euro goal reads 55.000 € for a German user', async () => {
    await startKept()
    const window = await mainWindow()
    expect(fake.app.getLocale).toHaveBeenCalled()
    const ok = (method: string, input: unknown) => (call(window, method, input) as { ok: true; value: any }).value // eslint-disable-line @typescript-eslint/no-explicit-any
    const repId = ok('reps.create', { name: 'Lena Vogel', cadence: 'weekly' }).id
    const goalId = ok('goals.create', { repId, title: 'Pipeline', metric: 'Qualified pipeline', unit: 'currency', currency: 'EUR', baseline: 10000, target: 400000, timeframe: 'custom', periodStart: '2026-04-01', periodEnd: '2026-12-31' }).goal.id
    const session = ok('sessions.start', { repId }).session.id
    ok('goals.recordCheckIn', { sessionId: session, goalId, value: 55000 })
    ok('sessions.finish', { id: session, durationSeconds: 1800 })
    const text = ok('exports.session', { sessionId: session, format: 'txt', includePrivate: false }).content as string
    expect(text).toMatch(/now 55\.000\s€ · target 400\.000\s€/)
  })

  it('applies the security policies before the window exists', async () => {
    await startKept()
    const window = await mainWindow()
    const session = fake.session.defaultSession
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1)
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1)
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1)
    // No dictionary download, and Kept's pages come from its own app:// protocol.
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledTimes(1)
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(process.platform === 'darwin')
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan((fake.app.whenReady as ReturnType<typeof vi.fn>).mock.invocationCallOrder[0]!)
    // The window's web contents were guarded as they were created.
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalledTimes(1)
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(window.webContents.listenerCount('will-navigate')).toBe(1)
  })

  it('opens a clicked web link only after a native question naming it, and sends the email draft to the mail program', async () => {
    await startKept()
    const window = await mainWindow()
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com/deal' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/deal'))
    const [, question] = fake.dialog.showMessageBox.mock.calls[0]! as unknown as [unknown, { message: string; detail: string }]
    expect(question.message).toBe('Open example.com in your browser?')
    expect(question.detail).toContain('https://example.com/deal')

    // "Email draft" is a link in the page: its navigation is stopped and handed on, rebuilt.
    const navigation = { url: 'mailto:dana@example.com?subject=1%3A1&bcc=spy@evil.example', preventDefault: vi.fn() }
    window.webContents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenLastCalledWith('mailto:dana@example.com?subject=1%3A1'))
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1)
  })

  it('lets its page write to the clipboard and nothing else', async () => {
    await startKept()
    await mainWindow()
    const request = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
    const granted = vi.fn()
    request({}, 'clipboard-sanitized-write', granted, { requestingUrl: 'app://kept/index.html', isMainFrame: true })
    request({}, 'media', granted, { requestingUrl: 'app://kept/index.html', isMainFrame: true })
    expect(granted.mock.calls).toEqual([[true], [false]])
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

  /** app.quit() as Electron does it: before-quit (cancellable), then each window closes (a refusal cancels the quit), then will-quit. */
  function quitLikeElectron(): { done: () => boolean } {
    let done = false
    ;(fake.app.quit as ReturnType<typeof vi.fn>).mockImplementation(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) }
      fake.app.emit('before-quit', event)
      if (event.defaultPrevented) return
      for (const window of fake.BrowserWindow.instances.filter((candidate) => !candidate.isDestroyed())) {
        window.close()
        if (!window.isDestroyed()) return
      }
      done = true
    })
    return { done: () => done }
  }

  it('Cmd+Q with everything saved really quits: the window does not cancel the quit after the flush', async () => {
    await startKept()
    const window = await mainWindow()
    const quit = quitLikeElectron()
    ;(fake.app.quit as () => void)()
    await vi.waitFor(() => expect(quit.done()).toBe(true))
    expect(window.isDestroyed()).toBe(true)
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('quitting while a save is failing asks "Kept could not save"; "Keep Kept open" keeps the window and the data', async () => {
    await startKept()
    const window = await mainWindow()
    window.webContents.allSaved = false
    const quit = quitLikeElectron()
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false })
    ;(fake.app.quit as () => void)()
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1))
    const [, options] = fake.dialog.showMessageBox.mock.calls[0]! as unknown as [unknown, { message: string; buttons: string[] }]
    expect(options.message).toBe('Kept could not save your latest changes')
    expect(options.buttons).toEqual(['Keep Kept open', 'Quit and lose it'])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(quit.done()).toBe(false)
    expect(window.isDestroyed()).toBe(false)
    expect(call(window, 'app.status').ok).toBe(true)

    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false })
    ;(fake.app.quit as () => void)()
    await vi.waitFor(() => expect(quit.done()).toBe(true))
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

  it('when the data file cannot be opened, opens the window on the recovery screen and leaves the file alone; a new file made there is remembered', async () => {
    writeFileSync(join(userData, 'kept.sqlite'), 'definitely not SQLite\n'.repeat(100))
    const fresh = join(userData, 'fresh.sqlite')
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: fresh })
    await startKept()
    const window = await mainWindow()
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()

    expect(call(window, 'recovery.status')).toMatchObject({ ok: true, value: { needed: true, problem: 'not_a_database', databasePath: join(userData, 'kept.sqlite') } })
    expect(call(window, 'reps.list')).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })

    // The screen's "Create a new data file…": a native save dialog, then recovery.createFile with its answer.
    const choose = fake.ipcMain.handlers.get('kept:choose-database-file')!
    const answer = (await choose({ senderFrame: window.webContents.mainFrame }, { purpose: 'create' })) as { file: { token: string; path: string } }
    expect(answer).toEqual({ file: { token: expect.stringMatching(/^[0-9a-f-]{36}$/), path: fresh } })
    expect((fake.dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string }).defaultPath).toMatch(/kept-\d{4}-\d{2}-\d{2}\.sqlite$/)
    // The page cannot name a path itself, nor use the token for the other purpose.
    expect(call(window, 'recovery.createFile', { path: fresh })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(call(window, 'recovery.openFile', { token: answer.file.token })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(existsSync(fresh)).toBe(false)
    expect(call(window, 'recovery.createFile', { token: answer.file.token })).toMatchObject({ ok: true, value: { databasePath: fresh } })
    expect(call(window, 'app.status').value?.['databasePath']).toBe(fresh)
    expect(call(window, 'reps.create', { name: 'Ana Ruiz' }).ok).toBe(true)
    expect(JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8'))).toMatchObject({ databasePath: fresh })
    expect(readFileSync(join(userData, 'kept.sqlite'), 'utf8')).toMatch(/^definitely not SQLite/)
  })

  it('checks every page of the file once the window is shown, and a damaged file brings up the recovery screen', async () => {
    const path = damagedKeptFile(userData)
    const before = readFileSync(path)
    await startKept()
    const window = await mainWindow()
    // The first screen is not kept waiting for the check; the page asks for it once painted, and
    // asks again while it reads the file in its worker thread.
    expect(call(window, 'recovery.status')).toEqual({ ok: true, value: { needed: false } })
    expect(call(window, 'recovery.check')).toEqual({ ok: true, value: { needed: false, checking: true } })
    await expect.poll(() => call(window, 'recovery.check'), { timeout: 15_000 }).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged', databasePath: path } })
    expect(call(window, 'recovery.status')).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged' } })
    expect(call(window, 'team.overview', { includeArchived: false })).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('runs the check itself when the page has not asked for it ten seconds after the window is shown', async () => {
    const path = damagedKeptFile(userData)
    await startKept()
    const window = await mainWindow()
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      window.emit('ready-to-show')
      vi.advanceTimersByTime(9_000)
      expect(call(window, 'recovery.status')).toEqual({ ok: true, value: { needed: false } })
      vi.advanceTimersByTime(1_000)
      vi.useRealTimers()
      // The check is under way in its worker thread, and finds the damage.
      await expect.poll(() => call(window, 'recovery.status'), { timeout: 15_000 }).toMatchObject({ ok: true, value: { needed: true, problem: 'damaged', databasePath: path } })
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks for a data file only for its own window, and only to open, to create or to restore a backup', async () => {
    await startKept()
    const window = await mainWindow()
    const choose = fake.ipcMain.handlers.get('kept:choose-database-file')!
    await expect(choose({ senderFrame: { url: 'https://evil.example/' } }, { purpose: 'open' })).rejects.toThrow(/did not come from Kept/)
    await expect(choose({ senderFrame: window.webContents.mainFrame }, { purpose: 'delete' })).rejects.toThrow(/only choose a data file/)
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await choose({ senderFrame: window.webContents.mainFrame }, { purpose: 'open' })).toEqual({ file: null })
    // "Choose a backup file…" opens its own dialog, and its token restores only that file.
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/kept-2026-06-01.sqlite'] })
    const picked = (await choose({ senderFrame: window.webContents.mainFrame }, { purpose: 'backup' })) as { file: { token: string; path: string } }
    expect(picked.file.path).toBe('/media/usb/kept-2026-06-01.sqlite')
    expect(fake.dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Choose a backup of your Kept data to restore' }))
  })
})
