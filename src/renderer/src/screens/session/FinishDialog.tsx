import { useState } from 'react'
import type { FinishResult } from '@shared/domain'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { toApiError } from '../../lib/autosave'
import { formatDate } from '../../lib/dates'
import { plural } from '../../lib/labels'
import { flushAllPendingWrites } from '../../lib/pending-writes'
import { getOverallSaveStatus, trackWrite } from '../../lib/save-status'
import { useSession } from './session-context'

/** The next 1:1 date of the last finish, so the summary can say it at once. */
const lastFinish = new Map<number, FinishResult>()
export function finishResultOf(sessionId: number): FinishResult | undefined {
  return lastFinish.get(sessionId)
}

interface FinishDialogProps {
  open: boolean
  onClose: () => void
  startedAtMs: number
  onFinished: () => void
}

/** Asks before finishing, and says what stays open. */
export function FinishDialog({ open, onClose, startedAtMs, onFinished }: FinishDialogProps) {
  return (
    <Dialog title="Finish this 1:1?" open={open} onClose={onClose}>
      {open && <FinishForm onClose={onClose} startedAtMs={startedAtMs} onFinished={onFinished} />}
    </Dialog>
  )
}

function FinishForm({ onClose, startedAtMs, onFinished }: Omit<FinishDialogProps, 'open'>) {
  const { detail } = useSession()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const kinds = new Set(detail.sections.map((section) => section.kind))
  const unreviewed = kinds.has('last_agreements') ? detail.lastAgreements.filter((agreement) => agreement.outcome === null).length : 0
  const undecided = kinds.has('agenda') ? detail.agenda.filter((point) => point.outcome === null).length : 0

  async function finish() {
    setBusy(true)
    setError(undefined)
    await flushAllPendingWrites()
    const status = getOverallSaveStatus()
    if (status === 'retrying' || status === 'blocked') {
      setBusy(false)
      setError('Some changes are not saved yet. Your text is still on screen; fix the highlighted field or wait for “Saved”, then finish.')
      return
    }
    try {
      const durationSeconds = Math.min(86_400, Math.max(0, Math.round((Date.now() - startedAtMs) / 1000)))
      const result = await trackWrite(api['sessions.finish']({ id: detail.session.id, durationSeconds }))
      lastFinish.set(detail.session.id, result)
      onFinished()
    } catch (caught) {
      setError(toApiError(caught).message)
      setBusy(false)
    }
  }

  return (
    <div className="form">
      <ul className="finish-facts">
        <li>
          {detail.newAgreements.length === 0 ? 'No next steps agreed.' : `${plural(detail.newAgreements.length, 'next step')} agreed.`}
        </li>
        {unreviewed > 0 && <li>{plural(unreviewed, 'earlier agreement')} not reviewed: they stay open for the next 1:1.</li>}
        {undecided > 0 && <li>{plural(undecided, 'talking point')} not discussed: they carry over to the next 1:1.</li>}
        <li>The next 1:1 date is set from {detail.rep.name}’s cadence{detail.suggestedDueDate ? ` (around ${formatDate(detail.suggestedDueDate)})` : ''}.</li>
      </ul>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onClose}>
          Keep going
        </button>
        <button type="button" className="button button--primary" onClick={finish} disabled={busy} data-autofocus>
          {busy ? 'Finishing…' : 'Finish 1:1'}
        </button>
      </div>
    </div>
  )
}
