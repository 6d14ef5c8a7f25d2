import { useState } from 'react'
import type { RepDetail } from '@shared/domain'
import { api } from '../../api'
import { Breadcrumb } from '../../components/Breadcrumb'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { Tabs } from '../../components/Tabs'
import { daysSince, describeNextSession, formatDate } from '../../lib/dates'
import { useCurrentRep } from '../../lib/current-rep'
import { SESSION_STATUS_LABELS } from '../../lib/labels'
import { hrefFor, navigate, type RepTab } from '../../lib/router'
import { asApiError, useQuery } from '../../lib/use-query'
import { RepExportActions } from '../exports/RepExportActions'
import { CADENCE_LABELS, RepFormDialog } from '../reps/RepFormDialog'
import { BriefTab } from './BriefTab'
import { DeleteRepControl } from './DeleteRepControl'
import { GoalsTab } from './goals/GoalsTab'
import { AgreementsTab, ChallengesTab, RecognitionTab } from './HistoryTabs'
import { PlanSessionPanel } from './PlanSessionPanel'
import { StartSessionControl } from './StartSessionControl'
import { TalkingPointsPanel } from './TalkingPointsPanel'
import { RecognizeDialog } from './RecognizeDialog'
import { prefetchRepScreen, repQueries } from './rep-queries'
import { TimelineTab } from './TimelineTab'

const REP_TAB_LABELS: ReadonlyArray<{ key: RepTab; label: string }> = [
  { key: 'brief', label: 'Brief' },
  { key: 'timeline', label: 'Timeline' },
  { key: 'goals', label: 'Goals' },
  { key: 'agreements', label: 'Agreements' },
  { key: 'recognition', label: 'Recognition' },
  { key: 'challenges', label: 'Challenges' }
]

export function RepScreen({ repId, tab = 'brief' }: { repId: number; tab?: RepTab }) {
  // Before the first request goes out: the tab's own requests start with it, not after it.
  useState(() => prefetchRepScreen(repId, tab))
  const detailQuery = repQueries.detail(repId)
  const detail = useQuery(detailQuery.load, detailQuery.key)
  const [editing, setEditing] = useState(false)
  const [recognizing, setRecognizing] = useState(false)
  const [recognized, setRecognized] = useState<string>()
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
      <Breadcrumb trail={[{ label: 'Team', href: hrefFor({ screen: 'team' }) }]} current={rep.name} />
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
          {!rep.archived && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setRecognized(undefined)
                setRecognizing(true)
              }}
            >
              Recognise
            </button>
          )}
          <RepExportActions rep={rep} />
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button button--ghost" onClick={toggleArchived}>
            {rep.archived ? 'Restore' : 'Archive'}
          </button>
          <DeleteRepControl rep={rep} onError={setActionError} />
        </div>
      </header>
      <ErrorBanner error={actionError} />
      <SuccessBanner message={recognized} />
      <RecognizeDialog
        rep={recognizing ? rep : null}
        onClose={() => setRecognizing(false)}
        onGiven={(message) => {
          setRecognized(message)
          detail.reload()
        }}
      />

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

      <Tabs
        label={`About ${rep.name}`}
        tabs={REP_TAB_LABELS}
        selected={tab}
        onSelect={(key) => navigate({ screen: 'rep', repId: rep.id, tab: key })}
        render={(key) => {
          const data = detail.data
          if (!data) return null
          switch (key) {
            case 'brief':
              return (
                <>
                  <BriefTab key={`${data.rep.updatedAt}-${data.recentSessions.length}`} repId={rep.id} />
                  <div className="panels brief__more">
                    {!rep.archived && <TalkingPointsPanel repId={rep.id} />}
                    <SessionsPanel detail={data} />
                    {!rep.archived && <PlanSessionPanel key={rep.nextSessionDate ?? 'none'} rep={rep} onPlanned={detail.reload} />}
                  </div>
                </>
              )
            case 'timeline':
              return <TimelineTab repId={rep.id} />
            case 'goals':
              return <GoalsTab repId={rep.id} repArchived={rep.archived} />
            case 'agreements':
              return <AgreementsTab repId={rep.id} repName={rep.name} />
            case 'recognition':
              return <RecognitionTab repId={rep.id} />
            case 'challenges':
              return <ChallengesTab repId={rep.id} />
          }
        }}
      />

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
