// The summary a manager sends after a 1:1 is written to the rep, in the second person: what we
// agreed (who, by when) first, then what the manager owes, in the manager's own name, then what
// carries over, then the rest of the 1:1. The manager's own one-line read of the check-in stays
// out unless they choose to include it; private notes only when asked, as always.
import type { SessionDetail } from '@shared/domain'
import type { ExportBlock, ExportDocument, ExportItem, ExportSection } from './export-document'
import { formatDay, PULSE_WORDS, REVIEW_OUTCOME_WORDS } from './format'
import { goalReviewMeta, noteBlocks, sessionMeta, sessionTitle, type SummaryOptions } from './summary-model'

export interface SummaryToRepOptions extends SummaryOptions {
  /** The manager's name from Settings ("Your name"); empty when not given. */
  managerName: string
  /** Include the manager's own read of the check-in ("In one line: how are they doing?"). */
  includeCheckInRead: boolean
}

const section = (title: string, entries: ExportItem[], emptyText: string): ExportSection => ({
  title,
  level: 2,
  blocks: entries.length === 0 ? [{ kind: 'empty', text: emptyText }] : [{ kind: 'items', items: entries }]
})

/** "What I owe you — Alex Morgan", or without a name when Settings has none. */
export function whatIOweYouTitle(managerName: string): string {
  return managerName.trim() ? `What I owe you — ${managerName.trim()}` : 'What I owe you'
}

export function summaryToRepSections(detail: SessionDetail, options: SummaryToRepOptions): ExportSection[] {
  const { session } = detail
  const day = (date: string) => formatDay(date, options.dateFormat)
  const byWhen = (dueDate: string | null) => (dueDate ? `by ${day(dueDate)}` : 'no date set')
  const kinds = new Set(detail.sections.map((entry) => entry.kind))
  const all = kinds.size === 0
  const sections: ExportSection[] = []

  const yours = detail.newAgreements.filter((agreement) => agreement.owner === 'rep')
  const mine = detail.newAgreements.filter((agreement) => agreement.owner === 'manager')
  sections.push(section('What we agreed — who, by when', yours.map((agreement) => ({ text: agreement.text, meta: ['You', byWhen(agreement.dueDate)], details: [] })), 'Nothing new for you this time.'))
  sections.push(section(whatIOweYouTitle(options.managerName), mine.map((agreement) => ({ text: agreement.text, meta: ['Me', byWhen(agreement.dueDate)], details: [] })), 'Nothing new from me this time.'))

  const carried: ExportItem[] = [
    ...detail.lastAgreements
      .filter((agreement) => agreement.outcome === null || agreement.outcome === 'carried_forward')
      .map((agreement) => ({ text: agreement.text, meta: [agreement.owner === 'rep' ? 'You' : 'Me', agreement.dueDate ? `now due ${day(agreement.dueDate)}` : 'no date set'], details: [] })),
    ...detail.agenda.filter((point) => point.outcome !== 'discussed').map((point) => ({ text: point.text, meta: ['to talk about next time'], details: [] }))
  ]
  sections.push(section('What carries over', carried, 'Nothing carries over.'))

  if (all || kinds.has('check_in')) {
    const blocks: ExportBlock[] = [
      session.pulse === null ? { kind: 'empty', text: 'No pulse recorded.' } : { kind: 'text', text: `Your pulse: ${session.pulse}/5 — ${PULSE_WORDS[session.pulse]}`, strong: true }
    ]
    if (options.includeCheckInRead && session.checkInText.trim()) blocks.push({ kind: 'text', text: `My read: ${session.checkInText}` })
    sections.push({ title: 'How you’re doing', level: 2, blocks })
  }
  if (kinds.has('agenda')) {
    const discussed = detail.agenda.filter((point) => point.outcome === 'discussed')
    sections.push(section('What we talked about', discussed.map((point) => ({ text: point.text, meta: point.raisedBy === 'rep' ? ['you raised it'] : [], details: [] })), 'No talking points.'))
  }
  if (all || kinds.has('goal_review')) {
    sections.push(
      section(
        'Your goals',
        detail.goalReview.map(({ goal, previousValue, checkIn }) => {
          const meta = goalReviewMeta({ goal, previousValue, checkIn }, options.locale, day)
          const details: string[] = []
          if (checkIn?.repAssessment.trim()) details.push(`Your view: ${checkIn.repAssessment}`)
          if (checkIn?.comment.trim()) details.push(`My comment: ${checkIn.comment}`)
          return { text: goal.title, meta, details }
        }),
        'No active goals.'
      )
    )
  }
  if (all || kinds.has('last_agreements')) {
    const closed = detail.lastAgreements.filter((agreement) => agreement.outcome !== null && agreement.outcome !== 'carried_forward')
    sections.push(
      section(
        'What we closed from last time',
        closed.map((agreement) => ({
          text: agreement.text,
          meta: [agreement.owner === 'rep' ? 'You' : 'Me', REVIEW_OUTCOME_WORDS[agreement.outcome!]],
          details: agreement.outcome === 'missed' && agreement.missedReason.trim() ? [`Why: ${agreement.missedReason}`] : []
        })),
        'Nothing closed from last time.'
      )
    )
  }
  if (all || kinds.has('challenges')) {
    sections.push(
      section(
        'Your challenges',
        detail.challenges.map((challenge) => ({
          text: challenge.text,
          meta: [challenge.status === 'resolved' ? 'Resolved' : 'Open'],
          details: challenge.supportOffered.trim() ? [`My support: ${challenge.supportOffered}`] : []
        })),
        'No challenges.'
      )
    )
  }
  if (all || kinds.has('recognition')) {
    sections.push(section('What I recognised', detail.recognitions.map((recognition) => ({ text: recognition.what, meta: [], details: recognition.behaviour.trim() ? [recognition.behaviour] : [] })), 'Nothing recognised this time.'))
  }
  for (const prompt of [...detail.sections].sort((a, b) => a.position - b.position).filter((entry) => entry.kind === 'prompt')) {
    const note = detail.notes.sections[prompt.id]
    sections.push({ title: prompt.title, level: 2, blocks: note ? noteBlocks(note, 'Nothing written.') : [{ kind: 'empty', text: 'Nothing written.' }] })
  }
  if (all || kinds.has('notes')) {
    sections.push({ title: 'Shared notes', level: 2, blocks: noteBlocks(detail.notes.shared, 'No shared notes.') })
    if (options.includePrivate) sections.push({ title: 'Private notes', level: 2, private: true, blocks: noteBlocks(detail.notes.private, 'No private notes.') })
  }
  return sections
}

/** One 1:1 as the document sent to the rep (every session export and the email draft). */
export function buildSummaryToRep(detail: SessionDetail, options: SummaryToRepOptions): ExportDocument {
  const meta = [sessionMeta(detail, options.dateFormat)]
  if (options.includePrivate) meta.push('Includes private notes.')
  return { title: sessionTitle(detail, options.dateFormat), meta, sections: summaryToRepSections(detail, options) }
}
