// The API over IPC: one `ipcMain.handle` per method, answering only Kept's own window. Every call
// goes through `dispatch`, which validates the payload against the contract before any handler
// runs, and always answers with an envelope ({ ok, value } or { ok: false, error }).
import type { IpcMainInvokeEvent } from 'electron'
import type { ApiEnvelope } from '@shared/api-error'
import { API_CHANNEL_PREFIX, API_METHODS } from '@shared/api-methods'
import { dispatch } from './core/api/dispatch'
import type { ApiHandlers } from './core/api/handlers'

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
  removeHandler(channel: string): void
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

export const REFUSED_SENDER: ApiEnvelope<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'internal', message: 'Request refused: it did not come from Kept\'s window.' })
})

/** Registers one handler per API method; returns a function that removes them again. */
export function registerApiIpc(ipcMain: IpcMainLike, handlers: ApiHandlers, isTrustedSender: SenderCheck): () => void {
  const channels = API_METHODS.map((method) => {
    const channel = API_CHANNEL_PREFIX + method
    ipcMain.handle(channel, (event, input) => {
      if (!isTrustedSender(event)) {
        console.warn(`[kept] Refused ${channel}: the request did not come from Kept's window.`)
        return REFUSED_SENDER
      }
      return dispatch(handlers, method, input)
    })
    return channel
  })
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel)
  }
}
