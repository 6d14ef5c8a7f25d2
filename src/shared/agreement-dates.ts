// When an agreement under review reads as overdue, and the due date carrying it forward gives it.
import type { ReviewOutcome } from './domain'

/**
 * The due date an agreement gets when a 1:1 carries it forward: a date still ahead of this 1:1 is
 * kept; one already past (or reached) moves to the next 1:1, so carrying it forward does not
 * leave it overdue. No due date stays none.
 */
export function carriedForwardDueDate(dueDate: string | null, sessionDate: string, nextMeetingDate: string): string | null {
  if (dueDate === null || dueDate > sessionDate) return dueDate
  return nextMeetingDate > dueDate ? nextMeetingDate : dueDate
}

/** Whether an agreement being reviewed is shown overdue on `today`: only while it is still open (not reviewed, or carried forward). */
export function isOverdueInReview(agreement: { dueDate: string | null; outcome: ReviewOutcome | null }, today: string): boolean {
  if (agreement.outcome !== null && agreement.outcome !== 'carried_forward') return false
  return agreement.dueDate !== null && agreement.dueDate < today
}
