// A rep's history: the timeline of 1:1s (keyset-paginated), the agreements ledger, the
// recognition log and the challenges with how many 1:1s each came up in.
import type {
  AgreementStatus,
  ChallengeHistoryEntry,
  LedgerAgreement,
  Owner,
  RecognitionLogEntry,
  TimelineEntry,
  TimelinePage
} from '@shared/domain'
import { todayOf } from '../clock'
import { toAgreement } from '../repositories/agreements-repository'
import { listChallengesOfRep } from '../repositories/challenges-repository'
import {
  listAgreementLedger,
  listRecognitionLog,
  listTimelinePage,
  TIMELINE_START,
  type LedgerSqlRow,
  type TimelinePosition,
  type TimelineSqlRow
} from '../repositories/history-repository'
import { daysBetween } from './calendar'
import { NUDGE_THRESHOLDS } from './nudges'
import { excerpt } from './plain-text'
import { invalidField } from './service-errors'
import type { ServiceContext } from './service-context'
import { requireRep } from './session-lookup'

export const TIMELINE_EXCERPT_CHARS = 200

/** Where the next page starts: the last entry's scheduled_at and id, as `2026-03-14T09:30~123`. */
export function encodeTimelineCursor(position: TimelinePosition): string {
  return `${position.scheduledAt}~${position.id}`
}

export const TIMELINE_CURSOR_PATTERN = /^(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)~([1-9]\d{0,15})$/

export function decodeTimelineCursor(cursor: string): TimelinePosition {
  const match = TIMELINE_CURSOR_PATTERN.exec(cursor)
  const id = match ? Number(match[2]) : NaN
  if (!match || !Number.isSafeInteger(id)) throw invalidField('before', 'This is not a place in the timeline. Start again from the newest 1:1.')
  return { scheduledAt: match[1]!, id }
}

function toTimelineEntry(row: TimelineSqlRow): TimelineEntry {
  return {
    id: row.id,
    scheduledAt: row.scheduled_at,
    date: row.scheduled_at.slice(0, 10),
    status: row.status,
    pulse: row.pulse,
    templateName: row.template_name ?? '1:1',
    durationSeconds: row.duration_seconds,
    counts: {
      agreementsCreated: row.agreements_created,
      agreementsReviewed: row.agreements_reviewed,
      recognitions: row.recognitions,
      challenges: row.challenges
    },
    notesExcerpt: excerpt(row.shared_text ?? '', TIMELINE_EXCERPT_CHARS),
    hasPrivateNotes: row.has_private === 1
  }
}

/** One page of the rep's 1:1s, newest first, before `before` (a cursor from the previous page). */
export function getTimelinePage(context: ServiceContext, input: { repId: number; before?: string; limit: number }): TimelinePage {
  requireRep(context.db, input.repId)
  const position = input.before === undefined ? TIMELINE_START : decodeTimelineCursor(input.before)
  // One row more than asked tells whether another page follows.
  const rows = listTimelinePage(context.db, input.repId, position, input.limit + 1)
  const items = rows.slice(0, input.limit).map(toTimelineEntry)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > input.limit && last ? encodeTimelineCursor({ scheduledAt: last.scheduledAt, id: last.id }) : null }
}

export function toLedgerAgreement(row: LedgerSqlRow, today: string): LedgerAgreement {
  const overdue = row.status === 'open' && row.due_date !== null && row.due_date < today
  return {
    ...toAgreement(row),
    missedReason: row.missed_reason,
    reviewedInSessionId: row.reviewed_in_session_id,
    reviewedOn: row.reviewed_on,
    carriedForwardCount: row.carried_forward_count,
    overdue,
    daysOverdue: overdue ? daysBetween(row.due_date!, today) : 0
  }
}

/** The agreements ledger: every agreement of the rep, newest first, optionally of one owner and status. */
export function getAgreementLedger(context: ServiceContext, input: { repId: number; owner?: Owner; status?: AgreementStatus }): LedgerAgreement[] {
  requireRep(context.db, input.repId)
  const today = todayOf(context.clock)
  return listAgreementLedger(context.db, input.repId, { owner: input.owner ?? null, status: input.status ?? null }).map((row) => toLedgerAgreement(row, today))
}

/** Every recognition of the rep, newest first. */
export function getRecognitionLog(context: ServiceContext, repId: number): RecognitionLogEntry[] {
  requireRep(context.db, repId)
  return listRecognitionLog(context.db, repId).map((row) => ({
    id: row.id,
    repId: row.rep_id,
    sessionId: row.session_id,
    goalId: row.goal_id,
    what: row.what,
    behaviour: row.behaviour,
    recognizedOn: row.recognized_on,
    goalTitle: row.goal_title
  }))
}

/** Every challenge of the rep, open first, with how many 1:1s each came up in. */
export function getChallengeHistory(context: ServiceContext, repId: number): ChallengeHistoryEntry[] {
  requireRep(context.db, repId)
  return listChallengesOfRep(context.db, repId, { openOnly: false }).map((challenge) => ({
    ...challenge,
    recurring: challenge.status === 'open' && challenge.sessionCount >= NUDGE_THRESHOLDS.recurringChallengeSessions
  }))
}
