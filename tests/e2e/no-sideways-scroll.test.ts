// At 1024×640 (and 1280×800), light and dark, no screen scrolls sideways and nothing is cut or
// spills out of its box (issue 16, items 1 and 2). The demo team gives every screen realistic,
// long content.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionDetail } from '../../src/shared/domain'
import { callApi as call } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { sidewaysOverflow } from './support/sideways'

interface Screen {
  name: string
  hash: string
  /** What shows once the screen has its content. */
  ready: (page: Page) => Promise<unknown>
  /** Changed for this width: also checked with axe. */
  axe?: boolean
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first().waitFor()
const h2 = (name: string) => (page: Page) => page.getByRole('heading', { level: 2, name, exact: true }).waitFor()

describe('no sideways scrolling, at 1024×640 as at 1280×800', () => {
  let app: E2eApp
  let screens: Screen[]

  beforeAll(async () => {
    app = await launchApp({ demo: true })
    const db = app.host.database.db
    // The rep with the most carried-forward agreements: the longest agreement lines on the Brief.
    const repId = db
      .prepare(
        `SELECT agreements.rep_id FROM agreements JOIN agreement_reviews ON agreement_reviews.agreement_id = agreements.id
         WHERE agreement_reviews.outcome = 'carried_forward' AND agreements.status = 'open' GROUP BY agreements.rep_id ORDER BY count(*) DESC LIMIT 1`
      )
      .pluck()
      .get() as number
    const completed = db.prepare("SELECT id FROM sessions WHERE rep_id = ? AND status = 'completed' ORDER BY scheduled_at DESC LIMIT 1").pluck().get(repId) as number
    const live = await call<SessionDetail>(app.page, 'sessions.start', { repId })
    const sections = ['Check-in', 'Agenda', 'Goal review', 'Last agreements', 'Challenges', 'Recognition', 'Next steps', 'Notes']
    screens = [
      { name: 'team', hash: '#/team', ready: (page) => page.locator('.team-table tbody tr').first().waitFor(), axe: true },
      { name: 'rep-brief', hash: `#/rep/${repId}`, ready: (page) => page.getByRole('region', { name: 'Open agreements' }).waitFor(), axe: true },
      ...['timeline', 'goals', 'agreements', 'recognition', 'challenges'].map((tab) => ({ name: `rep-${tab}`, hash: `#/rep/${repId}/${tab}`, ready: h1 })),
      ...sections.map((section, index) => ({ name: `session-${index + 1}`, hash: `#/session/${live.session.id}?section=${index + 1}`, ready: h2(section), axe: index === 2 || index === 3 })),
      { name: 'summary', hash: `#/session/${completed}/summary`, ready: h1 },
      { name: 'search', hash: '#/search?q=pricing', ready: (page) => page.locator('mark').first().waitFor() },
      { name: 'import', hash: '#/import', ready: h1 },
      { name: 'review', hash: `#/review?rep=${repId}`, ready: h1 },
      { name: 'settings', hash: '#/settings', ready: h1 },
      { name: 'templates', hash: '#/templates', ready: h1 },
      { name: 'trash', hash: '#/trash', ready: h1 }
    ]
  })
  afterAll(async () => {
    await app?.close()
  })

  for (const [width, height, colorScheme] of [[1024, 640, 'light'], [1024, 640, 'dark'], [1280, 800, 'light'], [1280, 800, 'dark']] as const) {
    it(`fits every screen in a ${width}×${height} window, ${colorScheme}`, async () => {
      const context = await app.browser.newContext({ viewport: { width, height }, colorScheme })
      const page = await context.newPage()
      // A new browser context holds no key cookie yet: open the address with the run's key first.
      await page.goto(app.host.openUrl)
      const overflowing: Record<string, string[]> = {}
      const axeFindings: Record<string, string[]> = {}
      try {
        for (const screen of screens) {
          await page.goto(`${app.host.url}${screen.hash}`)
          await screen.ready(page)
          // Settled: the last answers painted (the check retries until the layout fits or time runs out).
          await expect
            .poll(() => sidewaysOverflow(page), { timeout: 2_000 })
            .toEqual([])
            .catch(async () => {
              overflowing[screen.name] = await sidewaysOverflow(page)
            })
          if (screen.axe) {
            const findings = await seriousAxeViolations(page)
            if (findings.length > 0) axeFindings[screen.name] = findings
          }
          await screenshot(page, `fit-${width}-${colorScheme}-${screen.name}`)
        }
      } finally {
        await context.close()
      }
      expect(overflowing).toEqual({})
      expect(axeFindings).toEqual({})
    }, 180_000)
  }
})
