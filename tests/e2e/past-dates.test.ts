// A date in the past is asked about before it is used, as agreements' due dates already are:
// planning a 1:1 and setting a rep's next 1:1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, RepDetail } from '../../src/shared/domain'
import { callApi as call, openRep } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

describe('dates in the past', () => {
  let app: E2eApp
  let rep: Rep

  beforeAll(async () => {
    app = await launchApp()
    rep = await call<Rep>(app.page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('asks before planning a 1:1 in the past', async () => {
    const { page } = app
    await openRep(page, rep)
    const panel = page.getByRole('region', { name: 'Plan 1:1' })
    await panel.getByLabel('Date').fill('2020-05-06')
    await panel.getByRole('button', { name: 'Plan 1:1' }).click()
    const question = panel.getByRole('group', { name: 'This date is in the past — plan the 1:1 for it anyway?' })
    await question.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'plan-past-date')
    expect((await call<RepDetail>(page, 'reps.get', { id: rep.id })).recentSessions).toEqual([])

    await question.getByRole('button', { name: 'Change the date' }).click()
    await expect.poll(() => question.count()).toBe(0)
    await panel.getByRole('button', { name: 'Plan 1:1' }).click()
    await question.getByRole('button', { name: 'Plan it anyway' }).click()
    await page.getByRole('link', { name: /6 May 2020, planned/ }).waitFor()
  })

  it('asks before setting a rep’s next 1:1 in the past', async () => {
    const { page } = app
    await openRep(page, rep)
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `Edit ${rep.name}` })
    await dialog.getByLabel('Next 1:1').fill('2020-01-15')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    const question = dialog.getByRole('group', { name: 'The next 1:1 date is in the past — keep it?' })
    await question.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'rep-next-session-past-date')
    expect((await call<RepDetail>(page, 'reps.get', { id: rep.id })).rep.nextSessionDate).not.toBe('2020-01-15')

    // Escape closes the question, not the dialog.
    await page.keyboard.press('Escape')
    await expect.poll(() => question.count()).toBe(0)
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await question.getByRole('button', { name: 'Keep it' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect((await call<RepDetail>(page, 'reps.get', { id: rep.id })).rep.nextSessionDate).toBe('2020-01-15')
  })
})
