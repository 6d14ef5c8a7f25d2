import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react'
import { toApiError, type ApiError } from '@shared/api-error'
import { takeArrived, takePrefetched } from './prefetch'

export { prefetchQuery } from './prefetch'

export interface QueryState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
}

interface Settled<T> {
  request: string
  data?: T
  error?: ApiError
}

/** The first request's answer when a prefetch for `key` has already brought it: the screen renders with it at once. */
function arrivedAnswer<T>(key: string): Settled<T> {
  const outcome = takeArrived<T>(key)
  if (!outcome) return { request: '' }
  return outcome.ok ? { request: `0:${key}`, data: outcome.value } : { request: `0:${key}`, error: toApiError(outcome.error) }
}

/**
 * Loads data through the API, again whenever `key` changes or on `reload()`. The previous data
 * stays on screen while a new request is in flight; `loading` tells whether one is.
 */
export function useQuery<T>(load: () => Promise<T>, key: string): QueryState<T> {
  const [generation, setGeneration] = useState(0)
  const [settled, setSettled] = useState<Settled<T>>(() => arrivedAnswer<T>(key))
  const request = `${generation}:${key}`
  // The request answered before the first render (from a prefetch that had arrived): not asked again.
  const answeredBeforeRender = useRef(settled.request)
  const runLoad = useEffectEvent(() => load())

  useEffect(() => {
    if (answeredBeforeRender.current === request) return
    answeredBeforeRender.current = ''
    let cancelled = false
    // A reload always asks afresh; the first load may use an answer prefetched for the same key.
    const answer = (generation === 0 ? takePrefetched<T>(key)?.answer : undefined) ?? runLoad()
    answer.then(
      (data) => !cancelled && setSettled({ request, data }),
      (error: unknown) => !cancelled && setSettled((previous) => ({ request, data: previous.data, error: toApiError(error) }))
    )
    return () => {
      cancelled = true
    }
  }, [request, generation, key])

  const reload = useCallback(() => setGeneration((value) => value + 1), [])
  return { data: settled.data, error: settled.request === request ? settled.error : undefined, loading: settled.request !== request, reload }
}

export { toApiError as asApiError }
