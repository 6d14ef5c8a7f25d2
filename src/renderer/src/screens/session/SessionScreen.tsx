import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { SessionDetail, TemplateSection } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { AutosaveRegistry } from '../../lib/autosave'
import { TALKING_POINT_ADDED, useCurrentRep, type TalkingPointAddedDetail } from '../../lib/current-rep'
import { todayIso } from '../../lib/dates'
import { flushAllPendingWrites } from '../../lib/pending-writes'
import { hrefFor, navigate, type SessionPlace } from '../../lib/router'
import { matches, sectionIndexOf } from '../../lib/shortcuts'
import { useQuery } from '../../lib/use-query'
import { CompletedBanner } from './CompletedBanner'
import { FinishDialog } from './FinishDialog'
import { NotesPane, NotesPaneToggle, useNotesPaneOpen } from './NotesPane'
import { SectionRail } from './SectionRail'
import { SectionView } from './SectionView'
import { SessionContext, type SessionContextValue } from './session-context'
import { SessionHeader } from './SessionHeader'
import { SessionMissing } from './SessionMissing'

interface SessionScreenProps {
  sessionId: number
  /** 1-based section to open first (from the address). */
  initialSection?: number
  /** A note to open at (a search hit): the section that holds it opens first. */
  at?: SessionPlace
  /** "Correct this 1:1": a completed 1:1 opens for editing instead of as its summary. */
  correcting?: boolean
}

/** The 1-based section that holds the note at `at`, if the template has it. */
function sectionHolding(sections: TemplateSection[], at: SessionPlace | undefined): number | undefined {
  if (!at) return undefined
  const ordered = [...sections].sort((a, b) => a.position - b.position)
  const index = at.startsWith('section-') ? ordered.findIndex((section) => `section-${section.id}` === at) : ordered.findIndex((section) => section.kind === 'notes')
  return index < 0 ? undefined : index + 1
}

/** #/session/:id — the 1:1 itself, one section at a time; a completed one opens as its summary. */
export default function SessionScreen({ sessionId, initialSection, at, correcting = false }: SessionScreenProps) {
  const query = useQuery(() => api['sessions.get']({ id: sessionId }), `session-${sessionId}`)
  const showSummary = query.data?.session.status === 'completed' && !correcting

  useEffect(() => {
    // In place of this address, so Back does not come here again.
    if (showSummary) window.location.replace(hrefFor({ screen: 'session', sessionId, view: 'summary', ...(at ? { at } : {}) }))
  }, [showSummary, sessionId, at])

  if (query.error?.code === 'not_found') return <SessionMissing />
  if (!query.data || showSummary) {
    return (
      <section className="screen">
        <ErrorBanner error={query.error} onRetry={query.reload} />
        {query.loading && <Loading label="Opening the 1:1…" />}
      </section>
    )
  }
  return <SessionView initial={query.data} initialSection={sectionHolding(query.data.sections, at) ?? initialSection} />
}

function SessionView({ initial, initialSection }: { initial: SessionDetail; initialSection: number | undefined }) {
  const [detail, setDetail] = useState(initial)
  const [savers] = useState(() => new AutosaveRegistry())
  const [memo] = useState(() => new Map<string, unknown>())
  const sections = useMemo(() => [...detail.sections].sort((a, b) => a.position - b.position), [detail.sections])
  const clampSection = (section: number | undefined) => Math.min(Math.max((section ?? 1) - 1, 0), Math.max(sections.length - 1, 0))
  const [active, setActive] = useState(() => clampSection(initialSection))
  // A link to another section of this same 1:1 (the address changed, the screen stayed).
  const [addressSection, setAddressSection] = useState(initialSection)
  if (initialSection !== addressSection) {
    setAddressSection(initialSection)
    if (initialSection) setActive(clampSection(initialSection))
  }
  const [finishing, setFinishing] = useState(false)
  const [openedAt] = useState(() => Date.now())
  // The section heading takes the focus when the 1:1 opens and whenever the section changes.
  const focusHeading = useRef(true)
  const sessionId = detail.session.id
  const repId = detail.rep.id
  const completed = detail.session.status === 'completed'
  useCurrentRep(repId)

  const update = useCallback((recipe: (value: SessionDetail) => SessionDetail) => setDetail(recipe), [])
  const remember = useCallback(<T,>(key: string, create: () => T): T => {
    if (!memo.has(key)) memo.set(key, create())
    return memo.get(key) as T
  }, [memo])
  const context = useMemo<SessionContextValue>(() => ({ detail, update, savers, remember, today: todayIso() }), [detail, update, savers, remember])

  // Leaving the 1:1 (another screen) writes whatever is pending.
  useEffect(() => () => void savers.flushAll(), [savers])

  useEffect(() => {
    document.title = `1:1 with ${detail.rep.name} · Kept`
  }, [detail.rep.name])

  const goTo = useCallback(
    (index: number, moveFocus = true) => {
      if (index < 0 || index >= sections.length) return
      void flushAllPendingWrites()
      focusHeading.current = moveFocus
      setActive(index)
      const target = hrefFor({ screen: 'session', sessionId, view: completed ? 'correct' : 'session', section: index + 1 })
      if (window.location.hash !== target) window.history.replaceState(null, '', target)
    },
    [sections.length, sessionId, completed]
  )

  useEffect(() => {
    if (!focusHeading.current) return
    focusHeading.current = false
    document.getElementById(`section-heading-${sections[active]?.id}`)?.focus()
  }, [active, sections])

  // Fetch the notes editor while the 1:1 starts, so the Notes section opens at once.
  useEffect(() => {
    const timer = setTimeout(() => void import('./notes/RichEditor'), 1500)
    return () => clearTimeout(timer)
  }, [])

  // A talking point jotted with quick capture during the 1:1 joins the agenda.
  useEffect(() => {
    function onAdded(event: Event) {
      if ((event as CustomEvent<TalkingPointAddedDetail>).detail.repId !== repId) return
      api['sessions.get']({ id: sessionId }).then(
        (fresh) =>
          setDetail((current) => ({
            ...current,
            agenda: [...current.agenda, ...fresh.agenda.filter((point) => !current.agenda.some((known) => known.id === point.id))]
          })),
        () => undefined
      )
    }
    window.addEventListener(TALKING_POINT_ADDED, onAdded)
    return () => window.removeEventListener(TALKING_POINT_ADDED, onAdded)
  }, [repId, sessionId])

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return
      const jump = sectionIndexOf(event)
      if (jump !== null) {
        event.preventDefault()
        goTo(jump)
      } else if (matches('nextSection', event)) {
        event.preventDefault()
        goTo(active + 1)
      } else if (matches('previousSection', event)) {
        event.preventDefault()
        goTo(active - 1)
      } else if (matches('finish', event) && !completed) {
        event.preventDefault()
        event.stopPropagation()
        setFinishing(true)
      }
    }
    // Capture: before the notes editor turns Ctrl+Enter into a line break.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [active, completed, goTo])

  const section = sections[active]
  const [notesOpen, setNotesOpen] = useNotesPaneOpen()
  // The notes section holds these notes itself: the pane steps aside there.
  const notesBeside = section !== undefined && section.kind !== 'notes'

  return (
    <SessionContext.Provider value={context}>
      <section className="screen screen--session" aria-labelledby="session-title">
        <SessionHeader openedAt={openedAt} onFinish={() => setFinishing(true)} />
        {completed && <CompletedBanner session={detail.session} />}
        {sections.length === 0 ? (
          <p className="empty">This 1:1’s template has no sections. Edit the template in Settings → Templates.</p>
        ) : (
          <>
            <div className={`session-layout${notesBeside && notesOpen ? ' session-layout--with-notes' : ''}`}>
              <div className="session-layout__rail">
                <SectionRail sections={sections} active={active} onSelect={(index) => goTo(index)} />
                {notesBeside && <NotesPaneToggle open={notesOpen} onToggle={() => setNotesOpen(!notesOpen)} />}
              </div>
              {section && <SectionView key={section.id} section={section} index={active} total={sections.length} onNext={() => goTo(active + 1)} />}
              {notesBeside && notesOpen && <NotesPane onClose={() => setNotesOpen(false)} />}
            </div>
          </>
        )}
        <FinishDialog
          open={finishing}
          onClose={() => setFinishing(false)}
          startedAtMs={detail.session.startedAt ? Date.parse(detail.session.startedAt) : openedAt}
          onFinished={() => navigate({ screen: 'session', sessionId, view: 'summary' })}
        />
      </section>
    </SessionContext.Provider>
  )
}
