import { EventEmitter } from 'node:events'
import type { IpcMain, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createExitGuard, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL, requestRendererFlush, type UnsavedWorkQuestion } from '../../src/main/flush-before-close'

function fakeIpc() {
  const emitter = new EventEmitter()
  return emitter as unknown as IpcMain & EventEmitter
}

/** A page that answers flush requests after `delayMs` (or never, when null), saying whether all is saved. */
function fakeContents(ipc: EventEmitter, delayMs: number | null, allSaved = true) {
  const contents = {
    destroyed: false,
    allSaved,
    sent: [] as unknown[][],
    isDestroyed() {
      return this.destroyed
    },
    send(channel: string, id: unknown) {
      this.sent.push([channel, id])
      if (delayMs !== null) setTimeout(() => ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents }, id, contents.allSaved), delayMs)
    }
  }
  return contents
}

function closeEvent() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
}

/** A window that closes as Electron's does: 'close' (cancellable), then 'closed'. */
function fakeWindow(contents: ReturnType<typeof fakeContents>) {
  const window = new EventEmitter() as EventEmitter & { webContents: typeof contents; isDestroyed(): boolean; close(): boolean; destroyed: boolean }
  window.webContents = contents
  window.destroyed = false
  window.isDestroyed = () => window.destroyed
  window.close = () => {
    const event = closeEvent()
    window.emit('close', event)
    if (event.defaultPrevented) return false
    window.destroyed = true
    contents.destroyed = true
    window.emit('closed')
    return true
  }
  return window
}

/** An app whose quit() behaves as Electron's: before-quit, then every window is closed; a window that refuses cancels the quit. */
function fakeApp(windows: Array<ReturnType<typeof fakeWindow>>) {
  const app = new EventEmitter() as EventEmitter & { quit: () => void; quitCalls: number; quitDone: boolean }
  app.quitCalls = 0
  app.quitDone = false
  app.quit = () => {
    app.quitCalls += 1
    const event = closeEvent()
    app.emit('before-quit', event)
    if (event.defaultPrevented) return
    for (const window of windows) {
      if (!window.isDestroyed() && !window.close()) return
    }
    app.quitDone = true
  }
  return app
}

function guard(answers: boolean[] = [], closingQuits = false) {
  const ipc = fakeIpc()
  const questions: UnsavedWorkQuestion[] = []
  const confirmLoss = vi.fn(async (_window: unknown, question: UnsavedWorkQuestion) => {
    questions.push(question)
    return answers.shift() ?? false
  })
  return { ipc, questions, confirmLoss, exitGuard: createExitGuard({ ipc, confirmLoss, closingQuits, timeoutMs: 200 }) }
}

describe('flush before close and quit', () => {
  it('asks the page to flush and resolves with its answer: saved, or not', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, 5)
    await expect(requestRendererFlush(ipc, contents as unknown as WebContents)).resolves.toBe('saved')
    expect(contents.sent[0]?.[0]).toBe(FLUSH_REQUEST_CHANNEL)
    expect(ipc.listenerCount(FLUSH_DONE_CHANNEL)).toBe(0)
    contents.allSaved = false
    await expect(requestRendererFlush(ipc, contents as unknown as WebContents)).resolves.toBe('unsaved')
  })

  it('takes an answer that does not say "saved" as unsaved', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, null)
    const pending = requestRendererFlush(ipc, contents as unknown as WebContents, 200)
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents }, contents.sent[0]?.[1])
    await expect(pending).resolves.toBe('unsaved')
  })

  it('ignores answers from another page or to another request', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, null)
    const pending = requestRendererFlush(ipc, contents as unknown as WebContents, 50)
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: {} }, contents.sent[0]?.[1], true)
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents }, -1, true)
    await expect(pending).resolves.toBe('timed_out')
  })

  it('never hangs on a page that does not answer', async () => {
    const ipc = fakeIpc()
    await expect(requestRendererFlush(ipc, fakeContents(ipc, null) as unknown as WebContents, 30)).resolves.toBe('timed_out')
  })

  it('holds a window close until the page has saved, then closes it without asking', async () => {
    const { ipc, exitGuard, confirmLoss } = guard()
    const contents = fakeContents(ipc, 20)
    const window = fakeWindow(contents)
    exitGuard.guardWindow(window as never)
    expect(window.close()).toBe(false)
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    expect(contents.sent).toHaveLength(1)
    expect(confirmLoss).not.toHaveBeenCalled()
  })

  it('asks before closing a window whose text could not be saved; "Keep Kept open" keeps it, "lose it" closes it', async () => {
    const { ipc, exitGuard, questions } = guard([false, true])
    const window = fakeWindow(fakeContents(ipc, 5, false))
    exitGuard.guardWindow(window as never)
    window.close()
    await vi.waitFor(() => expect(questions).toHaveLength(1))
    expect(questions[0]).toMatchObject({ message: 'Kept could not save your latest changes', buttons: ['Keep Kept open', 'Close and lose it'] })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(window.isDestroyed()).toBe(false)

    window.close()
    await vi.waitFor(() => expect(window.isDestroyed()).toBe(true))
    expect(questions).toHaveLength(2)
  })

  it('says "Quit and lose it" when closing the window quits Kept (Windows, Linux)', async () => {
    const { ipc, exitGuard, questions } = guard([false], true)
    const window = fakeWindow(fakeContents(ipc, 5, false))
    exitGuard.guardWindow(window as never)
    window.close()
    await vi.waitFor(() => expect(questions[0]?.buttons).toEqual(['Keep Kept open', 'Quit and lose it']))
  })

  it('asks before quitting over unsaved text, and stays open when told to', async () => {
    const { ipc, exitGuard, questions } = guard([false])
    const window = fakeWindow(fakeContents(ipc, 5, false))
    const app = fakeApp([window])
    exitGuard.guardWindow(window as never)
    exitGuard.guardQuit(app)
    app.quit()
    await vi.waitFor(() => expect(questions).toHaveLength(1))
    expect(questions[0]).toMatchObject({ message: 'Kept could not save your latest changes', buttons: ['Keep Kept open', 'Quit and lose it'] })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(app.quitDone).toBe(false)
    expect(window.isDestroyed()).toBe(false)
  })

  it('quits when the person chooses to lose the unsaved text', async () => {
    const { ipc, exitGuard } = guard([true])
    const window = fakeWindow(fakeContents(ipc, 5, false))
    const app = fakeApp([window])
    exitGuard.guardWindow(window as never)
    exitGuard.guardQuit(app)
    app.quit()
    await vi.waitFor(() => expect(app.quitDone).toBe(true))
    expect(window.isDestroyed()).toBe(true)
  })

  it('asks too when the page does not answer in time', async () => {
    const { ipc, exitGuard, questions } = guard([false])
    const window = fakeWindow(fakeContents(ipc, null))
    const app = fakeApp([window])
    exitGuard.guardWindow(window as never)
    exitGuard.guardQuit(app)
    app.quit()
    await vi.waitFor(() => expect(questions[0]?.message).toBe('Kept could not confirm that your latest changes are saved'))
    expect(app.quitDone).toBe(false)
  })

  it('Cmd+Q after a successful flush really quits: the window\'s close handler does not cancel the quit again', async () => {
    const { ipc, exitGuard, confirmLoss } = guard()
    const windows = [fakeWindow(fakeContents(ipc, 10)), fakeWindow(fakeContents(ipc, 25))]
    const app = fakeApp(windows)
    for (const window of windows) exitGuard.guardWindow(window as never)
    exitGuard.guardQuit(app)
    app.quit()
    await vi.waitFor(() => expect(app.quitDone).toBe(true))
    expect(app.quitCalls).toBe(2)
    expect(windows.every((window) => window.isDestroyed())).toBe(true)
    // Each page was asked once, by the quit; the closes that followed did not ask again.
    expect(windows.map((window) => window.webContents.sent.length)).toEqual([1, 1])
    expect(confirmLoss).not.toHaveBeenCalled()
  })
})
