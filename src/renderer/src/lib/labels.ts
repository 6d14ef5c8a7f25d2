// Words the session screens share.
import type { AgendaOutcome, Owner, ReviewOutcome } from '@shared/domain'

export { plural, PULSE_LABELS, REVIEW_OUTCOME_PAST, SESSION_STATUS_LABELS } from '@shared/words'

export const OWNER_LABELS: Record<Owner, string> = { rep: 'Rep', manager: 'You' }

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  done: 'Done',
  missed: 'Missed',
  carried_forward: 'Carry forward',
  dropped: 'Drop'
}

export const AGENDA_OUTCOME_LABELS: Record<AgendaOutcome, string> = { discussed: 'Discussed', carried_over: 'Carry over' }
