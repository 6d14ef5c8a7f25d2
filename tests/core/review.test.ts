import { Parser } from 'commonmark'
import { parse as parseHtml } from 'parse5'
import { describe, expect, it } from 'vitest'
import { playExportScenario, PRIVATE_CANARY } from '../support/export-fixture'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())
const QUARTER = { from: '2026-04-01', to: '2026-06-30' }

function headingsOf(markdown: string): string[] {
  const headings: string[] = []
  const walker = new Parser().parse(markdown).walker()
  let event
  while ((event = walker.next())) if (event.entering && event.node.type === 'heading') headings.push(`${event.node.level} ${event.node.firstChild?.literal ?? ''}`)
  return headings
}

describe('review roll-up', () => {
  it('compiles goals, wins, challenges, agreements kept by both owners, pulse and the 1:1 dates of the period', () => {
    const core = openSessionCore({ now: '2026-07-01T12:00:00Z' })
    const { repId } = playExportScenario(core)
    core.setNow('2026-07-01T12:00:00Z')
    const draft = core.ok('review.draft', { repId, ...QUARTER })
    expect(draft).toMatchObject({ repId, repName: 'Dana Whitfield', savedAt: null, sessionDates: ['2026-06-08', '2026-06-15'] })
    expect(draft.text).toBe(draft.generatedText)
    expect(headingsOf(draft.text)).toEqual([
      '1 Performance review: Dana Whitfield',
      '2 Goals and attainment',
      '2 Wins',
      '2 Challenges',
      '3 Still open',
      '2 Agreements kept',
      '2 Pulse',
      '2 Assessment',
      '2 1:1s drawn on'
    ])
    expect(draft.text).toContain('- Close $100k this year — $55,000 of $100,000 · 55% of the way from $0 to target · +$15,000 since 8 Jun 2026 · due 31 Dec 2026 · On track')
    expect(draft.text).toContain('- 15 Jun 2026: Closed Globex — Multi-threaded early')
    expect(draft.text).toContain('raised 15 Jun 2026; support: I will call their VP')
    // Due 12 Jun: the rep's done (late, on 15 Jun), the manager's missed; due 19 and 22 Jun and still open on 1 Jul: overdue.
    expect(draft.text).toContain('- Dana Whitfield: 1 of 2 kept (50%), 1 of them late, 1 still open past the due date.')
    expect(draft.text).toContain('- Manager: 0 of 2 kept (0%), 1 missed, 1 still open past the due date.')
    expect(draft.text).toContain('Average 4.0 of 5 over 1 1:1.')
    expect(draft.text).toContain('## 1:1s drawn on\n\n8 Jun 2026, 15 Jun 2026')
    // Private notes never reach a review.
    expect(draft.text).not.toContain(PRIVATE_CANARY)

    // A period with nothing in it says so plainly.
    const empty = core.ok('review.draft', { repId, from: '2025-01-01', to: '2025-03-31' })
    expect(empty.sessionDates).toEqual([])
    expect(empty.text).toContain('*Nothing was recognised in this period.*')
    expect(empty.text).toContain('*No 1:1s were completed in this period.*')
  })

  it('saves the manager’s edit per rep and period, and exports the edited text', () => {
    const core = openSessionCore()
    const { repId } = playExportScenario(core)
    core.setNow('2026-07-01T12:00:00Z')
    const edited = '# Review of Dana\n\nStrong quarter. <script>alert(1)</script>\n\n- Closed Globex\n- [Deal room](https://crm.example.com) and [bad](javascript:alert(1))\n'
    const saved = core.ok('review.save', { repId, ...QUARTER, text: edited })
    expect(saved).toMatchObject({ text: edited, savedAt: '2026-07-01T12:00:00.000Z' })
    expect(saved.generatedText).toContain('# Performance review: Dana Whitfield')
    expect(core.ok('review.draft', { repId, ...QUARTER }).text).toBe(edited)
    // Another period keeps its own (compiled) draft.
    expect(core.ok('review.draft', { repId, from: '2026-01-01', to: '2026-03-31' }).savedAt).toBeNull()

    const markdown = core.ok('review.export', { repId, ...QUARTER, format: 'md' })
    expect(markdown.fileName).toBe('review-dana-whitfield-2026-04-01-to-2026-06-30.md')
    // The draft's structure is kept; its raw HTML stays text and only web and mail links stay links, as in every other export.
    expect(markdown.content).toBe('# Review of Dana\n\nStrong quarter. \\<script\\>alert(1)\\</script\\>\n\n- Closed Globex\n- [Deal room](https://crm.example.com) and \\[bad\\](javascript:alert(1))\n')
    const markdownNodes: string[] = []
    const walker = new Parser().parse(markdown.content).walker()
    for (let event = walker.next(); event; event = walker.next()) if (event.entering) markdownNodes.push(event.node.type)
    expect(markdownNodes).not.toContain('html_inline')
    expect(markdownNodes).not.toContain('html_block')
    expect(markdownNodes.filter((type) => type === 'link')).toHaveLength(1)
    const html = core.ok('review.export', { repId, ...QUARTER, format: 'html' })
    expect(html.fileName).toBe('review-dana-whitfield-2026-04-01-to-2026-06-30.html')
    expect(html.content).toContain('<h1>Review of Dana</h1>')
    expect(html.content).toContain('<li><p>Closed Globex</p></li>')
    expect(html.content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html.content).toContain('<a href="https://crm.example.com" rel="noreferrer noopener">Deal room</a>')
    const tags: string[] = []
    const hrefs: string[] = []
    const visit = (node: { tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: unknown[] }) => {
      if (node.tagName) tags.push(node.tagName)
      for (const attr of node.attrs ?? []) if (attr.name === 'href') hrefs.push(attr.value)
      for (const child of (node.childNodes ?? []) as Array<typeof node>) visit(child)
    }
    visit(parseHtml(html.content) as never)
    expect(tags).not.toContain('script')
    expect(hrefs).toEqual(['https://crm.example.com'])
  })

  it('refuses a reversed period and an unknown rep without writing anything', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    expect(core.fail('review.save', { repId, from: '2026-07-01', to: '2026-06-01', text: 'x' }).message).toContain('The period starts after it ends.')
    expect(core.fail('review.draft', { repId: 999, ...QUARTER }).code).toBe('not_found')
    expect(core.kept.db.prepare('SELECT count(*) FROM review_drafts').pluck().get()).toBe(0)
  })
})
