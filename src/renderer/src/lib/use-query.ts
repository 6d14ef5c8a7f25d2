import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { ApiError } from '../../../shared/api-error'

export interface QueryState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ code: 'internal', message: (error as Error)?.message ?? 'Something went wrong.' })
}

interface Settled<T> {
  request: string
  data?: T
  error?: ApiError
}

/**
 * Loads data through the API, again whenever `key` changes or on `reload()`. The previous data
 * stays on screen while a new request is in flight; `loading` tells whether one is.
 */
export function useQuery<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [generation, setGeneration] = useState(0)
  const [settled, setSettled] = useState<Settled<T>>({ request: '' })
  const request = `${generation}:${key}`
  const runLoad = useEffectEvent(() => load())

  useEffect(() => {
    let cancelled = false
    runLoad().then(
      (data) => !cancelled && setSettled({ request, data }),
      (error: unknown) => !cancelled && setSettled((previous) => ({ request, data: previous.data, error: asApiError(error) }))
    )
    return () => {
      cancelled = true
    }
  }, [request])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { data: settled.data, error: settled.request === request ? settled.error : undefined, loading: settled.request !== request, reload }
}

export { asApiError }
