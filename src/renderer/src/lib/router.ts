import { useEffect, useState } from 'react'

// Hash routes keep the app working from file:// in Electron and from the browser host alike.

/** The Rep screen's tabs, in order; the chosen one is part of the route so reload and Back keep it. */
export const REP_TABS = ['brief', 'timeline', 'goals', 'agreements', 'recognition', 'challenges'] as const
export type RepTab = (typeof REP_TABS)[number]

const isRepTab = (value: string | undefined): value is RepTab => (REP_TABS as readonly string[]).includes(value ?? '')

export type Route =
  | { screen: 'team' }
  | { screen: 'rep'; repId: number; tab?: RepTab }
  | { screen: 'search'; query: string }
  | { screen: 'settings' }
  | { screen: 'templates' }
  | { screen: 'import'; what?: 'roster' }
  | { screen: 'trash' }
  | { screen: 'session'; sessionId: number; view: SessionView; section?: number; at?: SessionPlace }
  | { screen: 'review'; repId: number | null }

/**
 * How a 1:1 opens: 'session' runs it (a completed one shows its summary instead), 'summary' is its
 * summary, 'correct' edits a completed 1:1 ("Correct this 1:1").
 */
export type SessionView = 'session' | 'summary' | 'correct'

/** A place in a 1:1 to open at (a search hit in a note): its shared or private notes, or a template section's notes. */
export type SessionPlace = 'shared-notes' | 'private-notes' | `section-${number}`

const isSessionPlace = (value: string | null): value is SessionPlace => value !== null && /^(shared-notes|private-notes|section-\d+)$/.test(value)

export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#/, '').split('?')
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'rep' && parts[1] && /^\d+$/.test(parts[1])) {
    return { screen: 'rep', repId: Number(parts[1]), ...(isRepTab(parts[2]) && parts[2] !== 'brief' ? { tab: parts[2] } : {}) }
  }
  if (parts[0] === 'search') return { screen: 'search', query: new URLSearchParams(queryString).get('q') ?? '' }
  if (parts[0] === 'settings') return { screen: 'settings' }
  if (parts[0] === 'templates') return { screen: 'templates' }
  if (parts[0] === 'import') return new URLSearchParams(queryString).get('what') === 'roster' ? { screen: 'import', what: 'roster' } : { screen: 'import' }
  if (parts[0] === 'trash') return { screen: 'trash' }
  if (parts[0] === 'review') {
    const rep = new URLSearchParams(queryString).get('rep') ?? ''
    return { screen: 'review', repId: /^[1-9]\d*$/.test(rep) ? Number(rep) : null }
  }
  if (parts[0] === 'session' && parts[1] && /^\d+$/.test(parts[1])) {
    const params = new URLSearchParams(queryString)
    const section = Number(params.get('section'))
    const at = params.get('at')
    return {
      screen: 'session',
      sessionId: Number(parts[1]),
      view: parts[2] === 'summary' ? 'summary' : parts[2] === 'correct' ? 'correct' : 'session',
      ...(Number.isInteger(section) && section > 0 ? { section } : {}),
      ...(isSessionPlace(at) ? { at } : {})
    }
  }
  return { screen: 'team' }
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'team':
      return '#/team'
    case 'rep':
      return route.tab && route.tab !== 'brief' ? `#/rep/${route.repId}/${route.tab}` : `#/rep/${route.repId}`
    case 'search':
      return route.query ? `#/search?q=${encodeURIComponent(route.query)}` : '#/search'
    case 'settings':
      return '#/settings'
    case 'templates':
      return '#/templates'
    case 'import':
      return route.what ? `#/import?what=${route.what}` : '#/import'
    case 'trash':
      return '#/trash'
    case 'review':
      return route.repId ? `#/review?rep=${route.repId}` : '#/review'
    case 'session': {
      const base = `#/session/${route.sessionId}${route.view === 'session' ? '' : `/${route.view}`}`
      const query = new URLSearchParams()
      if (route.section) query.set('section', String(route.section))
      if (route.at) query.set('at', route.at)
      const search = query.toString()
      return search ? `${base}?${search}` : base
    }
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
