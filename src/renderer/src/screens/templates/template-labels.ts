import type { SectionKind } from '@shared/domain'

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  check_in: 'Check-in',
  agenda: 'Agenda',
  goal_review: 'Goal review',
  last_agreements: 'Last agreements',
  challenges: 'Challenges',
  recognition: 'Recognition',
  next_steps: 'Next steps',
  notes: 'Notes',
  prompt: 'Prompt'
}

export const STRUCTURED_KINDS = ['check_in', 'agenda', 'goal_review', 'last_agreements', 'challenges', 'recognition', 'next_steps', 'notes'] as const satisfies readonly SectionKind[]
