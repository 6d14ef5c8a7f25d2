// What every section of a 1:1 shares: the session as loaded (updated optimistically as the
// user edits), the autosavers by key, and drafts that outlive a section's unmount.
import { createContext, useContext } from 'react'
import type { SessionDetail } from '@shared/domain'
import { useSaverSnapshot, type AutosaveOptions, type AutosaveRegistry, type Autosaver, type SaverSnapshot } from '../../lib/autosave'

export interface SessionContextValue {
  detail: SessionDetail
  update: (recipe: (detail: SessionDetail) => SessionDetail) => void
  savers: AutosaveRegistry
  /** Values kept across a section's unmount (raw number text, a note's revision…). */
  remember: <T>(key: string, create: () => T) => T
  today: string
}

export const SessionContext = createContext<SessionContextValue | null>(null)

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession is used outside a session.')
  return value
}

/** The autosaver for `key` (created on first use) and its state. */
export function useSaver<T>(key: string, create: () => AutosaveOptions<T>): { saver: Autosaver<T>; snapshot: SaverSnapshot } {
  const { savers } = useSession()
  const saver = savers.get(key, create)
  const snapshot = useSaverSnapshot(saver)
  return { saver, snapshot }
}

/** Replaces the item with the same id. */
export function replaceById<T extends { id: number }>(items: T[], id: number, change: (item: T) => T): T[] {
  return items.map((item) => (item.id === id ? change(item) : item))
}

/** A mutable value that outlives a section's unmount (kept by `remember`). */
export class Box<T extends object> {
  constructor(private value: T) {}

  get(): T {
    return this.value
  }

  set(changes: Partial<T>): void {
    this.value = { ...this.value, ...changes }
  }
}
