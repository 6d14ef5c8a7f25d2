import { useState } from 'react'
import type { AgreementStatus, LedgerAgreement, Owner } from '@shared/domain'
import { api } from '../../api'
import { InlineConfirm } from '../../components/InlineConfirm'
import { OwnerBadge } from '../../components/OwnerBadge'
import { ErrorBanner } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { plural } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { offerUndo } from '../../lib/undo'
import { asApiError, useQuery } from '../../lib/use-query'
import { AgreementChanges } from './AgreementChanges'

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
            <LedgerRow key={agreement.id} agreement={agreement} repName={repName} onDeleted={ledger.reload} onChanged={ledger.reload} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** One agreement of the ledger, with Delete (asked first, undoable). */
function LedgerRow({ agreement, repName, onDeleted, onChanged }: { agreement: LedgerAgreement; repName: string; onDeleted: () => void; onChanged: () => void }) {
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()

  async function remove() {
    setError(undefined)
    try {
      const entry = await api['agreements.delete']({ id: agreement.id })
      setConfirming(false)
      onDeleted()
      offerUndo(entry, `The agreement “${entry.label}” was moved to the Trash.`)
    } catch (caught) {
      setConfirming(false)
      setError(asApiError(caught))
    }
  }

  return (
    <li className={`ledger-row${agreement.overdue ? ' is-overdue' : ''}`}>
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
      {confirming ? (
        <InlineConfirm
          message="Delete this agreement from the ledger? You can undo this, or restore it from the Trash."
          confirmLabel="Delete agreement"
          cancelLabel="Keep it"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button button--small button--ghost ledger-row__delete" onClick={() => setConfirming(true)} aria-label={`Delete agreement “${agreement.text}”`}>
          Delete
        </button>
      )}
      <AgreementChanges agreement={agreement} repName={repName} onChanged={onChanged} />
      <ErrorBanner error={error} />
    </li>
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
