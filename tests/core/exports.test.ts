import { Parser, type Node as MdNode } from 'commonmark'
import ICAL from 'ical.js'
import { parse as parseHtml } from 'parse5'
import { describe, expect, it } from 'vitest'
import { buildMailto } from '../../src/main/core/exports/mailto'
import { escapeIcsText, foldIcsLine } from '../../src/main/core/exports/ics'
import type { DocNode } from '../../src/main/core/exports/export-document'
import { docToMarkdown } from '../../src/main/core/exports/markdown'
import { MAILTO_MAX_LENGTH } from '../../src/shared/exports'
import { HOSTILE_IMG, HOSTILE_SCRIPT, playExportScenario, PRIVATE_CANARY, PRIVATE_DOC } from '../support/export-fixture'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

function scenario(repFields: Record<string, unknown> = {}): SessionCore & ReturnType<typeof playExportScenario> {
  const core = openSessionCore()
  return { ...core, ...playExportScenario(core, repFields) }
}

interface MdFacts {
  headings: Array<{ level: number; text: string }>
  lists: Array<{ type: string; items: string[] }>
  links: string[]
  strong: string[]
  emph: string[]
  htmlNodes: string[]
}

function textOf(node: MdNode): string {
  let out = ''
  const walker = node.walker()
  let event
  while ((event = walker.next())) {
    if (event.entering && (event.node.type === 'text' || event.node.type === 'code')) out += event.node.literal ?? ''
    if (event.entering && (event.node.type === 'softbreak' || event.node.type === 'linebreak')) out += ' '
  }
  return out
}

function markdownFacts(markdown: string): MdFacts {
  const facts: MdFacts = { headings: [], lists: [], links: [], strong: [], emph: [], htmlNodes: [] }
  const walker = new Parser().parse(markdown).walker()
  let event
  while ((event = walker.next())) {
    const { node, entering } = event
    if (!entering) continue
    if (node.type === 'heading') facts.headings.push({ level: node.level, text: textOf(node) })
    if (node.type === 'list') {
      const items: string[] = []
      for (let item = node.firstChild; item; item = item.next) items.push(textOf(item.firstChild!))
      facts.lists.push({ type: node.listType, items })
    }
    if (node.type === 'link') facts.links.push(node.destination ?? '')
    if (node.type === 'strong') facts.strong.push(textOf(node))
    if (node.type === 'emph') facts.emph.push(textOf(node))
    if (node.type === 'html_block' || node.type === 'html_inline') facts.htmlNodes.push(node.literal ?? '')
  }
  return facts
}

describe('session export as Markdown', () => {
  it('parses as CommonMark with the summary headings, the lists and the note converted faithfully', () => {
    const core = scenario()
    const file = core.ok('exports.session', { sessionId: core.sessionId, format: 'md' })
    expect(file.fileName).toBe('1-1-dana-whitfield-2026-06-15.md')
    expect(file.mimeType).toContain('text/markdown')
    const facts = markdownFacts(file.content)

    expect(facts.headings.filter((h) => h.level <= 2).map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 1:1 with Dana Whitfield — 15 Jun 2026',
      '2 What we agreed — who, by when',
      '2 What I owe you',
      '2 What carries over',
      '2 How you’re doing',
      '2 What we talked about',
      '2 Your goals',
      '2 What we closed from last time',
      '2 Your challenges',
      '2 What I recognised',
      '2 Shared notes'
    ])
    // The note's own headings sit under "Shared notes".
    expect(facts.headings.filter((h) => h.level > 2)).toEqual([
      { level: 3, text: 'Pipeline deep-dive' },
      { level: 4, text: 'Risks' }
    ])
    const byFirstItem = (prefix: string) => facts.lists.find((list) => list.items[0]?.startsWith(prefix))
    expect(byFirstItem('Closed-won')).toBeUndefined()
    expect(byFirstItem('Close $100k this year')?.items[0]).toContain('now $55,000')
    expect(byFirstItem('Send the Acme proposal')?.items).toEqual(['Send the Acme proposal — You · Done', 'Get legal review slot — Me · Missed Why: Legal was out'])
    expect(byFirstItem('Draft the Q3')?.items).toEqual(['Draft the Q3 territory plan — You · by 22 Jun 2026'])
    expect(byFirstItem('Intro to the channel lead')?.items).toEqual(['Intro to the channel lead — Me · by 19 Jun 2026'])
    expect(byFirstItem('Call the CFO')).toMatchObject({ type: 'bullet', items: ['Call the CFO', 'Send the * pricing_v2 * deck'] })
    expect(byFirstItem('with the discount')).toMatchObject({ type: 'bullet' })
    expect(byFirstItem('First, qualify')).toEqual({ type: 'ordered', items: ['First, qualify', 'Then, propose'] })
    expect(byFirstItem('[x] Book the demo')).toEqual({ type: 'bullet', items: ['[x] Book the demo', '[ ] Share the case study'] })
    expect(file.content).toContain('- [x] Book the demo\n- [ ] Share the case study')

    expect(facts.links).toEqual(['https://crm.example.com/deals/42'])
    expect(facts.strong).toContain('Acme renewal')
    expect(facts.emph).toContain('the')
    // User text never becomes markup: no raw HTML, no heading or list from a typed "# " or "1.".
    expect(facts.htmlNodes).toEqual([])
    expect(file.content).toContain('\\# not a heading and 1. not a list')
    expect(facts.headings.some((h) => h.text.includes('not a heading'))).toBe(false)
    // The unsafe link keeps its words, not its target.
    expect(file.content).toContain('a bad link')
    expect(file.content).not.toContain('javascript:')
  })

  it('keeps emphasis across adjacent text nodes and outside surrounding spaces', () => {
    const markdown = docToMarkdown({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'plain ' },
            { type: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'both', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'a `tick`', marks: [{ type: 'code' }] }
          ]
        }
      ]
    })
    const facts = markdownFacts(markdown)
    expect(facts.strong).toEqual(['bold both'])
    expect(facts.emph).toEqual(['both'])
    expect(markdown).toContain('`` a `tick` ``')
  })
})

describe('session export as HTML', () => {
  it('is one self-contained file with no executable markup, even from hostile notes', () => {
    const core = scenario({ name: 'Dana <b>Whitfield</b>' })
    const file = core.ok('exports.session', { sessionId: core.sessionId, format: 'html', includePrivate: true })
    const html = file.content
    const offences: string[] = []
    const elements: string[] = []
    const visit = (node: { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: unknown[]; content?: unknown }) => {
      if (node.tagName) {
        elements.push(node.tagName)
        if (['script', 'iframe', 'object', 'embed', 'img', 'link', 'base', 'form'].includes(node.tagName)) offences.push(`<${node.tagName}>`)
        for (const attr of node.attrs ?? []) {
          if (/^on/i.test(attr.name)) offences.push(`${node.tagName}[${attr.name}]`)
          if (/^\s*(javascript|data|vbscript):/i.test(attr.value) && ['href', 'src', 'action', 'formaction'].includes(attr.name)) offences.push(`${node.tagName}[${attr.name}=${attr.value}]`)
        }
      }
      for (const child of (node.childNodes ?? []) as Array<typeof node>) visit(child)
    }
    visit(parseHtml(html) as never)
    expect(offences).toEqual([])
    expect(elements).toContain('style')
    expect(elements).toContain('h1')
    // The hostile text is shown as text.
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(html).toContain('Dana &lt;b&gt;Whitfield&lt;/b&gt;')
    expect(html).toContain('<a href="https://crm.example.com/deals/42" rel="noreferrer noopener">the deal room</a>')
    // Nothing is fetched from anywhere.
    expect(html).not.toMatch(/\b(src|href)="(?!https:\/\/crm\.example\.com)/)
  })
})

describe('private notes', () => {
  const formats = ['md', 'html', 'txt'] as const

  it('appear in no export without the checkbox, and in each with it', () => {
    const core = scenario()
    for (const format of formats) {
      const without = core.ok('exports.session', { sessionId: core.sessionId, format })
      expect(without.content, format).not.toContain(PRIVATE_CANARY)
      expect(without.content, format).not.toMatch(/private notes/i)
      const defaulted = core.ok('exports.session', { sessionId: core.sessionId, format, includePrivate: false })
      expect(defaulted.content, format).not.toContain(PRIVATE_CANARY)
      const withPrivate = core.ok('exports.session', { sessionId: core.sessionId, format, includePrivate: true })
      expect(withPrivate.content, format).toContain(PRIVATE_CANARY)

      const history = core.ok('exports.history', { repId: core.repId, format })
      expect(history.content, `history ${format}`).not.toContain(PRIVATE_CANARY)
      expect(core.ok('exports.history', { repId: core.repId, format, includePrivate: true }).content, `history ${format}`).toContain(PRIVATE_CANARY)
    }
    expect(core.ok('exports.session', { sessionId: core.sessionId, format: 'ics', includePrivate: true }).content).not.toContain(PRIVATE_CANARY)

    // The email draft, on a short 1:1 whose summary fits a mail link whole.
    core.setNow('2026-06-22T12:00:00Z')
    const short = core.ok('sessions.start', { repId: core.repId }).session.id
    core.ok('notes.save', { sessionId: short, kind: 'private', templateSectionId: null, doc: PRIVATE_DOC, text: PRIVATE_CANARY, baseRevision: 0 })
    const mail = core.ok('exports.mailto', { sessionId: short })
    expect(mail.truncated).toBe(false)
    expect(decodeURIComponent(mail.href)).not.toContain(PRIVATE_CANARY)
    const withPrivate = core.ok('exports.mailto', { sessionId: short, includePrivate: true })
    expect(withPrivate.truncated).toBe(false)
    expect(decodeURIComponent(withPrivate.href)).toContain(PRIVATE_CANARY)
  })
})

describe('plain text and email draft', () => {
  it('reads as plain text with the lists and checklist kept', () => {
    const core = scenario()
    const { content } = core.ok('exports.session', { sessionId: core.sessionId, format: 'txt' })
    expect(content).toMatch(/^1:1 with Dana Whitfield — 15 Jun 2026\n/)
    expect(content).toContain('WHAT WE AGREED — WHO, BY WHEN\n- Draft the Q3 territory plan — You · by 22 Jun 2026')
    expect(content).toContain('[x] Book the demo\n[ ] Share the case study')
    expect(content).toContain('the deal room (https://crm.example.com/deals/42)')
    expect(content).toContain(HOSTILE_SCRIPT)
  })

  it('addresses the rep and keeps the link within the length mail programs accept', () => {
    const core = scenario()
    const mail = core.ok('exports.mailto', { sessionId: core.sessionId })
    expect(mail.href.startsWith('mailto:dana@example.com?subject=Summary%20of%20our%201%3A1%20on%2015%20Jun%202026&body=')).toBe(true)
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH)
    expect(mail.truncated).toBe(true)
    const body = decodeURIComponent(mail.href.split('&body=')[1]!)
    expect(body).toContain('1:1 with Dana Whitfield')
    expect(body).toContain('shortened to fit an email link')

    const short = buildMailto('a@b.co', 'Hi & bye', 'Line one\nLine two?&x=1')
    expect(short.truncated).toBe(false)
    const url = new URL(short.href)
    expect(url.searchParams.get('subject')).toBe('Hi & bye')
    expect(url.searchParams.get('body')).toBe('Line one\r\nLine two?&x=1')
  })
})

describe('next 1:1 as .ics', () => {
  it('parses with an iCalendar reader with the right start, end and summary', () => {
    const core = scenario({ name: 'Dana Whitfield, Jr.; East' })
    // The rep's next 1:1 is planned at a time: the event starts then and lasts the default length.
    core.ok('sessions.plan', { repId: core.repId, scheduledAt: '2026-06-22T14:30' })
    core.preferences.update({ defaultSessionMinutes: 45 })
    const file = core.ok('exports.session', { sessionId: core.sessionId, format: 'ics' })
    expect(file.fileName).toMatch(/\.ics$/)
    expect(file.mimeType).toContain('text/calendar')
    expect(file.content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true)
    expect(file.content.replace(/\r\n/g, '')).not.toContain('\n')

    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('1:1 with Dana Whitfield, Jr.; East')
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(2026, 5, 22, 14, 30).getTime())
    expect(event.endDate.toJSDate().getTime()).toBe(new Date(2026, 5, 22, 15, 15).getTime())
    expect(event.uid).toBe(`kept-next-1-1-rep-${core.repId}-after-${core.sessionId}@kept.local`)
    expect(file.content).toContain('DTSTAMP:20260615T120000Z')
    expect(file.content.replace(/\r\n /g, '')).toContain('ROLE=REQ-PARTICIPANT:mailto:dana@example.com')

    // From the Rep screen: the same event.
    expect(core.ok('exports.nextMeeting', { repId: core.repId }).content.replace(/DTSTAMP:\d+T\d+Z/, '')).toBe(file.content.replace(/DTSTAMP:\d+T\d+Z/, ''))
  })

  it('uses the time of the last 1:1 when the next one has no time, and says when none is planned', () => {
    const core = scenario()
    const file = core.ok('exports.nextMeeting', { repId: core.repId })
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent('vevent')!)
    const last = core.ok('sessions.get', { id: core.sessionId }).session.scheduledAt
    const next = core.ok('reps.get', { id: core.repId }).rep.nextSessionDate!
    expect(event.startDate.toJSDate().getTime()).toBe(new Date(`${next}T${last.slice(11, 16)}`).getTime())
    expect(event.duration.toSeconds()).toBe(30 * 60)

    core.ok('reps.update', { id: core.repId, changes: { nextSessionDate: null } })
    expect(core.fail('exports.nextMeeting', { repId: core.repId })).toMatchObject({ code: 'conflict', message: expect.stringContaining('No next 1:1 is planned with Dana Whitfield') })
  })

  it('keeps the UID and raises SEQUENCE when the next 1:1 moves, so calendars update the event', () => {
    const core = scenario()
    const vevent = (content: string) => new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent')!
    const before = vevent(core.ok('exports.nextMeeting', { repId: core.repId }).content)
    core.setNow('2026-06-16T08:00:00Z')
    core.ok('reps.update', { id: core.repId, changes: { nextSessionDate: '2026-06-24' } })
    const moved = vevent(core.ok('exports.nextMeeting', { repId: core.repId }).content)
    expect(moved.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'))
    expect(Number(moved.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(before.getFirstPropertyValue('sequence')))
    expect(new ICAL.Event(moved).startDate.toJSDate().getDate()).toBe(24)
    // Planned at a new time on the same day: the planned 1:1 changed, SEQUENCE grows again.
    core.setNow('2026-06-17T08:00:00Z')
    core.ok('sessions.plan', { repId: core.repId, scheduledAt: '2026-06-24T16:00' })
    const timed = vevent(core.ok('exports.nextMeeting', { repId: core.repId }).content)
    expect(timed.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'))
    expect(Number(timed.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(moved.getFirstPropertyValue('sequence')))
  })

  it('leaves out an attendee address that is not one, and removes control characters', () => {
    const core = scenario()
    core.kept.db.prepare('UPDATE reps SET name = ?, email = ? WHERE id = ?').run('Dana\u0007 Whit\u0000field\u001b[31m', 'dana@example.com\r\nATTENDEE:mailto:evil@example.com', core.repId)
    const file = core.ok('exports.nextMeeting', { repId: core.repId }).content
    expect(file).not.toContain('evil@example.com')
    expect(file.replace(/\r\n/g, '')).not.toMatch(/\p{Cc}/u)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('1:1 with Dana Whitfield[31m')
    expect(event.attendees).toEqual([])
    for (const email of ['x"@example.com', 'dana@example.com;RSVP=TRUE', 'dana@example.com:mailto:evil@example.com', 'not an email']) {
      core.kept.db.prepare('UPDATE reps SET email = ? WHERE id = ?').run(email, core.repId)
      const content = core.ok('exports.nextMeeting', { repId: core.repId }).content
      expect(new ICAL.Event(new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent')!).attendees, email).toEqual([])
    }
    core.kept.db.prepare('UPDATE reps SET email = ? WHERE id = ?').run("o'brien+1@example.com", core.repId)
    const valid = new ICAL.Event(new ICAL.Component(ICAL.parse(core.ok('exports.nextMeeting', { repId: core.repId }).content)).getFirstSubcomponent('vevent')!)
    expect(valid.attendees.map((attendee) => attendee.getFirstValue())).toEqual(["mailto:o'brien+1@example.com"])
  })

  it('escapes text and folds long lines as RFC 5545 says', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    expect(escapeIcsText('a\u0000b\u0007c\r\nd\u007f')).toBe('abc\\nd')
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(80)}`)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true)
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(80)}`)
  })
})

describe('history export', () => {
  it('holds the rep’s 1:1s in the date range, oldest first', () => {
    const core = scenario()
    const all = core.ok('exports.history', { repId: core.repId, format: 'md' })
    const headings = markdownFacts(all.content).headings.filter((h) => h.level <= 2).map((h) => h.text)
    expect(headings).toEqual(['1:1s with Dana Whitfield', '8 Jun 2026 — Accountability 1:1', '15 Jun 2026 — Accountability 1:1'])
    const later = core.ok('exports.history', { repId: core.repId, from: '2026-06-10', to: '2026-06-30', format: 'html' })
    expect(later.content).toContain('15 Jun 2026 — Accountability 1:1')
    expect(later.content).not.toContain('8 Jun 2026 — Accountability 1:1')
    expect(later.fileName).toBe('1-1s-dana-whitfield-2026-06-10-to-2026-06-30.html')
    const none = core.ok('exports.history', { repId: core.repId, from: '2025-01-01', to: '2025-02-01', format: 'md' })
    expect(none.content).toContain('No 1:1s were held in this period.')
    expect(core.fail('exports.history', { repId: core.repId, from: '2026-07-01', to: '2026-06-01', format: 'md' }).message).toContain('The start date is after the end date.')
    expect(HOSTILE_IMG).toContain('onerror')
  })
})

describe('tiptap to Markdown', () => {
  it('keeps neighbouring lists apart, nests lists in list items and breaks lines inside items', () => {
    const item = (text: string, extra: DocNode[] = []): DocNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }, ...extra] })
    const markdown = docToMarkdown({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [item('one'), item('two')] },
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'task' }] }, { type: 'bulletList', content: [item('sub')] }] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [item('three')] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'line' }, { type: 'hardBreak' }, { type: 'text', text: 'break' }] }] }] }
      ]
    })
    const facts = markdownFacts(markdown)
    expect(facts.lists.map((list) => [list.type, ...list.items])).toEqual([
      ['bullet', 'one', 'two'],
      ['bullet', '[ ] task'],
      ['bullet', 'sub'],
      ['ordered', 'three'],
      ['ordered', 'line break']
    ])
  })
})
