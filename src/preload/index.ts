// The sandboxed preload: exposes `window.kept`, one function per API method, and nothing else.
// It must stay self-contained CommonJS (see electron.vite.config.ts), so it imports only the
// dependency-free method list; the renderer validates nothing here, main validates everything.
import { contextBridge, ipcRenderer } from 'electron'
import { API_CHANNEL_PREFIX, API_METHODS, type ApiMethod } from '../shared/api-methods'
import type { KeptBridge } from '../shared/bridge'

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

contextBridge.exposeInMainWorld(
  'kept',
  createKeptBridge((channel, input) => ipcRenderer.invoke(channel, input))
)
