import { useCallback, useEffect, useRef, useState } from 'react'
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

/** Loads data through the API and reloads when `key` changes or on demand. */
export function useQuery<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true })
  const [generation, setGeneration] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    let cancelled = false
    setState((previous) => ({ ...previous, loading: true }))
    loadRef.current().then(
      (data) => !cancelled && setState({ data, loading: false }),
      (error: unknown) => !cancelled && setState({ error: asApiError(error), loading: false })
    )
    return () => {
      cancelled = true
    }
  }, [key, generation])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { data: state.data, error: state.error, loading: state.loading, reload }
}

export { asApiError }
