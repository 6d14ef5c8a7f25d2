// Who may call the API: only the main frame of one of Kept's windows, showing Kept's own page.
// Not a subframe, not another window's page, not a page that navigated somewhere else.
import type { IpcMainInvokeEvent } from 'electron'

interface FrameLike {
  readonly url: string
}

export interface WindowLike {
  isDestroyed(): boolean
  readonly webContents: { readonly mainFrame: FrameLike }
}

export function createTrustedSenderCheck(
  ourWindows: () => readonly WindowLike[],
  isAppUrl: (url: string) => boolean
): (event: Pick<IpcMainInvokeEvent, 'senderFrame'>) => boolean {
  return (event) => {
    try {
      const frame = event.senderFrame
      if (!frame) return false
      const isOurMainFrame = ourWindows().some((window) => !window.isDestroyed() && window.webContents.mainFrame === frame)
      return isOurMainFrame && isAppUrl(frame.url)
    } catch {
      // A frame that is gone or navigating can throw on access: refuse rather than guess.
      return false
    }
  }
}
