// Builds the typed API object from a transport (Electron IPC in the preload, HTTP in the browser
// host). Errors come back as ApiError so the UI can show them.
import { API_METHODS, type ApiMethod } from './api-methods'
import { ApiError, isApiErrorData, type ApiEnvelope } from './api-error'
import type { KeptApi } from './contract'

export type Transport = (method: ApiMethod, input: unknown) => Promise<unknown>

export function unwrapEnvelope(envelope: unknown): unknown {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const typed = envelope as ApiEnvelope<unknown>
    if (typed.ok) return typed.value
    if (isApiErrorData(typed.error)) throw new ApiError(typed.error)
  }
  throw new ApiError({ code: 'internal', message: 'Kept received an answer it could not read.' })
}

export function createApiClient(transport: Transport): KeptApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => unwrapEnvelope(await transport(method, input ?? {}))
  }
  return api as unknown as KeptApi
}
