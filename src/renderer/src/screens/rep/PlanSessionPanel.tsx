import { useState, type FormEvent } from 'react'
import type { Rep } from '../../../../shared/domain'
import { api } from '../../api'
import { Field } from '../../components/Field'
import { formatDateTime } from '../../lib/dates'
import { asApiError } from '../../lib/use-query'
import { trackWrite } from '../../lib/save-status'

/** Plans the next 1:1 for a date and time. */
export function PlanSessionPanel({ rep, onPlanned }: { rep: Rep; onPlanned: () => void }) {
  const [date, setDate] = useState(rep.nextSessionDate ?? '')
  const [time, setTime] = useState('09:00')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function plan(event: FormEvent) {
    event.preventDefault()
    if (!date) {
      setErrors({ date: 'Choose a date.' })
      return
    }
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
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <Field label="Time">
          <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          Plan 1:1
        </button>
      </form>
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </section>
  )
}
