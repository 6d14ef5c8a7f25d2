import type { z } from 'zod'
import { ApiError, type ApiEnvelope, type ApiErrorData } from '@shared/api-error'
import { API_METHODS, type ApiMethod } from '@shared/api-methods'
import { contract } from '@shared/contract'
import type { ApiHandlers } from './handlers'

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value)
}

function invalidInput(error: z.ZodError): ApiErrorData {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_'
    if (!(key in fieldErrors)) fieldErrors[key] = issue.message
  }
  const fields = Object.keys(fieldErrors).filter((key) => key !== '_')
  const message =
    fields.length === 0
      ? `The request was not valid: ${error.issues[0]?.message ?? 'unexpected input'}.`
      : fields.length === 1
        ? `Please correct ${fields[0]}: ${fieldErrors[fields[0]!]}`
        : `Please correct ${fields.length} fields: ${fields.join(', ')}.`
  return { code: 'invalid_input', message, fieldErrors }
}

function storageError(error: unknown): ApiErrorData | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined
  if (code === 'SQLITE_FULL') {
    return { code: 'database_unavailable', message: 'The disk is full, so Kept could not save. Free some space; your text stays on screen and Kept will try again.' }
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return { code: 'database_unavailable', message: 'Kept cannot write to its data file (it is read-only). Your text stays on screen; check the file\'s permissions.' }
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'database_unavailable', message: 'The data file is busy in another program. Kept will try again.' }
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { code: 'conflict', message: 'That already exists.' }
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'invalid_input', message: 'That change would break the data\'s rules, so it was not saved.' }
  }
  return { code: 'database_unavailable', message: `Kept could not read or write its data file (${code}).` }
}

/**
 * Runs one API call: checks the method name, validates the payload against the contract (so a
 * handler never sees invalid input and nothing is written), runs the handler and turns every
 * failure into an ApiError envelope the UI can show.
 */
export function dispatch(handlers: ApiHandlers, method: unknown, rawInput: unknown): ApiEnvelope<unknown> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Kept has no action named ${JSON.stringify(String(method)).slice(0, 80)}.` } }
  }
  const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput)
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) }
  try {
    const handler = handlers[method] as (input: unknown) => unknown
    return { ok: true, value: handler(parsed.data) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toJSON() }
    const storage = storageError(error)
    if (storage) return { ok: false, error: storage }
    console.error(`[kept] ${method} failed:`, error)
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Kept; nothing was changed. Please try again.' } }
  }
}
