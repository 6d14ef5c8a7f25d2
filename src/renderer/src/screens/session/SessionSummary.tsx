import { useEffect, useState, type ReactNode } from 'react'
import type { SessionDetail } from '@shared/domain'
import { api } from '../../api'
import { Icon } from '../../components/Icon'
import { Breadcrumb } from '../../components/Breadcrumb'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { describeNextSession, formatDate, formatDateTime, formatMinutes, formatTimestamp } from '../../lib/dates'
import { formatMetricValue, GOAL_STATUS_LABELS } from '../../lib/goals'
import { PULSE_LABELS, REVIEW_OUTCOME_PAST, SESSION_STATUS_LABELS } from '../../lib/labels'
import { formatDelta } from '../../lib/numbers'
import { hrefFor, type SessionPlace } from '../../lib/router'
import { useQuery } from '../../lib/use-query'
import { ExportDialog } from '../exports/ExportDialog'
import { DeleteSessionControl } from './DeleteSessionControl'
import { DocView } from './DocView'
import { finishResultOf } from './FinishDialog'
import { SessionMissing } from './SessionMissing'

/** #/session/:id/summary — what was said and agreed, private notes only on request. */
export default function SessionSummary({ sessionId, at }: { sessionId: number; at?: SessionPlace }) {
  const query = useQuery(() => api['sessions.get']({ id: sessionId }), `summary-${sessionId}`)
  if (query.error?.code === 'not_found') return <SessionMissing />
  if (!query.data) {
    return (
      <section className="screen">
        <ErrorBanner error={query.error} onRetry={query.reload} />
        {query.loading && <Loading label="Loading the summary…" />}
      </section>
    )
  }
  return <Summary detail={query.data} at={at} />
}

/** The heading a place in the 1:1 (a search hit's note) is shown under. */
const headingIdOf = (at: SessionPlace) => `summary-${at}`

function SummaryBlock({ title, children, id = `summary-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="summary-block" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/** New agreements of one side, each with by when. */
function AgreedList({ agreements, who, emptyText }: { agreements: SessionDetail['newAgreements']; who: 'You' | 'Me'; emptyText: string }) {
  if (agreements.length === 0) return <p className="muted">{emptyText}</p>
  return (
    <ul className="summary-list">
      {agreements.map((agreement) => (
        <li key={agreement.id}>
          <span className="summary__text">{agreement.text}</span>
          <span className={`owner owner--${who === 'You' ? 'rep' : 'manager'}`}>{who}</span>
          <span className="muted">{agreement.dueDate ? `by ${formatDate(agreement.dueDate)}` : 'no date set'}</span>
        </li>
      ))}
    </ul>
  )
}

function Summary({ detail, at }: { detail: SessionDetail; at: SessionPlace | undefined }) {
  const { session, rep } = detail
  // A search hit in the private notes opens them: that is what was looked for.
  const [showPrivate, setShowPrivate] = useState(at === 'private-notes')
  const [exporting, setExporting] = useState(false)
  const kinds = new Set(detail.sections.map((section) => section.kind))
  const nextDate = finishResultOf(session.id)?.nextSessionDate ?? rep.nextSessionDate
  const next = describeNextSession(nextDate)
  const sections = [...detail.sections].sort((a, b) => a.position - b.position)
  const preferences = useQuery(() => api['preferences.get']({}), 'preferences')
  const yourName = preferences.data?.yourName ?? ''
  const carried = detail.lastAgreements.filter((agreement) => agreement.outcome === null || agreement.outcome === 'carried_forward')
  const closed = detail.lastAgreements.filter((agreement) => agreement.outcome !== null && agreement.outcome !== 'carried_forward')
  const carriedPoints = detail.agenda.filter((point) => point.outcome !== 'discussed')
  const discussed = detail.agenda.filter((point) => point.outcome === 'discussed')

  useEffect(() => {
    document.title = `Summary: 1:1 with ${rep.name} · Kept`
  }, [rep.name])

  // Opened at a note (a search hit): its heading is scrolled to and takes the focus.
  useEffect(() => {
    if (!at) return
    const heading = document.getElementById(headingIdOf(at))
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus({ preventScroll: true })
  }, [at])

  return (
    <section className="screen screen--summary" aria-labelledby="summary-title">
      <Breadcrumb
        trail={[
          { label: 'Team', href: hrefFor({ screen: 'team' }) },
          { label: rep.name, href: hrefFor({ screen: 'rep', repId: rep.id }) }
        ]}
        current="Summary"
      />
      <header className="screen__header">
        <div>
          <h1 id="summary-title">Summary: 1:1 with {rep.name}</h1>
          <p className="screen__subtitle">
            {formatDateTime(session.scheduledAt)} · {session.templateName}
            {session.durationSeconds !== null && <> · {formatMinutes(session.durationSeconds)}</>}{' '}
            <span className={`status status--${session.status}`}>{SESSION_STATUS_LABELS[session.status]}</span>
          </p>
          {session.editedAfterCompletionAt && <p className="muted">Last edited {formatTimestamp(session.editedAfterCompletionAt)}</p>}
        </div>
        <div className="screen__actions">
          <label className="toggle">
            <input type="checkbox" checked={showPrivate} onChange={(event) => setShowPrivate(event.target.checked)} />
            Show private notes
          </label>
          <button type="button" className="button button--primary" onClick={() => setExporting(true)}>
            Export
          </button>
          <a className="button" href={hrefFor({ screen: 'session', sessionId: session.id, view: session.status === 'completed' ? 'correct' : 'session' })}>
            {session.status === 'completed' ? 'Correct this 1:1' : 'Back to the 1:1'}
          </a>
          <DeleteSessionControl detail={detail} />
        </div>
      </header>

      {session.status === 'completed' && (
        <p className="banner banner--success" role="status">
          <span>
            Next 1:1 with {rep.name}: <strong>{nextDate ? formatDate(nextDate) : 'not planned'}</strong>
            {nextDate && ` (${next.label.toLowerCase()})`}
          </span>
        </p>
      )}

      <ExportDialog open={exporting} onClose={() => setExporting(false)} sessionId={session.id} rep={rep} />

      <div className="summary">
        <SummaryBlock title="What we agreed — who, by when" id="summary-what-we-agreed">
          <AgreedList agreements={detail.newAgreements.filter((agreement) => agreement.owner === 'rep')} who="You" emptyText="Nothing new for you this time." />
        </SummaryBlock>

        <SummaryBlock title={yourName.trim() ? `What I owe you — ${yourName.trim()}` : 'What I owe you'} id="summary-what-i-owe-you">
          <AgreedList agreements={detail.newAgreements.filter((agreement) => agreement.owner === 'manager')} who="Me" emptyText="Nothing new from me this time." />
          {!yourName.trim() && (
            <p className="muted">
              <a href={hrefFor({ screen: 'settings' })}>Add your name in Settings</a> to sign this with it.
            </p>
          )}
        </SummaryBlock>

        <SummaryBlock title="What carries over">
          {carried.length === 0 && carriedPoints.length === 0 ? (
            <p className="muted">Nothing carries over.</p>
          ) : (
            <ul className="summary-list">
              {carried.map((agreement) => (
                <li key={`agreement-${agreement.id}`}>
                  <span className="summary__text">{agreement.text}</span>
                  <span className={`owner owner--${agreement.owner}`}>{agreement.owner === 'rep' ? 'You' : 'Me'}</span>
                  <span className="muted">{agreement.dueDate ? `now due ${formatDate(agreement.dueDate)}` : 'no date set'}</span>
                </li>
              ))}
              {carriedPoints.map((point) => (
                <li key={`point-${point.id}`}>
                  <span className="summary__text">{point.text}</span>
                  <span className="muted">to talk about next time</span>
                </li>
              ))}
            </ul>
          )}
        </SummaryBlock>

        {kinds.has('check_in') && (
          <SummaryBlock title="How you’re doing">
            <p>
              {session.pulse === null ? <span className="muted">No pulse recorded.</span> : <strong>Your pulse: {session.pulse}/5 — {PULSE_LABELS[session.pulse]}</strong>}
            </p>
            {session.checkInText && (
              <p className="summary__text summary__own-read">
                <span className="badge">My read · not sent unless you include it</span> {session.checkInText}
              </p>
            )}
          </SummaryBlock>
        )}

        {kinds.has('agenda') && (
          <SummaryBlock title="What we talked about">
            {discussed.length === 0 ? (
              <p className="muted">No talking points.</p>
            ) : (
              <ul className="summary-list">
                {discussed.map((point) => (
                  <li key={point.id}>
                    <span className="summary__text">{point.text}</span>
                    {point.raisedBy === 'rep' && <span className="owner owner--rep">You raised it</span>}
                  </li>
                ))}
              </ul>
            )}
          </SummaryBlock>
        )}

        {kinds.has('goal_review') && (
          <SummaryBlock title="Your goals">
            {detail.goalReview.length === 0 ? (
              <p className="muted">No active goals.</p>
            ) : (
              <div className="table-wrap">
                <table className="summary-table">
                  <thead>
                    <tr>
                      <th scope="col">Goal</th>
                      <th scope="col">Before</th>
                      <th scope="col">Now</th>
                      <th scope="col">Change</th>
                      <th scope="col">Status</th>
                      <th scope="col">Your view and my comment</th>
                    </tr>
                  </thead>
                  <tbody>
                    {detail.goalReview.map(({ goal, previousValue, checkIn }) => (
                      <tr key={goal.id}>
                        <th scope="row">{goal.title}</th>
                        <td>{formatMetricValue(previousValue, goal.unit, goal.currency)}</td>
                        <td>{checkIn ? formatMetricValue(checkIn.value, goal.unit, goal.currency) : <span className="muted">Not reviewed</span>}</td>
                        <td>{checkIn && previousValue !== null ? formatDelta(checkIn.value - previousValue, goal.unit, goal.currency) : '—'}</td>
                        <td>{GOAL_STATUS_LABELS[checkIn?.status ?? goal.status]}</td>
                        <td className="summary__text">{[checkIn?.repAssessment, checkIn?.comment].filter(Boolean).join(' — ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </SummaryBlock>
        )}

        {kinds.has('last_agreements') && (
          <SummaryBlock title="What we closed from last time">
            {closed.length === 0 ? (
              <p className="muted">Nothing closed from last time.</p>
            ) : (
              <ul className="summary-list">
                {closed.map((agreement) => (
                  <li key={agreement.id}>
                    <span className="summary__text">{agreement.text}</span>
                    <span className={`owner owner--${agreement.owner}`}>{agreement.owner === 'rep' ? 'You' : 'Me'}</span>
                    <span className={`outcome outcome--${agreement.outcome ?? 'open'}`}>{agreement.outcome ? REVIEW_OUTCOME_PAST[agreement.outcome] : 'Still open'}</span>
                    {agreement.outcome === 'missed' && agreement.missedReason && <span className="summary__text summary__detail">Why: {agreement.missedReason}</span>}
                  </li>
                ))}
              </ul>
            )}
          </SummaryBlock>
        )}

        {kinds.has('challenges') && (
          <SummaryBlock title="Your challenges">
            {detail.challenges.length === 0 ? (
              <p className="muted">No challenges.</p>
            ) : (
              <ul className="summary-list">
                {detail.challenges.map((challenge) => (
                  <li key={challenge.id}>
                    <span className="summary__text">{challenge.text}</span>
                    <span className={`status status--${challenge.status}`}>{challenge.status === 'resolved' ? 'Resolved' : 'Open'}</span>
                    {challenge.supportOffered && <span className="summary__text summary__detail">My support: {challenge.supportOffered}</span>}
                  </li>
                ))}
              </ul>
            )}
          </SummaryBlock>
        )}

        {kinds.has('recognition') && (
          <SummaryBlock title="What I recognised">
            {detail.recognitions.length === 0 ? (
              <p className="muted">Nothing recognised this time.</p>
            ) : (
              <ul className="summary-list">
                {detail.recognitions.map((recognition) => (
                  <li key={recognition.id}>
                    <span className="summary__text">
                      <strong>{recognition.what}</strong>
                      {recognition.behaviour && <> — {recognition.behaviour}</>}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </SummaryBlock>
        )}

        {sections
          .filter((section) => section.kind === 'prompt')
          .map((section) => {
            const note = detail.notes.sections[section.id]
            return (
              <SummaryBlock key={section.id} title={section.title} id={headingIdOf(`section-${section.id}`)}>
                {note?.text.trim() ? <DocView doc={note.doc} text={note.text} /> : <p className="muted">Nothing written.</p>}
              </SummaryBlock>
            )
          })}

        {kinds.has('notes') && (
          <SummaryBlock title="Shared notes" id={headingIdOf('shared-notes')}>
            {detail.notes.shared.text.trim() ? <DocView doc={detail.notes.shared.doc} text={detail.notes.shared.text} /> : <p className="muted">No shared notes.</p>}
          </SummaryBlock>
        )}

        {kinds.has('notes') && showPrivate && (
          <section className="summary-block summary-block--private" aria-labelledby="summary-private-notes">
            <h2 id="summary-private-notes" tabIndex={-1}>
              <Icon name="lock" /> Private notes <span className="badge badge--private">Private</span>
            </h2>
            {detail.notes.private.text.trim() ? <DocView doc={detail.notes.private.doc} text={detail.notes.private.text} /> : <p className="muted">No private notes.</p>}
          </section>
        )}
      </div>
    </section>
  )
}
