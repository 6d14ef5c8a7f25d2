// Answers asked for before the screen that needs them has rendered: at start-up (before React has
// even loaded) and when the pointer goes down on a link. Kept apart from React so the start-up
// code that fills it stays small.

/**
 * A prefetched answer is used only this soon after it arrived (a click follows its pointerdown
 * within a few hundred ms; the first screen mounts as soon as its code has loaded). Older ones are
 * dropped: the data may have changed since.
 */
export const PREFETCH_FRESH_MS = 1000

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown }

interface Prefetched {
  answer: Promise<unknown>
  /** Set once the answer has arrived, with when. */
  outcome?: Outcome<unknown>
  settledAt?: number
  /** Asked for before the first screen was on screen: meant for that screen only. */
  forFirstScreen: boolean
}

const prefetched = new Map<string, Prefetched>()

/**
 * Until the first screen has rendered, answers do not age: the page has not shown anything to
 * change, and on a busy machine the app's code may take longer than PREFETCH_FRESH_MS to load.
 */
let startingUp = true

/**
 * Called once the first screen is on screen, or at the first navigation if that comes sooner: the
 * answers asked for the first screen and not taken by it are dropped. They may be from before a
 * change (a rep renamed, a rep added) and must never be shown on a later visit.
 */
export function endStartUp(): void {
  if (!startingUp) return
  startingUp = false
  for (const [key, entry] of prefetched) if (entry.forFirstScreen) prefetched.delete(key)
}

const isFresh = (entry: Prefetched) => startingUp || entry.settledAt === undefined || performance.now() - entry.settledAt < PREFETCH_FRESH_MS

/**
 * Starts loading what a screen is about to ask for, so the screen's `useQuery` with the same key
 * finds the answer on its way (or already there) instead of asking after it has rendered. Used
 * once, then forgotten. Returns the answer, which never rejects (wait on it freely).
 */
export function prefetchQuery<T>(key: string, load: () => Promise<T>): Promise<void> {
  const existing = prefetched.get(key)
  if (existing && isFresh(existing)) return existing.answer.then(() => undefined)
  const entry: Prefetched = { answer: load(), forFirstScreen: startingUp }
  prefetched.set(key, entry)
  return entry.answer.then(
    (value) => {
      entry.outcome = { ok: true, value }
      entry.settledAt = performance.now()
    },
    (error: unknown) => {
      entry.outcome = { ok: false, error }
      entry.settledAt = performance.now()
    }
  )
}

/** The prefetched answer for `key`, if one is fresh: in flight, or arrived (then `outcome` has it, to render with at once). */
export function takePrefetched<T>(key: string): { answer: Promise<T>; outcome?: Outcome<T> } | undefined {
  const entry = prefetched.get(key)
  if (!entry) return undefined
  prefetched.delete(key)
  if (!isFresh(entry)) return undefined
  return { answer: entry.answer as Promise<T>, ...(entry.outcome ? { outcome: entry.outcome as Outcome<T> } : {}) }
}

/** The prefetched answer for `key` if it has already arrived (and is fresh), taken; otherwise it stays for a later `takePrefetched`. */
export function takeArrived<T>(key: string): Outcome<T> | undefined {
  const entry = prefetched.get(key)
  if (!entry?.outcome) return undefined
  prefetched.delete(key)
  return isFresh(entry) ? (entry.outcome as Outcome<T>) : undefined
}
