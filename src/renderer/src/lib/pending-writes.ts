// Every editor with unsaved text registers a flush function here. The app flushes them all on
// section change, on window close and on quit (main asks through the preload and waits), and
// when the page is hidden.

type Flush = () => Promise<void>

const writers = new Set<Flush>()

/** Registers a flush function; returns the function that unregisters it. */
export function registerPendingWriter(flush: Flush): () => void {
  writers.add(flush)
  return () => {
    writers.delete(flush)
  }
}

/** Runs every registered flush; resolves when all have settled (failures stay on screen). */
export async function flushAllPendingWrites(): Promise<void> {
  await Promise.allSettled([...writers].map((flush) => flush()))
}
