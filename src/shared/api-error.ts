// The one error shape every API call can answer with. The renderer shows `message`, and
// `fieldErrors` next to the matching form fields.

export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'database_unavailable',
  'internal'
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export interface ApiErrorData {
  code: ApiErrorCode
  message: string
  /** Field path (dot-joined) → message, for input errors. */
  fieldErrors?: Record<string, string>
}

export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }

export class ApiError extends Error implements ApiErrorData {
  readonly code: ApiErrorCode
  readonly fieldErrors?: Record<string, string>

  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    if (data.fieldErrors) this.fieldErrors = data.fieldErrors
  }

  toJSON(): ApiErrorData {
    return { code: this.code, message: this.message, ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}) }
  }
}

export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.message === 'string' &&
    typeof candidate.code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes(candidate.code)
  )
}

/** Any thrown value as an ApiError: itself when it is one, else an internal error with its message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError({ code: 'internal', message: error instanceof Error ? error.message : 'Something went wrong.' })
}
