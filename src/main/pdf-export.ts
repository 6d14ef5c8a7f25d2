// PDF export in the app: the exported HTML printed by Chromium's print engine (printToPDF) in a
// hidden window with JavaScript off, then saved where the manager chooses. The renderer asks
// over one IPC channel; the sender and the payload are checked before anything runs. The window
// loads the page from app://print/<id> (held in memory for the print only, with a policy that
// forbids every request), never from a data: URL, which Chromium refuses past 2 MB.
import type { IpcMainInvokeEvent } from 'electron'
import type { PrintPages } from './print-pages'

export const SAVE_PDF_CHANNEL = 'kept:save-pdf'
/** Exported HTML is a few hundred kilobytes at most; anything far larger is not ours. */
export const MAX_PDF_HTML_LENGTH = 10_000_000

export interface PdfWindowLike {
  webContents: { printToPDF(options: { printBackground: boolean; pageSize: 'A4'; margins: { marginType: 'default' } }): Promise<Uint8Array> }
  loadURL(url: string): Promise<void>
  destroy(): void
}

export interface SavePdfDeps {
  /** A hidden, sandboxed window without JavaScript. */
  createWindow(): PdfWindowLike
  /** The chosen path, or null when cancelled. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  writeFile(path: string, data: Uint8Array): Promise<void>
  /** Where the page waits while it prints (served by the app:// protocol). */
  printPages: PrintPages
}

export interface SavePdfRequest {
  html: string
  fileName: string
}

export function parseSavePdfRequest(payload: unknown): SavePdfRequest | null {
  if (typeof payload !== 'object' || payload === null) return null
  const { html, fileName } = payload as Record<string, unknown>
  if (typeof html !== 'string' || html.length === 0 || html.length > MAX_PDF_HTML_LENGTH) return null
  if (typeof fileName !== 'string' || !/^[\w.-]{1,120}\.pdf$/.test(fileName)) return null
  return { html, fileName }
}

/** Prints `html` to PDF bytes. */
export async function printHtmlToPdf(html: string, deps: Pick<SavePdfDeps, 'createWindow' | 'printPages'>): Promise<Uint8Array> {
  const page = deps.printPages.add(html)
  const window = deps.createWindow()
  try {
    await window.loadURL(page.url)
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } })
  } finally {
    window.destroy()
    page.release()
  }
}

export async function savePdf(request: SavePdfRequest, deps: SavePdfDeps): Promise<{ saved: boolean; fileName: string }> {
  const path = await deps.chooseSavePath(request.fileName)
  if (!path) return { saved: false, fileName: request.fileName }
  const pdf = await printHtmlToPdf(request.html, deps)
  await deps.writeFile(path, pdf)
  return { saved: true, fileName: path.split(/[\\/]/).pop() ?? request.fileName }
}

interface IpcHandleLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
}

export function registerPdfExport(ipcMain: IpcHandleLike, isTrustedSender: (event: IpcMainInvokeEvent) => boolean, deps: SavePdfDeps): void {
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, payload) => {
    if (!isTrustedSender(event)) throw new Error('Request refused: it did not come from Kept\'s window.')
    const request = parseSavePdfRequest(payload)
    if (!request) throw new Error('This is not a document Kept can save as PDF.')
    return savePdf(request, deps)
  })
}
