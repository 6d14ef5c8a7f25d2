// The morning reminder: which 1:1s are due today or overdue, in one short notification.
import type { TeamOverviewMember } from '@shared/domain'
import { plural } from '@shared/words'

export interface Reminder {
  title: string
  body: string
}

/** One reminder for the day, or null when no 1:1 is due or overdue. Archived reps are left out. */
export function reminderFor(members: readonly TeamOverviewMember[]): Reminder | null {
  const active = members.filter((member) => !member.archived)
  const dueToday = active.filter((member) => member.nextSession.state === 'due_today')
  const overdue = active
    .filter((member) => member.nextSession.state === 'overdue')
    .sort((a, b) => b.nextSession.daysOverdue - a.nextSession.daysOverdue)
  if (dueToday.length === 0 && overdue.length === 0) return null
  const lines: string[] = []
  if (dueToday.length > 0) lines.push(`Today: ${dueToday.map((member) => member.name).join(', ')}`)
  if (overdue.length > 0) {
    lines.push(`Overdue: ${overdue.map((member) => `${member.name} (${plural(member.nextSession.daysOverdue, 'day')})`).join(', ')}`)
  }
  const parts = [dueToday.length > 0 ? `${plural(dueToday.length, '1:1')} today` : null, overdue.length > 0 ? `${overdue.length} overdue` : null]
  return { title: `Kept: ${parts.filter(Boolean).join(', ')}`, body: lines.join('\n') }
}
