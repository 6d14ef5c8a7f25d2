import { useEffect, useState } from 'react'

// Hash routes keep the app working from file:// in Electron and from the browser host alike.
export type Route =
  | { screen: 'team' }
  | { screen: 'rep'; repId: number }
  | { screen: 'search'; query: string }
  | { screen: 'settings' }
  | { screen: 'templates' }
  | { screen: 'session'; sessionId: number; view: 'session' | 'summary'; section?: number }
  | { screen: 'review'; repId: number | null }

export function parseRoute(hash: string): Route {
  const [path = '', queryString = ''] = hash.replace(/^#/, '').split('?')
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'rep' && parts[1] && /^\d+$/.test(parts[1])) return { screen: 'rep', repId: Number(parts[1]) }
  if (parts[0] === 'search') return { screen: 'search', query: new URLSearchParams(queryString).get('q') ?? '' }
  if (parts[0] === 'settings') return { screen: 'settings' }
  if (parts[0] === 'templates') return { screen: 'templates' }
  if (parts[0] === 'review') {
    const rep = new URLSearchParams(queryString).get('rep') ?? ''
    return { screen: 'review', repId: /^[1-9]\d*$/.test(rep) ? Number(rep) : null }
  }
  if (parts[0] === 'session' && parts[1] && /^\d+$/.test(parts[1])) {
    const section = Number(new URLSearchParams(queryString).get('section'))
    return {
      screen: 'session',
      sessionId: Number(parts[1]),
      view: parts[2] === 'summary' ? 'summary' : 'session',
      ...(Number.isInteger(section) && section > 0 ? { section } : {})
    }
  }
  return { screen: 'team' }
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'team':
      return '#/team'
    case 'rep':
      return `#/rep/${route.repId}`
    case 'search':
      return route.query ? `#/search?q=${encodeURIComponent(route.query)}` : '#/search'
    case 'settings':
      return '#/settings'
    case 'templates':
      return '#/templates'
    case 'review':
      return route.repId ? `#/review?rep=${route.repId}` : '#/review'
    case 'session': {
      const base = `#/session/${route.sessionId}${route.view === 'summary' ? '/summary' : ''}`
      return route.section ? `${base}?section=${route.section}` : base
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
