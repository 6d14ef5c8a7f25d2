import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { isActiveElement, openSearchWithKeyboard } from './support/page-helpers'

const FOLLOW_THROUGH_FACT = /^(\d+%|—) (Nothing counted yet\.|\d+ of \d+ kept)/
const RARE_WORD = 'quokkafenster'

/** Calls the API from the page, as the renderer does in the browser host. */
async function call<T>(app: E2eApp, method: string, input: unknown): Promise<T> {
  const body = await app.page.evaluate(
    async ({ method, input }) => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kept': '1' }, body: JSON.stringify(input) })
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
    },
    { method, input }
  )
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`)
  return body.value as T
}

describe('before the meeting', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
  })
  afterEach(async () => {
    await app?.close()
  })

  /** Opens the first rep on Team (the most overdue) on their Brief and returns their name. */
  async function openFirstRep(page: Page): Promise<string> {
    await page.goto(`${app.host.url}#/team`)
    const firstRep = page.locator('.team-table tbody th a').first()
    const name = (await firstRep.textContent())!
    await firstRep.click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
    return name
  }

  it('shows overdue reps first on Team, with follow-through for the rep and for you', async () => {
    const { page } = app
    const rows = page.locator('.team-table tbody tr')
    await rows.first().waitFor()
    const dueCells = await rows.locator('td:nth-child(2)').allTextContents()
    const overdue = dueCells.map((text) => /Overdue by (\d+) days?/.test(text))
    expect(overdue[0]).toBe(true)
    expect(overdue.indexOf(false) === -1 || overdue.slice(overdue.indexOf(false)).every((is) => !is)).toBe(true)
    await expect.poll(() => page.locator('.follow-through').count()).toBe(6)
    const followThrough = await page.locator('.follow-through').allTextContents()
    expect(followThrough.length).toBe(6)
    for (const text of followThrough) expect(text).toMatch(/^Rep (\d+%|—) · You (\d+%|—)$/)
    expect(followThrough.some((text) => /\d+%/.test(text))).toBe(true)
    await page.getByText('How is follow-through counted?').click()
    await page.getByText(/Follow-through is the share of agreements kept/).waitFor()
    await page.getByRole('combobox', { name: /^Show/ }).selectOption('overdue')
    await expect.poll(() => rows.count()).toBe(overdue.filter(Boolean).length)
    await page.getByRole('combobox', { name: /^Show/ }).selectOption('all')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'before-team')
  })

  it("shows a rep's brief with agreements of both owners, suggestions, and nudges that can be dismissed", async () => {
    const { page } = app
    const name = await openFirstRep(page)
    await expect.poll(() => page.getByRole('tab', { name: 'Brief' }).getAttribute('aria-selected')).toBe('true')
    const agreements = page.getByRole('region', { name: 'Open agreements' })
    await agreements.waitFor()
    const repGroup = agreements.locator('.owner-group').nth(0)
    const managerGroup = agreements.locator('.owner-group').nth(1)
    await expect.poll(() => repGroup.getByRole('heading', { name: `Owned by ${name}` }).isVisible()).toBe(true)
    await expect.poll(() => managerGroup.getByRole('heading', { name: 'Owned by you' }).isVisible()).toBe(true)
    await expect.poll(() => repGroup.locator('li').count()).toBeGreaterThan(0)
    await expect.poll(() => managerGroup.locator('li').count()).toBeGreaterThan(0)
    const suggestions = page.getByRole('region', { name: 'Suggested talking points' })
    await expect.poll(() => suggestions.locator('li').count()).toBeGreaterThan(0)
    const nudges = page.getByRole('region', { name: 'Nudges' })
    const dismissButtons = nudges.getByRole('button', { name: /^Dismiss/ })
    const before = await dismissButtons.count()
    expect(before).toBeGreaterThan(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'before-brief')
    await dismissButtons.first().click()
    await expect.poll(() => dismissButtons.count()).toBe(before - 1)

    const dismissed = nudges.locator('details.dismissed-nudges')
    await dismissed.locator('summary').getByText('Dismissed (1)').click()
    await screenshot(page, 'before-brief-dismissed-nudges')
    await dismissed.getByRole('button', { name: /^Show “.+” again$/ }).click()
    await expect.poll(() => dismissButtons.count()).toBe(before)
    await expect.poll(() => dismissed.count()).toBe(0)
  })

  it("spells out both owners' follow-through on the brief, dropped agreements named apart", async () => {
    const { page } = app
    await openFirstRep(page)
    const facts = page.locator('.follow-through-facts dd')
    await facts.first().waitFor()
    await expect.poll(() => facts.allTextContents()).toEqual([expect.stringMatching(FOLLOW_THROUGH_FACT), expect.stringMatching(FOLLOW_THROUGH_FACT)])
  })

  it('renders every tab, reachable with the arrow keys, and accessible', async () => {
    const { page } = app
    await openFirstRep(page)
    await page.getByRole('tab', { name: 'Brief' }).focus()
    for (const name of ['Timeline', 'Goals', 'Agreements', 'Recognition', 'Challenges']) {
      await page.keyboard.press('ArrowRight')
      const tab = page.getByRole('tab', { name })
      // The chosen tab goes through the address (hashchange), so it shows a moment later.
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true')
      await expect.poll(() => tab.evaluate(isActiveElement)).toBe(true)
      const panel = page.getByRole('tabpanel', { name })
      await panel.locator('.panel, .empty').first().waitFor()
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(150)
      expect(await seriousAxeViolations(page)).toEqual([])
      await screenshot(page, `before-tab-${name.toLowerCase()}`)
    }
    const ledger = page.getByRole('tab', { name: 'Agreements' })
    await ledger.click()
    await page.getByRole('combobox', { name: /^Owner/ }).selectOption('manager')
    await page.getByLabel('Status').selectOption('open')
    await page.getByRole('tabpanel', { name: 'Agreements' }).locator('li').first().waitFor()
    await expect.poll(() => page.getByRole('tabpanel', { name: 'Agreements' }).locator('.owner--rep').count()).toBe(0)
    await page.getByRole('tab', { name: 'Timeline' }).click()
    const entry = page.locator('.timeline details').first()
    await entry.locator('summary').click()
    await expect.poll(() => entry.getByRole('link', { name: /^Open the 1:1 of/ }).isVisible()).toBe(true)
  }, 150_000)

  it('finds a word typed in a 1:1 with Ctrl+K and opens that session with Enter', async () => {
    const { page } = app
    const reps = await call<Array<{ id: number; name: string }>>(app, 'reps.list', {})
    const rep = reps[reps.length - 1]!
    const started = await call<{ session: { id: number } }>(app, 'sessions.start', { repId: rep.id })
    const sessionId = started.session.id
    const text = `We talked about the ${RARE_WORD} territory plan.`
    await call(app, 'notes.save', {
      sessionId,
      kind: 'shared',
      templateSectionId: null,
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
      text,
      baseRevision: 0
    })
    const dialog = await openSearchWithKeyboard(page)
    const box = dialog.getByRole('searchbox', { name: 'Search' })
    await box.waitFor()
    await box.fill(RARE_WORD.slice(0, 7))
    await dialog.locator('.search-group').first().waitFor()
    await expect.poll(() => dialog.locator('mark').first().textContent()).toMatch(new RegExp(`^${RARE_WORD}`, 'i'))
    // Each hit names its rep (the palette lists hits newest first, across reps).
    await expect.poll(() => dialog.locator('.palette__hit-rep').first().textContent()).toBe(rep.name)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'before-search-dialog')
    await box.press('Enter')
    // At the note: the hit is in the shared notes.
    await page.waitForURL(new RegExp(`#/session/${sessionId}\\?at=shared-notes$`))
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(app.pageErrors).toEqual([])
  })
})
