import { REVIEW_ITEM } from '../review-keys'
import { useState } from 'react'
import { AGENDA_OUTCOMES, type AgendaOutcome, type TalkingPoint } from '@shared/domain'
import { api } from '../../../api'
import { TalkingPointForm } from '../../../components/TalkingPointForm'
import { toApiError } from '../../../lib/autosave'
import { AGENDA_OUTCOME_LABELS } from '../../../lib/labels'
import { trackWrite } from '../../../lib/save-status'
import { shortcutText } from '../../../lib/shortcuts'
import { replaceById, useSaver, useSession } from '../session-context'
import { InlineTextField } from './InlineTextField'
import { SuggestedPoints } from './SuggestedPoints'

/** Talking points gathered since the last 1:1, each discussed or carried over. */
export function AgendaSection() {
  const { detail, update } = useSession()
  const points = detail.agenda
  const decided = points.filter((point) => point.outcome !== null).length

  return (
    <div className="agenda">
      <SuggestedPoints />
      {points.length === 0 ? (
        <p className="empty">No talking points yet. Add one below — or jot them between 1:1s with {shortcutText('quickCapture')} from anywhere in Kept.</p>
      ) : (
        <>
          <p className="muted section-summary">
            {decided} of {points.length} decided · points not discussed carry over to the next 1:1.
          </p>
          <ul className="item-list" aria-label="Talking points">
            {points.map((point) => (
              <AgendaItem key={point.id} point={point} />
            ))}
          </ul>
        </>
      )}
      <TalkingPointForm
        repId={detail.rep.id}
        label="Add a talking point"
        hint="Enter adds it to this agenda."
        compact
        onAdded={(point) =>
          update((current) => (current.agenda.some((known) => known.id === point.id) ? current : { ...current, agenda: [...current.agenda, point] }))
        }
      />
    </div>
  )
}

function AgendaItem({ point }: { point: TalkingPoint }) {
  const { detail, update, savers } = useSession()
  const sessionId = detail.session.id
  const [removeError, setRemoveError] = useState<string>()
  const { saver, snapshot } = useSaver<AgendaOutcome | null>(`agenda:${point.id}`, () => ({
    save: async (outcome) => {
      await api['talkingPoints.setOutcome']({ id: point.id, sessionId, outcome })
    }
  }))

  function choose(outcome: AgendaOutcome) {
    const next = point.outcome === outcome ? null : outcome
    update((current) => ({ ...current, agenda: replaceById(current.agenda, point.id, (item) => ({ ...item, outcome: next })) }))
    saver.schedule(next, 0)
  }

  async function remove() {
    setRemoveError(undefined)
    try {
      saver.discard()
      savers.peek(`talking-point:${point.id}:text`)?.discard()
      await trackWrite(api['talkingPoints.remove']({ id: point.id }))
      update((current) => ({ ...current, agenda: current.agenda.filter((item) => item.id !== point.id) }))
    } catch (caught) {
      setRemoveError(toApiError(caught).message)
    }
  }

  return (
    <li className="item" {...REVIEW_ITEM}>
      <div className="item__main">
        <InlineTextField
          label="Talking point"
          saverKey={`talking-point:${point.id}:text`}
          value={point.text}
          maxLength={1000}
          field="text"
          emptyMessage="A talking point cannot be empty. Write it again, or remove it."
          onLocalChange={(text) => update((current) => ({ ...current, agenda: replaceById(current.agenda, point.id, (item) => ({ ...item, text })) }))}
          save={(text) => api['talkingPoints.update']({ id: point.id, text })}
        />
        <p className="item__meta">
          {point.raisedBy === 'rep' && <span className="owner owner--rep">Raised by rep</span>}
          {point.carriedOverCount > 0 && (
            <span className="badge badge--carried">Carried over {point.carriedOverCount === 1 ? 'once' : `${point.carriedOverCount} times`}</span>
          )}
        </p>
        {snapshot.error && (
          <p className="field__error" role="alert">
            {snapshot.error.message}
          </p>
        )}
        {removeError && (
          <p className="field__error" role="alert">
            {removeError}
          </p>
        )}
      </div>
      <div className="item__actions">
        <div className="segmented" role="group" aria-label={`Outcome of “${point.text}”`}>
          {AGENDA_OUTCOMES.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className={`segmented__option segmented__option--${outcome}`}
              aria-pressed={point.outcome === outcome}
              onClick={() => choose(outcome)}
            >
              {AGENDA_OUTCOME_LABELS[outcome]}
            </button>
          ))}
        </div>
        <button type="button" className="button button--ghost button--small" aria-label={`Remove talking point “${point.text}”`} onClick={remove}>
          Remove
        </button>
      </div>
    </li>
  )
}
