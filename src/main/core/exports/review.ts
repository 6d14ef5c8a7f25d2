// The review roll-up: one rep over a period compiled into a performance-review draft in
// Markdown (goals and attainment, wins, challenges, agreements kept by both owners, pulse trend,
// the 1:1s it draws on). The manager edits and saves it, then exports it.
import { defaultMarkdownParser } from 'prosemirror-markdown'
import type { FollowThrough } from '@shared/domain'
import type { DocumentExportFormat, ExportedFile, ReviewDraft } from '@shared/exports'
import { todayOf } from '../clock'
import { listFollowThroughRows } from '../repositories/overview-repository'
import { listGoalsForRep } from '../repositories/goals-repository'
import {
  findReviewDraft,
  goalValuesInPeriod,
  listChallengesDuring,
  listHeldSessionsBetween,
  listPulsesBetween,
  listRecognitionsBetween,
  writeReviewDraft
} from '../repositories/exports-repository'
import { computeFollowThrough, FOLLOW_THROUGH_DEFINITION } from '../services/follow-through'
import { nowOf, type ServiceContext } from '../services/service-context'
import { invalidField } from '../services/service-errors'
import { requireRep } from '../services/session-lookup'
import type { DocNode } from './export-document'
import { exportLocale, fileSlug, formatChange, formatDay, formatMetric, GOAL_STATUS_WORDS } from './format'
import { docToHtml, wrapHtmlPage } from './html'
import { docToMarkdown, escapeMarkdownText } from './markdown'

export interface ReviewPeriod {
  repId: number
  from: string
  to: string
}

function checkPeriod(period: ReviewPeriod): void {
  if (period.from > period.to) throw invalidField('from', 'The period starts after it ends.')
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`
}

function followThroughLine(who: string, figures: FollowThrough): string {
  if (figures.due === 0) return `${who}: no agreements were due in this period.`
  const parts = [`${figures.done} of ${figures.counted} kept${figures.rate === null ? '' : ` (${percent(figures.done, figures.counted)})`}`]
  if (figures.doneLate) parts.push(`${figures.doneLate} of them late`)
  if (figures.missed) parts.push(`${figures.missed} missed`)
  if (figures.overdueOpen) parts.push(`${figures.overdueOpen} still open past the due date`)
  if (figures.dropped) parts.push(`${figures.dropped} dropped`)
  return `${who}: ${parts.join(', ')}.`
}

function pulseTrend(pulses: number[]): string {
  if (pulses.length < 2) return ''
  const half = Math.floor(pulses.length / 2)
  const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const first = average(pulses.slice(0, half))
  const second = average(pulses.slice(pulses.length - half))
  const change = second - first
  const word = change >= 0.5 ? 'rising' : change <= -0.5 ? 'falling' : 'steady'
  return `${word} (${first.toFixed(1)} in the first half, ${second.toFixed(1)} in the second)`
}

/** What Kept compiles from the 1:1s of the period, as Markdown. */
export function compileReview(context: ServiceContext, period: ReviewPeriod): { text: string; sessionDates: string[]; repName: string } {
  checkPeriod(period)
  const { db } = context
  const rep = requireRep(db, period.repId)
  const { dateFormat } = context.preferences.get()
  const locale = exportLocale(context)
  const day = (date: string) => formatDay(date, dateFormat)
  const text = (value: string) => escapeMarkdownText(value, '  ')
  const held = listHeldSessionsBetween(db, rep.id, period.from, period.to, { completedOnly: true })
  const sessionDates = held.map((session) => session.scheduledAt.slice(0, 10))
  const lines: string[] = []
  const add = (...more: string[]) => lines.push(...more)

  add(`# Performance review: ${text(rep.name)}`, '')
  add(`${day(period.from)} to ${day(period.to)} · drawn from ${held.length === 0 ? 'no 1:1s' : held.length === 1 ? '1 1:1' : `${held.length} 1:1s`}${rep.role ? ` · ${text(rep.role)}` : ''}`, '')

  add('## Goals and attainment', '')
  const goals = listGoalsForRep(db, rep.id).filter((goal) => !goal.archived || (goal.dueDate !== null && goal.dueDate >= period.from))
  if (goals.length === 0) add('*No goals were set.*')
  for (const goal of goals) {
    const { start, end } = goalValuesInPeriod(db, goal.id, period.from, period.to)
    const facts: string[] = []
    if (end) {
      facts.push(goal.target !== null ? `${formatMetric(end.value, goal, locale)} of ${formatMetric(goal.target, goal, locale)}` : formatMetric(end.value, goal, locale))
      if (goal.target !== null && goal.target !== (goal.baseline ?? 0)) {
        const base = goal.baseline ?? 0
        facts.push(`${percent(end.value - base, goal.target - base)} of the way from ${formatMetric(base, goal, locale)}${goal.baseline === null ? ' (no baseline set)' : ''} to target`)
      }
      if (start && start.date !== end.date) facts.push(`${formatChange(end.value - start.value, goal, locale)} since ${day(start.date)}`)
    } else {
      facts.push('no value recorded yet')
    }
    if (goal.dueDate) facts.push(`due ${day(goal.dueDate)}`)
    facts.push(GOAL_STATUS_WORDS[goal.status])
    add(`- ${text(goal.title)} — ${facts.join(' · ')}`)
  }
  add('')

  add('## Wins', '')
  const wins = listRecognitionsBetween(db, rep.id, period.from, period.to)
  if (wins.length === 0) add('*Nothing was recognised in this period.*')
  for (const win of wins) add(`- ${day(win.date)}: ${text(win.what)}${win.behaviour.trim() ? ` — ${text(win.behaviour)}` : ''}`)
  add('')

  add('## Challenges', '')
  const challenges = listChallengesDuring(db, rep.id, period.from, period.to)
  const resolved = challenges.filter((challenge) => challenge.resolvedOn !== null && challenge.resolvedOn <= period.to)
  const open = challenges.filter((challenge) => !resolved.includes(challenge))
  if (challenges.length === 0) add('*No challenges came up.*', '')
  if (resolved.length) {
    add('### Resolved', '')
    for (const challenge of resolved) add(`- ${text(challenge.text)} — raised ${day(challenge.raisedOn)}, resolved ${day(challenge.resolvedOn!)}${challenge.supportOffered.trim() ? `; support: ${text(challenge.supportOffered)}` : ''}`)
    add('')
  }
  if (open.length) {
    add('### Still open', '')
    for (const challenge of open) add(`- ${text(challenge.text)} — raised ${day(challenge.raisedOn)}${challenge.supportOffered.trim() ? `; support: ${text(challenge.supportOffered)}` : ''}`)
    add('')
  }

  add('## Agreements kept', '')
  const seenOn = period.to < todayOf(context.clock) ? period.to : todayOf(context.clock)
  const followThrough = computeFollowThrough(listFollowThroughRows(db, { repId: rep.id }, period), period, seenOn)
  add(`- ${followThroughLine(text(rep.name), followThrough.rep)}`, `- ${followThroughLine('Manager', followThrough.manager)}`, '')
  add(`*${text(FOLLOW_THROUGH_DEFINITION.replace('in the last 90 days', 'in this period'))}*`, '')

  add('## Pulse', '')
  const pulses = listPulsesBetween(db, rep.id, period.from, period.to).filter((row): row is { date: string; pulse: number } => row.pulse !== null)
  if (pulses.length === 0) add('*No pulse was recorded.*')
  else {
    const average = pulses.reduce((sum, row) => sum + row.pulse, 0) / pulses.length
    const trend = pulseTrend(pulses.map((row) => row.pulse))
    add(`Average ${average.toFixed(1)} of 5 over ${pulses.length} ${pulses.length === 1 ? '1:1' : '1:1s'}${trend ? `, ${trend}` : ''}.`, '')
    add(pulses.map((row) => `${day(row.date)}: ${row.pulse}`).join(' · '))
  }
  add('')

  add('## Assessment', '', '*Write your overall assessment here.*', '')

  add('## 1:1s drawn on', '')
  add(sessionDates.length ? sessionDates.map(day).join(', ') : '*No 1:1s were completed in this period.*')
  return { text: `${lines.join('\n')}\n`, sessionDates, repName: rep.name }
}

export function getReviewDraft(context: ServiceContext, period: ReviewPeriod): ReviewDraft {
  const compiled = compileReview(context, period)
  const saved = findReviewDraft(context.db, period.repId, period.from, period.to)
  return {
    repId: period.repId,
    repName: compiled.repName,
    from: period.from,
    to: period.to,
    text: saved?.text ?? compiled.text,
    generatedText: compiled.text,
    savedAt: saved?.updatedAt ?? null,
    sessionDates: compiled.sessionDates
  }
}

export function saveReviewDraft(context: ServiceContext, input: ReviewPeriod & { text: string }): ReviewDraft {
  checkPeriod(input)
  requireRep(context.db, input.repId)
  writeReviewDraft(context.db, { ...input, updatedAt: nowOf(context) })
  return getReviewDraft(context, input)
}

const PM_TO_TIPTAP: Record<string, string> = {
  bullet_list: 'bulletList',
  ordered_list: 'orderedList',
  list_item: 'listItem',
  hard_break: 'hardBreak',
  horizontal_rule: 'horizontalRule',
  code_block: 'codeBlock',
  em: 'italic',
  strong: 'bold'
}

/** prosemirror-markdown's node names as the tiptap ones the HTML renderer knows; images are dropped. */
function toTiptapNames(node: DocNode): DocNode {
  const type = PM_TO_TIPTAP[node.type ?? ''] ?? node.type
  const attrs = node.type === 'heading' ? { level: Number(node.attrs?.level ?? 1) + 1 } : node.type === 'ordered_list' ? { start: node.attrs?.order ?? 1 } : node.attrs
  return {
    ...node,
    type,
    ...(attrs ? { attrs } : {}),
    ...(node.marks ? { marks: node.marks.map((mark) => ({ ...mark, type: PM_TO_TIPTAP[mark.type ?? ''] ?? mark.type })) } : {}),
    ...(node.content ? { content: node.content.filter((child) => child.type !== 'image').map(toTiptapNames) } : {})
  }
}

/** The manager's Markdown as a document: its headings, lists and emphasis; raw HTML is text. */
function reviewDoc(markdown: string): DocNode {
  // Headings are shifted by one (tiptap's level 2 is a note's top heading), so "#" stays level 1 with a heading base of 1.
  return toTiptapNames(defaultMarkdownParser.parse(markdown).toJSON() as DocNode)
}

/** Markdown (as the manager wrote it) as one safe HTML page: raw HTML stays text, only web and mail links. */
export function reviewMarkdownToHtml(markdown: string, title: string): string {
  return wrapHtmlPage(title, docToHtml(reviewDoc(markdown), 1))
}

/**
 * Markdown (as the manager wrote it) written again the way every other export writes text: its
 * structure kept, raw HTML escaped so it stays text, only web and mail links.
 */
export function reviewMarkdownToSafeMarkdown(markdown: string): string {
  return `${docToMarkdown(reviewDoc(markdown), 1).trimEnd()}\n`
}

export function exportReview(context: ServiceContext, input: ReviewPeriod & { format: DocumentExportFormat }): ExportedFile {
  const draft = getReviewDraft(context, input)
  const base = `review-${fileSlug(draft.repName)}-${input.from}-to-${input.to}`
  if (input.format === 'md') return { fileName: `${base}.md`, mimeType: 'text/markdown; charset=utf-8', content: reviewMarkdownToSafeMarkdown(draft.text) }
  return { fileName: `${base}.html`, mimeType: 'text/html; charset=utf-8', content: reviewMarkdownToHtml(draft.text, `Performance review: ${draft.repName}`) }
}
