import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { openSearchWithKeyboard } from './support/page-helpers'

describe('the demo team', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left (the last one removes the team).
  beforeEach(async () => {
    app = await launchApp({ demo: true })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('shows the six demo reps on the Team screen, overdue 1:1s first', async () => {
    const { page } = app
    const rows = page.locator('.team-table tbody tr.team-row')
    await rows.first().waitFor()
    await expect.poll(() => rows.count()).toBe(6)
    const dueCells = await rows.locator('td:nth-child(2)').allTextContents()
    const overdue = dueCells.map((text) => /Overdue by (\d+) days?/.exec(text)?.[1]).map((days) => (days ? Number(days) : null))
    // Overdue reps come first, the most overdue on top, and there are some.
    const firstNotOverdue = overdue.indexOf(null)
    expect(firstNotOverdue).toBeGreaterThan(0)
    expect(overdue.slice(firstNotOverdue).every((days) => days === null)).toBe(true)
    const overdueDays = overdue.slice(0, firstNotOverdue) as number[]
    expect([...overdueDays].sort((a, b) => b - a)).toEqual(overdueDays)
    // Each rep's name is a link to their page.
    await expect.poll(() => page.locator('.team-table tbody th a').count()).toBe(6)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-demo')
  })

  it("opens a rep's page from their name, with open agreements of both owners", async () => {
    const { page } = app
    const firstRep = page.locator('.team-table tbody th a').first()
    const name = (await firstRep.textContent())!
    await firstRep.click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
    const agreements = page.getByRole('region', { name: 'Open agreements' })
    await agreements.waitFor()
    await expect.poll(() => agreements.getByRole('heading', { name: `Owned by ${name}` }).isVisible()).toBe(true)
    await expect.poll(() => agreements.getByRole('heading', { name: 'Owned by you' }).isVisible()).toBe(true)
    await expect.poll(() => agreements.locator('li').count()).toBeGreaterThan(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'rep-demo')
  })

  it('finds a word from the notes with Ctrl+K and shows it grouped by rep with the match marked', async () => {
    const { page } = app
    const dialog = await openSearchWithKeyboard(page)
    const box = dialog.getByRole('searchbox', { name: 'Search' })
    await box.waitFor()
    await box.fill('pricing')
    await dialog.locator('.search-group').first().waitFor()
    await expect.poll(() => dialog.locator('mark').first().textContent()).toMatch(/^pricing/i)
    await expect.poll(() => dialog.locator('.search-group h3').count()).toBeGreaterThan(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'search-demo')
    await box.fill('zzqxnomatch')
    await dialog.getByText('Nothing matches “zzqxnomatch”.').waitFor()
    await screenshot(page, 'search-empty')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
  })

  it('shows the data file in Settings and removes the demo team in one click (with a confirmation)', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await page.getByText(app.dbPath).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings-demo')
    await page.getByRole('button', { name: 'Remove demo team' }).click()
    await page.getByRole('button', { name: 'Yes, remove the demo team' }).click()
    await page.getByText(/The demo team was removed \(6 reps/).waitFor()
    await page.getByRole('link', { name: 'Team' }).first().click()
    await page.getByRole('button', { name: 'Explore with a demo team' }).waitFor()
    const left = app.host.database.db.prepare('SELECT count(*) AS n FROM reps').get() as { n: number }
    expect(left.n).toBe(0)
    expect(app.pageErrors).toEqual([])
  })
})

describe('dark theme', () => {
  let app: E2eApp
  beforeAll(async () => {
    app = await launchApp({ demo: true, colorScheme: 'dark' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('follows the system theme and stays accessible', async () => {
    const { page } = app
    await page.locator('.team-table tbody tr').first().waitFor()
    await expect.poll(() => page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(18, 22, 28)')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-demo-dark')
  })
})
