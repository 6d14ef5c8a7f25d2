import { useEffect, useId, useState } from 'react'
import type { ReviewDraft } from '@shared/exports'
import { api, isBrowserHost } from '../../api'
import { Field } from '../../components/Field'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { toApiError } from '../../lib/autosave'
import { formatDate, formatTimestamp } from '../../lib/dates'
import { downloadFile } from '../../lib/file-download'
import { hrefFor, navigate } from '../../lib/router'
import { useQuery } from '../../lib/use-query'
import { quarterLabel, quarterOf, type Period, type PeriodPreset } from './review-periods'

/** #/review?rep=ID — one rep over a period compiled into a performance-review draft, edited, then exported. */
export default function ReviewScreen({ repId }: { repId: number | null }) {
  const team = useQuery(() => api['reps.list']({ includeArchived: true }), 'review-team')
  const [preset, setPreset] = useState<PeriodPreset>('this_quarter')
  const [today] = useState(() => new Date())
  const thisQuarter = quarterOf(today, 0)
  const lastQuarter = quarterOf(today, -1)
  const [custom, setCustom] = useState<Period>(thisQuarter)
  const period = preset === 'this_quarter' ? thisQuarter : preset === 'last_quarter' ? lastQuarter : custom
  const periodError = !period.from || !period.to ? 'Enter both dates.' : period.from > period.to ? 'The period starts after it ends. Change one of the dates.' : undefined
  const rep = team.data?.find((member) => member.id === repId)

  useEffect(() => {
    document.title = rep ? `Review: ${rep.name} · Kept` : 'Review · Kept'
  }, [rep])

  return (
    <section className="screen screen--review" aria-labelledby="review-title">
      <header className="screen__header">
        <div>
          <h1 id="review-title">{rep ? `Performance review: ${rep.name}` : 'Performance review'}</h1>
          <p className="screen__subtitle">Compiled from the 1:1s of a period: goals, wins, challenges, agreements kept on both sides and the pulse. Edit it, then export.</p>
        </div>
      </header>
      <ErrorBanner error={team.error} onRetry={team.reload} />

      <div className="review-controls">
        <Field label="Rep">
          <select value={repId ?? ''} onChange={(event) => navigate({ screen: 'review', repId: event.target.value ? Number(event.target.value) : null })}>
            <option value="">Choose a rep…</option>
            {(team.data ?? []).map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
                {member.archived ? ' (archived)' : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Period">
          <select value={preset} onChange={(event) => setPreset(event.target.value as PeriodPreset)}>
            <option value="this_quarter">This quarter ({quarterLabel(thisQuarter)})</option>
            <option value="last_quarter">Last quarter ({quarterLabel(lastQuarter)})</option>
            <option value="custom">Custom dates</option>
          </select>
        </Field>
        {preset === 'custom' && (
          <>
            <Field label="From" error={periodError}>
              <input type="date" value={custom.from} onChange={(event) => setCustom({ ...custom, from: event.target.value })} />
            </Field>
            <Field label="To">
              <input type="date" value={custom.to} onChange={(event) => setCustom({ ...custom, to: event.target.value })} />
            </Field>
          </>
        )}
        {preset !== 'custom' && (
          <p className="muted">
            {formatDate(period.from)} to {formatDate(period.to)}
          </p>
        )}
      </div>

      {repId === null && <p className="muted">Choose a rep to compile their review.</p>}
      {repId !== null && !periodError && <ReviewEditor key={`${repId}:${period.from}:${period.to}`} repId={repId} period={period} />}
    </section>
  )
}

function ReviewEditor({ repId, period }: { repId: number; period: Period }) {
  const query = useQuery(() => api['review.draft']({ repId, ...period }), `review-${repId}-${period.from}-${period.to}`)
  if (!query.data) {
    return (
      <>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        {query.loading && <Loading label="Compiling the review…" />}
      </>
    )
  }
  return <DraftEditor draft={query.data} />
}

function DraftEditor({ draft: initial }: { draft: ReviewDraft }) {
  const [draft, setDraft] = useState(initial)
  const [text, setText] = useState(initial.text)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>()
  const hintId = useId()
  const dirty = text !== draft.text
  const period = { repId: draft.repId, from: draft.from, to: draft.to }

  async function act(action: () => Promise<string>) {
    setBusy(true)
    setMessage(undefined)
    try {
      setMessage({ kind: 'ok', text: await action() })
    } catch (caught) {
      setMessage({ kind: 'error', text: toApiError(caught).message })
    } finally {
      setBusy(false)
    }
  }

  async function saveIfChanged(): Promise<void> {
    if (!dirty) return
    setDraft(await api['review.save']({ ...period, text }))
  }

  const save = () =>
    act(async () => {
      const saved = await api['review.save']({ ...period, text })
      setDraft(saved)
      return `Draft saved${saved.savedAt ? ` (${formatTimestamp(saved.savedAt)})` : ''}.`
    })

  const exportAs = (format: 'md' | 'html') =>
    act(async () => {
      await saveIfChanged()
      const file = await api['review.export']({ ...period, format })
      downloadFile(file)
      return `Saved ${file.fileName}.`
    })

  const exportHistory = (format: 'md' | 'html') =>
    act(async () => {
      const file = await api['exports.history']({ repId: draft.repId, from: draft.from, to: draft.to, format })
      downloadFile(file)
      return `Saved ${file.fileName} (without private notes).`
    })

  const exportPdf = () =>
    act(async () => {
      await saveIfChanged()
      const html = await api['review.export']({ ...period, format: 'html' })
      const saved = await window.keptApp?.savePdf?.({ html: html.content, fileName: html.fileName.replace(/\.html$/, '.pdf') })
      if (!saved) throw new Error('PDF export needs the Kept desktop app. Download HTML and print it to PDF instead.')
      return saved.saved ? `Saved ${saved.fileName}.` : 'Not saved.'
    })

  return (
    <div className="review-layout">
      <div className="review-editor">
        <label htmlFor="review-text" className="field__label">
          Review draft (Markdown)
        </label>
        <textarea id="review-text" value={text} onChange={(event) => setText(event.target.value)} aria-describedby={hintId} spellCheck />
        <p id={hintId} className="muted">
          {draft.savedAt ? `Your edit, saved ${formatTimestamp(draft.savedAt)}.` : 'Compiled from the 1:1s; not saved yet.'}
          {dirty && ' You have unsaved changes.'}
        </p>
        <div className="review-actions">
          <button type="button" className="button button--primary" onClick={save} disabled={busy || !dirty}>
            Save draft
          </button>
          <button type="button" className="button" onClick={() => exportAs('md')} disabled={busy}>
            Download Markdown
          </button>
          <button type="button" className="button" onClick={() => exportAs('html')} disabled={busy}>
            Download HTML
          </button>
          {!isBrowserHost && (
            <button type="button" className="button" onClick={exportPdf} disabled={busy}>
              Save as PDF…
            </button>
          )}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setText(draft.generatedText)
              setMessage({ kind: 'ok', text: 'Replaced with a fresh compilation of the 1:1s. Save the draft to keep it.' })
            }}
            disabled={busy || text === draft.generatedText}
          >
            Start over from the 1:1s
          </button>
        </div>
        <p className={message?.kind === 'error' ? 'field__error' : 'export-form__done'} role={message?.kind === 'error' ? 'alert' : 'status'}>
          {message?.text}
        </p>
      </div>
      <aside className="review-aside" aria-labelledby="review-sources">
        <h2 id="review-sources">1:1s drawn on</h2>
        {draft.sessionDates.length === 0 ? (
          <p className="muted">No 1:1s were completed in this period.</p>
        ) : (
          <ul>
            {draft.sessionDates.map((date, index) => (
              <li key={`${date}-${index}`}>{formatDate(date)}</li>
            ))}
          </ul>
        )}
        {draft.sessionDates.length > 0 && (
          <div className="review-aside__history">
            <p className="muted">These 1:1s in full, without private notes:</p>
            <div className="review-actions">
              <button type="button" className="button button--small" onClick={() => exportHistory('md')} disabled={busy}>
                1:1s as Markdown
              </button>
              <button type="button" className="button button--small" onClick={() => exportHistory('html')} disabled={busy}>
                1:1s as HTML
              </button>
            </div>
          </div>
        )}
        <p>
          <a href={hrefFor({ screen: 'rep', repId: draft.repId })}>Open {draft.repName}’s page</a>
        </p>
      </aside>
    </div>
  )
}
