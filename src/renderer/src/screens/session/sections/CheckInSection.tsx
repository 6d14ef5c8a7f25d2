import { api } from '../../../api'
import { Field } from '../../../components/Field'
import { fieldError } from '../../../lib/autosave'
import { PULSE_LABELS } from '../../../lib/labels'
import { useSaver, useSession } from '../session-context'

const PULSES = [1, 2, 3, 4, 5] as const

/** Pulse 1–5 (a radio group: arrow keys move) and one line on how the rep is doing. */
export function CheckInSection() {
  const { detail, update } = useSession()
  const { session } = detail
  const id = session.id
  const patchSession = (saved: { updatedAt: string; editedAfterCompletionAt: string | null }) =>
    update((current) => ({ ...current, session: { ...current.session, updatedAt: saved.updatedAt, editedAfterCompletionAt: saved.editedAfterCompletionAt } }))

  const pulse = useSaver<number | null>('check-in:pulse', () => ({
    save: async (value) => patchSession(await api['sessions.updateCheckIn']({ id, pulse: value }))
  }))
  const text = useSaver<string>('check-in:text', () => ({
    save: async (value) => patchSession(await api['sessions.updateCheckIn']({ id, checkInText: value }))
  }))

  function setPulse(value: number | null) {
    update((current) => ({ ...current, session: { ...current.session, pulse: value } }))
    pulse.saver.schedule(value, 0)
  }

  return (
    <div className="check-in">
      <div className="pulse" role="radiogroup" aria-labelledby="pulse-label" aria-describedby="pulse-hint">
        <p id="pulse-label" className="field__label">
          Pulse — {detail.rep.name}’s own answer
        </p>
        <p id="pulse-hint" className="field__hint">
          Their answer, from 1 (struggling) to 5 (great). Arrow keys change it.
        </p>
        <div className="pulse__options">
          {PULSES.map((value) => (
            <label key={value} className={`pulse__option${session.pulse === value ? ' is-checked' : ''}`}>
              <input type="radio" name="pulse" value={value} checked={session.pulse === value} onChange={() => setPulse(value)} />
              <span className="pulse__value">{value}</span>
              <span className="pulse__word">{PULSE_LABELS[value]}</span>
            </label>
          ))}
        </div>
        {session.pulse !== null && (
          <button type="button" className="button button--ghost button--small" onClick={() => setPulse(null)}>
            Clear pulse
          </button>
        )}
        {fieldError(pulse.snapshot.error, 'pulse') && (
          <p className="field__error" role="alert">
            {fieldError(pulse.snapshot.error, 'pulse')}
          </p>
        )}
      </div>
      <Field label="In one line: how are they doing?" error={fieldError(text.snapshot.error, 'checkInText')}>
        <input
          type="text"
          className="input--wide"
          value={session.checkInText}
          maxLength={2000}
          onChange={(event) => {
            const value = event.target.value
            update((current) => ({ ...current, session: { ...current.session, checkInText: value } }))
            text.saver.schedule(value)
          }}
          onBlur={() => void text.saver.flush()}
        />
      </Field>
    </div>
  )
}
