import { useState, type KeyboardEvent } from 'react'
import { Dialog } from '../../components/Dialog'
import { ErrorBanner } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { navigate } from '../../lib/router'
import { startSession } from '../../lib/start-session'
import { asApiError, useQuery } from '../../lib/use-query'
import { RepFormDialog } from '../reps/RepFormDialog'
import { teamOverviewQuery } from '../team/team-queries'
import { hitsByDate, matchingActions, matchingReps, type PaletteActionId } from './palette-model'
import { KIND_LABELS, openHit, Snippet, useSearch } from './SearchResults'
import './palette.css'

interface SearchDialogProps {
  open: boolean
  onClose: () => void
  /** "Jot a talking point": the app's quick capture. */
  onJot: () => void
}

/**
 * Ctrl/Cmd+K, the command palette: reps first (Open, Start 1:1), then actions, then text hits
 * newest first. ↑/↓ move between choices, Enter takes the first (or the focused) one, Escape closes.
 * Its box keeps one height and place while results come and go.
 */
export function SearchDialog({ open, onClose, onJot }: SearchDialogProps) {
  const [addingRep, setAddingRep] = useState(false)
  function run(action: PaletteActionId) {
    onClose()
    if (action === 'add-rep') setAddingRep(true)
    else if (action === 'import') navigate({ screen: 'import' })
    else onJot()
  }
  return (
    <>
      <Dialog title="Search" open={open} onClose={onClose} size="wide">
        {open && <PaletteBody onClose={onClose} onAction={run} />}
      </Dialog>
      <RepFormDialog
        open={addingRep}
        onClose={() => setAddingRep(false)}
        onSaved={(saved) => {
          setAddingRep(false)
          navigate({ screen: 'rep', repId: saved.id })
        }}
      />
    </>
  )
}

const OPTION = '[data-palette-option]'

/** ↑/↓ from the box or any choice: the next or previous choice; ↑ from the first goes back to the box. */
function moveBetweenOptions(event: KeyboardEvent<HTMLElement>, root: HTMLElement | null) {
  if (!root || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return
  const options = [...root.querySelectorAll<HTMLElement>(OPTION)]
  if (options.length === 0) return
  event.preventDefault()
  const index = options.indexOf(document.activeElement as HTMLElement)
  const next = event.key === 'ArrowDown' ? index + 1 : index < 0 ? options.length - 1 : index - 1
  if (next < 0) root.querySelector<HTMLInputElement>('input[type="search"]')?.focus()
  else options[Math.min(next, options.length - 1)]?.focus()
}

function PaletteBody({ onClose, onAction }: { onClose: () => void; onAction: (action: PaletteActionId) => void }) {
  const { query, setQuery, debounced, results } = useSearch('')
  // The team in the overview's order: with nothing typed, the reps due soonest come first.
  const team = useQuery(teamOverviewQuery.load, 'palette-team')
  const [includePrivate, setIncludePrivate] = useState(false)
  const [startError, setStartError] = useState<ReturnType<typeof asApiError>>()
  const [root, setRoot] = useState<HTMLDivElement | null>(null)
  const repMatches = matchingReps(team.data?.members ?? [], query)
  const actions = matchingActions(query)
  const hits = debounced && debounced === query.trim() ? hitsByDate(results.data, includePrivate) : []
  const hiddenPrivate = debounced && !includePrivate ? hitsByDate(results.data, true).length - hitsByDate(results.data, false).length : 0

  async function start(repId: number) {
    setStartError(undefined)
    try {
      await startSession(repId)
      onClose()
    } catch (caught) {
      setStartError(asApiError(caught))
    }
  }

  return (
    <div className="search search-dialog palette" ref={setRoot} onKeyDown={(event) => moveBetweenOptions(event, root)}>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault()
          root?.querySelector<HTMLElement>(OPTION)?.click()
        }}
      >
        <input
          type="search"
          aria-label="Search"
          placeholder="A rep, an action, or words from notes, agreements, goals…"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // A search field's own Escape would only clear it; here Escape closes the dialog.
            if (event.key === 'Escape') {
              event.preventDefault()
              onClose()
            }
          }}
          data-autofocus
        />
      </form>
      <div className="palette__options">
        <label className="toggle">
          <input type="checkbox" checked={includePrivate} onChange={(event) => setIncludePrivate(event.target.checked)} />
          Include private notes
        </label>
        <span className="muted palette__hint" aria-hidden="true">
          ↑↓ to move · Enter to choose
        </span>
      </div>
      <ErrorBanner error={startError} />
      <div className="palette__body" aria-live="polite">
        {repMatches.length > 0 && (
          <section className="palette__group" aria-labelledby="palette-reps">
            <h3 id="palette-reps">Reps</h3>
            <ul className="palette__list">
              {repMatches.map((rep) => (
                <li key={rep.id} className="palette__rep">
                  <span className="palette__rep-name">{rep.name}</span>
                  <button
                    type="button"
                    className="button button--small"
                    data-palette-option
                    aria-label={`Open ${rep.name}`}
                    onClick={() => {
                      onClose()
                      navigate({ screen: 'rep', repId: rep.id })
                    }}
                  >
                    Open
                  </button>
                  <button type="button" className="button button--small button--primary" data-palette-option aria-label={`Start 1:1 with ${rep.name}`} onClick={() => void start(rep.id)}>
                    Start 1:1
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {actions.length > 0 && (
          <section className="palette__group" aria-labelledby="palette-actions">
            <h3 id="palette-actions">Actions</h3>
            <ul className="palette__list">
              {actions.map((action) => (
                <li key={action.id}>
                  <button type="button" className="palette__action" data-palette-option onClick={() => onAction(action.id)}>
                    {action.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {debounced && (
          <section className="palette__group search-group" aria-labelledby="palette-hits">
            <h3 id="palette-hits">
              Matches{results.data ? ` · ${hits.length}` : ''}
              {hiddenPrivate > 0 && <span className="muted palette__private-note"> · {hiddenPrivate} in private notes hidden</span>}
            </h3>
            {results.error ? (
              <ErrorBanner error={results.error} onRetry={results.reload} />
            ) : !results.data || debounced !== query.trim() ? (
              <p className="muted">Searching…</p>
            ) : hits.length === 0 ? (
              <p className="empty">Nothing matches “{debounced}”.</p>
            ) : (
              <ul className="search-hits">
                {hits.map(({ hit, repId, repName }) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <button
                      type="button"
                      className="search-hit palette__hit"
                      data-palette-option
                      data-date={hit.date ?? ''}
                      onClick={() => {
                        onClose()
                        openHit(hit, repId)
                      }}
                    >
                      <span className="search-hit__kind">
                        {KIND_LABELS[hit.kind]}
                        {hit.isPrivate && <span className="badge badge--private">Private</span>}
                      </span>
                      <span className="search-hit__snippet">
                        <span className="palette__hit-rep">{repName}</span> <Snippet text={hit.snippet} />
                      </span>
                      <span className="search-hit__date">{formatDate(hit.date)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {!debounced && repMatches.length === 0 && actions.length === 0 && <p className="empty">Type a name, an action, or a word from your notes.</p>}
      </div>
    </div>
  )
}
