// Reviewing last agreements: "Carry forward" proposes a new due date (the next 1:1) instead of
// leaving the agreement overdue, and an agreement marked done is never shown overdue.
import { format, subDays } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call, waitForSaved } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const CARRIED = 'Send the Globex proposal'
const DONE = 'Book the pricing workshop'
const lastWeek = () => format(subDays(new Date(), 6), 'yyyy-MM-dd')

describe('carrying an agreement forward', () => {
  let app: E2eApp
  let rep: Rep
  let second: SessionDetail

  beforeAll(async () => {
    app = await launchApp()
    const { page } = app
    rep = await call<Rep>(page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    const first = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await call(page, 'agreements.create', { sessionId: first.session.id, text: CARRIED, owner: 'rep', dueDate: lastWeek() })
    await call(page, 'agreements.create', { sessionId: first.session.id, text: DONE, owner: 'rep', dueDate: lastWeek() })
    await call(page, 'sessions.finish', { id: first.session.id })
    second = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('proposes the next 1:1 as the new due date, and a done agreement no longer reads overdue', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${second.session.id}?section=4`)
    await page.getByRole('heading', { level: 2, name: 'Last agreements' }).waitFor()
    const rows = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li')
    const carried = rows.filter({ hasText: CARRIED })
    const done = rows.filter({ hasText: DONE })
    await expect.poll(() => carried.textContent()).toContain('Overdue since')

    await carried.getByRole('button', { name: 'Carry forward' }).click()
    const newDue = carried.getByLabel('New due date')
    await expect.poll(() => newDue.inputValue()).toBe(second.suggestedDueDate)
    await expect.poll(() => carried.textContent()).not.toContain('Overdue')

    // Taken back, the agreement has its old due date again; carried forward again, the new one.
    await carried.getByRole('button', { name: 'Carry forward' }).click()
    await expect.poll(() => carried.textContent()).toContain('Overdue since')
    await waitForSaved(page)
    const takenBack = await call<SessionDetail>(page, 'sessions.get', { id: second.session.id })
    expect(takenBack.lastAgreements.find((agreement) => agreement.text === CARRIED)?.dueDate).toBe(lastWeek())
    await carried.getByRole('button', { name: 'Carry forward' }).click()
    await expect.poll(() => newDue.inputValue()).toBe(second.suggestedDueDate)

    await done.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => done.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => done.textContent()).not.toContain('Overdue')
    await waitForSaved(page)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'carry-forward-new-due-date')

    // A different date can be chosen; one in the past is asked about first.
    await newDue.fill('2020-01-15')
    await newDue.blur()
    const confirm = carried.getByRole('group', { name: 'This date is in the past — keep it?' })
    await confirm.getByRole('button', { name: 'Change the date' }).click()
    await expect.poll(() => newDue.inputValue()).toBe(second.suggestedDueDate)

    // The brief agrees: nothing of the rep's is overdue any more.
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    const openAgreements = page.getByRole('region', { name: 'Open agreements' })
    await openAgreements.getByText(CARRIED).waitFor()
    await expect.poll(() => openAgreements.textContent()).not.toContain('Overdue')
  })
})
