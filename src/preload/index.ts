// The sandboxed preload: exposes `window.kept`, one function per API method, and nothing else.
// It must stay self-contained CommonJS (see electron.vite.config.ts), so it imports only the
// dependency-free method list; the renderer validates nothing here, main validates everything.
import { contextBridge, ipcRenderer } from 'electron'
import { API_CHANNEL_PREFIX, API_METHODS, type ApiMethod } from '@shared/api-methods'
import type { KeptAppBridge, KeptBridge } from '@shared/bridge'

export type Invoke = (channel: string, input: unknown) => Promise<unknown>

/** Builds the bridge object over an invoke function (ipcRenderer.invoke in the app). */
export function createKeptBridge(invoke: Invoke): KeptBridge {
  const bridge = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>
  for (const method of API_METHODS) {
    // Only the input crosses over: never the event, never ipcRenderer itself.
    bridge[method] = (input: unknown) => invoke(API_CHANNEL_PREFIX + method, input)
  }
  return Object.freeze(bridge)
}

// Mirrors src/main/flush-before-close.ts (kept as literals: the preload bundles nothing from main).
const FLUSH_REQUEST_CHANNEL = 'kept:flush-request'
const FLUSH_DONE_CHANNEL = 'kept:flush-done'
// Mirrors src/main/pdf-export.ts and src/main/choose-database-file.ts.
const SAVE_PDF_CHANNEL = 'kept:save-pdf'
const CHOOSE_DATABASE_FILE_CHANNEL = 'kept:choose-database-file'

type On = (channel: string, listener: (event: unknown, requestId: unknown) => void) => void
type Send = (channel: string, requestId: unknown, allSaved: boolean) => void

/** `window.keptApp`: lets the page flush unsaved edits when main asks before closing or quitting. */
export function createKeptAppBridge(on: On, send: Send, invoke?: Invoke): KeptAppBridge {
  let registered = false
  return Object.freeze({
    // Only the two strings cross over; main checks them again.
    savePdf: (request: { html: string; fileName: string }) =>
      invoke ? (invoke(SAVE_PDF_CHANNEL, { html: String(request?.html ?? ''), fileName: String(request?.fileName ?? '') }) as Promise<{ saved: boolean; fileName: string }>) : Promise.reject(new Error('PDF export is not available.')),
    chooseDatabaseFile: (purpose: 'open' | 'create' | 'backup') =>
      invoke
        ? (invoke(CHOOSE_DATABASE_FILE_CHANNEL, { purpose: purpose === 'create' ? 'create' : 'open' }) as Promise<{ file?: { token?: unknown; path?: unknown } | null }>).then((answer) => {
            const file = answer?.file
            return file && typeof file.token === 'string' && typeof file.path === 'string' ? { token: file.token, path: file.path } : null
          })
        : Promise.reject(new Error('Choosing a file is not available.')),
    onFlushRequest(flush: () => Promise<{ allSaved: boolean }>) {
      if (registered || typeof flush !== 'function') return
      registered = true
      on(FLUSH_REQUEST_CHANNEL, (_event, requestId) => {
        // Only a page that says, in so many words, that everything is saved lets main close
        // without asking: a failed or odd answer counts as unsaved.
        Promise.resolve()
          .then(flush)
          .then(
            (result) => (result as { allSaved?: unknown } | null | undefined)?.allSaved === true,
            () => false
          )
          .then((allSaved) => send(FLUSH_DONE_CHANNEL, requestId, allSaved))
      })
    }
  })
}

contextBridge.exposeInMainWorld(
  'keptApp',
  createKeptAppBridge(
    (channel, listener) => ipcRenderer.on(channel, listener),
    (channel, requestId, allSaved) => ipcRenderer.send(channel, requestId, allSaved),
    (channel, input) => ipcRenderer.invoke(channel, input)
  )
)

contextBridge.exposeInMainWorld(
  'kept',
  createKeptBridge((channel, input) => ipcRenderer.invoke(channel, input))
)
