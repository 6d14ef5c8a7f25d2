import { useEffect, useState } from 'react'
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit, type SearchHitKind } from '../../../../shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { hrefFor, navigate } from '../../lib/router'
import { useQuery } from '../../lib/use-query'

const KIND_LABELS: Record<SearchHitKind, string> = {
  note: 'Note',
  agreement: 'Agreement',
  challenge: 'Challenge',
  recognition: 'Recognition',
  goal: 'Goal'
}

/** Renders a snippet's marked matches as <mark>, never as HTML. */
function Snippet({ text }: { text: string }) {
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

export function SearchScreen({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery)
  const debounced = useDebounced(query.trim(), 150)
  const results = useQuery(() => api['search.query']({ query: debounced, limit: 100 }), `search-${debounced}`)

  useEffect(() => {
    const target = hrefFor({ screen: 'search', query: debounced })
    if (window.location.hash !== target) window.history.replaceState(null, '', target)
  }, [debounced])

  return (
    <section className="screen" aria-labelledby="search-title">
      <header className="screen__header">
        <h1 id="search-title">Search</h1>
      </header>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <input
          type="search"
          aria-label="Search"
          placeholder="Search notes, agreements, challenges, recognition and goals"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoFocus
        />
      </form>
      <ErrorBanner error={results.error} onRetry={results.reload} />
      {results.loading && debounced && !results.data && <Loading label="Searching…" />}
      {!debounced && <p className="empty">Type a word or the start of one. Every word must match.</p>}
      {debounced && results.data && (
        <div aria-live="polite">
          <p className="muted">
            {results.data.total === 0 ? `Nothing matches “${debounced}”.` : `${results.data.total} ${results.data.total === 1 ? 'match' : 'matches'}`}
          </p>
          {results.data.groups.map((group) => (
            <section key={group.repId} className="search-group" aria-label={`Matches for ${group.repName}`}>
              <h2>
                <a href={hrefFor({ screen: 'rep', repId: group.repId })}>{group.repName}</a>
              </h2>
              <ul className="search-hits">
                {group.hits.map((hit) => (
                  <SearchHitRow key={`${hit.kind}-${hit.id}`} hit={hit} repId={group.repId} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  )
}

function SearchHitRow({ hit, repId }: { hit: SearchHit; repId: number }) {
  return (
    <li>
      <button type="button" className="search-hit" onClick={() => navigate({ screen: 'rep', repId })}>
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
