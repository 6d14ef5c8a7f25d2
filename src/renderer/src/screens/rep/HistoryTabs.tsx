import { useId, useState } from 'react'
import type { AgreementStatus, Goal, GoalProgress, Owner } from '../../../../shared/domain'
import { api } from '../../api'
import { OwnerBadge } from '../../components/OwnerBadge'
import { ErrorBanner } from '../../components/StatusMessage'
import { formatDate } from '../../lib/dates'
import { formatMetricValue, GOAL_STATUS_LABELS } from '../../lib/goals'
import { plural } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { useQuery } from '../../lib/use-query'

const FIELD_LABELS = { metric: 'a metric', target: 'a target', due_date: 'a due date' } as const

// Goals ------------------------------------------------------------------------------------------

export function GoalsTab({ goals }: { goals: Goal[] }) {
  const active = goals.filter((goal) => !goal.archived)
  if (active.length === 0) return <p className="empty">No goals yet. A goal names a metric, a target and a due date.</p>
  return (
    <div className="panels">
      {active.map((goal) => (
        <GoalProgressCard key={goal.id} goal={goal} />
      ))}
    </div>
  )
}

function GoalProgressCard({ goal }: { goal: Goal }) {
  const progress = useQuery(() => api['goals.progress']({ goalId: goal.id }), `goal-progress-${goal.id}`)
  const titleId = useId()
  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="goal__title">
        <h2 id={titleId}>{goal.title}</h2>
        <span className={`status status--${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
      </div>
      <ErrorBanner error={progress.error} onRetry={progress.reload} />
      {progress.data && (
        <>
          <p className="goal__numbers">
            {goal.metric || 'No metric'}: {formatMetricValue(goal.latestValue, goal.unit)} of {formatMetricValue(goal.target, goal.unit)}
            {goal.dueDate && ` · due ${formatDate(goal.dueDate)}`}
            {progress.data.attainmentPercent !== null && ` · ${Math.round(progress.data.attainmentPercent)}% attained`}
          </p>
          {!progress.data.measurable ? (
            <p className="warn-note">Not measurable yet: it needs {progress.data.missing.map((field) => FIELD_LABELS[field]).join(' and ')}.</p>
          ) : (
            <GoalChart progress={progress.data} />
          )}
        </>
      )}
    </section>
  )
}

function GoalChart({ progress }: { progress: GoalProgress }) {
  const { checkIns, pace, goal } = progress
  if (checkIns.length === 0 && !pace) return <p className="empty">No check-ins yet.</p>
  const width = 320
  const height = 140
  const pad = 8
  const dates = [...checkIns.map((point) => point.date), ...(pace ? [pace.from.date, pace.to.date] : [])].map((date) => Date.parse(date))
  const values = [...checkIns.map((point) => point.value), ...(pace ? [pace.from.value, pace.to.value] : []), ...(goal.target !== null ? [goal.target] : [])]
  const minX = Math.min(...dates)
  const maxX = Math.max(...dates, minX + 1)
  const minY = Math.min(...values, 0)
  const maxY = Math.max(...values, minY + 1)
  const x = (date: string) => pad + ((Date.parse(date) - minX) / (maxX - minX)) * (width - 2 * pad)
  const y = (value: number) => height - pad - ((value - minY) / (maxY - minY)) * (height - 2 * pad)
  const label =
    `Check-ins of ${goal.title}: ` +
    (checkIns.length ? checkIns.map((point) => `${formatDate(point.date)} ${formatMetricValue(point.value, goal.unit)}`).join(', ') : 'none') +
    (pace ? `. Pace needed: from ${formatMetricValue(pace.from.value, goal.unit)} on ${formatDate(pace.from.date)} to ${formatMetricValue(pace.to.value, goal.unit)} on ${formatDate(pace.to.date)}; expected today ${formatMetricValue(pace.expectedToday, goal.unit)}.` : '.')
  return (
    <figure className="goal-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={label}>
        <rect x="0" y="0" width={width} height={height} className="goal-chart__bg" />
        {pace && <line x1={x(pace.from.date)} y1={y(pace.from.value)} x2={x(pace.to.date)} y2={y(pace.to.value)} className="goal-chart__pace" />}
        {checkIns.length > 1 && <polyline points={checkIns.map((point) => `${x(point.date)},${y(point.value)}`).join(' ')} className="goal-chart__line" />}
        {checkIns.map((point) => (
          <circle key={point.id} cx={x(point.date)} cy={y(point.value)} r="3.5" className="goal-chart__point" />
        ))}
      </svg>
      <figcaption className="muted">
        <span className="legend legend--line">Check-ins</span> <span className="legend legend--pace">Pace needed</span>
        {pace && ` · expected today ${formatMetricValue(pace.expectedToday, goal.unit)}`}
      </figcaption>
    </figure>
  )
}

// Agreements -------------------------------------------------------------------------------------

const STATUS_LABELS: Record<AgreementStatus, string> = { open: 'Open', done: 'Done', missed: 'Missed', dropped: 'Dropped' }

export function AgreementsTab({ repId, repName }: { repId: number; repName: string }) {
  const [owner, setOwner] = useState<Owner | ''>('')
  const [status, setStatus] = useState<AgreementStatus | ''>('')
  const ledger = useQuery(
    () => api['reps.agreements']({ repId, ...(owner ? { owner } : {}), ...(status ? { status } : {}) }),
    `ledger-${repId}-${owner}-${status}`
  )
  return (
    <section className="panel" aria-labelledby="ledger-title">
      <h2 id="ledger-title">Agreements ledger</h2>
      <div className="filters">
        <label className="filter">
          Owner
          <select value={owner} onChange={(event) => setOwner(event.target.value as Owner | '')}>
            <option value="">Both</option>
            <option value="rep">{repName}</option>
            <option value="manager">You</option>
          </select>
        </label>
        <label className="filter">
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as AgreementStatus | '')}>
            <option value="">Any</option>
            {(Object.keys(STATUS_LABELS) as AgreementStatus[]).map((key) => (
              <option key={key} value={key}>
                {STATUS_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBanner error={ledger.error} onRetry={ledger.reload} />
      {ledger.data && ledger.data.length === 0 && <p className="empty">No agreements match.</p>}
      {ledger.data && ledger.data.length > 0 && (
        <ul className="agreement-list">
          {ledger.data.map((agreement) => (
            <li key={agreement.id} className={agreement.overdue ? 'is-overdue' : undefined}>
              <span>
                <OwnerBadge owner={agreement.owner} repName={repName} /> {agreement.text}
              </span>
              <span className="muted">
                <span className={`status status--agreement-${agreement.status}`}>{STATUS_LABELS[agreement.status]}</span>{' '}
                {agreement.overdue ? <span className="due due--overdue">Overdue by {plural(agreement.daysOverdue, 'day')}</span> : agreement.dueDate ? `Due ${formatDate(agreement.dueDate)}` : 'No due date'}
                {agreement.doneOn && ` · done ${formatDate(agreement.doneOn)}`}
                {agreement.carriedForwardCount > 0 && ` · carried forward ${agreement.carriedForwardCount}×`}
                {' · made '}
                {agreement.createdInSessionId ? (
                  <a href={hrefFor({ screen: 'session', sessionId: agreement.createdInSessionId, view: 'summary' })}>{formatDate(agreement.createdOn)}</a>
                ) : (
                  formatDate(agreement.createdOn)
                )}
                {agreement.missedReason && ` · why missed: ${agreement.missedReason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// Recognition ------------------------------------------------------------------------------------

export function RecognitionTab({ repId }: { repId: number }) {
  const log = useQuery(() => api['reps.recognitions']({ repId }), `recognitions-${repId}`)
  return (
    <section className="panel" aria-labelledby="recognition-title">
      <h2 id="recognition-title">Recognition</h2>
      <ErrorBanner error={log.error} onRetry={log.reload} />
      {log.data && log.data.length === 0 && <p className="empty">Nothing recognised yet. Specific recognition, often, keeps people going.</p>}
      {log.data && log.data.length > 0 && (
        <ul className="agreement-list">
          {log.data.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.what}</strong>
              {entry.behaviour && <span>{entry.behaviour}</span>}
              <span className="muted">
                {entry.sessionId ? <a href={hrefFor({ screen: 'session', sessionId: entry.sessionId, view: 'summary' })}>{formatDate(entry.recognizedOn)}</a> : formatDate(entry.recognizedOn)}
                {entry.goalTitle && ` · goal: ${entry.goalTitle}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

// Challenges -------------------------------------------------------------------------------------

export function ChallengesTab({ repId }: { repId: number }) {
  const list = useQuery(() => api['reps.challenges']({ repId }), `challenges-${repId}`)
  return (
    <section className="panel" aria-labelledby="challenges-tab-title">
      <h2 id="challenges-tab-title">Challenges</h2>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <p className="empty">No challenges yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="agreement-list">
          {list.data.map((challenge) => (
            <li key={challenge.id}>
              <span>
                {challenge.text}
                {challenge.recurring && <span className="badge badge--warn">Recurring</span>}
                <span className={`status status--challenge-${challenge.status}`}>{challenge.status === 'open' ? 'Open' : 'Resolved'}</span>
              </span>
              {challenge.supportOffered && <span>Support: {challenge.supportOffered}</span>}
              <span className="muted">
                Came up in {plural(challenge.sessionCount, '1:1')} · raised {formatDate(challenge.raisedOn)}
                {challenge.lastCameUpOn && ` · last ${formatDate(challenge.lastCameUpOn)}`}
                {challenge.resolvedOn && ` · resolved ${formatDate(challenge.resolvedOn)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
