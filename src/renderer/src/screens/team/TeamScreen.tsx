import { useEffect, useId, useState } from 'react'
import './team.css'
import { FOLLOW_THROUGH_DEFINITION, type Rep, type TeamOverviewMember } from '@shared/domain'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { ErrorBanner, Loading, SuccessBanner } from '../../components/StatusMessage'
import { TalkingPointForm } from '../../components/TalkingPointForm'
import { NudgeChips } from '../../components/NudgeChips'
import { Keys } from '../../components/Keys'
import { formatDate } from '../../lib/dates'
import { describeFollowThrough, formatRate } from '../../lib/follow-through'
import { hrefFor, navigate } from '../../lib/router'
import { ariaKeyShortcuts, matches } from '../../lib/shortcuts'
import { startSession } from '../../lib/start-session'
import { prefetchRepScreen } from '../rep/rep-queries'
import { teamOverviewQuery } from './team-queries'
import { useScreenReadyMark } from '../../lib/screen-ready'
import { asApiError, useQuery } from '../../lib/use-query'
import { CADENCE_LABELS, RepFormDialog } from '../reps/RepFormDialog'
import { VirtualTableBody } from './VirtualTableBody'
import { RecognizeDialog } from '../rep/RecognizeDialog'
import { groupTeam, isDueNow, nextDueMember } from './team-groups'
import { WelcomePanel } from './WelcomePanel'

type TeamMember = TeamOverviewMember
type TeamFilter = 'all' | 'overdue' | 'nudges'

type DialogState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; rep: Rep }

export function TeamScreen() {
  const [showArchived, setShowArchived] = useState(false)
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' })
  const [actionError, setActionError] = useState<ReturnType<typeof asApiError>>()
  const [jotFor, setJotFor] = useState<TeamMember | null>(null)
  const [notice, setNotice] = useState<string>()
  const [recognizing, setRecognizing] = useState<TeamMember | null>(null)
  const overview = useQuery(teamOverviewQuery.load, teamOverviewQuery.key)
  useScreenReadyMark('team', overview.data !== undefined)
  const team = { ...overview, data: overview.data?.members }
  const [filter, setFilter] = useState<TeamFilter>('all')
  const definitionId = useId()

  async function start(member: TeamMember) {
    setActionError(undefined)
    try {
      await startSession(member.id)
    } catch (error) {
      setActionError(asApiError(error))
    }
  }

  async function setArchived(rep: TeamMember, archived: boolean) {
    setActionError(undefined)
    try {
      await api['reps.setArchived']({ id: rep.id, archived })
      team.reload()
    } catch (error) {
      setActionError(asApiError(error))
    }
  }

  const everyone = team.data ?? []
  const archivedCount = everyone.filter((member) => member.archived).length
  // The overview already orders overdue first (most overdue on top), then by due date.
  const members = everyone
    .filter((member) => showArchived || !member.archived)
    .filter((member) => (filter === 'overdue' ? !member.archived && member.nextSession.state === 'overdue' : filter === 'nudges' ? member.nudges.length > 0 : true))
  const isFirstLaunch = team.data !== undefined && everyone.length === 0
  const rows = groupTeam(members)
  const nextDue = nextDueMember(everyone)
  useStartNextShortcut(nextDue ? () => (nextDue.sessionInProgressId !== null ? resume(nextDue.sessionInProgressId) : start(nextDue)) : undefined)

  function resume(sessionId: number) {
    navigate({ screen: 'session', sessionId, view: 'session' })
  }

  return (
    <section className="screen" aria-labelledby="team-title">
      <header className="screen__header">
        <div>
          <h1 id="team-title">Team</h1>
          {everyone.length > 0 && (
            <p className="screen__subtitle">
              {everyone.length - archivedCount} {everyone.length - archivedCount === 1 ? 'rep' : 'reps'}
              {archivedCount > 0 && ` · ${archivedCount} archived`} · overdue 1:1s first
            </p>
          )}
        </div>
        {!isFirstLaunch && (
          <div className="screen__actions">
            {nextDue && (
              <button
                type="button"
                className="button button--primary team-next"
                aria-keyshortcuts={ariaKeyShortcuts('startNext')}
                onClick={() => (nextDue.sessionInProgressId !== null ? resume(nextDue.sessionInProgressId) : start(nextDue))}
              >
                {nextDue.sessionInProgressId !== null ? 'Resume' : 'Start'} next 1:1: <span className="team-next__name">{nextDue.name}</span>{' '}
                <span aria-hidden="true">
                  <Keys id="startNext" />
                </span>
              </button>
            )}
            <label className="filter">
              Show
              <select value={filter} onChange={(event) => setFilter(event.target.value as TeamFilter)}>
                <option value="all">All reps</option>
                <option value="overdue">Overdue 1:1s</option>
                <option value="nudges">Reps with nudges</option>
              </select>
            </label>
            <label className="toggle">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              Show archived
            </label>
            <button type="button" className="button" onClick={() => setDialog({ mode: 'add' })}>
              Add rep
            </button>
          </div>
        )}
      </header>

      <ErrorBanner error={team.error} onRetry={team.reload} />
      <ErrorBanner error={actionError} />
      <SuccessBanner message={notice} />
      {team.loading && !team.data && <Loading label="Loading your team…" />}

      {isFirstLaunch && <WelcomePanel onAddRep={() => setDialog({ mode: 'add' })} onDemoLoaded={team.reload} />}

      {members.length > 0 && (
        <div className="table-wrap">
          <table className="team-table team-table--dense" aria-rowcount={rows.length + 1}>
            <caption className="visually-hidden">Your reps, overdue 1:1s first</caption>
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Next 1:1</th>
                <th scope="col">Last 1:1</th>
                <th scope="col">Open agreements</th>
                <th scope="col" aria-describedby={definitionId}>
                  Follow-through<span className="visually-hidden"> over 90 days</span>
                </th>
                <th scope="col">Goals on track</th>
                <th scope="col">Recognised</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <VirtualTableBody
              items={rows}
              columns={8}
              keyOf={(row) => (row.kind === 'group' ? row.id : row.member.id)}
              renderRow={(row, measure) =>
                row.kind === 'group' ? (
                  <tr key={row.id} ref={measure.ref} data-index={measure.index} aria-rowindex={measure.index + 2} className="team-group">
                    <th scope="colgroup" colSpan={8}>
                      {row.label} <span className="team-group__count">{row.count}</span>
                    </th>
                  </tr>
                ) : (
                <TeamRow
                  key={row.member.id}
                  member={row.member}
                  rowRef={measure.ref}
                  rowIndex={measure.index}
                  definitionId={definitionId}
                  onStart={() => start(row.member)}
                  onJot={() => {
                    setNotice(undefined)
                    setJotFor(row.member)
                  }}
                  onEdit={() => setDialog({ mode: 'edit', rep: row.member })}
                  onRecognize={() => {
                    setNotice(undefined)
                    setRecognizing(row.member)
                  }}
                  onArchive={(archived) => setArchived(row.member, archived)}
                />
                )
              }
            />
          </table>
        </div>
      )}

      {everyone.length > 0 && (
        <details className="definition definition--below">
          <summary>How is follow-through counted?</summary>
          <p id={definitionId}>{FOLLOW_THROUGH_DEFINITION}</p>
          {overview.data && (
            <p className="muted">
              Window: {formatDate(overview.data.followThroughWindow.from)} – {formatDate(overview.data.followThroughWindow.to)}.
            </p>
          )}
        </details>
      )}

      {!isFirstLaunch && team.data && members.length === 0 && (
        <p className="empty">
          {filter === 'overdue'
            ? 'No 1:1 is overdue.'
            : filter === 'nudges'
              ? 'No rep has a nudge right now.'
              : 'Every rep is archived. Tick “Show archived” to see them, or add a rep.'}
        </p>
      )}

      <Dialog title={jotFor ? `Talking point for ${jotFor.name}` : 'Talking point'} open={jotFor !== null} onClose={() => setJotFor(null)}>
        {jotFor && (
          <div className="form">
            <TalkingPointForm
              repId={jotFor.id}
              autoFocus
              onAdded={() => {
                setNotice(`Added to ${jotFor.name}’s next 1:1.`)
                setJotFor(null)
              }}
            />
          </div>
        )}
      </Dialog>

      <RecognizeDialog
        rep={recognizing}
        onClose={() => setRecognizing(null)}
        onGiven={(message) => {
          setNotice(message)
          team.reload()
        }}
      />

      <RepFormDialog
        open={dialog.mode !== 'closed'}
        {...(dialog.mode === 'edit' ? { rep: dialog.rep } : {})}
        onClose={() => setDialog({ mode: 'closed' })}
        onSaved={(saved) => {
          const wasNew = dialog.mode === 'add'
          setDialog({ mode: 'closed' })
          if (wasNew) navigate({ screen: 'rep', repId: saved.id })
          else team.reload()
        }}
      />
    </section>
  )
}

/** N on Team starts (or resumes) the next due 1:1 — not while typing, not over a dialog. */
function useStartNextShortcut(startNext: (() => void) | undefined) {
  useEffect(() => {
    if (!startNext) return
    function onKeyDown(event: KeyboardEvent) {
      if (!matches('startNext', event) || event.defaultPrevented || document.querySelector('dialog[open]')) return
      event.preventDefault()
      startNext!()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [startNext])
}

interface TeamRowProps {
  member: TeamMember
  /** How the long list's virtualizer measures the row, and where the row is in the whole list. */
  rowRef: (element: HTMLTableRowElement | null) => void
  rowIndex: number
  definitionId: string
  onStart: () => void
  onJot: () => void
  onEdit: () => void
  onRecognize: () => void
  onArchive: (archived: boolean) => void
}

function describeNext(member: TeamMember): { label: string; tone: string } {
  const next = member.nextSession
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`
  switch (next.state) {
    case 'overdue':
      return { label: `Overdue by ${days(next.daysOverdue)}`, tone: 'overdue' }
    case 'due_today':
      return { label: 'Today', tone: 'today' }
    case 'upcoming':
      if (next.daysUntil === 1) return { label: 'Tomorrow', tone: 'soon' }
      return { label: next.daysUntil === null ? 'Planned' : `In ${days(next.daysUntil)}`, tone: (next.daysUntil ?? 99) <= 3 ? 'soon' : 'later' }
    default:
      return { label: 'Not planned', tone: 'none' }
  }
}

function TeamRow({ member, rowRef, rowIndex, definitionId, onStart, onJot, onEdit, onRecognize, onArchive }: TeamRowProps) {
  const next = describeNext(member)
  const recognisedDaysAgo = member.daysSinceRecognition
  const { rep: repFt, manager: managerFt } = member.followThrough
  const overdue = member.overdueAgreements
  return (
    <tr
      ref={rowRef}
      data-index={rowIndex}
      aria-rowindex={rowIndex + 2}
      className={['team-row', member.archived ? 'is-archived' : next.tone === 'overdue' ? 'is-overdue' : '', isDueNow(member) ? 'is-due' : ''].filter(Boolean).join(' ')}
    >
      <th scope="row" className="team-table__rep">
        {/* The Rep screen's requests start as the pointer goes down, not after the click lands. */}
        <a href={hrefFor({ screen: 'rep', repId: member.id })} className="rep-link" onPointerDown={() => prefetchRepScreen(member.id)}>
          {member.name}
        </a>
        <span className="team-table__meta">
          {[member.role, CADENCE_LABELS[member.cadence], ...member.tags].filter(Boolean).join(' · ')}
          {member.archived && <span className="badge">Archived</span>}
        </span>
        {!member.archived && <NudgeChips nudges={member.nudges} label={`Nudges for ${member.name}`} />}
      </th>
      <td>
        {member.archived ? (
          '—'
        ) : (
          <span className={`due due--${next.tone}`} title={member.nextSession.dueDate ? formatDate(member.nextSession.dueDate) : undefined}>
            {next.label}
            {member.nextSession.dueDate && <span className="due__date">{formatDate(member.nextSession.dueDate)}</span>}
          </span>
        )}
      </td>
      <td>{formatDate(member.lastSessionDate)}</td>
      <td>
        <span className="owner-counts" aria-label={`${member.openAgreements.rep} owned by ${member.name}, ${member.openAgreements.manager} owned by you`}>
          <span className="owner owner--rep">Rep {member.openAgreements.rep}</span>
          <span className="owner owner--manager">You {member.openAgreements.manager}</span>
        </span>
        {overdue.rep + overdue.manager > 0 && <span className="cell-note cell-note--inline warn">{overdue.rep + overdue.manager} overdue</span>}
      </td>
      <td>
        <span
          className="follow-through"
          aria-describedby={definitionId}
          title={`${member.name}: ${describeFollowThrough(repFt)}\nYou: ${describeFollowThrough(managerFt)}${repFt.dropped + managerFt.dropped > 0 ? `\n${repFt.dropped + managerFt.dropped} dropped` : ''}`}
        >
          <span className="follow-through__line">Rep {formatRate(repFt)}</span>
          <span className="visually-hidden"> · </span>
          <span className="follow-through__line">You {formatRate(managerFt)}</span>
        </span>
      </td>
      <td>{member.activeGoals === 0 ? '—' : `${member.goalsOnTrack} of ${member.activeGoals}`}</td>
      <td>
        {recognisedDaysAgo === null ? (
          <span className="muted">Never</span>
        ) : (
          <span className={recognisedDaysAgo > 30 ? 'warn' : undefined}>{recognisedDaysAgo === 0 ? 'Today' : `${recognisedDaysAgo} days ago`}</span>
        )}
      </td>
      <td className="row-actions">
        <div className="row-actions__group">
          {!member.archived && (
            <>
              {member.sessionInProgressId !== null ? (
                <a
                  className="button button--small button--primary"
                  href={hrefFor({ screen: 'session', sessionId: member.sessionInProgressId, view: 'session' })}
                  aria-label={`Resume 1:1 with ${member.name}`}
                >
                  Resume 1:1
                </a>
              ) : (
                <button type="button" className="button button--small button--primary" onClick={onStart} aria-label={`Start 1:1 with ${member.name}`}>
                  Start 1:1
                </button>
              )}
              <button type="button" className="button button--small" onClick={onJot} aria-label={`Add talking point for ${member.name}`}>
                + Point
              </button>
              <button type="button" className="button button--small" onClick={onRecognize} aria-label={`Recognise ${member.name}`}>
                Recognise
              </button>
            </>
          )}
          <button type="button" className="button button--small" onClick={onEdit} aria-label={`Edit ${member.name}`}>
            Edit
          </button>
          <button type="button" className="button button--small button--ghost" onClick={() => onArchive(!member.archived)} aria-label={`${member.archived ? 'Restore' : 'Archive'} ${member.name}`}>
            {member.archived ? 'Restore' : 'Archive'}
          </button>
        </div>
      </td>
    </tr>
  )
}
