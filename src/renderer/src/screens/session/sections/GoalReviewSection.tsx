import { REVIEW_ITEM } from '../review-keys'
import { useState } from 'react'
import type { GoalReviewRow, GoalStatus } from '@shared/domain'
import { api } from '../../../api'
import { Field } from '../../../components/Field'
import { fieldError } from '../../../lib/autosave'
import { formatDate } from '../../../lib/dates'
import { formatMetricValue, GOAL_STATUS_LABELS, missingForMeasurable } from '../../../lib/goals'
import { formatDelta } from '../../../lib/numbers'
import { formatNumberForInput, readNumber, type NumberReading } from '@shared/numbers'
import { Box, useSaver, useSession } from '../session-context'

const REVIEW_STATUSES: GoalStatus[] = ['on_track', 'at_risk', 'off_track', 'achieved']

interface GoalDraft {
  raw: string
  status: GoalStatus | ''
  repAssessment: string
  comment: string
}

interface CheckInValue {
  value: number | null
  status: GoalStatus | null
  repAssessment: string
  comment: string
}

/** Every active goal: last value, the new value and its delta, status, the rep's view and a comment. */
export function GoalReviewSection() {
  const { detail } = useSession()
  const rows = detail.goalReview
  if (rows.length === 0) {
    return <p className="empty">{detail.rep.name} has no active goals. Goals are added on the rep’s page: a metric, a target and a due date.</p>
  }
  const reviewed = rows.filter((row) => row.checkIn !== null).length
  return (
    <>
      <p className="muted section-summary">
        {reviewed} of {rows.length} reviewed · each new value becomes a check-in dated by this 1:1.
      </p>
      <ul className="goal-review">
        {rows.map((row) => (
          <GoalReviewItem key={row.goal.id} row={row} />
        ))}
      </ul>
    </>
  )
}

function initialDraft(row: GoalReviewRow): GoalDraft {
  return {
    raw: row.checkIn ? formatNumberForInput(row.checkIn.value) : '',
    status: row.checkIn?.status ?? '',
    repAssessment: row.checkIn?.repAssessment ?? '',
    comment: row.checkIn?.comment ?? ''
  }
}

/** The typed value, read the way this computer writes numbers (a money goal may carry its currency sign). */
function readValue(raw: string, currency: string | null): NumberReading {
  return readNumber(raw, { currency, what: 'The new value' })
}

function GoalReviewItem({ row }: { row: GoalReviewRow }) {
  const { detail, update, remember } = useSession()
  const { goal } = row
  const sessionId = detail.session.id
  const box = remember(`goal-draft:${goal.id}`, () => new Box({ draft: initialDraft(row), hasCheckIn: row.checkIn !== null }))
  const [draft, setDraftState] = useState(() => box.get().draft)
  const patchRow = (saved: GoalReviewRow) =>
    update((current) => ({ ...current, goalReview: current.goalReview.map((item) => (item.goal.id === goal.id ? saved : item)) }))

  const { saver, snapshot } = useSaver<CheckInValue>(`goal:${goal.id}`, () => ({
    save: async (value) => {
      if (value.value === null) {
        if (!box.get().hasCheckIn) return
        patchRow(await api['goals.clearCheckIn']({ sessionId, goalId: goal.id }))
        box.set({ hasCheckIn: false })
        return
      }
      patchRow(await api['goals.recordCheckIn']({ sessionId, goalId: goal.id, ...value, value: value.value }))
      box.set({ hasCheckIn: true })
    }
  }))

  const reading = readValue(draft.raw, goal.currency)
  const parsed = reading.ok ? reading.value : null
  const needsValue = parsed === null && (draft.status !== '' || draft.repAssessment.trim() !== '' || draft.comment.trim() !== '')
  const delta = parsed !== null && row.previousValue !== null ? parsed - row.previousValue : null
  const missing = missingForMeasurable(goal)

  function change(changes: Partial<GoalDraft>) {
    const next = { ...draft, ...changes }
    box.set({ draft: next })
    setDraftState(next)
    const nextReading = readValue(next.raw, goal.currency)
    if (!nextReading.ok) {
      // Never sent: the field says why until it is a number.
      saver.discard()
      return
    }
    saver.schedule({ value: nextReading.value, status: next.status || null, repAssessment: next.repAssessment, comment: next.comment })
  }

  const flush = () => void saver.flush()
  const legendId = `goal-${goal.id}-title`

  return (
    <li className="goal-review__item" {...REVIEW_ITEM}>
      <fieldset className="goal-review__fieldset" aria-labelledby={legendId}>
        <div className="goal-review__facts">
          <h3 id={legendId} className="goal-review__title">
            {goal.title}
          </h3>
          <p className="goal-review__metric">
            {goal.metric || 'No metric'}
            {goal.target !== null && <> · target {formatMetricValue(goal.target, goal.unit, goal.currency)}</>}
            {goal.dueDate && <> · due {formatDate(goal.dueDate)}</>}
            <span className={`status status--${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
          </p>
          {missing.length > 0 && <p className="warn-note">Not measurable yet: no {missing.join(', no ')}.</p>}
          <p className="goal-review__last">
            Last value:{' '}
            {row.previousValue === null ? (
              <span className="muted">none yet</span>
            ) : (
              <>
                <strong>{formatMetricValue(row.previousValue, goal.unit, goal.currency)}</strong>
                {row.previousValueDate && <span className="muted"> on {formatDate(row.previousValueDate)}</span>}
              </>
            )}
          </p>
        </div>
        <div className="goal-review__inputs">
          <div className="goal-review__value">
            <Field
              label="New value"
              error={!reading.ok ? reading.message : needsValue ? 'Enter a value to save this review.' : fieldError(snapshot.error, 'value')}
            >
              <input type="text" inputMode="decimal" autoComplete="off" value={draft.raw} onChange={(event) => change({ raw: event.target.value })} onBlur={flush} />
            </Field>
            <p className={`delta${delta === null ? '' : delta > 0 ? ' delta--up' : delta < 0 ? ' delta--down' : ''}`}>
              {delta === null ? <span className="muted">{row.previousValue === null ? 'First value' : 'No change entered'}</span> : <>{formatDelta(delta, goal.unit, goal.currency)} since last</>}
            </p>
          </div>
          <Field label="Status" error={fieldError(snapshot.error, 'status')}>
            <select value={draft.status} onChange={(event) => change({ status: event.target.value as GoalStatus | '' })} onBlur={flush}>
              <option value="">Unchanged ({GOAL_STATUS_LABELS[goal.status]})</option>
              {REVIEW_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {GOAL_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Rep’s own assessment" error={fieldError(snapshot.error, 'repAssessment')}>
            <input type="text" value={draft.repAssessment} maxLength={2000} onChange={(event) => change({ repAssessment: event.target.value })} onBlur={flush} />
          </Field>
          <Field label="Comment" error={fieldError(snapshot.error, 'comment')}>
            <input type="text" value={draft.comment} maxLength={2000} onChange={(event) => change({ comment: event.target.value })} onBlur={flush} />
          </Field>
          {snapshot.error && !snapshot.error.fieldErrors && snapshot.error.code !== 'invalid_input' && (
            <p className="field__error" role="alert">
              {snapshot.error.message}
            </p>
          )}
        </div>
      </fieldset>
    </li>
  )
}
