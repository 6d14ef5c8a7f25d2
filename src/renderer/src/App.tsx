import { lazy, Suspense, useEffect, useState } from 'react'
import { QuickCaptureDialog } from './components/QuickCaptureDialog'
import { ShortcutsOverlay } from './components/ShortcutsOverlay'
import { UndoToast } from './components/UndoToast'
import { Loading } from './components/StatusMessage'
import { flushAllPendingWrites } from './lib/pending-writes'
import { useAppearance } from './lib/appearance'
import { hrefFor, useRoute, type Route } from './lib/router'
import { matches } from './lib/shortcuts'
import { RepScreen } from './screens/rep/RepScreen'
import { SearchDialog } from './screens/search/SearchDialog'
import { TeamScreen } from './screens/team/TeamScreen'
import './styles/compact-layout.css'

// Team and Rep are the first screens; the others load on demand, so the first screen's code stays small.
const SearchScreen = lazy(() => import('./screens/search/SearchScreen').then((module) => ({ default: module.SearchScreen })))
const SettingsScreen = lazy(() => import('./screens/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })))
const TrashScreen = lazy(() => import('./screens/trash/TrashScreen').then((module) => ({ default: module.TrashScreen })))
const SessionScreen = lazy(() => import('./screens/session/SessionScreen'))
const SessionSummary = lazy(() => import('./screens/session/SessionSummary'))
const TemplatesScreen = lazy(() => import('./screens/templates/TemplatesScreen'))
const ImportScreen = lazy(() => import('./screens/import/ImportScreen'))
const ReviewScreen = lazy(() => import('./screens/review/ReviewScreen'))

const NAV_ITEMS: Array<{ label: string; route: Route; matches: Route['screen'][] }> = [
  { label: 'Team', route: { screen: 'team' }, matches: ['team', 'rep', 'session'] },
  { label: 'Search', route: { screen: 'search', query: '' }, matches: ['search'] },
  { label: 'Import', route: { screen: 'import' }, matches: ['import'] },
  { label: 'Reviews', route: { screen: 'review', repId: null }, matches: ['review'] },
  { label: 'Settings', route: { screen: 'settings' }, matches: ['settings', 'templates', 'trash'] }
]

type Overlay = 'none' | 'shortcuts' | 'quickCapture' | 'search'

function useGlobalShortcuts(open: (overlay: Overlay) => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (matches('search', event)) {
        event.preventDefault()
        open('search')
      } else if (matches('quickCapture', event)) {
        event.preventDefault()
        open('quickCapture')
      } else if (matches('help', event) && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        open('shortcuts')
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open])
}

/** Unsaved edits are flushed whenever the page hides (main's close and quit requests: see main.tsx). */
function useFlushOnExit() {
  useEffect(() => {
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
  const [overlay, setOverlay] = useState<Overlay>('none')
  const [notice, setNotice] = useState('')
  useGlobalShortcuts(setOverlay)
  useFlushOnExit()
  // Re-rendering the tree is enough for dates to take a new format; nothing is remounted.
  useAppearance()

  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(''), 5000)
    return () => clearTimeout(timer)
  }, [notice])

  useEffect(() => {
    const titles: Record<Route['screen'], string> = {
      team: 'Team',
      rep: 'Rep',
      search: 'Search',
      settings: 'Settings',
      templates: 'Templates',
      import: 'Import',
      trash: 'Trash',
      session: '1:1',
      review: 'Review'
    }
    document.title = `${titles[route.screen]} · Kept`
  }, [route.screen])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar">
        {/* Named by its visible word, "Kept", then where it goes (WCAG 2.5.3: the name contains the label). */}
        <a className="brand" href={hrefFor({ screen: 'team' })}>
          <span className="brand__mark" aria-hidden="true">
            K
          </span>
          <span className="brand__name">Kept</span>
          <span className="visually-hidden">, go to Team</span>
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
        <div className="sidebar__tools">
          <button type="button" className="button button--ghost button--block" onClick={() => setOverlay('quickCapture')} aria-keyshortcuts="Control+Shift+J">
            Jot a talking point
          </button>
          <button type="button" className="button button--ghost button--block" onClick={() => setOverlay('shortcuts')} aria-keyshortcuts="?">
            Keyboard shortcuts <kbd>?</kbd>
          </button>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {route.screen === 'team' && <TeamScreen />}
        {route.screen === 'rep' && <RepScreen key={route.repId} repId={route.repId} {...(route.tab ? { tab: route.tab } : {})} />}
        <Suspense fallback={<Loading label="Loading…" />}>
          {route.screen === 'search' && <SearchScreen initialQuery={route.query} />}
          {route.screen === 'settings' && <SettingsScreen />}
          {route.screen === 'trash' && <TrashScreen />}
          {route.screen === 'templates' && <TemplatesScreen />}
          {route.screen === 'import' && <ImportScreen key={route.what ?? 'metrics'} initialMode={route.what ?? 'metrics'} />}
          {route.screen === 'review' && <ReviewScreen key={route.repId ?? 0} repId={route.repId} />}
          {route.screen === 'session' && route.view !== 'summary' && (
            <SessionScreen
              key={route.sessionId}
              sessionId={route.sessionId}
              correcting={route.view === 'correct'}
              {...(route.section ? { initialSection: route.section } : {})}
              {...(route.at ? { at: route.at } : {})}
            />
          )}
          {route.screen === 'session' && route.view === 'summary' && <SessionSummary key={route.sessionId} sessionId={route.sessionId} {...(route.at ? { at: route.at } : {})} />}
        </Suspense>
      </main>
      <p className={`toast${notice ? ' is-visible' : ''}`} role="status" aria-live="polite">
        {notice}
      </p>
      <UndoToast />
      <SearchDialog open={overlay === 'search'} onClose={() => setOverlay('none')} onJot={() => setOverlay('quickCapture')} />
      <ShortcutsOverlay open={overlay === 'shortcuts'} onClose={() => setOverlay('none')} />
      <QuickCaptureDialog
        open={overlay === 'quickCapture'}
        onClose={() => setOverlay('none')}
        onAdded={(message) => {
          setOverlay('none')
          setNotice(message)
        }}
      />
    </div>
  )
}
