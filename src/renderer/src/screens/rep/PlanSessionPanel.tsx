import { useState, type FormEvent } from 'react'
import type { Rep } from '@shared/domain'
import { api } from '../../api'
import { Field } from '../../components/Field'
import { InlineConfirm } from '../../components/InlineConfirm'
import { formatDateTime, todayIso } from '../../lib/dates'
import { asApiError } from '../../lib/use-query'
import { trackWrite } from '../../lib/save-status'

/** Plans the next 1:1 for a date and time. */
export function PlanSessionPanel({ rep, onPlanned }: { rep: Rep; onPlanned: () => void }) {
  const [date, setDate] = useState(rep.nextSessionDate ?? '')
  const [time, setTime] = useState('09:00')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [confirmingPast, setConfirmingPast] = useState(false)

  async function plan(event: FormEvent | null, pastConfirmed = false) {
    event?.preventDefault()
    if (!date) {
      setErrors({ date: 'Choose a date.' })
      return
    }
    // A 1:1 planned in the past is most likely a typo in the year: asked, as due dates are.
    if (date < todayIso() && !pastConfirmed) {
      setConfirmingPast(true)
      return
    }
    setConfirmingPast(false)
    setBusy(true)
    setErrors({})
    setMessage(undefined)
    try {
      const session = await trackWrite(api['sessions.plan']({ repId: rep.id, scheduledAt: time ? `${date}T${time}` : date }))
      setMessage(`Planned for ${formatDateTime(session.scheduledAt)}.`)
      onPlanned()
    } catch (caught) {
      const error = asApiError(caught)
      setErrors({ date: error.fieldErrors?.scheduledAt ?? error.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="panel" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan 1:1</h2>
      <form className="plan-form" onSubmit={plan} noValidate>
        <Field label="Date" error={errors.date}>
          <input
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value)
              setConfirmingPast(false)
            }}
          />
        </Field>
        <Field label="Time">
          <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          Plan 1:1
        </button>
      </form>
      {confirmingPast && (
        <InlineConfirm
          message="This date is in the past — plan the 1:1 for it anyway?"
          confirmLabel="Plan it anyway"
          cancelLabel="Change the date"
          onConfirm={() => void plan(null, true)}
          onCancel={() => setConfirmingPast(false)}
        />
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </section>
  )
}
