// Words the session screens share.
import type { AgendaOutcome, Owner, ReviewOutcome, SessionStatus } from '../../../shared/domain'

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { planned: 'Planned', in_progress: 'In progress', completed: 'Completed' }

export const OWNER_LABELS: Record<Owner, string> = { rep: 'Rep', manager: 'You' }

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  done: 'Done',
  missed: 'Missed',
  carried_forward: 'Carry forward',
  dropped: 'Drop'
}

/** How an outcome reads once chosen (the summary). */
export const REVIEW_OUTCOME_PAST: Record<ReviewOutcome, string> = {
  done: 'Done',
  missed: 'Missed',
  carried_forward: 'Carried forward',
  dropped: 'Dropped'
}

export const AGENDA_OUTCOME_LABELS: Record<AgendaOutcome, string> = { discussed: 'Discussed', carried_over: 'Carry over' }

export const PULSE_LABELS: Record<number, string> = { 1: 'Struggling', 2: 'Low', 3: 'Okay', 4: 'Good', 5: 'Great' }

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
