// Before a window closes or Kept quits, main asks the renderer to flush unsaved edits and waits
// for its answer (bounded, so a hung page can never keep Kept from closing).
import type { BrowserWindow, IpcMain, IpcMainEvent, WebContents } from 'electron'

export const FLUSH_REQUEST_CHANNEL = 'kept:flush-request'
export const FLUSH_DONE_CHANNEL = 'kept:flush-done'
export const FLUSH_TIMEOUT_MS = 3000

type IpcLike = Pick<IpcMain, 'on' | 'removeListener'>

let nextRequestId = 1

/** Asks one page to flush; resolves when it answers, or after the timeout. */
export function requestRendererFlush(ipc: IpcLike, contents: WebContents, timeoutMs = FLUSH_TIMEOUT_MS): Promise<'flushed' | 'timed_out' | 'gone'> {
  if (contents.isDestroyed()) return Promise.resolve('gone')
  const requestId = nextRequestId++
  return new Promise((resolve) => {
    const finish = (result: 'flushed' | 'timed_out') => {
      clearTimeout(timer)
      ipc.removeListener(FLUSH_DONE_CHANNEL, onDone)
      resolve(result)
    }
    const onDone = (event: IpcMainEvent, answeredId: unknown) => {
      if (event.sender === contents && answeredId === requestId) finish('flushed')
    }
    const timer = setTimeout(() => finish('timed_out'), timeoutMs)
    ipc.on(FLUSH_DONE_CHANNEL, onDone)
    contents.send(FLUSH_REQUEST_CHANNEL, requestId)
  })
}

/** Holds a window's close until its page has flushed. */
export function flushBeforeWindowCloses(ipc: IpcLike, window: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let flushed = false
  window.on('close', (event) => {
    if (flushed || window.webContents.isDestroyed()) return
    event.preventDefault()
    void requestRendererFlush(ipc, window.webContents, timeoutMs).then(() => {
      flushed = true
      if (!window.isDestroyed()) window.close()
    })
  })
}

interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** Holds the quit until every open window has flushed, then quits for real. */
export function flushBeforeQuit(ipc: IpcLike, app: QuittingApp, windows: () => BrowserWindow[], timeoutMs = FLUSH_TIMEOUT_MS): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    const open = windows().filter((window) => !window.isDestroyed())
    if (open.length === 0) return
    event.preventDefault()
    void Promise.all(open.map((window) => requestRendererFlush(ipc, window.webContents, timeoutMs))).then(() => {
      flushed = true
      app.quit()
    })
  })
}
