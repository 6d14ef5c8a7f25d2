import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { createAppProtocolHandler } from '../../src/main/app-protocol'
import { parseSavePdfRequest, registerPdfExport, SAVE_PDF_CHANNEL, type PdfWindowLike, type SavePdfDeps } from '../../src/main/pdf-export'
import { createPrintPages, PRINT_CONTENT_SECURITY_POLICY } from '../../src/main/print-pages'
import { policyDirectives } from '../../src/main/security'

/** The window loads its page through Kept's app:// protocol handler, as Electron would. */
function fakeDeps(choice: string | null) {
  const loaded: Array<{ url: string; status: number; html: string; policy: string | null }> = []
  const written: Array<{ path: string; data: Uint8Array }> = []
  const printPages = createPrintPages()
  const protocol = createAppProtocolHandler({ rendererDir: '/nowhere', printPages })
  const window: PdfWindowLike & { destroyed: boolean } = {
    destroyed: false,
    loadURL: async (url) => {
      const response = await protocol(new Request(url))
      loaded.push({ url, status: response.status, html: await response.text(), policy: response.headers.get('content-security-policy') })
    },
    webContents: { printToPDF: vi.fn(async () => new TextEncoder().encode('%PDF-1.4 fake')) },
    destroy() {
      window.destroyed = true
    }
  }
  const deps: SavePdfDeps = {
    createWindow: () => window,
    chooseSavePath: vi.fn(async () => choice),
    writeFile: async (path, data) => void written.push({ path, data }),
    printPages
  }
  return { deps, window, loaded, written, printPages }
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
    expect(loaded).toEqual([{ url: expect.stringMatching(/^app:\/\/print\/[0-9a-f-]{36}$/), status: 200, html, policy: PRINT_CONTENT_SECURITY_POLICY }])
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4', margins: { marginType: 'default' } })
    expect(written.map((entry) => [entry.path, new TextDecoder().decode(entry.data)])).toEqual([['/home/me/Documents/summary.pdf', '%PDF-1.4 fake']])
    expect(window.destroyed).toBe(true)
  })

  it('prints a review of several MB from an app:// page, never a data: URL, and forgets the page once printed', async () => {
    const { deps, loaded, written, printPages } = fakeDeps('/home/me/review.pdf')
    const html = `<!DOCTYPE html><h1>Quarterly review</h1>${'<p>Coaching notes that go on and on. </p>'.repeat(150_000)}`
    expect(html.length).toBeGreaterThan(5_000_000)
    expect(await register(deps)({ html, fileName: 'review.pdf' })).toEqual({ saved: true, fileName: 'review.pdf' })
    expect(loaded[0]!.url.length).toBeLessThan(100)
    expect(loaded[0]!.url).not.toMatch(/^data:/)
    expect(loaded[0]!.html).toBe(html)
    expect(written).toHaveLength(1)
    expect(printPages.size).toBe(0)
    const again = await createAppProtocolHandler({ rendererDir: '/nowhere', printPages })(new Request(loaded[0]!.url))
    expect(again.status).toBe(404)
  })

  it('the printed page may load nothing: no script, no request to any address', () => {
    const directives = policyDirectives(PRINT_CONTENT_SECURITY_POLICY)
    expect(directives.get('default-src')).toEqual(["'none'"])
    for (const directive of ['script-src', 'connect-src', 'font-src', 'object-src', 'frame-src', 'form-action', 'base-uri']) expect(directives.get(directive)).toEqual(["'none'"])
    expect(directives.get('img-src')).toEqual(['data:'])
    expect(PRINT_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'self'/)
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
