// The one "Undo" offer after a delete: any screen offers it, the toast in App shows it.
import { useSyncExternalStore } from 'react'
import type { TrashEntry } from '@shared/trash'
import type { Route } from './router'

export interface UndoOffer {
  entry: TrashEntry
  message: string
  /** Where Undo takes the user: back to what was deleted (by default, the screen reloads). */
  returnTo?: Route
}

let current: UndoOffer | null = null
const listeners = new Set<() => void>()

function publish(offer: UndoOffer | null): void {
  current = offer
  for (const listener of listeners) listener()
}

export function offerUndo(entry: TrashEntry, message: string, returnTo?: Route): void {
  publish({ entry, message, ...(returnTo ? { returnTo } : {}) })
}

export function dismissUndo(): void {
  publish(null)
}

export function useUndoOffer(): UndoOffer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
}
