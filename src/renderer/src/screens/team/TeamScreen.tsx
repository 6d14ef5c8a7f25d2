import { useState } from 'react'
import type { Rep, TeamMember } from '../../../../shared/domain'
import { api } from '../../api'
import { Dialog } from '../../components/Dialog'
import { ErrorBanner, Loading } from '../../components/StatusMessage'
import { TalkingPointForm } from '../../components/TalkingPointForm'
import { daysSince, describeNextSession, formatDate } from '../../lib/dates'
import { hrefFor, navigate } from '../../lib/router'
import { startSession } from '../../lib/start-session'
import { asApiError, useQuery } from '../../lib/use-query'
import { CADENCE_LABELS, RepFormDialog } from '../reps/RepFormDialog'
import { WelcomePanel } from './WelcomePanel'

type DialogState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; rep: Rep }

/** Overdue first (most overdue on top), then by next date, then unplanned; archived last. */
function byUrgency(a: TeamMember, b: TeamMember): number {
  if (a.archived !== b.archived) return a.archived ? 1 : -1
  const aDate = a.nextSessionDate ?? '9999-12-31'
  const bDate = b.nextSessionDate ?? '9999-12-31'
  return aDate.localeCompare(bDate) || a.name.localeCompare(b.name)
}

export function TeamScreen() {
  const [showArchived, setShowArchived] = useState(false)
  const [dialog, setDialog] = useState<DialogState>({ mode: 'closed' })
  const [actionError, setActionError] = useState<ReturnType<typeof asApiError>>()
  const [jotFor, setJotFor] = useState<TeamMember | null>(null)
  const [notice, setNotice] = useState<string>()
  // Archived reps are always loaded so the first-launch panel only shows when there are none at all.
  const team = useQuery(() => api['reps.list']({ includeArchived: true }), 'team')

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
  const members = everyone.filter((member) => showArchived || !member.archived).sort(byUrgency)
  const isFirstLaunch = team.data !== undefined && everyone.length === 0

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
            <label className="toggle">
              <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
              Show archived
            </label>
            <button type="button" className="button button--primary" onClick={() => setDialog({ mode: 'add' })}>
              Add rep
            </button>
          </div>
        )}
      </header>

      <ErrorBanner error={team.error} onRetry={team.reload} />
      <ErrorBanner error={actionError} />
      {notice && (
        <p className="banner banner--success" role="status">
          {notice}
        </p>
      )}
      {team.loading && !team.data && <Loading label="Loading your team…" />}

      {isFirstLaunch && <WelcomePanel onAddRep={() => setDialog({ mode: 'add' })} onDemoLoaded={team.reload} />}

      {members.length > 0 && (
        <div className="table-wrap">
          <table className="team-table">
            <caption className="visually-hidden">Your reps, overdue 1:1s first</caption>
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Next 1:1</th>
                <th scope="col">Last 1:1</th>
                <th scope="col">Open agreements</th>
                <th scope="col">Goals on track</th>
                <th scope="col">Last recognised</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <TeamRow
                  key={member.id}
                  member={member}
                  onStart={() => start(member)}
                  onJot={() => {
                    setNotice(undefined)
                    setJotFor(member)
                  }}
                  onEdit={() => setDialog({ mode: 'edit', rep: member })}
                  onArchive={(archived) => setArchived(member, archived)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {!isFirstLaunch && team.data && members.length === 0 && (
        <p className="empty">Every rep is archived. Tick “Show archived” to see them, or add a rep.</p>
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

interface TeamRowProps {
  member: TeamMember
  onStart: () => void
  onJot: () => void
  onEdit: () => void
  onArchive: (archived: boolean) => void
}

function TeamRow({ member, onStart, onJot, onEdit, onArchive }: TeamRowProps) {
  const next = describeNextSession(member.archived ? null : member.nextSessionDate)
  const recognisedDaysAgo = daysSince(member.lastRecognitionDate)
  return (
    <tr className={member.archived ? 'is-archived' : next.tone === 'overdue' ? 'is-overdue' : undefined}>
      <th scope="row" className="team-table__rep">
        <a href={hrefFor({ screen: 'rep', repId: member.id })} className="rep-link">
          {member.name}
        </a>
        <span className="team-table__meta">
          {[member.role, CADENCE_LABELS[member.cadence], ...member.tags].filter(Boolean).join(' · ')}
          {member.archived && <span className="badge">Archived</span>}
        </span>
      </th>
      <td>
        {member.archived ? (
          '—'
        ) : (
          <span className={`due due--${next.tone}`}>
            {next.label}
            {member.nextSessionDate && <span className="due__date">{formatDate(member.nextSessionDate)}</span>}
          </span>
        )}
      </td>
      <td>{formatDate(member.lastSessionDate)}</td>
      <td>
        <span className="owner-counts" aria-label={`${member.openAgreements.rep} owned by ${member.name}, ${member.openAgreements.manager} owned by you`}>
          <span className="owner owner--rep">Rep {member.openAgreements.rep}</span>
          <span className="owner owner--manager">You {member.openAgreements.manager}</span>
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
              <button type="button" className="button button--small button--primary" onClick={onStart} aria-label={`Start 1:1 with ${member.name}`}>
                Start 1:1
              </button>
              <button type="button" className="button button--small" onClick={onJot} aria-label={`Add talking point for ${member.name}`}>
                + Point
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
