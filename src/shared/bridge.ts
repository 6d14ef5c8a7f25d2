import type { ApiMethod } from './api-methods'

/**
 * What the preload exposes as `window.kept`: one function per API method that sends the input
 * to main and resolves with main's envelope ({ ok, value } or { ok: false, error }).
 */
export type KeptBridge = { [M in ApiMethod]: (input: unknown) => Promise<unknown> }
