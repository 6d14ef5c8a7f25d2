// The renderer's only way to main: the preload's `window.kept` bridge in Electron, or the
// browser host's HTTP endpoint with the same contract when there is no bridge.
import { createApiClient, type Transport } from '@shared/api-client'
import type { KeptAppBridge, KeptBridge } from '@shared/bridge'

declare global {
  interface Window {
    kept?: KeptBridge
    keptApp?: KeptAppBridge
  }
}

const bridgeTransport = (bridge: KeptBridge): Transport => (method, input) => bridge[method](input)

const httpTransport: Transport = async (method, input) => {
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kept': '1' },
      body: JSON.stringify(input)
    })
  } catch {
    return { ok: false, error: { code: 'database_unavailable', message: 'Kept cannot reach its data right now. Your text stays on screen; try again in a moment.' } }
  }
  return response.json()
}

type Listener = () => void
const unavailableListeners = new Set<Listener>()

/** Tells the listener whenever main answers that the data file cannot be used (for example, damage found after opening). */
export function onDatabaseUnavailable(listener: Listener): () => void {
  unavailableListeners.add(listener)
  return () => unavailableListeners.delete(listener)
}

const watching =
  (transport: Transport): Transport =>
  async (method, input) => {
    const envelope = await transport(method, input)
    const error = (envelope as { ok?: boolean; error?: { code?: string } } | null)?.error
    if (error?.code === 'database_unavailable' && !method.startsWith('recovery.')) for (const listener of unavailableListeners) listener()
    return envelope
  }

export const api = createApiClient(watching(window.kept ? bridgeTransport(window.kept) : httpTransport))
export const isBrowserHost = !window.kept
