import { ApiError } from '@shared/api-error'

export function conflict(message: string): ApiError {
  return new ApiError({ code: 'conflict', message })
}

/** An input error on one field, worded like the contract's own validation errors. */
export function invalidField(field: string, message: string): ApiError {
  return new ApiError({ code: 'invalid_input', message: `Please correct ${field}: ${message}`, fieldErrors: { [field]: message } })
}
