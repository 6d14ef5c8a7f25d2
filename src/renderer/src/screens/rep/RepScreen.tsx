import { useState } from 'react'
import type { Agreement, Owner, RepDetail } from '../../../../shared/domain'
import { api } from '../../api'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { daysSince, describeNextSession, formatDate, todayIso } from '../../lib/dates'
import { formatMetricValue, GOAL_STATUS_LABELS, missingForMeasurable } from '../../lib/goals'
import { useCurrentRep } from '../../lib/current-rep'
import { SESSION_STATUS_LABELS } from '../../lib/labels'
import { hrefFor } from '../../lib/router'
import { asApiError, useQuery } from '../../lib/use-query'
import { CADENCE_LABELS, RepFormDialog } from '../reps/RepFormDialog'
import { PlanSessionPanel } from './PlanSessionPanel'
import { StartSessionControl } from './StartSessionControl'
import { TalkingPointsPanel } from './TalkingPointsPanel'

export function RepScreen({ repId }: { repId: number }) {
  const detail = useQuery(() => api['reps.get']({ id: repId }), `rep-${repId}`)
  const [editing, setEditing] = useState(false)
  const [actionError, setActionError] = useState<ReturnType<typeof asApiError>>()
  useCurrentRep(repId)

  if (detail.error?.code === 'not_found') {
    return (
      <section className="screen" aria-labelledby="rep-missing">
        <h1 id="rep-missing">Rep not found</h1>
        <p>This rep does not exist any more. It may have been deleted.</p>
        <a href={hrefFor({ screen: 'team' })}>Back to Team</a>
      </section>
    )
  }
  if (!detail.data) {
    return (
      <section className="screen">
        <ErrorBanner error={detail.error} onRetry={detail.reload} />
        {detail.loading && <Loading label="Loading…" />}
      </section>
    )
  }

  const { rep } = detail.data
  const next = describeNextSession(rep.archived ? null : rep.nextSessionDate)

  async function toggleArchived() {
    setActionError(undefined)
    try {
      await api['reps.setArchived']({ id: rep.id, archived: !rep.archived })
      detail.reload()
    } catch (error) {
      setActionError(asApiError(error))
    }
  }

  return (
    <section className="screen" aria-labelledby="rep-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ screen: 'team' })}>Team</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{rep.name}</span>
      </nav>
      <header className="screen__header">
        <div className="rep-header">
          <h1 id="rep-title">{rep.name}</h1>
          <p className="screen__subtitle">
            {[rep.role, rep.email, `${CADENCE_LABELS[rep.cadence]} 1:1s`, rep.startDate ? `since ${formatDate(rep.startDate)}` : null].filter(Boolean).join(' · ')}
          </p>
          {rep.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {rep.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          {rep.archived && <p className="badge">Archived</p>}
        </div>
        <div className="screen__actions">
          {!rep.archived && <StartSessionControl detail={detail.data} />}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button button--ghost" onClick={toggleArchived}>
            {rep.archived ? 'Restore' : 'Archive'}
          </button>
        </div>
      </header>
      <ErrorBanner error={actionError} />

      <dl className="facts">
        <div>
          <dt>Next 1:1</dt>
          <dd className={`due due--${next.tone}`}>
            {next.label}
            {rep.nextSessionDate && !rep.archived && <span className="due__date">{formatDate(rep.nextSessionDate)}</span>}
          </dd>
        </div>
        <div>
          <dt>Last 1:1</dt>
          <dd>{formatDate(detail.data.recentSessions.find((session) => session.status === 'completed')?.scheduledAt)}</dd>
        </div>
        <div>
          <dt>Last recognised</dt>
          <dd>{describeDaysAgo(daysSince(detail.data.lastRecognitionDate))}</dd>
        </div>
      </dl>

      <div className="panels">
        {!rep.archived && <TalkingPointsPanel repId={rep.id} />}
        <GoalsPanel detail={detail.data} />
        <AgreementsPanel agreements={detail.data.openAgreements} repName={rep.name} />
        <SessionsPanel detail={detail.data} />
        {!rep.archived && <PlanSessionPanel key={rep.nextSessionDate ?? 'none'} rep={rep} onPlanned={detail.reload} />}
      </div>

      <RepFormDialog
        rep={rep}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false)
          detail.reload()
        }}
      />
    </section>
  )
}

function describeDaysAgo(days: number | null): string {
  if (days === null) return 'Never'
  if (days <= 0) return 'Today'
  return days === 1 ? 'Yesterday' : `${days} days ago`
}

function GoalsPanel({ detail }: { detail: RepDetail }) {
  const goals = detail.goals.filter((goal) => !goal.archived)
  return (
    <section className="panel" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      {goals.length === 0 ? (
        <p className="empty">No goals yet. A goal names a metric, a target and a due date.</p>
      ) : (
        <ul className="goal-list">
          {goals.map((goal) => {
            const missing = missingForMeasurable(goal)
            return (
              <li key={goal.id} className="goal">
                <div className="goal__title">
                  <strong>{goal.title}</strong>
                  <span className={`status status--${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
                </div>
                <p className="goal__numbers">
                  {goal.metric || 'No metric'}: {formatMetricValue(goal.latestValue, goal.unit)} of {formatMetricValue(goal.target, goal.unit)}
                  {goal.dueDate && <> · due {formatDate(goal.dueDate)}</>}
                </p>
                {missing.length > 0 && <p className="warn-note">Not measurable yet: no {missing.join(', no ')}.</p>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

const OWNER_TITLES: Record<Owner, string> = { rep: 'Owned by the rep', manager: 'Owned by you' }

function AgreementsPanel({ agreements, repName }: { agreements: Agreement[]; repName: string }) {
  const today = todayIso()
  return (
    <section className="panel" aria-labelledby="agreements-title">
      <h2 id="agreements-title">Open agreements</h2>
      {agreements.length === 0 ? (
        <p className="empty">No open agreements.</p>
      ) : (
        (['rep', 'manager'] as const).map((owner) => {
          const owned = agreements.filter((agreement) => agreement.owner === owner)
          return (
            <div key={owner} className="owner-group">
              <h3>{owner === 'rep' ? `Owned by ${repName}` : OWNER_TITLES.manager}</h3>
              {owned.length === 0 ? (
                <p className="empty">None open.</p>
              ) : (
                <ul className="agreement-list">
                  {owned.map((agreement) => {
                    const overdue = agreement.dueDate !== null && agreement.dueDate < today
                    return (
                      <li key={agreement.id} className={overdue ? 'is-overdue' : undefined}>
                        <span>{agreement.text}</span>
                        <span className={overdue ? 'due due--overdue' : 'muted'}>
                          {agreement.dueDate ? `${overdue ? 'Overdue since' : 'Due'} ${formatDate(agreement.dueDate)}` : 'No due date'}
                        </span>
                      </li>
                    )
                  })}
                </ul>
              )}
            </div>
          )
        })
      )}
    </section>
  )
}

function SessionsPanel({ detail }: { detail: RepDetail }) {
  return (
    <section className="panel" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Recent 1:1s</h2>
      {detail.recentSessions.length === 0 ? (
        <p className="empty">No 1:1s yet.</p>
      ) : (
        <ul className="session-list">
          {detail.recentSessions.map((session) => (
            <li key={session.id}>
              <a href={hrefFor({ screen: 'session', sessionId: session.id, view: 'session' })} aria-label={`1:1 of ${formatDate(session.scheduledAt)}, ${SESSION_STATUS_LABELS[session.status].toLowerCase()}`}>
                {formatDate(session.scheduledAt)}
              </a>
              <span className="muted">{session.templateName}</span>
              <span className={`status status--${session.status}`}>{SESSION_STATUS_LABELS[session.status]}</span>
              <span className="muted">{session.pulse ? `Pulse ${session.pulse}/5` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
