import { ApiError } from '@shared/api-error'

export function notFound(what: string): ApiError {
  return new ApiError({ code: 'not_found', message: `${what} was not found. It may have been deleted.` })
}
