import { useState } from 'react'
import type { BriefAgreement, DismissedNudge, NudgeRule, RepBrief, SuggestedTalkingPoint } from '../../../../shared/domain'
import { api } from '../../api'
import { PulseSparkline } from '../../components/Sparkline'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { announceTalkingPointAdded } from '../../lib/current-rep'
import { formatDate } from '../../lib/dates'
import { describeFollowThrough, formatRate } from '../../lib/follow-through'
import { formatDelta } from '../../lib/numbers'
import { formatMetricValue, GOAL_STATUS_LABELS } from '../../lib/goals'
import { plural } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { trackWrite } from '../../lib/save-status'
import { useScreenReadyMark } from '../../lib/screen-ready'
import { asApiError, useQuery } from '../../lib/use-query'
import { AgreementChanges } from './AgreementChanges'
import { repQueries } from './rep-queries'

const FIELD_LABELS = { metric: 'metric', target: 'target', due_date: 'due date' } as const

/** The pre-meeting page: everything to walk into a 1:1 prepared, in one read. Printable. */
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
    <div className="brief">
      <ErrorBanner error={error} />
      <div className="brief__actions">
        <button type="button" className="button button--small" onClick={() => window.print()}>
          Print the brief
        </button>
      </div>
      <div className="panels">
        <LastSession brief={data} />
        <AgreementsBrief brief={data} onChanged={brief.reload} />
        <NudgesPanel brief={data} dismissed={nudges.data?.dismissed ?? []} onDismiss={dismiss} onRestore={restore} />
        <SuggestionsPanel brief={data} />
        <GoalMovementPanel brief={data} />
        <ChallengesBrief brief={data} />
        <section className="panel" aria-labelledby="pulse-title">
          <h2 id="pulse-title">Pulse and recognition</h2>
          <PulseSparkline points={data.pulseTrend} />
          <p>
            {data.daysSinceRecognition === null
              ? 'Never recognised yet.'
              : `Last recognised ${data.daysSinceRecognition === 0 ? 'today' : `${plural(data.daysSinceRecognition, 'day')} ago`} (${formatDate(data.lastRecognitionDate)}).`}
          </p>
        </section>
      </div>
    </div>
  )
}

function LastSession({ brief }: { brief: RepBrief }) {
  const last = brief.lastSession
  return (
    <section className="panel" aria-labelledby="last-session-title">
      <h2 id="last-session-title">Last 1:1</h2>
      {!last ? (
        <p className="empty">No completed 1:1 yet.</p>
      ) : (
        <>
          <p className="muted">
            <a href={hrefFor({ screen: 'session', sessionId: last.id, view: 'summary' })}>{formatDate(last.date)}</a> · {last.daysAgo === 0 ? 'today' : `${plural(last.daysAgo, 'day')} ago`}
            {last.pulse !== null && ` · pulse ${last.pulse}/5`} · {last.templateName}
          </p>
          {last.summary ? <p className="brief__summary">{last.summary}</p> : <p className="empty">No notes were written.</p>}
        </>
      )}
    </section>
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
              <p>{nudge.detail}</p>
              <p className="muted">Why it matters: {nudge.why}</p>
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
      {brief.suggestions.length === 0 ? (
        <p className="empty">No suggestions: nothing stands out.</p>
      ) : (
        <ul className="suggestion-list">
          {brief.suggestions.map((suggestion) => (
            <li key={`${suggestion.kind}-${suggestion.text}`}>
              <span>{suggestion.text}</span>
              {added.has(suggestion.text) ? (
                <span className="muted">Added</span>
              ) : (
                <button type="button" className="button button--small no-print" onClick={() => add(suggestion)} aria-label={`Add to next 1:1: ${suggestion.text}`}>
                  Add to next 1:1
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
  return (
    <section className="panel" aria-labelledby="goal-movement-title">
      <h2 id="goal-movement-title">Goals since the last 1:1</h2>
      {brief.goals.length === 0 ? (
        <p className="empty">No goals yet. A goal names a metric, a target and a due date.</p>
      ) : (
        <ul className="goal-list">
          {brief.goals.map((movement) => (
            <li key={movement.goal.id} className="goal">
              <div className="goal__title">
                <strong>{movement.goal.title}</strong>
                <span className={`status status--${movement.goal.status}`}>{GOAL_STATUS_LABELS[movement.goal.status]}</span>
              </div>
              <p className="goal__numbers">
                {formatMetricValue(movement.currentValue, movement.goal.unit, movement.goal.currency)} of {formatMetricValue(movement.goal.target, movement.goal.unit, movement.goal.currency)}
                {movement.delta !== null && movement.valueBeforeLastSessionDate !== null
                  ? ` · ${formatDelta(movement.delta, movement.goal.unit, movement.goal.currency)} from ${formatMetricValue(movement.valueBeforeLastSession, movement.goal.unit, movement.goal.currency)} on ${formatDate(movement.valueBeforeLastSessionDate)}`
                  : ' · no earlier value to compare'}
              </p>
              {!movement.measurable && <p className="warn-note">Not measurable yet: no {movement.missing.map((field) => FIELD_LABELS[field]).join(', no ')}.</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function ChallengesBrief({ brief }: { brief: RepBrief }) {
  return (
    <section className="panel" aria-labelledby="brief-challenges-title">
      <h2 id="brief-challenges-title">Open challenges</h2>
      {brief.challenges.length === 0 ? (
        <p className="empty">No open challenges.</p>
      ) : (
        <ul className="agreement-list">
          {brief.challenges.map((challenge) => (
            <li key={challenge.id}>
              <span>
                {challenge.text}
                {challenge.recurring && <span className="badge badge--warn">Recurring</span>}
              </span>
              <span className="muted">Came up in {plural(challenge.sessionCount, '1:1')} · since {formatDate(challenge.raisedOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
