import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { parseSavePdfRequest, registerPdfExport, SAVE_PDF_CHANNEL, type PdfWindowLike, type SavePdfDeps } from '../../src/main/pdf-export'

function fakeDeps(choice: string | null) {
  const loaded: string[] = []
  const written: Array<{ path: string; data: Uint8Array }> = []
  const window: PdfWindowLike & { destroyed: boolean } = {
    destroyed: false,
    loadURL: async (url) => void loaded.push(url),
    webContents: { printToPDF: vi.fn(async () => new TextEncoder().encode('%PDF-1.4 fake')) },
    destroy() {
      window.destroyed = true
    }
  }
  const deps: SavePdfDeps = {
    createWindow: () => window,
    chooseSavePath: vi.fn(async () => choice),
    writeFile: async (path, data) => void written.push({ path, data })
  }
  return { deps, window, loaded, written }
}

function register(deps: SavePdfDeps, trusted = true) {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>()
  registerPdfExport({ handle: (channel, listener) => void handlers.set(channel, listener) }, () => trusted, deps)
  return (payload: unknown) => handlers.get(SAVE_PDF_CHANNEL)!({} as IpcMainInvokeEvent, payload) as Promise<unknown>
}

describe('PDF export in the app', () => {
  it('prints the exported HTML in a hidden window and writes the PDF where the manager chose', async () => {
    const { deps, window, loaded, written } = fakeDeps('/home/me/Documents/summary.pdf')
    const html = '<!DOCTYPE html><h1>1:1 with Dana</h1>'
    expect(await register(deps)({ html, fileName: '1-1-dana-2026-06-15.pdf' })).toEqual({ saved: true, fileName: 'summary.pdf' })
    expect(deps.chooseSavePath).toHaveBeenCalledWith('1-1-dana-2026-06-15.pdf')
    expect(loaded).toEqual([`data:text/html;charset=utf-8,${encodeURIComponent(html)}`])
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } })
    expect(written.map((entry) => [entry.path, new TextDecoder().decode(entry.data)])).toEqual([['/home/me/Documents/summary.pdf', '%PDF-1.4 fake']])
    expect(window.destroyed).toBe(true)
  })

  it('writes nothing and prints nothing when the save dialog is cancelled', async () => {
    const { deps, window, written } = fakeDeps(null)
    expect(await register(deps)({ html: '<p>x</p>', fileName: 'x.pdf' })).toEqual({ saved: false, fileName: 'x.pdf' })
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(written).toEqual([])
  })

  it('refuses other senders and payloads that are not an exported document', async () => {
    const { deps, written } = fakeDeps('/tmp/x.pdf')
    await expect(register(deps, false)({ html: '<p>x</p>', fileName: 'x.pdf' })).rejects.toThrow('did not come from Kept')
    await expect(register(deps)({ html: '<p>x</p>', fileName: '../../etc/passwd' })).rejects.toThrow('not a document Kept can save as PDF')
    expect(parseSavePdfRequest({ html: 42, fileName: 'x.pdf' })).toBeNull()
    expect(parseSavePdfRequest({ html: 'x'.repeat(10_000_001), fileName: 'x.pdf' })).toBeNull()
    expect(parseSavePdfRequest(null)).toBeNull()
    expect(written).toEqual([])
  })
})
