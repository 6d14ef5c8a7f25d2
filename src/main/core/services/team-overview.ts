// The Team screen in one read: each rep with the next 1:1, open and overdue agreements by owner,
// follow-through for both sides, goals on track, days since recognition and the nudges that
// apply. A fixed number of set-based queries (no query per rep), whatever the size of the team.
import type { Rep, TeamMember, TeamOverview, TeamOverviewMember } from '@shared/domain'
import { todayOf } from '../clock'
import { listRepSnapshots, type RepSnapshotRow } from '../repositories/overview-repository'
import { repFromRow } from '../repositories/reps-repository'
import { daysBetween } from './calendar'
import { computeFollowThrough, followThroughWindow, loadFollowThrough } from './follow-through'
import { loadNudges, nextSessionStatus, type NudgeRepBase } from './nudges'
import type { ServiceContext } from './service-context'

export function teamMemberOf(row: RepSnapshotRow): TeamMember {
  return {
    ...repFromRow(row),
    lastSessionDate: row.last_session_date,
    openAgreements: { rep: row.open_rep, manager: row.open_manager },
    activeGoals: row.active_goals,
    goalsOnTrack: row.goals_on_track,
    lastRecognitionDate: row.last_recognition_date
  }
}

export function nudgeBaseOf(rep: Rep, row: RepSnapshotRow): NudgeRepBase {
  return {
    rep: { id: rep.id, name: rep.name, cadence: rep.cadence, nextSessionDate: rep.nextSessionDate, archived: rep.archived },
    lastSessionDate: row.last_session_date,
    lastRecognitionDate: row.last_recognition_date
  }
}

const STATE_ORDER = { overdue: 0, due_today: 1, upcoming: 2, not_scheduled: 3 } as const
// One collator for every comparison: localeCompare with options builds a new one per call.
const byName = new Intl.Collator(undefined, { sensitivity: 'base' })

/** Active reps first; overdue first (most overdue first), then by when the next 1:1 is due, then by name. */
export function compareTeamMembers(a: TeamOverviewMember, b: TeamOverviewMember): number {
  return (
    Number(a.archived) - Number(b.archived) ||
    STATE_ORDER[a.nextSession.state] - STATE_ORDER[b.nextSession.state] ||
    b.nextSession.daysOverdue - a.nextSession.daysOverdue ||
    (a.nextSession.dueDate ?? '').localeCompare(b.nextSession.dueDate ?? '') ||
    byName.compare(a.name, b.name) ||
    a.id - b.id
  )
}

export function getTeamOverview(context: ServiceContext, input: { includeArchived: boolean }): TeamOverview {
  const { db } = context
  const today = todayOf(context.clock)
  const window = followThroughWindow(today)
  const scope = { includeArchived: input.includeArchived }
  const rows = listRepSnapshots(db, scope, today)
  const members = rows.map((row) => ({ row, member: teamMemberOf(row) }))
  const followThrough = loadFollowThrough(db, scope, window)
  const nudges = loadNudges(db, scope, members.map(({ row, member }) => nudgeBaseOf(member, row)), today)
  const empty = computeFollowThrough([], window)

  return {
    today,
    followThroughWindow: window,
    members: members
      .map(({ row, member }): TeamOverviewMember => {
        const repNudges = nudges.get(member.id)
        return {
          ...member,
          nextSession: nextSessionStatus(member, row.last_session_date, today),
          sessionInProgressId: row.in_progress_id,
          overdueAgreements: { rep: row.overdue_rep, manager: row.overdue_manager },
          followThrough: followThrough.get(member.id) ?? structuredClone(empty),
          daysSinceRecognition: row.last_recognition_date === null ? null : daysBetween(row.last_recognition_date, today),
          nudges: repNudges?.nudges ?? [],
          dismissedNudges: repNudges?.dismissed.length ?? 0
        }
      })
      .sort(compareTeamMembers)
  }
}
