import { useState } from 'react'
import type { AgreementStatus, Owner, TimelineEntry } from '../../../../shared/domain'
import { api } from '../../api'
import { OwnerBadge } from '../../components/OwnerBadge'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { formatDate, formatDateTime, formatMinutes } from '../../lib/dates'
import { plural, SESSION_STATUS_LABELS } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { asApiError, useQuery } from '../../lib/use-query'

// Timeline ---------------------------------------------------------------------------------------

/** 1:1s newest first, a page at a time ("Load more"). Not virtualized yet: pages of 30 keep it light. */
export function TimelineTab({ repId }: { repId: number }) {
  const first = useQuery(() => api['reps.timeline']({ repId, limit: 30 }), `timeline-${repId}`)
  const [more, setMore] = useState<{ items: TimelineEntry[]; nextCursor: string | null } | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [moreError, setMoreError] = useState<ReturnType<typeof asApiError>>()
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])]
  const cursor = more ? more.nextCursor : (first.data?.nextCursor ?? null)
  const loading = first.loading || loadingMore
  const error = first.error ?? moreError

  async function loadMore(before: string) {
    setLoadingMore(true)
    setMoreError(undefined)
    try {
      const page = await api['reps.timeline']({ repId, limit: 30, before })
      setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], nextCursor: page.nextCursor }))
    } catch (caught) {
      setMoreError(asApiError(caught))
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <ErrorBanner error={error} />
      {!loading && items.length === 0 && !error && <p className="empty">No 1:1s yet.</p>}
      <ol className="timeline">
        {items.map((entry) => (
          <li key={entry.id}>
            <details>
              <summary>
                <span className="timeline__date">{formatDateTime(entry.scheduledAt)}</span>
                <span className={`status status--${entry.status}`}>{SESSION_STATUS_LABELS[entry.status]}</span>
                <span className="muted">{entry.pulse !== null ? `Pulse ${entry.pulse}/5` : ''}</span>
                <span className="timeline__excerpt">{entry.notesExcerpt}</span>
              </summary>
              <div className="timeline__body">
                <p>
                  {entry.templateName}
                  {entry.durationSeconds !== null && ` · ${formatMinutes(entry.durationSeconds)}`} · {plural(entry.counts.agreementsCreated, 'agreement')} made,{' '}
                  {entry.counts.agreementsReviewed} reviewed · {plural(entry.counts.challenges, 'challenge')} · {plural(entry.counts.recognitions, 'recognition')}
                  {entry.hasPrivateNotes && ' · has private notes'}
                </p>
                {entry.notesExcerpt && <p className="muted">{entry.notesExcerpt}</p>}
                <a href={hrefFor({ screen: 'session', sessionId: entry.id, view: entry.status === 'completed' ? 'summary' : 'session' })}>
                  Open the 1:1 of {formatDate(entry.date)}
                </a>
              </div>
            </details>
          </li>
        ))}
      </ol>
      {loading && <Loading label="Loading 1:1s…" />}
      {!loading && cursor && (
        <button type="button" className="button" onClick={() => void loadMore(cursor)}>
          Load more
        </button>
      )}
    </section>
  )
}

// Agreements -------------------------------------------------------------------------------------

const STATUS_LABELS: Record<AgreementStatus, string> = { open: 'Open', done: 'Done', missed: 'Missed', dropped: 'Dropped' }

export function AgreementsTab({ repId, repName }: { repId: number; repName: string }) {
  const [owner, setOwner] = useState<Owner | ''>('')
  const [status, setStatus] = useState<AgreementStatus | ''>('')
  const ledger = useQuery(
    () => api['reps.agreements']({ repId, ...(owner ? { owner } : {}), ...(status ? { status } : {}) }),
    `ledger-${repId}-${owner}-${status}`
  )
  return (
    <section className="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">Agreements ledger</h2>
      <div className="filters">
        <label className="filter">
          Owner
          <select value={owner} onChange={(event) => setOwner(event.target.value as Owner | '')}>
            <option value="">Both</option>
            <option value="rep">{repName}</option>
            <option value="manager">You</option>
          </select>
        </label>
        <label className="filter">
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as AgreementStatus | '')}>
            <option value="">Any</option>
            {(Object.keys(STATUS_LABELS) as AgreementStatus[]).map((key) => (
              <option key={key} value={key}>
                {STATUS_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBanner error={ledger.error} onRetry={ledger.reload} />
      {ledger.data && ledger.data.length === 0 && <p className="empty">No agreements match.</p>}
      {ledger.data && ledger.data.length > 0 && (
        <ul className="agreement-list">
          {ledger.data.map((agreement) => (
            <li key={agreement.id} className={agreement.overdue ? 'is-overdue' : undefined}>
              <span>
                <OwnerBadge owner={agreement.owner} repName={repName} /> {agreement.text}
              </span>
              <span className="muted">
                <span className={`status status--agreement-${agreement.status}`}>{STATUS_LABELS[agreement.status]}</span>{' '}
                {agreement.overdue ? <span className="due due--overdue">Overdue by {plural(agreement.daysOverdue, 'day')}</span> : agreement.dueDate ? `Due ${formatDate(agreement.dueDate)}` : 'No due date'}
                {agreement.doneOn && ` · done ${formatDate(agreement.doneOn)}`}
                {agreement.carriedForwardCount > 0 && ` · carried forward ${agreement.carriedForwardCount}×`}
                {' · made '}
                {agreement.createdInSessionId ? (
                  <a href={hrefFor({ screen: 'session', sessionId: agreement.createdInSessionId, view: 'summary' })}>{formatDate(agreement.createdOn)}</a>
                ) : (
                  formatDate(agreement.createdOn)
                )}
                {agreement.missedReason && ` · why missed: ${agreement.missedReason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// Recognition ------------------------------------------------------------------------------------

export function RecognitionTab({ repId }: { repId: number }) {
  const log = useQuery(() => api['reps.recognitions']({ repId }), `recognitions-${repId}`)
  return (
    <section className="panel" aria-labelledby="recognition-title">
      <h2 id="recognition-title">Recognition</h2>
      <ErrorBanner error={log.error} onRetry={log.reload} />
      {log.data && log.data.length === 0 && <p className="empty">Nothing recognised yet. Specific recognition, often, keeps people going.</p>}
      {log.data && log.data.length > 0 && (
        <ul className="agreement-list">
          {log.data.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.what}</strong>
              {entry.behaviour && <span>{entry.behaviour}</span>}
              <span className="muted">
                {entry.sessionId ? <a href={hrefFor({ screen: 'session', sessionId: entry.sessionId, view: 'summary' })}>{formatDate(entry.recognizedOn)}</a> : formatDate(entry.recognizedOn)}
                {entry.goalTitle && ` · goal: ${entry.goalTitle}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// Challenges -------------------------------------------------------------------------------------

export function ChallengesTab({ repId }: { repId: number }) {
  const list = useQuery(() => api['reps.challenges']({ repId }), `challenges-${repId}`)
  return (
    <section className="panel" aria-labelledby="challenges-tab-title">
      <h2 id="challenges-tab-title">Challenges</h2>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <p className="empty">No challenges yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="agreement-list">
          {list.data.map((challenge) => (
            <li key={challenge.id}>
              <span>
                {challenge.text}
                {challenge.recurring && <span className="badge badge--warn">Recurring</span>}
                <span className={`status status--challenge-${challenge.status}`}>{challenge.status === 'open' ? 'Open' : 'Resolved'}</span>
              </span>
              {challenge.supportOffered && <span>Support: {challenge.supportOffered}</span>}
              <span className="muted">
                Came up in {plural(challenge.sessionCount, '1:1')} · raised {formatDate(challenge.raisedOn)}
                {challenge.lastCameUpOn && ` · last ${formatDate(challenge.lastCameUpOn)}`}
                {challenge.resolvedOn && ` · resolved ${formatDate(challenge.resolvedOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
