import { useEffect } from 'react'
import { flushAllPendingWrites } from './lib/pending-writes'
import { hrefFor, navigate, useRoute, type Route } from './lib/router'
import { RepScreen } from './screens/rep/RepScreen'
import { SearchScreen } from './screens/search/SearchScreen'
import { SettingsScreen } from './screens/settings/SettingsScreen'
import { TeamScreen } from './screens/team/TeamScreen'

const NAV_ITEMS: Array<{ label: string; route: Route; matches: Route['screen'][] }> = [
  { label: 'Team', route: { screen: 'team' }, matches: ['team', 'rep'] },
  { label: 'Search', route: { screen: 'search', query: '' }, matches: ['search'] },
  { label: 'Settings', route: { screen: 'settings' }, matches: ['settings'] }
]

function useGlobalShortcuts() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        navigate({ screen: 'search', query: '' })
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** Unsaved edits are flushed when main asks (window close, quit) and whenever the page hides. */
function useFlushOnExit() {
  useEffect(() => {
    window.keptApp?.onFlushRequest(flushAllPendingWrites)
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushAllPendingWrites()
    }
    const onPageHide = () => void flushAllPendingWrites()
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [])
}

export function App() {
  const route = useRoute()
  useGlobalShortcuts()
  useFlushOnExit()

  useEffect(() => {
    const titles: Record<Route['screen'], string> = { team: 'Team', rep: 'Rep', search: 'Search', settings: 'Settings' }
    document.title = `${titles[route.screen]} · Kept`
  }, [route.screen])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        <a className="brand" href={hrefFor({ screen: 'team' })} aria-label="Kept, go to Team">
          <span className="brand__mark" aria-hidden="true">
            K
          </span>
          <span className="brand__name">Kept</span>
        </a>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV_ITEMS.map((item) => {
              const current = item.matches.includes(route.screen)
              return (
                <li key={item.label}>
                  <a className={`nav__link${current ? ' is-current' : ''}`} href={hrefFor(item.route)} aria-current={current ? 'page' : undefined}>
                    {item.label}
                    {item.label === 'Search' && <kbd className="nav__kbd">Ctrl K</kbd>}
                  </a>
                </li>
              )
            })}
          </ul>
        </nav>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {route.screen === 'team' && <TeamScreen />}
        {route.screen === 'rep' && <RepScreen key={route.repId} repId={route.repId} />}
        {route.screen === 'search' && <SearchScreen initialQuery={route.query} />}
        {route.screen === 'settings' && <SettingsScreen />}
      </main>
    </div>
  )
}
