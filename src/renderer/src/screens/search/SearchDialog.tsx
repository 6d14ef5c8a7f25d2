import { Dialog } from '../../components/Dialog'
import { firstHit, moveFocusBetweenHits, openHit, SearchResultsView, useSearch } from './SearchResults'

/** Ctrl/Cmd+K: search from anywhere; Enter opens the first hit, arrows move between hits, Escape closes. */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Search" open={open} onClose={onClose} size="wide">
      {open && <SearchDialogBody onClose={onClose} />}
    </Dialog>
  )
}

function SearchDialogBody({ onClose }: { onClose: () => void }) {
  const { query, setQuery, debounced, results } = useSearch('')
  return (
    <div className="search search-dialog">
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault()
          const first = firstHit(results.data)
          if (first && debounced === query.trim()) {
            onClose()
            openHit(first.hit, first.repId)
          }
        }}
      >
        <input
          type="search"
          aria-label="Search"
          placeholder="Notes, agreements, challenges, recognition, goals"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // A search field's own Escape would only clear it; here Escape closes the dialog.
            if (event.key === 'Escape') {
              event.preventDefault()
              onClose()
              return
            }
            moveFocusBetweenHits(event.currentTarget.closest('.search'), event, true)
          }}
          data-autofocus
        />
      </form>
      <SearchResultsView debounced={debounced} results={results} onOpen={onClose} level={3} />
    </div>
  )
}
