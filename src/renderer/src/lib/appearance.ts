// The theme and date format chosen in Settings, applied to the whole window: the theme as
// `data-theme` on <html> (the stylesheet picks colours with light-dark()), the date format in
// lib/dates. Screens re-render through `useAppearance` when either changes.
import { useEffect, useState } from 'react'
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/domain'
import { api } from '../api'
import { setDatePattern } from './dates'
import { takeArrived, takePrefetched } from './prefetch'
import { startUpQueries } from './start-up'

export type Appearance = Pick<Preferences, 'theme' | 'dateFormat'>

const CHANGED = 'kept:appearance-changed'

export function applyAppearance({ theme, dateFormat }: Appearance): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
  setDatePattern(dateFormat)
  window.dispatchEvent(new Event(CHANGED))
}

/** Set when start-up applied the saved appearance before the first render: useAppearance need not load it. */
let appliedAtStartUp = false

/** Applies the saved appearance if start-up's request for it has answered (main.tsx asks at once). */
export function applyStartUpAppearance(): void {
  const outcome = takeArrived<Preferences>(startUpQueries.preferences.key)
  if (!outcome) return
  applyAppearance(outcome.ok ? outcome.value : DEFAULT_PREFERENCES)
  appliedAtStartUp = true
}

/** Loads the saved appearance once (unless start-up applied it) and returns a number that changes whenever it is applied. */
export function useAppearance(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const onChange = () => setVersion((value) => value + 1)
    window.addEventListener(CHANGED, onChange)
    if (!appliedAtStartUp) {
      const answer = takePrefetched<Preferences>(startUpQueries.preferences.key)?.answer ?? api['preferences.get']({})
      answer.then(
        (preferences) => applyAppearance(preferences),
        () => applyAppearance(DEFAULT_PREFERENCES)
      )
    }
    return () => window.removeEventListener(CHANGED, onChange)
  }, [])
  return version
}
