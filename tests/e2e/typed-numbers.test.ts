// Numbers typed into the goal form and the check-in field are read the way the person's locale
// writes them: "12,5" is 12.5 in German and refused in US English (it was saved as 125).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import type { RepGoals } from '../../src/shared/goals'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openRep } from './support/page-helpers'

async function openGoals(page: Page, rep: Rep): Promise<void> {
  await openRep(page, rep)
  await page.getByRole('tab', { name: 'Goals' }).click()
}

describe('typed numbers in the person’s locale', () => {
  let app: E2eApp
  let german: Page
  beforeAll(async () => {
    app = await launchApp()
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' })
    german = await context.newPage()
    await german.goto(app.host.openUrl)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('refuses "12,5" as a US target with both readings, instead of saving 125', async () => {
    const { page } = app
    const rep = await callApi<Rep>(page, 'reps.create', { name: 'Avery Stone', cadence: 'weekly' })
    await openGoals(page, rep)
    await page.getByRole('button', { name: 'New goal' }).click()
    const dialog = page.getByRole('dialog', { name: 'New goal' })
    await dialog.getByLabel('Title').fill('Discovery calls')
    await dialog.getByLabel('Unit').selectOption('count')
    await dialog.getByLabel('Target').fill('12,5')
    await dialog.getByLabel('Target').press('Enter')
    await dialog.getByText('The target “12,5” could be 12.5 or 125: here, numbers are written like 1,234.5.').waitFor()
    await expect.poll(() => dialog.getByLabel('Target').getAttribute('aria-invalid')).toBe('true')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'typed-numbers-us-ambiguous')
    expect((await callApi<RepGoals>(page, 'goals.list', { repId: rep.id })).active).toEqual([])
    await dialog.getByLabel('Target').fill('12.5')
    await dialog.getByLabel('Target').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(async () => (await callApi<RepGoals>(page, 'goals.list', { repId: rep.id })).active.map((item) => item.goal.target)).toEqual([12.5])
  })

  it('reads a German amount with its € sign and shows it again the German way for editing', async () => {
    const rep = await callApi<Rep>(german, 'reps.create', { name: 'Lena Vogel', cadence: 'weekly' })
    await openGoals(german, rep)
    await german.getByRole('button', { name: 'New goal' }).click()
    const dialog = german.getByRole('dialog', { name: 'New goal' })
    await dialog.getByLabel('Title').fill('Pipeline')
    await dialog.getByLabel('Unit').selectOption('currency')
    await dialog.getByLabel('Currency code').fill('EUR')
    await dialog.getByLabel('Baseline').fill('1.000')
    await dialog.getByLabel('Target').fill('12.500,5 €')
    await dialog.getByLabel('Target').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    const goals = async () => (await callApi<RepGoals>(german, 'goals.list', { repId: rep.id })).active.map((item) => [item.goal.baseline, item.goal.target, item.goal.currency])
    await expect.poll(goals).toEqual([[1000, 12500.5, 'EUR']])

    await german.getByRole('region', { name: 'Pipeline' }).getByRole('button', { name: 'Edit' }).click()
    const edit = german.getByRole('dialog', { name: 'Edit goal' })
    await expect.poll(() => edit.getByLabel('Target').inputValue()).toBe('12500,5')
    await screenshot(german, 'typed-numbers-german-edit')
    await edit.getByLabel('Target').press('Enter')
    await edit.waitFor({ state: 'hidden' })
    await expect.poll(goals).toEqual([[1000, 12500.5, 'EUR']])
  })

  it('reads the check-in value "12,5" as 12.5 in German and refuses it in US English', async () => {
    const rep = await callApi<Rep>(german, 'reps.create', { name: 'Jonas Berg', cadence: 'weekly' })
    await callApi(german, 'goals.create', { repId: rep.id, title: 'Demos', metric: 'Demos held', unit: 'count', target: 40 })
    const detail = await callApi<SessionDetail>(german, 'sessions.start', { repId: rep.id })
    const section = detail.sections.findIndex((candidate) => candidate.kind === 'goal_review') + 1

    await app.page.goto(`${app.host.url}#/session/${detail.session.id}?section=${section}`)
    const usValue = app.page.locator('.goal-review__item').first().getByLabel('New value')
    await usValue.fill('12,5')
    await app.page.getByText('The new value “12,5” could be 12.5 or 125').waitFor()
    await screenshot(app.page, 'typed-numbers-us-check-in')
    await app.page.setViewportSize({ width: 1024, height: 640 })
    await app.page.emulateMedia({ colorScheme: 'dark' })
    expect(await seriousAxeViolations(app.page)).toEqual([])
    await screenshot(app.page, 'typed-numbers-us-check-in-1024-dark')
    await app.page.setViewportSize({ width: 1280, height: 800 })
    await app.page.emulateMedia({ colorScheme: 'light' })

    await german.goto(`${app.host.url}#/session/${detail.session.id}?section=${section}`)
    const germanValue = german.locator('.goal-review__item').first().getByLabel('New value')
    await germanValue.fill('12,5')
    await germanValue.blur()
    await expect
      .poll(async () => (await callApi<SessionDetail>(german, 'sessions.get', { id: detail.session.id })).goalReview.map((row) => row.checkIn?.value ?? null))
      .toEqual([12.5])
  })
})
