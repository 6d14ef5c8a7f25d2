// A finished (or running) 1:1 as an export document: what the summary screen shows, in the same
// order. Private notes enter the document only when the manager asked for them.
import type { SessionDetail } from '@shared/domain'
import { withoutEmptyListItems } from '@shared/note-doc'
import type { ExportBlock, ExportItem, ExportSection } from './export-document'
import { formatChange, formatDay, formatDayTime, formatMetric, GOAL_STATUS_WORDS, ownerWord, PULSE_WORDS, REVIEW_OUTCOME_WORDS, SESSION_STATUS_WORDS } from './format'

export interface SummaryOptions {
  includePrivate: boolean
  dateFormat: string
  /** The locale numbers are written in; goal values use the goal's own currency. */
  locale: string
  /** Section heading level: 2 in a single summary, 3 inside a history. */
  level?: 2 | 3
}

export function noteBlocks(note: { doc: unknown; text: string }, emptyText: string): ExportBlock[] {
  if (!note.text.trim()) return [{ kind: 'empty', text: emptyText }]
  return [{ kind: 'doc', doc: withoutEmptyListItems(note.doc) as never, text: note.text }]
}

/** A section listing entries, one item each, or saying there are none. */
type GoalReviewEntry = Pick<SessionDetail['goalReview'][number], 'goal' | 'previousValue' | 'checkIn'>

/** A reviewed goal's figures in a summary: now, was (and the change), target, status. */
export function goalReviewMeta({ goal, previousValue, checkIn }: GoalReviewEntry, locale: string, day: (date: string) => string): string[] {
  const meta: string[] = []
  if (checkIn) {
    meta.push(`now ${formatMetric(checkIn.value, goal, locale)}`)
    if (previousValue !== null) meta.push(`was ${formatMetric(previousValue, goal, locale)} (${formatChange(checkIn.value - previousValue, goal, locale)})`)
  } else {
    meta.push(previousValue === null ? 'not reviewed' : `not reviewed, last ${formatMetric(previousValue, goal, locale)}`)
  }
  if (goal.target !== null) meta.push(`target ${formatMetric(goal.target, goal, locale)}${goal.dueDate ? ` by ${day(goal.dueDate)}` : ''}`)
  meta.push(GOAL_STATUS_WORDS[checkIn?.status ?? goal.status])
  return meta
}

function listSection<T>(title: string, level: 2 | 3, entries: readonly T[], emptyText: string, toItem: (entry: T) => ExportItem): ExportSection {
  return { title, level, blocks: entries.length === 0 ? [{ kind: 'empty', text: emptyText }] : [{ kind: 'items', items: entries.map(toItem) }] }
}

/** The sections of one 1:1, following its template's order. */
export function summarySections(detail: SessionDetail, options: SummaryOptions): ExportSection[] {
  const { session, rep } = detail
  const level = options.level ?? 2
  const day = (date: string) => formatDay(date, options.dateFormat)
  const sections: ExportSection[] = []
  const ordered = [...detail.sections].sort((a, b) => a.position - b.position)
  // A session without a template still gets every standard part.
  const kinds = ordered.length > 0 ? ordered : (['check_in', 'goal_review', 'last_agreements', 'challenges', 'recognition', 'next_steps', 'notes'] as const).map((kind, position) => ({ id: -position - 1, kind, position, title: '', prompt: '' }))

  for (const section of kinds) {
    switch (section.kind) {
      case 'check_in': {
        const blocks: ExportBlock[] = [
          session.pulse === null ? { kind: 'empty', text: 'No pulse recorded.' } : { kind: 'text', text: `Pulse ${session.pulse}/5 — ${PULSE_WORDS[session.pulse]}`, strong: true }
        ]
        if (session.checkInText.trim()) blocks.push({ kind: 'text', text: session.checkInText })
        sections.push({ title: 'Check-in', level, blocks })
        break
      }
      case 'agenda':
        sections.push(
          listSection('Agenda', level, detail.agenda, 'No talking points.', (point) => ({
            text: point.text,
            meta: [
              ...(point.raisedBy === 'rep' ? [`raised by ${rep.name}`] : []),
              point.outcome === 'discussed' ? 'discussed' : point.outcome === 'carried_over' ? 'carried over' : 'not discussed'
            ],
            details: []
          }))
        )
        break
      case 'goal_review':
        sections.push(
          listSection('Goals', level, detail.goalReview, 'No active goals.', ({ goal, previousValue, checkIn }) => {
            const meta = goalReviewMeta({ goal, previousValue, checkIn }, options.locale, day)
            const details: string[] = []
            if (checkIn?.repAssessment.trim()) details.push(`${rep.name}’s view: ${checkIn.repAssessment}`)
            if (checkIn?.comment.trim()) details.push(`Comment: ${checkIn.comment}`)
            return { text: goal.title, meta, details }
          })
        )
        break
      case 'last_agreements':
        sections.push(
          listSection('Agreements reviewed', level, detail.lastAgreements, 'No open agreements from earlier 1:1s.', (agreement) => ({
            text: agreement.text,
            meta: [ownerWord(agreement.owner, rep.name), agreement.outcome ? REVIEW_OUTCOME_WORDS[agreement.outcome] : 'Still open'],
            details: agreement.outcome === 'missed' && agreement.missedReason.trim() ? [`Why: ${agreement.missedReason}`] : []
          }))
        )
        break
      case 'challenges':
        sections.push(
          listSection('Challenges', level, detail.challenges, 'No challenges.', (challenge) => ({
            text: challenge.text,
            meta: [challenge.status === 'resolved' ? 'Resolved' : 'Open'],
            details: challenge.supportOffered.trim() ? [`Support: ${challenge.supportOffered}`] : []
          }))
        )
        break
      case 'recognition':
        sections.push(
          listSection('Recognition', level, detail.recognitions, 'Nothing recognised.', (recognition) => ({
            text: recognition.what,
            meta: [],
            details: recognition.behaviour.trim() ? [recognition.behaviour] : []
          }))
        )
        break
      case 'next_steps':
        sections.push(
          listSection('Next steps', level, detail.newAgreements, 'No next steps agreed.', (agreement) => ({
            text: agreement.text,
            meta: [ownerWord(agreement.owner, rep.name), agreement.dueDate ? `due ${day(agreement.dueDate)}` : 'no due date'],
            details: []
          }))
        )
        break
      case 'prompt': {
        const note = detail.notes.sections[section.id]
        sections.push({ title: section.title, level, blocks: note ? noteBlocks(note, 'Nothing written.') : [{ kind: 'empty', text: 'Nothing written.' }] })
        break
      }
      case 'notes':
        sections.push({ title: 'Shared notes', level, blocks: noteBlocks(detail.notes.shared, 'No shared notes.') })
        if (options.includePrivate) {
          sections.push({ title: 'Private notes', level, private: true, blocks: noteBlocks(detail.notes.private, 'No private notes.') })
        }
        break
    }
  }
  return sections
}

export function sessionTitle(detail: SessionDetail, dateFormat: string): string {
  return `1:1 with ${detail.rep.name} — ${formatDay(detail.session.scheduledAt, dateFormat)}`
}

export function sessionMeta(detail: SessionDetail, dateFormat: string): string {
  const { session } = detail
  const parts = [formatDayTime(session.scheduledAt, dateFormat), session.templateName]
  if (session.durationSeconds !== null) parts.push(`${Math.max(1, Math.round(session.durationSeconds / 60))} min`)
  parts.push(SESSION_STATUS_WORDS[session.status])
  return parts.join(' · ')
}
