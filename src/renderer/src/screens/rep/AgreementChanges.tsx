// Agreements live between 1:1s: mark one done, move its due date or hand it to the other side from
// the ledger or the Brief, and see every such change (who, what, when).
import { useId, useState, type FormEvent } from 'react'
import type { AgreementChange } from '@shared/agreement-changes'
import type { Agreement, Owner } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner } from '../../components/StatusMessage'
import { formatDate, formatTimestamp, todayIso } from '../../lib/dates'
import { trackWrite } from '../../lib/save-status'
import { asApiError } from '../../lib/use-query'
import { DueDateField } from '../session/sections/DueDateField'
import './agreement-changes.css'

interface AgreementChangesProps {
  agreement: Agreement & { reviewedInSessionId?: number | null }
  repName: string
  onChanged: () => void
}

const ownerName = (owner: string | null, repName: string) => (owner === 'manager' ? 'you' : owner === 'rep' ? repName : '—')
const dueName = (date: string | null) => (date ? formatDate(date) : 'no due date')

/** One history line in words: "12 Jun 2026, 09:30 · Alex Morgan moved the due date from 19 Jun 2026 to 26 Jun 2026". */
export function describeChange(change: AgreementChange, repName: string): string {
  const what =
    change.field === 'status'
      ? change.newValue === 'done'
        ? 'marked it done'
        : 'reopened it'
      : change.field === 'due_date'
        ? `moved the due date from ${dueName(change.oldValue)} to ${dueName(change.newValue)}`
        : `handed it from ${ownerName(change.oldValue, repName)} to ${ownerName(change.newValue, repName)}`
  return `${formatTimestamp(change.changedAt)} · ${change.changedBy} ${what}`
}

export function AgreementChanges({ agreement, repName, onChanged }: AgreementChangesProps) {
  const [editing, setEditing] = useState(false)
  const [history, setHistory] = useState<AgreementChange[] | null>(null)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  const historyId = useId()
  const canReopen = agreement.status === 'done' && !agreement.reviewedInSessionId

  async function change(input: { status?: 'open' | 'done'; dueDate?: string | null; owner?: Owner }): Promise<boolean> {
    setError(undefined)
    try {
      await trackWrite(api['agreements.change']({ id: agreement.id, ...input }))
      if (history) setHistory(await api['agreements.history']({ id: agreement.id }))
      onChanged()
      return true
    } catch (caught) {
      setError(asApiError(caught))
      return false
    }
  }

  async function toggleHistory() {
    if (history) {
      setHistory(null)
      return
    }
    setError(undefined)
    try {
      setHistory(await api['agreements.history']({ id: agreement.id }))
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  const label = `“${agreement.text}”`
  return (
    <div className="agreement-changes">
      <div className="agreement-changes__actions">
        {agreement.status === 'open' && (
          <>
            <button type="button" className="button button--small" aria-label={`Mark done ${label}`} onClick={() => void change({ status: 'done' })}>
              Mark done
            </button>
            <button type="button" className="button button--small button--ghost" aria-label={`Change due date or owner of ${label}`} aria-expanded={editing} onClick={() => setEditing(!editing)}>
              Change due date or owner
            </button>
          </>
        )}
        {canReopen && (
          <button type="button" className="button button--small button--ghost" aria-label={`Reopen ${label}`} onClick={() => void change({ status: 'open' })}>
            Reopen
          </button>
        )}
        <button type="button" className="button button--small button--ghost" aria-label={`History of ${label}`} aria-expanded={history !== null} aria-controls={historyId} onClick={() => void toggleHistory()}>
          History
        </button>
      </div>
      {editing && (
        <ChangeForm
          agreement={agreement}
          repName={repName}
          onCancel={() => setEditing(false)}
          onSave={async (input) => {
            if (await change(input)) setEditing(false)
          }}
        />
      )}
      <ErrorBanner error={error} />
      {history !== null && (
        <div id={historyId} className="agreement-changes__history">
          {history.length === 0 ? (
            <p className="muted">Not changed since it was agreed.</p>
          ) : (
            <ol aria-label={`Changes to ${label}`}>
              {history.map((entry) => (
                <li key={entry.id}>{describeChange(entry, repName)}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  )
}

function ChangeForm({ agreement, repName, onSave, onCancel }: { agreement: Agreement; repName: string; onSave: (input: { dueDate: string | null; owner: Owner }) => Promise<void>; onCancel: () => void }) {
  const [dueDate, setDueDate] = useState(agreement.dueDate ?? '')
  const [owner, setOwner] = useState<Owner>(agreement.owner)
  const [confirmingPast, setConfirmingPast] = useState(false)
  const ownerId = useId()

  function save(pastConfirmed: boolean) {
    if (dueDate !== '' && dueDate < todayIso() && dueDate !== agreement.dueDate && !pastConfirmed) {
      setConfirmingPast(true)
      return
    }
    setConfirmingPast(false)
    void onSave({ dueDate: dueDate === '' ? null : dueDate, owner })
  }

  return (
    <form
      className="agreement-changes__form"
      aria-label={`Change “${agreement.text}”`}
      onSubmit={(event: FormEvent) => {
        event.preventDefault()
        save(false)
      }}
    >
      <DueDateField value={dueDate} onChange={setDueDate} confirmingPast={confirmingPast} onKeepPast={() => save(true)} onRejectPast={() => setConfirmingPast(false)} />
      <div className="field">
        <label className="field__label" htmlFor={ownerId}>
          Owner
        </label>
        <select id={ownerId} value={owner} onChange={(event) => setOwner(event.target.value as Owner)}>
          <option value="rep">{repName}</option>
          <option value="manager">You</option>
        </select>
      </div>
      <div className="agreement-changes__buttons">
        <button type="submit" className="button button--small button--primary">
          Save change
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
