import type { TeamOverviewMember } from '@shared/domain'

export type TeamListItem = { kind: 'group'; id: string; label: string; count: number } | { kind: 'member'; member: TeamOverviewMember }

/** Whether the rep's next 1:1 is today or overdue (and the rep is active). */
export function isDueNow(member: TeamOverviewMember): boolean {
  return !member.archived && (member.nextSession.state === 'overdue' || member.nextSession.state === 'due_today')
}

/**
 * The rows of the Team table: "Today and overdue" first, then "Later", each under a group row.
 * With only one kind of rep there is nothing to tell apart, so no group rows.
 * The overview already orders members overdue first, then by due date.
 */
export function groupTeam(members: readonly TeamOverviewMember[]): TeamListItem[] {
  const due = members.filter(isDueNow)
  const later = members.filter((member) => !isDueNow(member))
  const rows = (list: readonly TeamOverviewMember[]) => list.map((member): TeamListItem => ({ kind: 'member', member }))
  if (due.length === 0 || later.length === 0) return rows(members)
  return [
    { kind: 'group', id: 'group-due', label: 'Today and overdue', count: due.length },
    ...rows(due),
    { kind: 'group', id: 'group-later', label: 'Later', count: later.length },
    ...rows(later)
  ]
}

/** The 1:1 the "Start next" shortcut opens: the first active rep in the overview's order (most overdue first). */
export function nextDueMember(members: readonly TeamOverviewMember[]): TeamOverviewMember | undefined {
  return members.find((member) => !member.archived && member.nextSession.state !== 'not_scheduled') ?? members.find((member) => !member.archived)
}
