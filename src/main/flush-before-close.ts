// Before a window closes or Kept quits, main asks the renderer to flush unsaved edits and waits
// for its answer (bounded, so a hung page can never keep Kept from closing). When the page says
// something is still not saved (a failing disk, a held conflict) or does not answer, the person is
// asked first: keep Kept open, or close and lose it. Once a quit is decided, the windows' own
// close handlers let it through, so Cmd+Q on macOS really quits.
import type { BrowserWindow, IpcMain, IpcMainEvent, WebContents } from 'electron'

export const FLUSH_REQUEST_CHANNEL = 'kept:flush-request'
export const FLUSH_DONE_CHANNEL = 'kept:flush-done'
export const FLUSH_TIMEOUT_MS = 3000

type IpcLike = Pick<IpcMain, 'on' | 'removeListener'>

/** What the page answered: everything saved, something not saved, no answer in time, or no page. */
export type FlushOutcome = 'saved' | 'unsaved' | 'timed_out' | 'gone'

let nextRequestId = 1

/** Asks one page to flush; resolves with its answer, or 'timed_out' after the timeout. */
export function requestRendererFlush(ipc: IpcLike, contents: WebContents, timeoutMs = FLUSH_TIMEOUT_MS): Promise<FlushOutcome> {
  if (contents.isDestroyed()) return Promise.resolve('gone')
  const requestId = nextRequestId++
  return new Promise((resolve) => {
    const finish = (result: FlushOutcome) => {
      clearTimeout(timer)
      ipc.removeListener(FLUSH_DONE_CHANNEL, onDone)
      resolve(result)
    }
    const onDone = (event: IpcMainEvent, answeredId: unknown, allSaved: unknown) => {
      if (event.sender === contents && answeredId === requestId) finish(allSaved === true ? 'saved' : 'unsaved')
    }
    const timer = setTimeout(() => finish('timed_out'), timeoutMs)
    ipc.on(FLUSH_DONE_CHANNEL, onDone)
    contents.send(FLUSH_REQUEST_CHANNEL, requestId)
  })
}

export type ExitAction = 'quit' | 'close'

export interface UnsavedWorkQuestion {
  message: string
  detail: string
  /** [stay, leave]: the first is the default and what Escape chooses. */
  buttons: [string, string]
}

/** The question asked before closing over unsaved text. */
export function unsavedWorkQuestion(action: ExitAction, outcome: 'unsaved' | 'timed_out'): UnsavedWorkQuestion {
  const leave = action === 'quit' ? 'Quit and lose it' : 'Close and lose it'
  return {
    message: outcome === 'unsaved' ? 'Kept could not save your latest changes' : 'Kept could not confirm that your latest changes are saved',
    detail:
      outcome === 'unsaved'
        ? 'Some text you typed is only on screen: saving it failed or needs your attention. Keep Kept open to see the message and try again, or copy the text somewhere safe.'
        : 'The window did not answer in time. Keep Kept open to make sure your text is saved.',
    buttons: ['Keep Kept open', leave]
  }
}

export interface ExitGuardOptions {
  ipc: IpcLike
  /** Shows the question (a native dialog); resolves true when the person chose to lose the text. */
  confirmLoss(window: BrowserWindow | null, question: UnsavedWorkQuestion): Promise<boolean>
  /** Whether closing a window quits Kept (every platform but macOS): the question then says "Quit". */
  closingQuits: boolean
  timeoutMs?: number
}

interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed' | 'webContents'>

export interface ExitGuard {
  /** Holds this window's close until its page has flushed (or the person chose to lose the text). */
  guardWindow(window: GuardedWindow): void
  /** Holds a quit until every guarded window has flushed (or the person chose to lose the text). */
  guardQuit(app: QuittingApp): void
}

function worstOutcome(outcomes: FlushOutcome[]): 'unsaved' | 'timed_out' | null {
  if (outcomes.includes('unsaved')) return 'unsaved'
  if (outcomes.includes('timed_out')) return 'timed_out'
  return null
}

export function createExitGuard({ ipc, confirmLoss, closingQuits, timeoutMs = FLUSH_TIMEOUT_MS }: ExitGuardOptions): ExitGuard {
  /** Set once a quit may go ahead: the windows' close handlers then let it through. */
  let quitDecided = false
  let quitChecking = false
  /** Kept's own windows (not the hidden PDF window, which has no page to flush). */
  const guarded = new Set<GuardedWindow>()

  /** Flushes the pages; true when nothing is lost, or the person chose to lose it. */
  async function mayLeave(action: ExitAction, windows: GuardedWindow[]): Promise<boolean> {
    const outcomes = await Promise.all(windows.map((window) => requestRendererFlush(ipc, window.webContents as WebContents, timeoutMs)))
    const problem = worstOutcome(outcomes)
    if (!problem) return true
    const asking = windows.find((window) => !window.isDestroyed()) ?? null
    return confirmLoss(asking as BrowserWindow | null, unsavedWorkQuestion(action, problem))
  }

  return {
    guardWindow(window) {
      guarded.add(window)
      window.on('closed', () => guarded.delete(window))
      let closeDecided = false
      let checking = false
      window.on('close', (event: { preventDefault(): void }) => {
        if (quitDecided || closeDecided || window.webContents.isDestroyed()) return
        event.preventDefault()
        if (checking || quitChecking) return
        checking = true
        void mayLeave(closingQuits ? 'quit' : 'close', [window]).then((leave) => {
          checking = false
          if (!leave || window.isDestroyed()) return
          closeDecided = true
          window.close()
        })
      })
    },
    guardQuit(app) {
      app.on('before-quit', (event) => {
        if (quitDecided) return
        const open = [...guarded].filter((window) => !window.isDestroyed())
        if (open.length === 0) return
        event.preventDefault()
        if (quitChecking) return
        quitChecking = true
        void mayLeave('quit', open).then((leave) => {
          quitChecking = false
          if (!leave) return
          quitDecided = true
          app.quit()
        })
      })
    }
  }
}
