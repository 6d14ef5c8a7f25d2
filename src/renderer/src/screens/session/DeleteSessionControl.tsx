import { useState } from 'react'
import type { SessionDetail } from '@shared/domain'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { toApiError, type AutosaveRegistry } from '../../lib/autosave'
import { formatDateTime } from '../../lib/dates'
import { plural, SESSION_STATUS_LABELS } from '../../lib/labels'
import { navigate, parseRoute } from '../../lib/router'
import { offerUndo } from '../../lib/undo'

interface DeleteSessionControlProps {
  detail: SessionDetail
  /** The 1:1's autosavers, when it is open for editing: flushed first, closed after. */
  savers?: AutosaveRegistry
}

/** "Delete this 1:1": says what goes with it and what stays, moves it to the Trash, offers Undo. */
export function DeleteSessionControl({ detail, savers }: DeleteSessionControlProps) {
  const [confirming, setConfirming] = useState(false)
  return (
    <>
      <button type="button" className="button button--ghost" onClick={() => setConfirming(true)}>
        Delete this 1:1
      </button>
      <Dialog title="Delete this 1:1?" open={confirming} onClose={() => setConfirming(false)}>
        {confirming && <DeleteSessionForm detail={detail} savers={savers} onCancel={() => setConfirming(false)} />}
      </Dialog>
    </>
  )
}

/** What deleting takes to the Trash and what stays on the rep's record, from what the screen already has. */
export function deletionFacts(detail: SessionDetail): { goes: string[]; stays: string[] } {
  const { session, notes } = detail
  const goes: string[] = []
  const stays: string[] = []
  const written = (text: string | undefined) => Boolean(text?.trim())
  const noteParts = [written(notes.shared.text) && 'shared notes', written(notes.private.text) && 'private notes'].filter(Boolean) as string[]
  const sectionNotes = Object.values(notes.sections).filter((note) => written(note.text)).length
  if (sectionNotes > 0) noteParts.push(plural(sectionNotes, 'section note'))
  if (noteParts.length > 0) goes.push(`Its notes: ${noteParts.join(', ')}`)
  if (session.pulse !== null || written(session.checkInText)) goes.push('The check-in (pulse and how the rep is doing)')
  const decidedPoints = detail.agenda.filter((point) => point.outcome !== null).length
  if (decidedPoints > 0) goes.push(`What was decided about ${plural(decidedPoints, 'talking point')} on its agenda`)

  if (detail.newAgreements.length > 0) stays.push(`${plural(detail.newAgreements.length, 'next step')} agreed in it`)
  const closed = detail.lastAgreements.filter((agreement) => agreement.outcome !== null && agreement.outcome !== 'carried_forward').length
  if (closed > 0) stays.push(`${plural(closed, 'earlier agreement')} closed in it (done, missed or dropped) stay closed`)
  const values = detail.goalReview.filter((row) => row.checkIn !== null).length
  if (values > 0) stays.push(`${plural(values, 'goal value')} recorded in it`)
  if (detail.recognitions.length > 0) stays.push(`${plural(detail.recognitions.length, 'recognition')} given in it`)
  const raised = detail.challenges.filter((challenge) => challenge.raisedInSessionId === session.id).length
  if (raised > 0) stays.push(`${plural(raised, 'challenge')} raised in it`)
  return { goes, stays }
}

function DeleteSessionForm({ detail, savers, onCancel }: DeleteSessionControlProps & { onCancel: () => void }) {
  const { session, rep } = detail
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const { goes, stays } = deletionFacts(detail)

  async function remove() {
    setBusy(true)
    setError(undefined)
    // The last words typed go to the Trash with it, so Undo gives back exactly what was on screen.
    await savers?.flushAll()
    // Undo brings the user back to where they were: this view, this section.
    const returnTo = parseRoute(window.location.hash)
    try {
      const entry = await api['sessions.delete']({ id: session.id })
      savers?.closeAll()
      offerUndo(entry, `The ${entry.label} with ${rep.name} was moved to the Trash.`, returnTo)
      navigate({ screen: 'rep', repId: rep.id, tab: 'timeline' })
    } catch (caught) {
      const failure = toApiError(caught)
      setError(failure.code === 'not_found' ? 'This 1:1 was already deleted (perhaps in another window). Nothing else was changed.' : failure.message)
      setBusy(false)
    }
  }

  return (
    <div className="form delete-session">
      <p>
        The 1:1 with {rep.name} of {formatDateTime(session.scheduledAt)} ({SESSION_STATUS_LABELS[session.status].toLowerCase()}) goes to the Trash.
      </p>
      {goes.length === 0 && stays.length === 0 && <p>Nothing was recorded in it yet.</p>}
      {goes.length > 0 && (
        <>
          <h3 className="delete-session__heading">Goes to the Trash with it</h3>
          <ul className="finish-facts">
            {goes.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </>
      )}
      {stays.length > 0 && (
        <>
          <h3 className="delete-session__heading">Stays on {rep.name}’s record</h3>
          <ul className="finish-facts">
            {stays.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          <p className="muted">If any of these were a mistake too, correct them in the 1:1 before deleting it: clear an outcome, remove a next step, a value or a recognition.</p>
        </>
      )}
      <p>You can undo right after, or restore it from the Trash later.</p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Keep this 1:1
        </button>
        <button type="button" className="button button--danger" onClick={() => void remove()} disabled={busy}>
          {busy ? 'Deleting…' : 'Delete 1:1'}
        </button>
      </div>
    </div>
  )
}
