import { REVIEW_ITEM } from '../review-keys'
import { useState } from 'react'
import type { Challenge } from '@shared/domain'
import { api } from '../../../api'
import { AddItemForm } from '../../../components/AddItemForm'
import { Field } from '../../../components/Field'
import { fieldError, toApiError } from '../../../lib/autosave'
import { formatDate } from '../../../lib/dates'
import { trackWrite } from '../../../lib/save-status'
import { replaceById, useSaver, useSession } from '../session-context'
import { InlineTextField } from './InlineTextField'

/** New challenges and every one still open from before: the support offered, and resolving them. */
export function ChallengesSection() {
  const { detail, update } = useSession()
  const sessionId = detail.session.id
  const challenges = detail.challenges
  const open = challenges.filter((challenge) => challenge.status === 'open').length

  return (
    <div className="challenges">
      {challenges.length === 0 ? (
        <p className="empty">No open challenges. Add what is in the way, and the support you offer.</p>
      ) : (
        <>
          <p className="muted section-summary">
            {open} open · {challenges.length - open} resolved
          </p>
          <ul className="item-list" aria-label="Challenges">
            {challenges.map((challenge) => (
              <ChallengeItem key={challenge.id} challenge={challenge} />
            ))}
          </ul>
        </>
      )}
      <AddItemForm
        label="Add a challenge"
        buttonLabel="Add challenge"
        emptyMessage="Describe the challenge first."
        onAdd={async (text) => {
          const created = await api['challenges.create']({ sessionId, text })
          update((current) => ({ ...current, challenges: [...current.challenges, created] }))
        }}
      />
    </div>
  )
}

function ChallengeItem({ challenge }: { challenge: Challenge }) {
  const { detail, update } = useSession()
  const sessionId = detail.session.id
  const [statusError, setStatusError] = useState<string>()
  const support = useSaver<string>(`challenge:${challenge.id}:support`, () => ({
    save: async (supportOffered) => {
      await api['challenges.update']({ id: challenge.id, sessionId, supportOffered })
    }
  }))
  const recurring = challenge.sessionCount >= 3
  const resolved = challenge.status === 'resolved'

  async function toggleStatus() {
    setStatusError(undefined)
    try {
      await support.saver.flush()
      const saved = await trackWrite(api['challenges.update']({ id: challenge.id, sessionId, status: resolved ? 'open' : 'resolved' }))
      update((current) => ({
        ...current,
        challenges: replaceById(current.challenges, challenge.id, (item) => ({ ...saved, supportOffered: item.supportOffered }))
      }))
    } catch (caught) {
      setStatusError(toApiError(caught).message)
    }
  }

  return (
    <li className={`item item--challenge${resolved ? ' is-resolved' : ''}`} {...REVIEW_ITEM}>
      <div className="item__main">
        <InlineTextField
          label="Challenge"
          saverKey={`challenge:${challenge.id}:text`}
          value={challenge.text}
          maxLength={2000}
          field="text"
          emptyMessage="A challenge cannot be empty. Write it again; the last saved text is kept meanwhile."
          onLocalChange={(text) => update((current) => ({ ...current, challenges: replaceById(current.challenges, challenge.id, (item) => ({ ...item, text })) }))}
          save={(text) => api['challenges.update']({ id: challenge.id, sessionId, text })}
        />
        <p className="item__meta">
          <span className={`status status--${challenge.status}`}>{resolved ? 'Resolved' : 'Open'}</span>
          <span className="muted">
            raised {formatDate(challenge.raisedOn)} · came up in {challenge.sessionCount} {challenge.sessionCount === 1 ? '1:1' : '1:1s'}
          </span>
          {recurring && !resolved && <span className="badge badge--warn">Recurring</span>}
        </p>
        <Field label="Support offered" error={fieldError(support.snapshot.error, 'supportOffered')}>
          <textarea
            rows={2}
            className="textarea--grow"
            value={challenge.supportOffered}
            maxLength={4000}
            onChange={(event) => {
              const value = event.target.value
              update((current) => ({ ...current, challenges: replaceById(current.challenges, challenge.id, (item) => ({ ...item, supportOffered: value })) }))
              support.saver.schedule(value)
            }}
            onBlur={() => void support.saver.flush()}
          />
        </Field>
        {statusError && (
          <p className="field__error" role="alert">
            {statusError}
          </p>
        )}
      </div>
      <div className="item__actions">
        <button type="button" className="button button--small" onClick={toggleStatus} aria-label={`${resolved ? 'Reopen' : 'Resolve'} “${challenge.text}”`}>
          {resolved ? 'Reopen' : 'Resolve'}
        </button>
      </div>
    </li>
  )
}
