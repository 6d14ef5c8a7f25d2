import type { ApiMethod } from './api-methods'

/**
 * What the preload exposes as `window.kept`: one function per API method that sends the input
 * to main and resolves with main's envelope ({ ok, value } or { ok: false, error }).
 */
export type KeptBridge = { [M in ApiMethod]: (input: unknown) => Promise<unknown> }

/**
 * What the preload exposes as `window.keptApp`: the app's lifecycle. Before a window closes or
 * the app quits, main asks the renderer to flush unsaved edits and waits for the answer.
 */
export interface KeptAppBridge {
  /** `flush` says whether everything is saved; main asks before closing over text that is not. */
  onFlushRequest(flush: () => Promise<{ allSaved: boolean }>): void
  /** Desktop only: prints an exported HTML page to PDF (Chromium's print engine) and asks where to save it. */
  savePdf?(request: { html: string; fileName: string }): Promise<{ saved: boolean; fileName: string }>
  /**
   * Desktop only: a native dialog to pick a data file to open, or where to create a new one; null
   * when cancelled. `token` is what recovery.openFile / recovery.createFile take (the page never
   * names a path in the app); `path` is only for showing.
   */
  chooseDatabaseFile?(purpose: 'open' | 'create' | 'backup'): Promise<{ token: string; path: string } | null>
}
