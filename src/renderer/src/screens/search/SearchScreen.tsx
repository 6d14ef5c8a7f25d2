import { useEffect } from 'react'
import { hrefFor } from '../../lib/router'
import { firstHit, moveFocusBetweenHits, openHit, SearchResultsView, useSearch } from './SearchResults'

export function SearchScreen({ initialQuery }: { initialQuery: string }) {
  const { query, setQuery, debounced, results } = useSearch(initialQuery)

  useEffect(() => {
    const target = hrefFor({ screen: 'search', query: debounced })
    if (window.location.hash !== target) window.history.replaceState(null, '', target)
  }, [debounced])

  return (
    <section className="screen search" aria-labelledby="search-title">
      <header className="screen__header">
        <h1 id="search-title">Search</h1>
      </header>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault()
          const first = firstHit(results.data)
          if (first && debounced === query.trim()) openHit(first.hit, first.repId)
        }}
      >
        <input
          type="search"
          aria-label="Search"
          placeholder="Search notes, agreements, challenges, recognition and goals"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => moveFocusBetweenHits(event.currentTarget.closest('.search'), event, true)}
          autoFocus
        />
      </form>
      <SearchResultsView debounced={debounced} results={results} />
    </section>
  )
}
