// A 1:1 by keyboard (issue 16, "the common path", items 3 and 5): the Brief's suggested points are
// on the live agenda to accept (A) or dismiss (X); J/K move through every review list, D/M/C/X
// decide an agreement and move on; no key fires while typing; the "?" overlay lists the keys; the
// section rail and the sidebar collapse at 1024 px.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RepBrief, SessionDetail, TeamMember } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, isActiveElement } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

async function openSection(page: Page, sessionId: number, section: number, title: string): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/session/${sessionId}?section=${section}`)
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor()
}

describe('a 1:1 by keyboard', () => {
  let app: E2eApp
  let repId: number
  let sessionId: number
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    await app.page.locator('.team-table tbody tr').first().waitFor()
    const team = await callApi<TeamMember[]>(app.page, 'reps.list', {})
    repId = team.find((member) => member.name === 'Daniel Reyes')!.id
    sessionId = (await callApi<SessionDetail>(app.page, 'sessions.start', { repId })).session.id
  })
  afterEach(async () => {
    await app?.close()
  })

  it('offers the Brief’s suggested points on the agenda: A accepts, X dismisses, and the focus moves on', async () => {
    const { page } = app
    const brief = await callApi<RepBrief>(page, 'reps.brief', { id: repId })
    await openSection(page, sessionId, 2, 'Agenda')
    const suggestions = page.getByRole('list', { name: 'Suggested talking points' }).getByRole('listitem')
    await expect.poll(() => suggestions.count()).toBeGreaterThan(1)
    const offered = await suggestions.locator('.item__text').allTextContents()
    // Not the follow-ups on agreements (reviewed in their own section), all from the Brief.
    for (const text of offered) expect(brief.suggestions.some((suggestion) => suggestion.text === text && suggestion.kind !== 'follow_up')).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-suggestions-1280-light', { viewport: true })
    await page.keyboard.press('j')
    await expect.poll(() => suggestions.nth(0).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('x')
    await expect.poll(() => page.getByRole('list', { name: 'Suggested talking points' }).getByText(offered[0]!, { exact: true }).count()).toBe(0)
    // The focus is on the next suggestion: A puts it on the agenda.
    await expect.poll(() => page.evaluate("document.activeElement?.querySelector('.item__text')?.textContent")).toBe(offered[1])
    await page.keyboard.press('a')
    const agenda = page.getByRole('list', { name: 'Talking points' })
    await expect.poll(async () => Promise.all((await agenda.getByRole('textbox').all()).map((box) => box.inputValue()))).toContain(offered[1])
    const onAgenda = await callApi<SessionDetail>(page, 'sessions.get', { id: sessionId })
    expect(onAgenda.agenda.map((point) => point.text)).toContain(offered[1])
    expect(onAgenda.agenda.map((point) => point.text)).not.toContain(offered[0])
  })

  it('moves through agreements with J/K; D, C and X decide one and move on; keys typed in a field stay text', async () => {
    const { page } = app
    await openSection(page, sessionId, 4, 'Last agreements')
    const items = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li')
    await expect.poll(() => items.count()).toBeGreaterThan(2)
    await page.keyboard.press('j')
    await expect.poll(() => items.nth(0).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('j')
    await expect.poll(() => items.nth(1).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('k')
    await expect.poll(() => items.nth(0).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('x')
    await expect.poll(() => items.nth(0).getByRole('button', { name: 'Drop' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => items.nth(1).evaluate(isActiveElement)).toBe(true)
    // M asks why: the focus goes to the reason, where letters are text, not shortcuts.
    await page.keyboard.press('m')
    const reason = items.nth(1).getByRole('textbox', { name: 'Why was it missed?' })
    await expect.poll(() => reason.evaluate(isActiveElement)).toBe(true)
    await page.keyboard.type('Jdck')
    await expect.poll(() => reason.inputValue()).toBe('Jdck')
    await expect.poll(() => items.nth(1).getByRole('button', { name: 'Missed' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => items.nth(1).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('false')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-agreements-keys-1280-light', { viewport: true })
  })

  it('moves with J/K in the goal review too, and lists the keys in the "?" overlay', async () => {
    const { page } = app
    await openSection(page, sessionId, 3, 'Goal review')
    const goals = page.locator('.goal-review > li')
    await expect.poll(() => goals.count()).toBeGreaterThan(1)
    await page.keyboard.press('j')
    await expect.poll(() => goals.nth(0).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('j')
    await expect.poll(() => goals.nth(1).evaluate(isActiveElement)).toBe(true)
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const reviewKeys = help.getByRole('region', { name: 'Review lists (agreements, goals, points…)' })
    await expect.poll(() => reviewKeys.textContent()).toContain('Next item')
    await expect.poll(() => reviewKeys.textContent()).toContain('Previous item')
    await expect.poll(() => help.getByRole('region', { name: 'Suggested points' }).textContent()).toContain('Accept the suggested point')
    await expect.poll(() => help.getByRole('region', { name: 'On Team' }).textContent()).toContain('Start (or resume) the next due 1:1')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('collapses the section rail and the sidebar at 1024 px, light and dark', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1024, height: 640 })
    await openSection(page, sessionId, 4, 'Last agreements')
    const rail = page.getByRole('navigation', { name: 'Sections' })
    await expect.poll(() => rail.evaluate((element) => (element as unknown as { getBoundingClientRect(): { width: number } }).getBoundingClientRect().width)).toBeLessThan(60)
    // The rail's buttons keep their section names.
    await rail.getByRole('button', { name: /^4 Last agreements 0\/3, 0 of 3 reviewed$/ }).waitFor()
    await expect.poll(() => page.locator('.sidebar').evaluate((bar) => (bar as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height)).toBeLessThan(60)
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-1024-light', { viewport: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await openSection(page, sessionId, 2, 'Agenda')
    await page.getByRole('list', { name: 'Suggested talking points' }).waitFor()
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-1024-dark', { viewport: true })
    await page.setViewportSize({ width: 1280, height: 800 })
    await screenshot(page, 'session-1280-dark', { viewport: true })
  }, 180_000)
})
