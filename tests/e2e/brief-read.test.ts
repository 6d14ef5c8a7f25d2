// The Brief as a two-minute read (issue 16, "the common path", item 2): for a typical demo rep it
// fits one 1280×800 screen — what each side owes, points to raise that do not repeat the
// agreements, the goals that moved and the recognition gap — with the history on the Timeline.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RepBrief } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openRep } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

const bottomOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => (element as unknown as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect().bottom)

describe('the Brief, a two-minute read', () => {
  let app: E2eApp
  let rep: { id: number; name: string }
  beforeAll(async () => {
    app = await launchApp({ demo: true })
    const { page } = app
    const firstRep = page.locator('.team-table tbody th a').first()
    await firstRep.waitFor()
    const href = (await firstRep.getAttribute('href'))!
    rep = { id: Number(href.match(/rep\/(\d+)/)![1]), name: (await firstRep.textContent())! }
  })
  afterAll(async () => {
    await app?.close()
  })

  it('fits one 1280×800 screen: what each side owes, points to raise, goals that moved, the recognition gap', async () => {
    const { page } = app
    await openRep(page, rep)
    const agreements = page.getByRole('region', { name: 'Open agreements' })
    await agreements.waitFor()
    await page.getByRole('region', { name: 'Suggested talking points' }).waitFor()
    await page.getByRole('region', { name: 'Goals since the last 1:1' }).waitFor()
    await page.getByRole('region', { name: 'Recognition' }).waitFor()
    await expect.poll(() => page.getByRole('region', { name: 'Recognition' }).textContent()).toMatch(/Last recognised \d+ days ago|Never recognised/)
    // The read ends above the window's bottom edge.
    await expect.poll(() => bottomOf(page, '.brief-grid')).toBeLessThanOrEqual(800)
    // History is on the Timeline, not here.
    await expect.poll(() => page.getByRole('region', { name: 'Last 1:1', exact: true }).count()).toBe(0)
    await expect.poll(() => page.getByRole('region', { name: 'Pulse and recognition' }).count()).toBe(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'brief-read-1280-light', { viewport: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'brief-read-1280-dark', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 1024, height: 640 })
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    await screenshot(page, 'brief-read-1024-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await screenshot(page, 'brief-read-1024-light')
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('does not repeat the agreements among the points to raise', async () => {
    const { page } = app
    await openRep(page, rep)
    const brief = await callApi<RepBrief>(page, 'reps.brief', { id: rep.id })
    const followUps = brief.suggestions.filter((suggestion) => suggestion.kind === 'follow_up')
    expect(followUps.length).toBeGreaterThan(0)
    const points = page.getByRole('region', { name: 'Suggested talking points' })
    await expect.poll(() => points.locator('li').count()).toBe(brief.suggestions.length - followUps.length)
    for (const followUp of followUps) await expect.poll(() => points.getByText(followUp.text).count()).toBe(0)
    // Each agreement is in "Open agreements", once.
    const agreements = page.getByRole('region', { name: 'Open agreements' })
    for (const agreement of [...brief.agreements.rep, ...brief.agreements.manager]) await expect.poll(() => agreements.getByText(agreement.text, { exact: true }).count()).toBe(1)
  })

  it('prints the whole read', async () => {
    const { page } = app
    await openRep(page, rep)
    await page.getByRole('region', { name: 'Open agreements' }).waitFor()
    await page.emulateMedia({ media: 'print' })
    for (const name of ['Open agreements', 'Suggested talking points', 'Goals since the last 1:1', 'Recognition']) await expect.poll(() => page.getByRole('region', { name }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: 'Print the brief' }).isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
  })
})
