import { useRef, useState, type KeyboardEvent } from 'react'
import { carriedForwardDueDate, isOverdueInReview } from '@shared/agreement-dates'
import { REVIEW_OUTCOMES, type ReviewedAgreement, type ReviewOutcome } from '@shared/domain'
import { api } from '../../../api'
import { Keys } from '../../../components/Keys'
import { OwnerBadge } from '../../../components/OwnerBadge'
import { fieldError } from '../../../lib/autosave'
import { formatDate } from '../../../lib/dates'
import { REVIEW_OUTCOME_LABELS } from '../../../lib/labels'
import { ariaKeyShortcuts, isTypingTarget, matches, type ShortcutId } from '../../../lib/shortcuts'
import { Box, replaceById, useSaver, useSession } from '../session-context'
import { moveOnFrom } from '../review-keys'
import { DueDateField } from './DueDateField'

const OUTCOME_SHORTCUTS: Record<ReviewOutcome, ShortcutId> = {
  done: 'markDone',
  missed: 'markMissed',
  carried_forward: 'markCarried',
  dropped: 'markDropped'
}

function oldestFirst(a: ReviewedAgreement, b: ReviewedAgreement): number {
  return a.createdOn.localeCompare(b.createdOn) || a.id - b.id
}

/** Every agreement still open from earlier 1:1s, both owners, oldest first. */
export function LastAgreementsSection() {
  const { detail } = useSession()
  const agreements = [...detail.lastAgreements].sort(oldestFirst)
  if (agreements.length === 0) return <p className="empty">No open agreements from earlier 1:1s.</p>
  const reviewed = agreements.filter((agreement) => agreement.outcome !== null).length
  return (
    <>
      <p className="muted section-summary">
        {reviewed} of {agreements.length} reviewed · anything not reviewed stays open. <Keys id="nextItem" /> / <Keys id="previousItem" /> move between agreements;{' '}
        <Keys id="markDone" />, <Keys id="markMissed" />, <Keys id="markCarried" /> or <Keys id="markDropped" /> decide one and move on.
      </p>
      <ul className="item-list" aria-label="Agreements to review">
        {agreements.map((agreement) => (
          <AgreementReview key={agreement.id} agreement={agreement} />
        ))}
      </ul>
    </>
  )
}

interface ReviewValue {
  outcome: ReviewOutcome | null
  missedReason: string
  dueDate: string | null
}

function AgreementReview({ agreement }: { agreement: ReviewedAgreement }) {
  const { detail, update, today, remember } = useSession()
  const sessionId = detail.session.id
  const reasonRef = useRef<HTMLInputElement>(null)
  const [reasonTouched, setReasonTouched] = useState(false)
  // The due date before "Carry forward" moved it, to put back if that choice is taken back.
  const dueBeforeCarry = remember(`review:${agreement.id}:due-before-carry`, () => new Box({ date: agreement.outcome === 'carried_forward' ? undefined : agreement.dueDate }))
  const { saver, snapshot } = useSaver<ReviewValue>(`review:${agreement.id}`, () => ({
    save: async (value) => {
      await api['agreements.review']({
        id: agreement.id,
        sessionId,
        outcome: value.outcome,
        missedReason: value.outcome === 'missed' ? value.missedReason : '',
        dueDate: value.dueDate
      })
    }
  }))
  const overdue = isOverdueInReview(agreement, today)
  const reasonId = `missed-reason-${agreement.id}`
  const reasonMissing = agreement.outcome === 'missed' && agreement.missedReason.trim() === ''

  function apply(value: ReviewValue, delay?: number) {
    update((current) => ({ ...current, lastAgreements: replaceById(current.lastAgreements, agreement.id, (item) => ({ ...item, ...value })) }))
    // A miss is saved once it says why (the field asks for it).
    if (value.outcome === 'missed' && value.missedReason.trim() === '') {
      saver.discard()
      return
    }
    saver.schedule(value, delay)
  }

  function dueDateFor(next: ReviewOutcome | null): string | null {
    const carriedBefore = agreement.outcome === 'carried_forward'
    if (next === 'carried_forward') {
      if (carriedBefore) return agreement.dueDate
      dueBeforeCarry.set({ date: agreement.dueDate })
      return carriedForwardDueDate(agreement.dueDate, detail.session.scheduledAt.slice(0, 10), detail.suggestedDueDate)
    }
    const before = dueBeforeCarry.get().date
    return carriedBefore && before !== undefined ? before : agreement.dueDate
  }

  function choose(outcome: ReviewOutcome, toggle: boolean) {
    const next = toggle && agreement.outcome === outcome ? null : outcome
    setReasonTouched(false)
    apply({ outcome: next, missedReason: agreement.missedReason, dueDate: dueDateFor(next) }, 0)
    if (next === 'missed') requestAnimationFrame(() => reasonRef.current?.focus())
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (isTypingTarget(event.target)) return
    const outcome = REVIEW_OUTCOMES.find((candidate) => matches(OUTCOME_SHORTCUTS[candidate], event.nativeEvent))
    if (!outcome) return
    event.preventDefault()
    choose(outcome, false)
    // A miss asks why first; the other outcomes move on to the next item.
    if (outcome !== 'missed') moveOnFrom(event.currentTarget)
  }

  const reasonError = fieldError(snapshot.error, 'missedReason') ?? (reasonMissing && reasonTouched ? 'Say why it was missed — it is saved once you do.' : undefined)

  return (
    <li
      className={`item item--review${agreement.outcome ? ` item--${agreement.outcome}` : ''}`}
      tabIndex={0}
      data-review-item=""
      aria-label={`${agreement.text} (${agreement.owner === 'rep' ? 'owned by the rep' : 'owned by you'})`}
      onKeyDown={onKeyDown}
    >
      <div className="item__main">
        <p className="item__text">{agreement.text}</p>
        <p className="item__meta">
          <OwnerBadge owner={agreement.owner} repName={detail.rep.name} />
          <span className={overdue ? 'due due--overdue' : 'muted'}>
            {agreement.dueDate ? `${overdue ? 'Overdue since' : 'Due'} ${formatDate(agreement.dueDate)}` : 'No due date'}
          </span>
          <span className="muted">agreed {formatDate(agreement.createdOn)}</span>
          {agreement.carriedForwardCount > 0 && (
            <span className="badge badge--carried">Carried forward {agreement.carriedForwardCount === 1 ? 'once' : `${agreement.carriedForwardCount} times`}</span>
          )}
        </p>
        {agreement.outcome === null && <p className="item__state">Not reviewed yet — stays open</p>}
      </div>
      <div className="item__actions">
        <div className="segmented" role="group" aria-label="Outcome">
          {REVIEW_OUTCOMES.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className={`segmented__option segmented__option--${outcome}`}
              aria-pressed={agreement.outcome === outcome}
              aria-keyshortcuts={ariaKeyShortcuts(OUTCOME_SHORTCUTS[outcome])}
              onClick={() => choose(outcome, true)}
            >
              {REVIEW_OUTCOME_LABELS[outcome]}
            </button>
          ))}
        </div>
      </div>
      {agreement.outcome === 'carried_forward' && (
        <CarriedDueDate
          dueDate={agreement.dueDate}
          today={today}
          onChange={(dueDate) => apply({ outcome: 'carried_forward', missedReason: '', dueDate }, 0)}
          error={fieldError(snapshot.error, 'dueDate')}
        />
      )}
      {agreement.outcome === 'missed' && (
        <div className={`field item__reason${reasonError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={reasonId}>
            Why was it missed?
          </label>
          <input
            ref={reasonRef}
            id={reasonId}
            type="text"
            required
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${reasonId}-error` : undefined}
            value={agreement.missedReason}
            maxLength={2000}
            onChange={(event) => apply({ outcome: 'missed', missedReason: event.target.value, dueDate: agreement.dueDate })}
            onBlur={() => {
              setReasonTouched(true)
              void saver.flush()
            }}
          />
          {reasonError && (
            <p id={`${reasonId}-error`} className="field__error" role="alert">
              {reasonError}
            </p>
          )}
        </div>
      )}
      {snapshot.error && !fieldError(snapshot.error, 'missedReason') && !fieldError(snapshot.error, 'dueDate') && (
        <p className="field__error" role="alert">
          {snapshot.error.message}
        </p>
      )}
    </li>
  )
}

/** The new due date of a carried-forward agreement (proposed as the next 1:1); a date in the past is asked about first. */
function CarriedDueDate({ dueDate, today, onChange, error }: { dueDate: string | null; today: string; onChange: (dueDate: string | null) => void; error: string | undefined }) {
  const [draft, setDraft] = useState(dueDate ?? '')
  const [confirmingPast, setConfirmingPast] = useState(false)
  const isPast = (value: string) => value !== '' && value < today
  return (
    <div className="item__carried-due">
      <DueDateField
        label="New due date"
        value={draft}
        error={error}
        onChange={(value) => {
          setDraft(value)
          setConfirmingPast(false)
          if (!isPast(value)) onChange(value || null)
        }}
        onBlur={() => {
          // Asked once focus leaves: typing a year passes through past dates.
          if (isPast(draft) && draft !== (dueDate ?? '')) setConfirmingPast(true)
        }}
        confirmingPast={confirmingPast}
        onKeepPast={() => {
          setConfirmingPast(false)
          onChange(draft)
        }}
        onRejectPast={() => {
          setConfirmingPast(false)
          setDraft(dueDate ?? '')
        }}
      />
    </div>
  )
}
