// Every editor with unsaved text registers a flush function here. The app flushes them all on
// section change, on window close and on quit (main asks through the preload and waits), and
// when the page is hidden.

import { hasUnsavedWork, oneShotWritesSettled } from './save-status'

/** True when the writer's text is saved; false when it is still only on screen. */
type Flush = () => Promise<boolean | void>

const writers = new Set<Flush>()

/** Registers a flush function; returns the function that unregisters it. */
export function registerPendingWriter(flush: Flush): () => void {
  writers.add(flush)
  return () => {
    writers.delete(flush)
  }
}

export interface FlushResult {
  /** False when a write failed, was refused or is held: closing now would lose that text. */
  allSaved: boolean
}

/**
 * Runs every registered flush and waits for one-shot writes in flight; resolves (never rejects)
 * when all have settled, saying whether everything on screen is now saved. Failures stay on screen.
 */
export async function flushAllPendingWrites(): Promise<FlushResult> {
  const results = await Promise.allSettled([...[...writers].map((flush) => flush()), oneShotWritesSettled()])
  const everyFlushSaved = results.every((result) => result.status === 'fulfilled' && result.value !== false)
  return { allSaved: everyFlushSaved && !hasUnsavedWork() }
}
