import { useState } from 'react'
import type { RestoredItem, TrashEntry, TrashKind } from '@shared/trash'
import { api } from '../../api'
import { Breadcrumb } from '../../components/Breadcrumb'
import { InlineConfirm, useFocusBackAfterConfirm } from '../../components/InlineConfirm'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { formatTimestamp } from '../../lib/dates'
import { hrefFor, type Route } from '../../lib/router'
import { dismissUndo } from '../../lib/undo'
import { asApiError, useQuery } from '../../lib/use-query'

const KIND_LABELS: Record<TrashKind, string> = { rep: 'Rep', session: '1:1', goal: 'Goal', agreement: 'Agreement' }

function describeEntry(entry: TrashEntry): string {
  const owner = entry.kind === 'rep' ? '' : ` · ${entry.repName}`
  const extra = entry.rowCount > 1 ? ` · with ${entry.rowCount - 1} related record${entry.rowCount === 2 ? '' : 's'}` : ''
  return `${KIND_LABELS[entry.kind]}${owner} · deleted ${formatTimestamp(entry.deletedAt)}${extra}`
}

/** Where a restored 1:1 or rep can be opened at once (goals and agreements show on their rep's screen). */
function restoredRoute(item: RestoredItem): { route: Route; label: string } | null {
  if (item.kind === 'session') return { route: { screen: 'session', sessionId: item.itemId, view: 'summary' }, label: 'Open the restored 1:1' }
  if (item.kind === 'rep') return { route: { screen: 'rep', repId: item.itemId }, label: `Open ${item.label}` }
  return null
}

/** What was deleted, restorable one by one until the trash is emptied (explicitly). */
export function TrashScreen() {
  const trash = useQuery(() => api['trash.list']({}), 'trash')
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  const [message, setMessage] = useState('')
  const [restored, setRestored] = useState<{ route: Route; label: string } | null>(null)
  const [confirmingEmpty, setConfirmingEmpty] = useState(false)
  const emptyButton = useFocusBackAfterConfirm<HTMLButtonElement>(confirmingEmpty)

  async function restore(entry: TrashEntry) {
    setError(undefined)
    try {
      const item = await api['trash.restore']({ id: entry.id })
      dismissUndo()
      setMessage(`“${entry.label}” was restored.`)
      setRestored(restoredRoute(item))
      trash.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  async function empty() {
    setError(undefined)
    try {
      const { removed } = await api['trash.empty']({})
      dismissUndo()
      setRestored(null)
      setConfirmingEmpty(false)
      setMessage(removed === 1 ? 'The trash was emptied: 1 item was deleted for good.' : `The trash was emptied: ${removed} items were deleted for good.`)
      trash.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  const entries = trash.data ?? []
  return (
    <section className="screen" aria-labelledby="trash-title">
      <Breadcrumb trail={[{ label: 'Settings', href: hrefFor({ screen: 'settings' }) }]} current="Trash" />
      <header className="screen__header">
        <div>
          <h1 id="trash-title">Trash</h1>
          <p className="screen__subtitle">Deleted reps, 1:1s, goals and agreements stay here until you empty the trash.</p>
        </div>
        {entries.length > 0 && !confirmingEmpty && (
          <div className="screen__actions">
            <button ref={emptyButton} type="button" className="button" onClick={() => setConfirmingEmpty(true)}>
              Empty trash
            </button>
          </div>
        )}
      </header>
      {confirmingEmpty && (
        <InlineConfirm
          message={`Delete ${entries.length === 1 ? 'this item' : `these ${entries.length} items`} for good? This cannot be undone.`}
          confirmLabel="Empty trash"
          cancelLabel="Cancel"
          danger
          onConfirm={() => void empty()}
          onCancel={() => setConfirmingEmpty(false)}
        />
      )}
      <ErrorBanner error={trash.error} onRetry={trash.reload} />
      <ErrorBanner error={error} />
      <SuccessBanner
        message={message}
        action={
          restored && (
            <a className="button button--small" href={hrefFor(restored.route)}>
              {restored.label}
            </a>
          )
        }
      />
      {trash.loading && !trash.data && <Loading label="Loading…" />}
      {trash.data && entries.length === 0 && <p className="empty-state">The trash is empty.</p>}
      {entries.length > 0 && (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} className="trash-list__item">
              <div>
                <strong className="trash-list__label">{entry.label}</strong>
                <span className="trash-list__meta">{describeEntry(entry)}</span>
              </div>
              <button type="button" className="button button--small" onClick={() => void restore(entry)} aria-label={`Restore ${KIND_LABELS[entry.kind].toLowerCase()} “${entry.label}”`}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
