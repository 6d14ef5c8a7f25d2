// In a browser (the browser host) nothing waits for a flush when the tab closes: while any text
// is only on screen, the page asks the browser to confirm leaving (beforeunload). The desktop app
// does not use this: main asks the page to flush and shows its own question (a beforeunload there
// would cancel the close silently).
import { hasUnsavedWork, subscribeSaveStatus } from './save-status'

type UnloadTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>

function confirmLeaving(event: BeforeUnloadEvent): void {
  if (!hasUnsavedWork()) return
  event.preventDefault()
  // Older Chromium versions ask only when returnValue is set.
  event.returnValue = ''
}

/** Registers the beforeunload question while anything is unsaved; returns the function that stops. */
export function askBeforeLeavingWhileUnsaved(target: UnloadTarget): () => void {
  let registered = false
  const follow = () => {
    const unsaved = hasUnsavedWork()
    if (unsaved && !registered) target.addEventListener('beforeunload', confirmLeaving)
    if (!unsaved && registered) target.removeEventListener('beforeunload', confirmLeaving)
    registered = unsaved
  }
  follow()
  const unsubscribe = subscribeSaveStatus(follow)
  return () => {
    unsubscribe()
    if (registered) target.removeEventListener('beforeunload', confirmLeaving)
    registered = false
  }
}
