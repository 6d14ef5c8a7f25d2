// Recognition given when the win happens, from the Rep screen or Team, not only inside a 1:1.
import { useState, type FormEvent } from 'react'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { GoalSelect } from '../../components/GoalSelect'
import { Field } from '../../components/Field'
import { toApiError } from '../../lib/autosave'
import { trackWrite } from '../../lib/save-status'
import { useQuery } from '../../lib/use-query'
import './recognize.css'

interface RecognizeDialogProps {
  rep: { id: number; name: string } | null
  onClose: () => void
  onGiven: (message: string) => void
}

export function RecognizeDialog({ rep, onClose, onGiven }: RecognizeDialogProps) {
  return (
    <Dialog title={rep ? `Recognise ${rep.name}` : 'Recognise'} open={rep !== null} onClose={onClose}>
      {/* Rendered only while open: every recognition starts from empty fields. */}
      {rep && <RecognizeForm rep={rep} onClose={onClose} onGiven={onGiven} />}
    </Dialog>
  )
}

function RecognizeForm({ rep, onClose, onGiven }: { rep: { id: number; name: string }; onClose: () => void; onGiven: (message: string) => void }) {
  const goals = useQuery(() => api['reps.get']({ id: rep.id }).then((detail) => detail.goals.filter((goal) => !goal.archived)), `recognize-goals-${rep.id}`)
  const [what, setWhat] = useState('')
  const [behaviour, setBehaviour] = useState('')
  const [goalId, setGoalId] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setErrors({})
    try {
      const given = await trackWrite(api['recognitions.give']({ repId: rep.id, what, behaviour, goalId: goalId === '' ? null : Number(goalId) }))
      onGiven(`Recognised ${rep.name}: “${given.what}”.`)
      onClose()
    } catch (caught) {
      const error = toApiError(caught)
      setErrors(error.fieldErrors ?? { what: error.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <Field label="What you recognise" error={errors.what} hint="Specific: what they did and the result, while it is fresh.">
        <input type="text" value={what} maxLength={500} onChange={(event) => setWhat(event.target.value)} data-autofocus />
      </Field>
      <Field label="The behaviour behind it (optional)" error={errors.behaviour}>
        <textarea rows={3} value={behaviour} onChange={(event) => setBehaviour(event.target.value)} />
      </Field>
      {goals.data && goals.data.length > 0 && (
        <Field label="Towards a goal (optional)" error={errors.goalId}>
          <GoalSelect goals={goals.data} value={goalId} onChange={setGoalId} />
        </Field>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save recognition
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  )
}
