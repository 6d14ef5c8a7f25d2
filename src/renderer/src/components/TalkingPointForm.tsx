import { useState, type FormEvent, type ReactNode } from 'react'
import type { TalkingPoint } from '@shared/domain'
import { api } from '../api'
import { announceTalkingPointAdded } from '../lib/current-rep'
import { toApiError } from '../lib/autosave'
import { trackWrite } from '../lib/save-status'
import { Field } from './Field'

interface TalkingPointFormProps {
  repId: number | null
  onAdded: (point: TalkingPoint) => void
  autoFocus?: boolean
  /** Shown before the text field (the rep select of quick capture). */
  before?: ReactNode
  /** Called instead of adding when no rep is chosen (the form with the rep select shows the message there). */
  onNoRep?: () => void
  label?: string
  hint?: string
  compact?: boolean
}

/** Jots a talking point for a rep's next 1:1; Enter adds it. Empty text is never sent. */
export function TalkingPointForm({ repId, onAdded, autoFocus, before, onNoRep, label = 'Talking point', hint = 'Enter adds it to the next 1:1’s agenda.', compact }: TalkingPointFormProps) {
  const [text, setText] = useState('')
  const [raisedByRep, setRaisedByRep] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!text.trim()) {
      setError('Write the talking point first.')
      return
    }
    if (repId === null) {
      if (onNoRep) onNoRep()
      else setError('Choose a rep first.')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const point = await trackWrite(api['talkingPoints.add']({ repId, text: text.trim(), raisedBy: raisedByRep ? 'rep' : 'manager' }))
      setText('')
      setRaisedByRep(false)
      announceTalkingPointAdded(repId)
      onAdded(point)
    } catch (caught) {
      const apiError = toApiError(caught)
      setError(apiError.fieldErrors?.text ?? apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className={`add-form${compact ? ' add-form--compact' : ''}`} onSubmit={submit} noValidate>
      {before}
      <Field label={label} error={error} hint={hint}>
        <input
          type="text"
          value={text}
          autoFocus={autoFocus}
          data-autofocus={autoFocus ? true : undefined}
          maxLength={1000}
          onChange={(event) => {
            setText(event.target.value)
            if (error) setError(undefined)
          }}
        />
      </Field>
      <div className="add-form__row">
        <label className="toggle">
          <input type="checkbox" checked={raisedByRep} onChange={(event) => setRaisedByRep(event.target.checked)} />
          Raised by the rep
        </label>
        <button type="submit" className="button button--small" disabled={busy}>
          Add talking point
        </button>
      </div>
    </form>
  )
}
