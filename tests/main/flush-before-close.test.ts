import { EventEmitter } from 'node:events'
import type { BrowserWindow, IpcMain, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL, flushBeforeQuit, flushBeforeWindowCloses, requestRendererFlush } from '../../src/main/flush-before-close'

function fakeIpc() {
  const emitter = new EventEmitter()
  return emitter as unknown as IpcMain & EventEmitter
}

/** A page that answers flush requests after `delayMs` (or never, when null). */
function fakeContents(ipc: EventEmitter, delayMs: number | null) {
  const contents = {
    destroyed: false,
    sent: [] as unknown[][],
    isDestroyed() {
      return this.destroyed
    },
    send(channel: string, id: unknown) {
      this.sent.push([channel, id])
      if (delayMs !== null) setTimeout(() => ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents }, id), delayMs)
    }
  }
  return contents
}

function fakeWindow(contents: ReturnType<typeof fakeContents>) {
  const window = new EventEmitter() as EventEmitter & { webContents: unknown; isDestroyed(): boolean; close(): void; closed: number }
  window.webContents = contents
  window.closed = 0
  window.isDestroyed = () => false
  window.close = () => {
    window.closed += 1
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    window.emit('close', event)
  }
  return window
}

describe('flush before close and quit', () => {
  it('asks the page to flush and resolves when it answers', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, 5)
    await expect(requestRendererFlush(ipc, contents as unknown as WebContents)).resolves.toBe('flushed')
    expect(contents.sent[0]?.[0]).toBe(FLUSH_REQUEST_CHANNEL)
    expect(ipc.listenerCount(FLUSH_DONE_CHANNEL)).toBe(0)
  })

  it('ignores answers from another page or to another request', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, null)
    const pending = requestRendererFlush(ipc, contents as unknown as WebContents, 50)
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: {} }, contents.sent[0]?.[1])
    ipc.emit(FLUSH_DONE_CHANNEL, { sender: contents }, -1)
    await expect(pending).resolves.toBe('timed_out')
  })

  it('never hangs on a page that does not answer', async () => {
    const ipc = fakeIpc()
    await expect(requestRendererFlush(ipc, fakeContents(ipc, null) as unknown as WebContents, 30)).resolves.toBe('timed_out')
  })

  it('holds a window close until the page has flushed, then closes it', async () => {
    const ipc = fakeIpc()
    const contents = fakeContents(ipc, 20)
    const window = fakeWindow(contents)
    flushBeforeWindowCloses(ipc, window as unknown as BrowserWindow)
    const first = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    window.emit('close', first)
    expect(first.defaultPrevented).toBe(true)
    expect(window.closed).toBe(0)
    await vi.waitFor(() => expect(window.closed).toBe(1))
    expect(contents.sent).toHaveLength(1)
  })

  it('holds the quit until every window has flushed, then quits once', async () => {
    const ipc = fakeIpc()
    const app = new EventEmitter() as EventEmitter & { quit: () => void; quits: number }
    app.quits = 0
    app.quit = () => {
      app.quits += 1
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
      app.emit('before-quit', event)
    }
    const windows = [fakeWindow(fakeContents(ipc, 10)), fakeWindow(fakeContents(ipc, 25))]
    flushBeforeQuit(ipc, app as never, () => windows as unknown as BrowserWindow[])
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    app.emit('before-quit', event)
    expect(event.defaultPrevented).toBe(true)
    await vi.waitFor(() => expect(app.quits).toBe(1))
  })
})
