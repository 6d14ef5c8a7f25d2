import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppLocation } from '../../src/main/app-location'
import { createApiHandlers, type ApiHandlers } from '../../src/main/core/api/handlers'
import { fixedClock } from '../../src/main/core/clock'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { registerApiIpc, REFUSED_SENDER, type IpcMainLike } from '../../src/main/ipc'
import { createTrustedSenderCheck } from '../../src/main/trusted-sender'
import { API_CHANNEL_PREFIX, API_METHODS } from '../../src/shared/api-methods'
import { useTempDir } from '../support/temp-dir'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  const ipcMain: IpcMainLike & { handle: ReturnType<typeof vi.fn> } = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`)
      handlers.set(channel, listener)
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel))
  }
  const invoke = (method: string, event: unknown, input?: unknown) => {
    const listener = handlers.get(API_CHANNEL_PREFIX + method)
    if (!listener) throw new Error(`no handler for ${method}`)
    return listener(event as IpcMainInvokeEvent, input)
  }
  return { ipcMain, handlers, invoke }
}

const location = createAppLocation({ appPath: '/opt/kept' })
const frame = (url: string) => ({ url })
const ourWindow = { isDestroyed: () => false, webContents: { mainFrame: frame(location.entryUrl) } }
const otherWindow = { isDestroyed: () => false, webContents: { mainFrame: frame(location.entryUrl) } }
const isTrustedSender = createTrustedSenderCheck(() => [ourWindow], location.isAppUrl)
const trustedEvent = { senderFrame: ourWindow.webContents.mainFrame }

const newTempDir = useTempDir()
const opened: KeptDatabase[] = []
afterEach(() => {
  for (const kept of opened.splice(0)) kept.close()
})

function realHandlers(): { kept: KeptDatabase; handlers: ApiHandlers } {
  const kept = openDatabase(join(newTempDir(), 'kept.sqlite'))
  opened.push(kept)
  const handlers = createApiHandlers({ db: kept.db, clock: fixedClock('2026-06-15T09:00:00Z'), databasePath: kept.path, schemaVersion: kept.schemaVersion, host: 'electron' })
  return { kept, handlers }
}

/** Handlers that only record that they were called. */
function spyHandlers(): ApiHandlers & Record<string, ReturnType<typeof vi.fn>> {
  return Object.fromEntries(API_METHODS.map((method) => [method, vi.fn(() => ({ called: method }))])) as never
}

describe('registerApiIpc', () => {
  it('registers exactly one handler per API method, on the prefixed channel', () => {
    const { ipcMain, handlers } = fakeIpcMain()
    registerApiIpc(ipcMain, spyHandlers(), () => true)
    expect(ipcMain.handle).toHaveBeenCalledTimes(API_METHODS.length)
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map((method) => API_CHANNEL_PREFIX + method).sort())
  })

  it('removes its handlers again', () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const unregister = registerApiIpc(ipcMain, spyHandlers(), () => true)
    unregister()
    expect(handlers.size).toBe(0)
  })

  it('passes a valid call from Kept\'s window through to the handler, with the parsed input', () => {
    const { ipcMain, invoke } = fakeIpcMain()
    const handlers = spyHandlers()
    registerApiIpc(ipcMain, handlers, isTrustedSender)
    expect(invoke('reps.get', trustedEvent, { id: 7 })).toEqual({ ok: true, value: { called: 'reps.get' } })
    expect(handlers['reps.get']).toHaveBeenCalledWith({ id: 7 })
    // Defaults from the contract are filled in before the handler runs.
    invoke('reps.list', trustedEvent, undefined)
    expect(handlers['reps.list']).toHaveBeenCalledWith({ includeArchived: false })
  })

  describe('refuses senders that are not Kept\'s window, without calling the handler', () => {
    const subframe = frame(location.entryUrl)
    const foreignFrameInOurWindow = { isDestroyed: () => false, webContents: { mainFrame: frame('https://evil.example/') } }
    const cases: Array<[string, unknown, () => unknown[]]> = [
      ['no sender frame (gone or navigating)', { senderFrame: null }, () => [ourWindow]],
      ['a subframe of our window', { senderFrame: subframe }, () => [ourWindow]],
      ['the main frame of a window that is not ours', { senderFrame: otherWindow.webContents.mainFrame }, () => [ourWindow]],
      ['our window showing a foreign page', { senderFrame: foreignFrameInOurWindow.webContents.mainFrame }, () => [foreignFrameInOurWindow]],
      ['our window showing a file outside the renderer', { senderFrame: frame('file:///etc/passwd') }, () => []],
      ['a destroyed window', trustedEvent, () => [{ ...ourWindow, isDestroyed: () => true }]],
      [
        'a frame that throws when read',
        Object.defineProperty({}, 'senderFrame', {
          get() {
            throw new Error('Render frame was disposed before WebFrameMain could be accessed')
          }
        }),
        () => [ourWindow]
      ]
    ]

    it.each(cases)('%s', (_name, event, windows) => {
      const { ipcMain, invoke } = fakeIpcMain()
      const handlers = spyHandlers()
      registerApiIpc(ipcMain, handlers, createTrustedSenderCheck(windows as never, location.isAppUrl))
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
      for (const method of API_METHODS) {
        expect(invoke(method, event, {})).toEqual(REFUSED_SENDER)
      }
      warn.mockRestore()
      for (const method of API_METHODS) expect(handlers[method]).not.toHaveBeenCalled()
    })

    it('the refusal is an envelope the renderer can show', () => {
      expect(REFUSED_SENDER).toEqual({ ok: false, error: { code: 'internal', message: 'Request refused: it did not come from Kept\'s window.' } })
    })
  })

  describe('with a real database', () => {
    it('answers an invalid payload with invalid_input and field errors, and writes nothing', () => {
      const { kept, handlers } = realHandlers()
      const { ipcMain, invoke } = fakeIpcMain()
      registerApiIpc(ipcMain, handlers, isTrustedSender)
      const count = () => (kept.db.prepare('SELECT count(*) AS n FROM reps').get() as { n: number }).n

      const envelope = invoke('reps.create', trustedEvent, { name: '   ' }) as { ok: boolean; error: { code: string; fieldErrors: Record<string, string> } }
      expect(envelope.ok).toBe(false)
      expect(envelope.error.code).toBe('invalid_input')
      expect(envelope.error.fieldErrors.name).toBe('A name is required.')
      expect(count()).toBe(0)

      for (const input of [{ name: 'Ada', email: 'not-an-email' }, { name: 'Ada', cadence: 'daily' }, { name: 'Ada', surprise: true }, 'reps', null, 42]) {
        expect((invoke('reps.create', trustedEvent, input) as { ok: boolean }).ok).toBe(false)
      }
      expect(count()).toBe(0)
    })

    it('refuses an untrusted sender without writing', () => {
      const { kept, handlers } = realHandlers()
      const { ipcMain, invoke } = fakeIpcMain()
      registerApiIpc(ipcMain, handlers, isTrustedSender)
      vi.spyOn(console, 'warn').mockImplementationOnce(() => undefined)
      expect(invoke('reps.create', { senderFrame: frame('https://evil.example/') }, { name: 'Mallory' })).toEqual(REFUSED_SENDER)
      expect((kept.db.prepare('SELECT count(*) AS n FROM reps').get() as { n: number }).n).toBe(0)
    })

    it('passes valid calls through and answers with the result', () => {
      const { kept, handlers } = realHandlers()
      const { ipcMain, invoke } = fakeIpcMain()
      registerApiIpc(ipcMain, handlers, isTrustedSender)

      const created = invoke('reps.create', trustedEvent, { name: 'Ada Lovelace', role: 'AE', cadence: 'weekly' }) as { ok: true; value: { id: number; name: string; cadence: string } }
      expect(created.ok).toBe(true)
      expect(created.value).toMatchObject({ name: 'Ada Lovelace', cadence: 'weekly' })

      const status = invoke('app.status', trustedEvent, {}) as { ok: true; value: Record<string, unknown> }
      expect(status.value).toMatchObject({ repCount: 1, host: 'electron', databasePath: kept.path })
    })
  })
})
