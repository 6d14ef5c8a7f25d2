// The one "saved" indicator of the app: every autosaver and every one-shot write reports here,
// and the indicator reads a single summary.
import { useSyncExternalStore } from 'react'

export type WriterStatus = 'clean' | 'pending' | 'saving' | 'retrying' | 'blocked'

/** What the indicator shows: nothing yet, saving, everything saved, a failure being retried, or input the user must fix. */
export type OverallSaveStatus = 'idle' | 'saving' | 'saved' | 'retrying' | 'blocked'

const writers = new Map<object, WriterStatus>()
let oneShots = 0
const oneShotsInFlight = new Set<Promise<unknown>>()
let everSaved = false
let snapshot: OverallSaveStatus = 'idle'
const listeners = new Set<() => void>()

function compute(): OverallSaveStatus {
  const states = [...writers.values()]
  if (states.includes('retrying')) return 'retrying'
  if (states.includes('blocked')) return 'blocked'
  if (oneShots > 0 || states.includes('pending') || states.includes('saving')) return 'saving'
  return everSaved ? 'saved' : 'idle'
}

function publish(): void {
  const next = compute()
  if (next === snapshot) return
  snapshot = next
  for (const listener of listeners) listener()
}

/** An autosaver reports its state; 'clean' removes it from the summary. */
export function reportWriterStatus(writer: object, status: WriterStatus, savedNow = false): void {
  if (savedNow) everSaved = true
  if (status === 'clean') writers.delete(writer)
  else writers.set(writer, status)
  publish()
}

/** Counts a one-shot write (adding an item, a toggle) as "Saving…" until it settles. */
export async function trackWrite<T>(write: Promise<T>): Promise<T> {
  oneShots += 1
  oneShotsInFlight.add(write)
  publish()
  try {
    const result = await write
    everSaved = true
    return result
  } finally {
    oneShots -= 1
    oneShotsInFlight.delete(write)
    publish()
  }
}

/** Resolves once every one-shot write started so far has settled. */
export async function oneShotWritesSettled(): Promise<void> {
  await Promise.allSettled([...oneShotsInFlight])
}

/**
 * True while any text or change is only on screen: waiting to be written, being written, failing
 * (retried) or refused. Closing the window or the page now would lose it.
 */
export function hasUnsavedWork(): boolean {
  return oneShots > 0 || writers.size > 0
}

export function getOverallSaveStatus(): OverallSaveStatus {
  return snapshot
}

export function subscribeSaveStatus(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function useOverallSaveStatus(): OverallSaveStatus {
  return useSyncExternalStore(subscribeSaveStatus, getOverallSaveStatus)
}

export const SAVE_STATUS_TEXT: Record<OverallSaveStatus, string> = {
  idle: 'Saved as you type',
  saving: 'Saving…',
  saved: 'Saved',
  retrying: 'Not saved — Kept will retry. Your text is still here.',
  blocked: 'Not saved — check the highlighted field. Your text is still here.'
}
