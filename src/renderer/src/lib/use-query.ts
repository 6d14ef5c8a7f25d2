import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { toApiError, type ApiError } from '../../../shared/api-error'

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

/**
 * A prefetched answer is used only by a screen that mounts this soon after (a click follows its
 * pointerdown within a few hundred ms; the first screen mounts one round trip after start-up).
 * Older ones are dropped: the data may have changed since they were asked for.
 */
const PREFETCH_FRESH_MS = 1000
const prefetched = new Map<string, { answer: Promise<unknown>; at: number }>()

/**
 * Starts loading what a screen is about to ask for (when the pointer goes down on a link, or while
 * the screen's own first request is in flight), so the screen's `useQuery` with the same key finds
 * the answer on its way instead of asking after it has rendered. Used once, then forgotten.
 */
export function prefetchQuery<T>(key: string, load: () => Promise<T>): void {
  const existing = prefetched.get(key)
  if (existing && performance.now() - existing.at < PREFETCH_FRESH_MS) return
  const answer = load()
  answer.catch(() => undefined)
  prefetched.set(key, { answer, at: performance.now() })
}

function takePrefetched<T>(key: string): Promise<T> | undefined {
  const entry = prefetched.get(key)
  if (!entry) return undefined
  prefetched.delete(key)
  return performance.now() - entry.at < PREFETCH_FRESH_MS ? (entry.answer as Promise<T>) : undefined
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
    // A reload always asks afresh; the first load may use an answer prefetched for the same key.
    const answer = (generation === 0 ? takePrefetched<T>(key) : undefined) ?? runLoad()
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
