// Team, dense and quick (issue 16, "the common path", item 1): one line per rep at 1280 px, the
// reps due today or overdue grouped first, the row's actions on hover or focus, N starts the next
// due 1:1, the first Start within 15 Tab stops, and eight reps on one 1280×800 screen.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

const repRows = (page: Page) => page.locator('.team-table tbody tr.team-row')

/** The demo's six reps and two more: a team of eight. */
async function eightReps(app: E2eApp): Promise<void> {
  await callApi(app.page, 'reps.create', { name: 'Lena Fischer', cadence: 'weekly', role: 'Account Executive', nextSessionDate: '2099-01-10' })
  await callApi(app.page, 'reps.create', { name: 'Omar Haddad', cadence: 'biweekly', role: 'Sales Development Representative', nextSessionDate: '2099-01-12' })
  await app.page.reload()
  await expect.poll(() => repRows(app.page).count()).toBe(8)
}

/** Presses Tab from the top of the page until a "Start" button has the focus; returns how many presses it took. */
async function tabStopsToFirstStart(page: Page): Promise<number> {
  await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)')
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press('Tab')
    const name = (await page.evaluate("(document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim()")) as string
    if (/^Start\b/.test(name)) return presses
  }
  return Infinity
}

describe('Team, dense and quick', () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    await repRows(app.page).first().waitFor()
  })
  afterEach(async () => {
    await app?.close()
  })

  it('fits eight reps on one 1280×800 screen, one line each, due reps grouped first', async () => {
    const { page } = app
    await eightReps(app)
    const groups = page.locator('.team-table tbody tr.team-group')
    await expect.poll(() => groups.allTextContents()).toEqual([expect.stringMatching(/^Today and overdue \d+$/), expect.stringMatching(/^Later \d+$/)])
    // Every rep under "Today and overdue" is overdue or due today; none under "Later" is.
    const firstGroupSize = Number((await groups.first().textContent())!.match(/\d+$/)![0])
    const dueTexts = await repRows(page).locator('td:nth-child(2)').allTextContents()
    expect(dueTexts.slice(0, firstGroupSize).every((text) => /^(Overdue|Today)/.test(text))).toBe(true)
    expect(dueTexts.slice(firstGroupSize).some((text) => /^(Overdue|Today)/.test(text))).toBe(false)
    // One line per rep, and the last of the eight ends above the window's bottom edge.
    const heights = await repRows(page).evaluateAll((rows) => rows.map((row) => (row as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height))
    for (const height of heights) expect(height).toBeLessThan(48)
    const lastBottom = await repRows(page).last().evaluate((row) => (row as unknown as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect().bottom)
    expect(lastBottom).toBeLessThanOrEqual(800)
    expect(await seriousAxeViolations(page)).toEqual([])
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    await screenshot(page, 'team-dense-1280-light', { viewport: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-dense-1280-dark', { viewport: true })
    await page.setViewportSize({ width: 1024, height: 640 })
    await screenshot(page, 'team-dense-1024-dark', { viewport: true })
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    // Still one line per rep at 1024 px: the sidebar is a bar across the top there.
    await expect.poll(() => page.locator('.sidebar').evaluate((bar) => (bar as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height)).toBeLessThan(60)
    for (const height of await repRows(page).evaluateAll((rows) => rows.map((row) => (row as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height))) expect(height).toBeLessThan(48)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    await screenshot(page, 'team-dense-1024-light', { viewport: true })
  })

  it('shows a row’s actions on hover and on focus, Start at once for a rep who is due', async () => {
    const { page } = app
    await eightReps(app)
    const laterRow = repRows(page).last()
    const name = (await laterRow.locator('.rep-link').textContent())!
    const edit = page.getByRole('button', { name: `Edit ${name}` })
    const opacity = () => edit.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(element).opacity)
    await expect.poll(opacity).toBe('0')
    await laterRow.hover()
    await expect.poll(opacity).toBe('1')
    await page.mouse.move(0, 0)
    await expect.poll(opacity).toBe('0')
    await edit.focus()
    await expect.poll(opacity).toBe('1')
    // The most overdue rep's Start shows without hovering.
    const firstName = (await repRows(page).first().locator('.rep-link').textContent())!
    const start = page.getByRole('button', { name: `Start 1:1 with ${firstName}` })
    await page.mouse.move(0, 0)
    await edit.blur()
    await expect.poll(() => start.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(element).opacity)).toBe('1')
  })

  it('reaches a Start button in fewer than 15 Tab stops and starts the next due 1:1 with N', async () => {
    const { page } = app
    expect(await tabStopsToFirstStart(page)).toBeLessThan(15)
    const nextButton = page.getByRole('button', { name: /^Start next 1:1: / })
    await expect.poll(() => nextButton.getAttribute('aria-keyshortcuts')).toBe('N')
    const firstName = (await repRows(page).first().locator('.rep-link').textContent())!
    await expect.poll(() => nextButton.textContent()).toContain(firstName)
    // N typed in a field is text, not the shortcut.
    const filter = page.getByRole('combobox', { name: /^Show/ })
    await filter.focus()
    await page.keyboard.press('n')
    await expect.poll(() => filter.inputValue()).toBe('all')
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Team' }).isVisible()).toBe(true)
    await filter.blur()
    await page.keyboard.press('n')
    await page.getByRole('heading', { level: 1, name: `1:1 with ${firstName}` }).waitFor()
    // Back on Team, the same rep's 1:1 is now resumed by the same key.
    await page.goto(`${app.host.url}#/team`)
    await expect.poll(() => nextButton.count()).toBe(0)
    await page.getByRole('button', { name: `Resume next 1:1: ${firstName}` }).waitFor()
  })
})
