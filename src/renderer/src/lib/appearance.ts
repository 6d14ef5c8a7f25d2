// The theme and date format chosen in Settings, applied to the whole window: the theme as
// `data-theme` on <html> (the stylesheet picks colours with light-dark()), the date format in
// lib/dates. Screens re-render through `useAppearance` when either changes.
import { useEffect, useState } from 'react'
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/domain'
import { api } from '../api'
import { setDatePattern } from './dates'

export type Appearance = Pick<Preferences, 'theme' | 'dateFormat'>

const CHANGED = 'kept:appearance-changed'

export function applyAppearance({ theme, dateFormat }: Appearance): void {
  if (theme === 'system') delete document.documentElement.dataset.theme
  else document.documentElement.dataset.theme = theme
  setDatePattern(dateFormat)
  window.dispatchEvent(new Event(CHANGED))
}

let loading: Promise<Preferences> | null = null

/** Starts reading the saved appearance early (at start-up); the first useAppearance takes the answer. */
export function startLoadingAppearance(): void {
  loading ??= api['preferences.get']({})
  loading.catch(() => undefined)
}

/** Loads the saved appearance once and returns a number that changes whenever it is applied. */
export function useAppearance(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const onChange = () => setVersion((value) => value + 1)
    window.addEventListener(CHANGED, onChange)
    const answer = loading ?? api['preferences.get']({})
    loading = null
    answer.then(
      (preferences) => applyAppearance(preferences),
      () => applyAppearance(DEFAULT_PREFERENCES)
    )
    return () => window.removeEventListener(CHANGED, onChange)
  }, [])
  return version
}
