// The small count or check the section rail shows beside each section.
import type { SessionDetail, TemplateSection } from '@shared/domain'

export interface SectionProgress {
  /** Short visible text ("2/5", "3", "✓"), or '' for nothing. */
  short: string
  /** The same for screen readers ("2 of 5 reviewed"). */
  long: string
  complete: boolean
}

const NONE: SectionProgress = { short: '', long: '', complete: false }

function ratio(done: number, total: number, what: string): SectionProgress {
  if (total === 0) return NONE
  return { short: `${done}/${total}`, long: `${done} of ${total} ${what}`, complete: done === total }
}

function count(total: number, what: string): SectionProgress {
  if (total === 0) return NONE
  return { short: String(total), long: `${total} ${what}`, complete: true }
}

const check = (done: boolean, what: string): SectionProgress => (done ? { short: '✓', long: what, complete: true } : NONE)

export function sectionProgress(section: TemplateSection, detail: SessionDetail): SectionProgress {
  switch (section.kind) {
    case 'check_in':
      return check(detail.session.pulse !== null || detail.session.checkInText.trim() !== '', 'filled in')
    case 'agenda':
      return ratio(detail.agenda.filter((point) => point.outcome !== null).length, detail.agenda.length, 'decided')
    case 'goal_review':
      return ratio(detail.goalReview.filter((row) => row.checkIn !== null).length, detail.goalReview.length, 'reviewed')
    case 'last_agreements':
      return ratio(detail.lastAgreements.filter((agreement) => agreement.outcome !== null).length, detail.lastAgreements.length, 'reviewed')
    case 'challenges':
      return count(detail.challenges.filter((challenge) => challenge.status === 'open').length, 'open')
    case 'recognition':
      return count(detail.recognitions.length, 'recognised')
    case 'next_steps':
      return count(detail.newAgreements.length, 'agreed')
    case 'notes':
      return check(detail.notes.shared.text.trim() !== '' || detail.notes.private.text.trim() !== '', 'has notes')
    case 'prompt':
      return check((detail.notes.sections[section.id]?.text ?? '').trim() !== '', 'has notes')
  }
}
