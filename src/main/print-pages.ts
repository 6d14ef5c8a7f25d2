// Exported HTML waiting to be printed to PDF, kept in memory and served as app://print/<id> for
// as long as the print takes: no data: URL (Chromium caps those at 2 MB), no copy on disk.
import { randomUUID } from 'node:crypto'

/** Printed pages load nothing: no script, no request to anywhere, only their inline styles and data: images. */
export const PRINT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "font-src 'none'",
  "connect-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

export interface PrintPages {
  /** Holds `html` until the returned release() is called; `url` serves it. */
  add(html: string): { url: string; release(): void }
  /** The HTML of a page being printed, or null. */
  get(id: string): string | null
  readonly size: number
}

export function createPrintPages(): PrintPages {
  const pages = new Map<string, string>()
  return {
    add(html) {
      const id = randomUUID()
      pages.set(id, html)
      return { url: `app://print/${id}`, release: () => void pages.delete(id) }
    },
    get: (id) => pages.get(id) ?? null,
    get size() {
      return pages.size
    }
  }
}
