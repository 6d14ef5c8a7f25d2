import { REVIEW_ITEM } from '../review-keys'
import { useState, type FormEvent } from 'react'
import type { Recognition } from '@shared/domain'
import { api } from '../../../api'
import { GoalSelect } from '../../../components/GoalSelect'
import { Field } from '../../../components/Field'
import { Icon } from '../../../components/Icon'
import { toApiError } from '../../../lib/autosave'
import { trackWrite } from '../../../lib/save-status'
import { replaceById, useSession } from '../session-context'
import { InlineTextField } from './InlineTextField'

/** Specific wins and behaviours, optionally tied to a goal. */
export function RecognitionSection() {
  const { detail } = useSession()
  const recognitions = detail.recognitions
  return (
    <div className="recognition">
      {recognitions.length === 0 ? (
        <p className="empty">Nothing recognised in this 1:1 yet. Name a specific win or behaviour — what they did, and the result it had.</p>
      ) : (
        <ul className="item-list" aria-label="Recognised in this 1:1">
          {recognitions.map((recognition) => (
            <RecognitionItem key={recognition.id} recognition={recognition} />
          ))}
        </ul>
      )}
      <RecognitionForm />
    </div>
  )
}

function RecognitionItem({ recognition }: { recognition: Recognition }) {
  const { detail, update, savers } = useSession()
  const [error, setError] = useState<string>()
  const goal = detail.goalReview.find((row) => row.goal.id === recognition.goalId)?.goal
  const patch = (changes: Partial<Recognition>) =>
    update((current) => ({ ...current, recognitions: replaceById(current.recognitions, recognition.id, (item) => ({ ...item, ...changes })) }))

  async function remove() {
    setError(undefined)
    try {
      for (const field of ['what', 'behaviour']) savers.peek(`recognition:${recognition.id}:${field}`)?.discard()
      await trackWrite(api['recognitions.remove']({ id: recognition.id }))
      update((current) => ({ ...current, recognitions: current.recognitions.filter((item) => item.id !== recognition.id) }))
    } catch (caught) {
      setError(toApiError(caught).message)
    }
  }

  return (
    <li className="item item--recognition" {...REVIEW_ITEM}>
      <div className="item__main">
        <div className="item__text-row">
          <Icon name="star" className="item__glyph" />
          <InlineTextField
            label="What you recognise"
            saverKey={`recognition:${recognition.id}:what`}
            value={recognition.what}
            maxLength={2000}
            field="what"
            emptyMessage="Say what you recognise; the last saved text is kept meanwhile."
            onLocalChange={(what) => patch({ what })}
            save={(what) => api['recognitions.update']({ id: recognition.id, what })}
          />
        </div>
        <InlineTextField
          label="The behaviour behind it"
          saverKey={`recognition:${recognition.id}:behaviour`}
          value={recognition.behaviour}
          maxLength={4000}
          field="behaviour"
          placeholder="The behaviour behind it (optional)"
          onLocalChange={(behaviour) => patch({ behaviour })}
          save={(behaviour) => api['recognitions.update']({ id: recognition.id, behaviour })}
        />
        {goal && <p className="item__meta muted">Goal: {goal.title}</p>}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="item__actions">
        <button type="button" className="button button--ghost button--small" onClick={remove} aria-label={`Remove recognition “${recognition.what}”`}>
          Remove
        </button>
      </div>
    </li>
  )
}

function RecognitionForm() {
  const { detail, update } = useSession()
  const [what, setWhat] = useState('')
  const [behaviour, setBehaviour] = useState('')
  const [goalId, setGoalId] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const goals = detail.goalReview.map((row) => row.goal)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!what.trim()) {
      setErrors({ what: 'Say what you recognise first.' })
      return
    }
    setBusy(true)
    setErrors({})
    try {
      const created = await trackWrite(
        api['recognitions.create']({ sessionId: detail.session.id, what: what.trim(), behaviour: behaviour.trim(), goalId: goalId ? Number(goalId) : null })
      )
      update((current) => ({ ...current, recognitions: [...current.recognitions, created] }))
      setWhat('')
      setBehaviour('')
      setGoalId('')
    } catch (caught) {
      const apiError = toApiError(caught)
      setErrors(apiError.fieldErrors ?? { what: apiError.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="add-form add-form--grid" onSubmit={submit} noValidate aria-label="Add recognition">
      <Field label="What" error={errors.what} hint="Required. Enter adds it.">
        <input type="text" value={what} maxLength={2000} onChange={(event) => setWhat(event.target.value)} />
      </Field>
      <Field label="Specific behaviour or result" error={errors.behaviour}>
        <input type="text" value={behaviour} maxLength={4000} onChange={(event) => setBehaviour(event.target.value)} />
      </Field>
      {goals.length > 0 && (
        <Field label="Goal (optional)" error={errors.goalId}>
          <GoalSelect goals={goals} value={goalId} onChange={setGoalId} />
        </Field>
      )}
      <div className="add-form__row">
        <button type="submit" className="button button--small" disabled={busy}>
          Add recognition
        </button>
      </div>
    </form>
  )
}
