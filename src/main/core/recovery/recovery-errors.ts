import { ApiError } from '@shared/api-error'

export function nothingToRecover(): ApiError {
  return new ApiError({ code: 'conflict', message: "Kept's data file is open and intact, so there is nothing to recover. Backups are restored from Settings." })
}
