import { useState } from 'react'
import type { MetricImportSummary } from '@shared/imports'
import { api } from '../../api'
import { InlineConfirm } from '../../components/InlineConfirm'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { formatTimestamp } from '../../lib/dates'
import { asApiError, type QueryState } from '../../lib/use-query'

export function PastImports({ imports }: { imports: QueryState<MetricImportSummary[]> }) {
  const [confirming, setConfirming] = useState<number | null>(null)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  const [notice, setNotice] = useState('')

  async function undo(entry: MetricImportSummary) {
    setConfirming(null)
    setError(undefined)
    try {
      const result = await api['imports.undo']({ importId: entry.id })
      setNotice(`Undone: ${result.checkInsRemoved} check-ins from ${entry.fileName} were removed.`)
      imports.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  return (
    <section className="panel" aria-labelledby="past-imports-title">
      <h2 id="past-imports-title">Past imports</h2>
      <ErrorBanner error={imports.error} onRetry={imports.reload} />
      <ErrorBanner error={error} />
      <SuccessBanner message={notice} />
      {imports.loading && !imports.data && <Loading label="Loading past imports…" />}
      {imports.data && imports.data.length === 0 && <p className="empty">No metrics imported yet.</p>}
      {imports.data && imports.data.length > 0 && (
        <ul className="import-history">
          {imports.data.map((entry) => (
            <li key={entry.id} className={entry.undoneAt ? 'is-undone' : undefined}>
              <span className="import-history__what">
                <strong>{entry.fileName}</strong> · {entry.sourceName} · {entry.rowsImported} check-ins · {formatTimestamp(entry.importedAt)}
                {entry.undoneAt && ` · undone ${formatTimestamp(entry.undoneAt)}`}
              </span>
              {!entry.undoneAt &&
                (confirming === entry.id ? (
                  <InlineConfirm
                    message={`Remove the ${entry.rowsImported} check-ins imported from ${entry.fileName}?`}
                    confirmLabel="Undo import"
                    cancelLabel="Keep it"
                    onConfirm={() => void undo(entry)}
                    onCancel={() => setConfirming(null)}
                  />
                ) : (
                  <button type="button" className="button button--small" onClick={() => setConfirming(entry.id)} aria-label={`Undo import of ${entry.fileName}`}>
                    Undo import
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
