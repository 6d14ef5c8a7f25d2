// The export actions: one 1:1 in a chosen format, a rep's history over a period, the next 1:1 as
// a calendar file, and an email draft of a summary.
import type { Rep, SessionDetail } from '@shared/domain'
import type { DocumentExportFormat, ExportedFile, MailtoDraft, SessionExportFormat } from '@shared/exports'
import { todayOf } from '../clock'
import { lastHeldSessionId, listHeldSessionsBetween, usualMeetingTime } from '../repositories/exports-repository'
import { findPlannedSessionOn } from '../repositories/sessions-repository'
import { conflict, invalidField } from '../services/service-errors'
import type { ServiceContext } from '../services/service-context'
import { getSessionDetail } from '../services/session-detail'
import { requireRep } from '../services/session-lookup'
import type { ExportDocument, ExportSection } from './export-document'
import { exportLocale, fileSlug, formatDay } from './format'
import { renderHtml } from './html'
import { renderIcs } from './ics'
import { buildMailto } from './mailto'
import { renderMarkdown } from './markdown'
import { renderPlainText } from './plain-text'
import { sessionMeta, summarySections } from './summary-model'
import { buildSummaryToRep } from './summary-to-rep'

export const MIME_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  ics: 'text/calendar; charset=utf-8'
} as const

/** The most 1:1s one history export holds (ten years of weekly 1:1s). */
export const HISTORY_SESSION_LIMIT = 520

export function renderDocument(document: ExportDocument, format: 'md' | 'html' | 'txt'): string {
  return format === 'md' ? renderMarkdown(document) : format === 'html' ? renderHtml(document) : renderPlainText(document)
}

/** One 1:1 as a file. `ics` gives the rep's next 1:1 after it. */
export function exportSession(context: ServiceContext, input: { sessionId: number; format: SessionExportFormat; includePrivate: boolean; includeCheckInRead?: boolean }): ExportedFile {
  const detail = getSessionDetail(context, input.sessionId)
  if (input.format === 'ics') {
    const date = detail.rep.nextSessionDate && detail.rep.nextSessionDate > detail.session.scheduledAt.slice(0, 10) ? detail.rep.nextSessionDate : detail.suggestedDueDate
    return nextMeetingFile(context, detail.rep, date)
  }
  const document = summaryDocument(context, detail, input)
  return {
    fileName: `1-1-${fileSlug(detail.rep.name)}-${detail.session.scheduledAt.slice(0, 10)}.${input.format}`,
    mimeType: MIME_TYPES[input.format],
    content: renderDocument(document, input.format)
  }
}

/** The summary written to the rep, in the manager's name from Settings. */
function summaryDocument(context: ServiceContext, detail: SessionDetail, input: { includePrivate: boolean; includeCheckInRead?: boolean }): ExportDocument {
  const { dateFormat, yourName } = context.preferences.get()
  return buildSummaryToRep(detail, { includePrivate: input.includePrivate, includeCheckInRead: input.includeCheckInRead ?? false, managerName: yourName, dateFormat, locale: exportLocale(context) })
}

function nextMeetingFile(context: ServiceContext, rep: Rep, date: string): ExportedFile {
  const planned = findPlannedSessionOn(context.db, rep.id, date)
  const time = planned && planned.scheduledAt.length > 10 ? planned.scheduledAt.slice(11, 16) : usualMeetingTime(context.db, rep.id)
  // Moving the next 1:1 changes the rep (its next date) or the planned 1:1 (its time): the later of the two is the revision.
  const revisedAt = [rep.updatedAt, planned?.updatedAt ?? ''].sort().at(-1)!
  const content = renderIcs({
    uid: `kept-next-1-1-rep-${rep.id}-after-${lastHeldSessionId(context.db, rep.id) ?? 0}@kept.local`,
    revisedAt: new Date(revisedAt),
    start: time ? `${date}T${time}` : date,
    minutes: context.preferences.get().defaultSessionMinutes,
    summary: `1:1 with ${rep.name}`,
    description: `Accountability 1:1 with ${rep.name}, planned in Kept.`,
    attendeeEmail: rep.email,
    attendeeName: rep.name,
    now: context.clock.now()
  })
  return { fileName: `next-1-1-${fileSlug(rep.name)}-${date}.ics`, mimeType: MIME_TYPES.ics, content }
}

/** The rep's next 1:1 as a calendar file. */
export function exportNextMeeting(context: ServiceContext, repId: number): ExportedFile {
  const rep = requireRep(context.db, repId)
  if (!rep.nextSessionDate) throw conflict(`No next 1:1 is planned with ${rep.name}. Set the next 1:1 date on the Rep screen first.`)
  return nextMeetingFile(context, rep, rep.nextSessionDate)
}

/** A rep's 1:1s between two dates (both included; by default everything up to today) as one file. */
export function exportHistory(
  context: ServiceContext,
  input: { repId: number; from?: string | null; to?: string | null; format: DocumentExportFormat | 'txt'; includePrivate: boolean }
): ExportedFile {
  const rep = requireRep(context.db, input.repId)
  const from = input.from ?? '1900-01-01'
  const to = input.to ?? todayOf(context.clock)
  if (from > to) throw invalidField('from', 'The start date is after the end date.')
  const held = listHeldSessionsBetween(context.db, rep.id, from, to)
  if (held.length > HISTORY_SESSION_LIMIT) {
    throw invalidField('from', `This period holds ${held.length} 1:1s; export at most ${HISTORY_SESSION_LIMIT} at a time by choosing a shorter period.`)
  }
  const { dateFormat } = context.preferences.get()
  const sections: ExportSection[] = []
  for (const { id } of held) {
    const detail = getSessionDetail(context, id)
    sections.push({ title: `${formatDay(detail.session.scheduledAt, dateFormat)} — ${detail.session.templateName}`, level: 2, blocks: [{ kind: 'text', text: sessionMeta(detail, dateFormat) }] })
    sections.push(...summarySections(detail, { includePrivate: input.includePrivate, dateFormat, locale: exportLocale(context), level: 3 }))
  }
  const span = input.from ? `${formatDay(from, dateFormat)} to ${formatDay(to, dateFormat)}` : `up to ${formatDay(to, dateFormat)}`
  const meta = [`${held.length} ${held.length === 1 ? '1:1' : '1:1s'}, ${span}`]
  if (input.includePrivate) meta.push('Includes private notes.')
  if (held.length === 0) sections.push({ title: 'No 1:1s', level: 2, blocks: [{ kind: 'empty', text: 'No 1:1s were held in this period.' }] })
  const document: ExportDocument = { title: `1:1s with ${rep.name}`, meta, sections }
  return {
    fileName: `1-1s-${fileSlug(rep.name)}-${input.from ?? 'start'}-to-${to}.${input.format}`,
    mimeType: MIME_TYPES[input.format],
    content: renderDocument(document, input.format)
  }
}

/** An email to the rep with the plain-text summary. */
export function sessionMailto(context: ServiceContext, input: { sessionId: number; includePrivate: boolean; includeCheckInRead?: boolean }): MailtoDraft {
  const detail = getSessionDetail(context, input.sessionId)
  const { dateFormat } = context.preferences.get()
  const document = summaryDocument(context, detail, input)
  const subject = `Summary of our 1:1 on ${formatDay(detail.session.scheduledAt, dateFormat)}`
  return buildMailto(detail.rep.email, subject, renderPlainText(document))
}
