import { useState } from 'react'
import type { BriefAgreement, DismissedNudge, NudgeRule, RepBrief, SuggestedTalkingPoint } from '@shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { announceTalkingPointAdded } from '../../lib/current-rep'
import { formatDate } from '../../lib/dates'
import { describeFollowThrough, formatRate } from '../../lib/follow-through'
import { formatDelta } from '../../lib/numbers'
import { formatMetricValue, GOAL_STATUS_LABELS } from '../../lib/goals'
import { plural } from '../../lib/labels'
import { pointsToRaise } from '../../lib/suggestions'
import { trackWrite } from '../../lib/save-status'
import { useScreenReadyMark } from '../../lib/screen-ready'
import { asApiError, useQuery } from '../../lib/use-query'
import { AgreementChanges } from './AgreementChanges'
import { repQueries } from './rep-queries'
import './brief.css'

const FIELD_LABELS = { metric: 'metric', target: 'target', due_date: 'due date' } as const
/** Past this many days without recognition the Brief calls it a gap (the Team screen marks it from 30 days too). */
const RECOGNITION_GAP_DAYS = 30

/**
 * The pre-meeting page, a two-minute read on one screen: what each side owes, the points to raise,
 * the goals that moved and the recognition gap. The history (last 1:1s, pulse, challenges) is on
 * the Timeline and its own tabs. Printable.
 */
export function BriefTab({ repId }: { repId: number }) {
  const briefQuery = repQueries.brief(repId)
  const nudgesQuery = repQueries.nudges(repId)
  const brief = useQuery(briefQuery.load, briefQuery.key)
  const nudges = useQuery(nudgesQuery.load, nudgesQuery.key)
  useScreenReadyMark('rep', brief.data !== undefined)
  const [error, setError] = useState<ReturnType<typeof asApiError>>()

  if (!brief.data) {
    return (
      <>
        <ErrorBanner error={brief.error} onRetry={brief.reload} />
        {brief.loading && <Loading label="Loading the brief…" />}
      </>
    )
  }
  const data = brief.data

  async function dismiss(rule: RepBrief['nudges'][number]['rule']) {
    setError(undefined)
    try {
      await trackWrite(api['nudges.dismiss']({ repId, rule }))
      brief.reload()
      nudges.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  async function restore(rule: RepBrief['nudges'][number]['rule']) {
    setError(undefined)
    try {
      await trackWrite(api['nudges.restore']({ repId, rule }))
      brief.reload()
      nudges.reload()
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  return (
    <div className="brief brief--read">
      <ErrorBanner error={error} />
      <div className="brief__actions">
        <button type="button" className="button button--small" onClick={() => window.print()}>
          Print the brief
        </button>
      </div>
      <div className="brief-grid">
        <AgreementsBrief brief={data} onChanged={brief.reload} />
        <div className="brief-grid__side">
          <SuggestionsPanel brief={data} />
          <GoalMovementPanel brief={data} />
          <RecognitionGap brief={data} />
        </div>
      </div>
      {/* The nudges feed the points to raise; here they can be dismissed, below the read. */}
      <div className="panels brief__nudges">
        <NudgesPanel brief={data} dismissed={nudges.data?.dismissed ?? []} onDismiss={dismiss} onRestore={restore} />
      </div>
    </div>
  )
}

function AgreementLine({ agreement, repName, onChanged }: { agreement: BriefAgreement; repName: string; onChanged: () => void }) {
  return (
    <li className={agreement.overdue ? 'is-overdue' : undefined}>
      <span>{agreement.text}</span>
      <span className={agreement.overdue ? 'due due--overdue' : 'muted'}>
        {agreement.dueDate
          ? agreement.overdue
            ? `Overdue by ${plural(agreement.daysOverdue, 'day')} (due ${formatDate(agreement.dueDate)})`
            : `Due ${formatDate(agreement.dueDate)}`
          : 'No due date'}
        {agreement.carriedForwardCount > 0 && ` · carried forward ${agreement.carriedForwardCount}×`}
      </span>
      <AgreementChanges agreement={agreement} repName={repName} onChanged={onChanged} />
    </li>
  )
}

function AgreementsBrief({ brief, onChanged }: { brief: RepBrief; onChanged: () => void }) {
  const { rep, manager } = brief.followThrough
  return (
    <section className="panel" aria-labelledby="agreements-title">
      <h2 id="agreements-title">Open agreements</h2>
      <dl className="follow-through-facts">
        <div>
          <dt>
            {brief.rep.name}'s follow-through, last {brief.followThroughWindow.days} days
          </dt>
          <dd>
            <strong>{formatRate(rep)}</strong> {describeFollowThrough(rep)}
          </dd>
        </div>
        <div>
          <dt>Your follow-through</dt>
          <dd>
            <strong>{formatRate(manager)}</strong> {describeFollowThrough(manager)}
          </dd>
        </div>
      </dl>
      {(['rep', 'manager'] as const).map((owner) => {
        const owned = brief.agreements[owner]
        return (
          <div key={owner} className="owner-group">
            <h3>{owner === 'rep' ? `Owned by ${brief.rep.name}` : 'Owned by you'}</h3>
            {owned.length === 0 ? (
              <p className="empty">None open.</p>
            ) : (
              <ul className="agreement-list">
                {owned.map((agreement) => (
                  <AgreementLine key={agreement.id} agreement={agreement} repName={brief.rep.name} onChanged={onChanged} />
                ))}
              </ul>
            )}
          </div>
        )
      })}
    </section>
  )
}

interface NudgesPanelProps {
  brief: RepBrief
  dismissed: DismissedNudge[]
  onDismiss: (rule: NudgeRule) => void
  onRestore: (rule: NudgeRule) => void
}

function NudgesPanel({ brief, dismissed, onDismiss, onRestore }: NudgesPanelProps) {
  return (
    <section className="panel" aria-labelledby="nudges-title">
      <h2 id="nudges-title">Nudges</h2>
      {brief.nudges.length === 0 ? (
        <p className="empty">Nothing to nudge about.</p>
      ) : (
        <ul className="nudge-list">
          {brief.nudges.map((nudge) => (
            <li key={nudge.rule}>
              <div className="nudge-list__head">
                <strong>{nudge.title}</strong>
                <button type="button" className="button button--small button--ghost no-print" onClick={() => onDismiss(nudge.rule)} aria-label={`Dismiss “${nudge.title}”`}>
                  Dismiss
                </button>
              </div>
              <p title={`Why it matters: ${nudge.why}`}>
                {nudge.detail}
                <span className="visually-hidden"> Why it matters: {nudge.why}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {dismissed.length > 0 && (
        <details className="dismissed-nudges no-print">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="nudge-list">
            {dismissed.map(({ nudge, until }) => (
              <li key={nudge.rule}>
                <div className="nudge-list__head">
                  <span>{nudge.title}</span>
                  <button type="button" className="button button--small button--ghost" onClick={() => onRestore(nudge.rule)} aria-label={`Show “${nudge.title}” again`}>
                    Show again
                  </button>
                </div>
                <p className="muted">Hidden until {formatDate(until)}, or sooner if something changes.</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

function SuggestionsPanel({ brief }: { brief: RepBrief }) {
  const [added, setAdded] = useState<Set<string>>(new Set())
  const [error, setError] = useState<ReturnType<typeof asApiError>>()
  // Not the follow-ups on overdue agreements: the agreements are listed beside.
  const points = pointsToRaise(brief.suggestions)

  async function add(suggestion: SuggestedTalkingPoint) {
    setError(undefined)
    try {
      await trackWrite(api['talkingPoints.add']({ repId: brief.rep.id, text: suggestion.text.slice(0, 1000), raisedBy: 'manager' }))
      setAdded((previous) => new Set(previous).add(suggestion.text))
      announceTalkingPointAdded(brief.rep.id)
    } catch (caught) {
      setError(asApiError(caught))
    }
  }

  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggested talking points</h2>
      <ErrorBanner error={error} />
      {points.length === 0 ? (
        <p className="empty">Nothing else stands out.</p>
      ) : (
        <ul className="suggestion-list">
          {points.map((suggestion) => (
            <li key={`${suggestion.kind}-${suggestion.text}`}>
              <span>{suggestion.text}</span>
              {added.has(suggestion.text) ? (
                <span className="muted">Added</span>
              ) : (
                <button type="button" className="button button--small no-print" onClick={() => add(suggestion)} aria-label={`Add to next 1:1: ${suggestion.text}`}
                  title="Add to the next 1:1’s agenda">
                  Add
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function GoalMovementPanel({ brief }: { brief: RepBrief }) {
  const moved = brief.goals.filter((movement) => movement.delta !== null && movement.delta !== 0)
  const still = brief.goals.filter((movement) => !moved.includes(movement))
  return (
    <section className="panel" aria-labelledby="goal-movement-title">
      <h2 id="goal-movement-title">Goals since the last 1:1</h2>
      {brief.goals.length === 0 ? (
        <p className="empty">No goals yet. A goal names a metric, a target and a due date.</p>
      ) : (
        <>
          {moved.length > 0 && (
            <ul className="goal-list goal-list--compact">
              {moved.map((movement) => (
                <li key={movement.goal.id} className="goal">
                  <div className="goal__title">
                    <strong>{movement.goal.title}</strong>
                    <span className={`status status--${movement.goal.status}`}>{GOAL_STATUS_LABELS[movement.goal.status]}</span>
                  </div>
                  <p className="goal__numbers">
                    {formatMetricValue(movement.currentValue, movement.goal.unit, movement.goal.currency)} of {formatMetricValue(movement.goal.target, movement.goal.unit, movement.goal.currency)} ·{' '}
                    {formatDelta(movement.delta!, movement.goal.unit, movement.goal.currency)} from {formatMetricValue(movement.valueBeforeLastSession, movement.goal.unit, movement.goal.currency)} on{' '}
                    {formatDate(movement.valueBeforeLastSessionDate)}
                  </p>
                  {!movement.measurable && <p className="warn-note">Not measurable yet: no {movement.missing.map((field) => FIELD_LABELS[field]).join(', no ')}.</p>}
                </li>
              ))}
            </ul>
          )}
          {still.length > 0 && (
            <p className="muted goal-still">
              {moved.length === 0 ? 'None moved: ' : 'Not moved: '}
              {still.map((movement, index) => (
                <span key={movement.goal.id}>
                  {index > 0 && ' · '}
                  {movement.goal.title} ({GOAL_STATUS_LABELS[movement.goal.status].toLowerCase()}
                  {movement.measurable ? '' : ', not measurable yet'})
                </span>
              ))}
            </p>
          )}
        </>
      )}
    </section>
  )
}

/** How long since the rep was last recognised: the gap to close in this 1:1. */
function RecognitionGap({ brief }: { brief: RepBrief }) {
  const days = brief.daysSinceRecognition
  const long = days === null || days > RECOGNITION_GAP_DAYS
  return (
    <section className="panel brief-recognition" aria-labelledby="recognition-gap-title">
      <h2 id="recognition-gap-title">Recognition</h2>
      <p className={long ? 'warn' : undefined}>
        {days === null
          ? 'Never recognised yet — find something specific to recognise.'
          : `Last recognised ${days === 0 ? 'today' : `${plural(days, 'day')} ago`} (${formatDate(brief.lastRecognitionDate)})${long ? ' — time to recognise something specific.' : '.'}`}
      </p>
    </section>
  )
}
