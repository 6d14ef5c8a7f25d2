import { useRef, useState, type KeyboardEvent } from 'react'
import type { SuggestedTalkingPoint } from '@shared/domain'
import { api } from '../../../api'
import { Keys } from '../../../components/Keys'
import { toApiError } from '../../../lib/autosave'
import { trackWrite } from '../../../lib/save-status'
import { ariaKeyShortcuts, matches } from '../../../lib/shortcuts'
import { pointsToRaise } from '../../../lib/suggestions'
import { useQuery } from '../../../lib/use-query'
import { moveOnFrom, REVIEW_ITEM } from '../review-keys'
import { Box, useSession } from '../session-context'

/**
 * The Brief's suggested points, offered on the live agenda: A puts one on the agenda, X sets it
 * aside (for this 1:1), and the focus moves on to the next item.
 */
export function SuggestedPoints() {
  const { detail, update, remember } = useSession()
  const repId = detail.rep.id
  const brief = useQuery(() => api['reps.brief']({ id: repId }), `session-brief-${repId}`)
  const dismissed = remember(`suggestions:dismissed`, () => new Box<{ texts: string[] }>({ texts: [] }))
  const [, setDismissedCount] = useState(0)
  const [error, setError] = useState<string>()
  const busy = useRef(false)

  if (detail.session.status === 'completed' || !brief.data) return null
  const points = pointsToRaise(brief.data.suggestions, { agenda: detail.agenda, inSession: true }).filter((point) => !dismissed.get().texts.includes(point.text))
  if (points.length === 0) return null

  async function accept(suggestion: SuggestedTalkingPoint, item: Element | null) {
    if (busy.current) return
    busy.current = true
    setError(undefined)
    try {
      const point = await trackWrite(api['talkingPoints.add']({ repId, text: suggestion.text.slice(0, 1000), raisedBy: 'manager' }))
      if (item) moveOnFrom(item)
      update((current) => (current.agenda.some((known) => known.id === point.id) ? current : { ...current, agenda: [...current.agenda, point] }))
    } catch (caught) {
      setError(toApiError(caught).message)
    } finally {
      busy.current = false
    }
  }

  function dismiss(suggestion: SuggestedTalkingPoint, item: Element | null) {
    if (item) moveOnFrom(item)
    dismissed.set({ texts: [...dismissed.get().texts, suggestion.text] })
    setDismissedCount((count) => count + 1)
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, suggestion: SuggestedTalkingPoint) {
    if (matches('acceptSuggestion', event.nativeEvent)) {
      event.preventDefault()
      void accept(suggestion, event.currentTarget)
    } else if (matches('dismissSuggestion', event.nativeEvent)) {
      event.preventDefault()
      dismiss(suggestion, event.currentTarget)
    }
  }

  return (
    <section className="suggested-points" aria-labelledby="suggested-points-title">
      <h3 id="suggested-points-title">
        Suggested from the Brief <span className="muted">· {points.length}</span>
      </h3>
      <p className="muted suggested-points__hint">
        <Keys id="nextItem" /> / <Keys id="previousItem" /> to move, <Keys id="acceptSuggestion" /> to add one to the agenda, <Keys id="dismissSuggestion" /> to set it aside.
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="item-list" aria-label="Suggested talking points">
        {points.map((suggestion) => (
          <li key={suggestion.text} className="item item--suggestion" {...REVIEW_ITEM} aria-label={`Suggested: ${suggestion.text}`} onKeyDown={(event) => onKeyDown(event, suggestion)}>
            <div className="item__main">
              <p className="item__text">{suggestion.text}</p>
            </div>
            <div className="item__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={`Add to agenda: ${suggestion.text}`}
                aria-keyshortcuts={ariaKeyShortcuts('acceptSuggestion')}
                onClick={(event) => void accept(suggestion, event.currentTarget.closest('[data-review-item]'))}
              >
                Add to agenda
              </button>
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={`Dismiss: ${suggestion.text}`}
                aria-keyshortcuts={ariaKeyShortcuts('dismissSuggestion')}
                onClick={(event) => dismiss(suggestion, event.currentTarget.closest('[data-review-item]'))}
              >
                Dismiss
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
