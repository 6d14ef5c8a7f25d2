import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit, type SearchHitKind, type SearchResults as Results } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { hrefFor, navigate, type SessionPlace } from '../../lib/router'
import { useQuery, type QueryState } from '../../lib/use-query'

export const KIND_LABELS: Record<SearchHitKind, string> = {
  note: 'Note',
  agreement: 'Agreement',
  challenge: 'Challenge',
  recognition: 'Recognition',
  goal: 'Goal'
}

/** Renders a snippet's marked matches as <mark>, never as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(SNIPPET_MARK_START)
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>
        const [match = '', rest = ''] = part.split(SNIPPET_MARK_END)
        return (
          <span key={index}>
            <mark>{match}</mark>
            {rest}
          </span>
        )
      })}
    </>
  )
}

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return debounced
}

/** The search box's state and results, shared by the Search screen and the Ctrl/Cmd+K dialog. */
export function useSearch(initialQuery: string) {
  const [query, setQuery] = useState(initialQuery)
  const debounced = useDebounced(query.trim(), 150)
  const results = useQuery(() => api['search.query']({ query: debounced, limit: 100 }), `search-${debounced}`)
  return { query, setQuery, debounced, results }
}

/** The place in its 1:1 a note hit is in. */
function placeOf(hit: SearchHit): SessionPlace | undefined {
  if (hit.noteKind === 'shared') return 'shared-notes'
  if (hit.noteKind === 'private') return 'private-notes'
  if (hit.noteKind === 'section' && hit.templateSectionId !== null) return `section-${hit.templateSectionId}`
  return undefined
}

/** Where a hit opens: its 1:1 (at the note, for a note) when it has one, else the rep's page. A completed 1:1 opens as its summary. */
export function openHit(hit: SearchHit, repId: number): void {
  const at = placeOf(hit)
  navigate(hit.sessionId ? { screen: 'session', sessionId: hit.sessionId, view: 'session', ...(at ? { at } : {}) } : { screen: 'rep', repId })
}

/** The first hit, for Enter in the search box. */
export function firstHit(results: Results | undefined): { hit: SearchHit; repId: number } | null {
  const group = results?.groups[0]
  const hit = group?.hits[0]
  return group && hit ? { hit, repId: group.repId } : null
}

/** Arrow keys move between hits (buttons); Enter opens the focused one. */
export function moveFocusBetweenHits(container: HTMLElement | null, event: KeyboardEvent, fromInput: boolean): void {
  if (!container || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
  const hits = [...container.querySelectorAll<HTMLButtonElement>('.search-hit')]
  if (hits.length === 0) return
  event.preventDefault()
  if (fromInput) {
    ;(event.key === 'ArrowDown' ? hits[0] : hits[hits.length - 1])?.focus()
    return
  }
  const index = hits.indexOf(document.activeElement as HTMLButtonElement)
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1
  if (next < 0) container.closest('.search')?.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
  else hits[Math.min(next, hits.length - 1)]?.focus()
}

interface SearchResultsViewProps {
  debounced: string
  results: QueryState<Results>
  onOpen?: () => void
  /** Heading level of each rep's group. */
  level?: 2 | 3
}

export function SearchResultsView({ debounced, results, onOpen, level = 2 }: SearchResultsViewProps) {
  const ref = useRef<HTMLDivElement>(null)
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <>
      <ErrorBanner error={results.error} onRetry={results.reload} />
      {results.loading && debounced && !results.data && <Loading label="Searching…" />}
      {!debounced && <p className="empty">Type a word or the start of one. Every word must match.</p>}
      {debounced && results.data && (
        <div aria-live="polite" ref={ref} className="search-results" onKeyDown={(event) => moveFocusBetweenHits(ref.current, event, false)}>
          <p className="muted">
            {results.data.total === 0 ? `Nothing matches “${debounced}”.` : `${results.data.total} ${results.data.total === 1 ? 'match' : 'matches'} · ↑↓ to move, Enter to open`}
          </p>
          {results.data.groups.map((group) => (
            <section key={group.repId} className="search-group" aria-label={`Matches for ${group.repName}`}>
              <Heading>
                <a href={hrefFor({ screen: 'rep', repId: group.repId })} onClick={onOpen}>
                  {group.repName}
                </a>
              </Heading>
              <ul className="search-hits">
                {group.hits.map((hit) => (
                  <SearchHitRow
                    key={`${hit.kind}-${hit.id}`}
                    hit={hit}
                    onOpen={() => {
                      onOpen?.()
                      openHit(hit, group.repId)
                    }}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  )
}

function SearchHitRow({ hit, onOpen }: { hit: SearchHit; onOpen: () => void }) {
  return (
    <li>
      <button type="button" className="search-hit" onClick={onOpen}>
        <span className="search-hit__kind">
          {KIND_LABELS[hit.kind]}
          {hit.isPrivate && <span className="badge badge--private">Private</span>}
        </span>
        <span className="search-hit__snippet">
          <Snippet text={hit.snippet} />
        </span>
        <span className="search-hit__date">{formatDate(hit.date)}</span>
      </button>
    </li>
  )
}
