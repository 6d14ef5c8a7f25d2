import { useId, useState } from 'react'
import type { GoalField } from '@shared/domain'
import { PROGRESS_STATUSES, type GoalDetails, type GoalLifecycleAction, type ProgressStatus } from '@shared/goal-model'
import { api } from '../../../api'
import { InlineConfirm } from '../../../components/InlineConfirm'
import { ErrorBanner, Loading } from '../../../components/StatusMessage'
import { formatDate } from '../../../lib/dates'
import { formatMetricValue, GOAL_STATUS_LABELS } from '../../../lib/goals'
import { plural } from '../../../lib/labels'
import { offerUndo } from '../../../lib/undo'
import { asApiError, useQuery } from '../../../lib/use-query'
import { GoalChart } from './GoalChart'
import { GoalFormDialog } from './GoalFormDialog'

const MISSING_LABELS: Record<GoalField, string> = { metric: 'metric', target: 'target', due_date: 'due date' }

const CONFIRMATIONS: Record<Exclude<GoalLifecycleAction, 'reactivate'>, { question: string; confirm: string }> = {
  achieved: { question: 'Mark this goal as achieved? It moves to closed goals with its history.', confirm: 'Mark achieved' },
  dropped: { question: 'Drop this goal? It moves to closed goals with its history.', confirm: 'Drop goal' },
  archived: { question: 'Archive this goal? It moves to closed goals with its history.', confirm: 'Archive' }
}

/** The Goals tab of the Rep screen: running goals with their progress, then closed ones. */
export function GoalsTab({ repId, repArchived }: { repId: number; repArchived: boolean }) {
  const goals = useQuery(() => api['goals.list']({ repId }), `goals-${repId}`)
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<GoalDetails>()
  const active = goals.data?.active ?? []
  const closed = goals.data?.closed ?? []

  return (
    <div className="goals-tab">
      <div className="goals-tab__bar">
        <h2 className="visually-hidden">Goals</h2>
        {!repArchived && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New goal
          </button>
        )}
      </div>
      <ErrorBanner error={goals.error} onRetry={goals.reload} />
      {goals.loading && !goals.data && <Loading label="Loading goals…" />}
      {goals.data && active.length === 0 && (
        <p className="empty">{closed.length ? 'No running goals.' : 'No goals yet.'} A goal names a metric, a target and a due date.</p>
      )}
      {active.length > 0 && (
        <div className="panels">
          {active.map((details) => (
            <GoalCard key={details.goal.id} details={details} onEdit={() => setEditing(details)} onChanged={goals.reload} />
          ))}
        </div>
      )}
      {closed.length > 0 && (
        <section className="closed-goals" aria-labelledby="closed-goals-title">
          <h2 id="closed-goals-title">Closed goals ({closed.length})</h2>
          <div className="panels">
            {closed.map((details) => (
              <GoalCard key={details.goal.id} details={details} onEdit={() => setEditing(details)} onChanged={goals.reload} />
            ))}
          </div>
        </section>
      )}
      <GoalFormDialog
        repId={repId}
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false)
          goals.reload()
        }}
      />
      <GoalFormDialog
        key={editing?.goal.id ?? 'none'}
        repId={repId}
        details={editing}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined)
          goals.reload()
        }}
      />
    </div>
  )
}

function closedLabel(details: GoalDetails): string {
  if (details.goal.status === 'achieved' || details.goal.status === 'dropped') {
    return GOAL_STATUS_LABELS[details.goal.status] + (details.goal.archived ? ', archived' : '')
  }
  return 'Archived'
}

function whenLabel(details: GoalDetails): string | null {
  const { goal } = details
  if (details.timeframe === 'month' && details.month) return `month of ${formatDate(`${details.month}-01`).replace(/^1 /, '')}`
  if (details.timeframe === 'quarter' && details.quarter) return `${details.quarter.replace('-', ' ')}, due ${formatDate(goal.dueDate)}`
  if (details.timeframe === 'custom') return `${formatDate(details.periodStart)} to ${formatDate(goal.dueDate)}`
  return goal.dueDate ? `due ${formatDate(goal.dueDate)}` : null
}

function GoalCard({ details, onEdit, onChanged }: { details: GoalDetails; onEdit: () => void; onChanged: () => void }) {
  const { goal } = details
  const titleId = useId()
  const progress = useQuery(
    () => api['goals.progress']({ goalId: goal.id }),
    `goal-progress-${goal.id}-${goal.latestValue}-${goal.baseline}-${goal.target}-${goal.dueDate}-${details.periodStart}-${goal.unit}-${details.currency}`
  )
  const [confirming, setConfirming] = useState<keyof typeof CONFIRMATIONS | 'delete'>()
  const [actionError, setActionError] = useState<ReturnType<typeof asApiError>>()
  const money = (value: number | null) => formatMetricValue(value, goal.unit, details.currency)
  const when = whenLabel(details)

  async function run(action: () => Promise<unknown>) {
    setActionError(undefined)
    try {
      await action()
      onChanged()
    } catch (caught) {
      setActionError(asApiError(caught))
    }
  }

  return (
    <section className={`panel goal-card${details.closed ? ' goal-card--closed' : ''}`} aria-labelledby={titleId}>
      <div className="goal__title">
        <h3 id={titleId} className="goal-card__title">
          {goal.title}
        </h3>
        {details.closed ? (
          <span className={`status status--${goal.status}`}>{closedLabel(details)}</span>
        ) : (
          <span className="goal-card__status">
            <span className={`status status--${goal.status}`}>{GOAL_STATUS_LABELS[goal.status]}</span>
            <span className="badge">{details.statusSource === 'manager' ? 'Set by you' : 'Suggested'}</span>
          </span>
        )}
      </div>
      {(goal.metric || goal.target !== null || when) && (
        <p className="goal__numbers">
          {goal.metric || 'No metric'}: {money(goal.latestValue)} of {goal.target === null ? 'no target yet' : money(goal.target)}
          {when && ` · ${when}`}
        </p>
      )}
      {details.attainmentPercent !== null && (
        <p className="goal-card__attainment">
          <strong>{Math.round(details.attainmentPercent)}%</strong> of the way from {money(goal.baseline ?? 0)} to {money(goal.target)}
        </p>
      )}
      {!details.measurable && <p className="warn-note">Not measurable yet: missing {details.missing.map((field) => MISSING_LABELS[field]).join(', ')}</p>}
      {!details.closed && <StatusChoice details={details} onChange={(status) => void run(() => api['goals.overrideStatus']({ id: goal.id, status }))} />}
      <ErrorBanner error={progress.error} onRetry={progress.reload} />
      {progress.data && <GoalChart progress={progress.data} running={!details.closed} />}
      <ErrorBanner error={actionError} />
      {confirming === 'delete' ? (
        <InlineConfirm
          message={`Delete the goal “${goal.title}”${progress.data ? ` with ${plural(progress.data.checkIns.length, 'recorded value')}` : ''}? You can undo this, or restore it from the Trash.`}
          confirmLabel="Delete goal"
          cancelLabel="Keep it"
          danger
          onConfirm={() => {
            setConfirming(undefined)
            void run(async () => {
              const entry = await api['goals.delete']({ id: goal.id })
              offerUndo(entry, `The goal “${entry.label}” was moved to the Trash.`)
            })
          }}
          onCancel={() => setConfirming(undefined)}
        />
      ) : confirming ? (
        <InlineConfirm
          message={CONFIRMATIONS[confirming].question}
          confirmLabel={CONFIRMATIONS[confirming].confirm}
          cancelLabel="Keep it"
          onConfirm={() => {
            const action = confirming
            setConfirming(undefined)
            void run(() => api['goals.setLifecycle']({ id: goal.id, action }))
          }}
          onCancel={() => setConfirming(undefined)}
        />
      ) : (
        <div className="goal-card__actions" role="group" aria-label={`Actions for ${goal.title}`}>
          <button type="button" className="button button--small" onClick={onEdit}>
            Edit
          </button>
          {details.closed ? (
            <>
              <button type="button" className="button button--small" onClick={() => void run(() => api['goals.setLifecycle']({ id: goal.id, action: 'reactivate' }))}>
                Reopen
              </button>
              {!goal.archived && (
                <button type="button" className="button button--small button--ghost" onClick={() => setConfirming('archived')}>
                  Archive
                </button>
              )}
            </>
          ) : (
            <>
              <button type="button" className="button button--small" onClick={() => setConfirming('achieved')}>
                Mark achieved
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setConfirming('dropped')}>
                Drop
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setConfirming('archived')}>
                Archive
              </button>
            </>
          )}
          <button type="button" className="button button--small button--ghost" onClick={() => setConfirming('delete')}>
            Delete
          </button>
        </div>
      )}
    </section>
  )
}

/** The status of a running goal: the pace's suggestion, or the manager's own call. */
function StatusChoice({ details, onChange }: { details: GoalDetails; onChange: (status: ProgressStatus | null) => void }) {
  const selectId = useId()
  const suggestion = details.suggestedStatus ? GOAL_STATUS_LABELS[details.suggestedStatus] : null
  const followLabel = suggestion ? `Follow the pace (suggests ${suggestion.toLowerCase()})` : 'Follow the pace (no suggestion yet)'
  return (
    <div className="goal-card__status-choice">
      <label htmlFor={selectId}>Status</label>
      <select
        id={selectId}
        value={details.statusSource === 'manager' ? details.goal.status : ''}
        onChange={(event) => onChange((event.target.value || null) as ProgressStatus | null)}
      >
        <option value="">{followLabel}</option>
        {PROGRESS_STATUSES.map((status) => (
          <option key={status} value={status}>
            {GOAL_STATUS_LABELS[status]} (set by you)
          </option>
        ))}
      </select>
      {details.statusSource === 'manager' && (
        <>
          <span className="muted">{suggestion ? `Pace suggests ${suggestion.toLowerCase()}.` : 'No suggestion from pace yet.'}</span>
          <button type="button" className="button button--small button--ghost" onClick={() => onChange(null)}>
            Use the suggestion
          </button>
        </>
      )}
    </div>
  )
}
