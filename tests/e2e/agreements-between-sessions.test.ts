// Agreements live between 1:1s: from the Agreements ledger and the Brief a manager marks one done,
// moves its due date or hands it over, and sees who changed what, when.
import { addDays, format } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd')

describe('agreements between 1:1s', () => {
  let app: E2eApp
  let rep: Rep
  beforeEach(async () => {
    app = await launchApp()
    const { page } = app
    await callApi(page, 'preferences.update', { yourName: 'Alex Morgan' })
    rep = await callApi<Rep>(page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    const detail = await callApi<{ session: { id: number } }>(page, 'sessions.start', { repId: rep.id })
    await callApi(page, 'agreements.create', { sessionId: detail.session.id, text: 'Send the Globex deck to procurement', owner: 'rep', dueDate: day(-3) })
    await callApi(page, 'agreements.create', { sessionId: detail.session.id, text: 'Book the negotiation course', owner: 'manager', dueDate: day(5) })
    await callApi(page, 'sessions.finish', { id: detail.session.id })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('marks done, reopens, moves the due date and hands over from the ledger, with the history shown', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}/agreements`)
    const line = page.locator('.ledger-row', { hasText: 'Send the Globex deck' })
    await line.getByText(/Overdue by 3 days/).waitFor()

    await line.getByRole('button', { name: /^Mark done/ }).click()
    await line.locator('.status', { hasText: 'Done' }).waitFor()
    await line.getByRole('button', { name: /^History/ }).click()
    await expect.poll(() => line.getByRole('list', { name: /^Changes to/ }).textContent()).toMatch(/Alex Morgan marked it done/)

    await line.getByRole('button', { name: /^Reopen/ }).click()
    await line.locator('.status', { hasText: 'Open' }).waitFor()
    await line.getByRole('button', { name: /^Change due date or owner/ }).click()
    const form = line.getByRole('form', { name: /^Change/ })
    await form.getByLabel('Due', { exact: true }).fill(day(7))
    await form.getByLabel('Owner').selectOption('manager')
    await form.getByRole('button', { name: 'Save change' }).click()
    await expect.poll(() => line.textContent()).toMatch(/Open Due \d+ \w+ \d{4}/)
    await expect.poll(() => line.locator('.owner').textContent()).toContain('You')
    await expect.poll(() => line.getByRole('list', { name: /^Changes to/ }).locator('li').allTextContents()).toEqual([
      expect.stringMatching(/Alex Morgan marked it done$/),
      expect.stringMatching(/Alex Morgan reopened it$/),
      expect.stringMatching(new RegExp(`Alex Morgan moved the due date from .+ to .+$`)),
      expect.stringMatching(/Alex Morgan handed it from Dana Whitfield to you$/)
    ])
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
        await page.setViewportSize({ width, height })
        await expect.poll(() => sidewaysOverflow(page)).toEqual([])
        await screenshot(page, `agreements-ledger-history-${colorScheme}-${width}`)
      }
    }
    expect(app.pageErrors).toEqual([])
  })

  it('asks before a past due date, and marks an agreement done from the Brief, which then drops it', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    const agreements = page.getByRole('region', { name: 'Open agreements' })
    const line = agreements.getByRole('listitem').filter({ hasText: 'Book the negotiation course' })
    await line.waitFor()
    await line.getByRole('button', { name: /^Change due date or owner/ }).click()
    await line.getByLabel('Due', { exact: true }).fill(day(-2))
    await line.getByRole('button', { name: 'Save change' }).click()
    await line.getByRole('group', { name: 'This date is in the past — keep it?' }).waitFor()
    await line.getByRole('button', { name: 'Change the date' }).click()
    await line.getByLabel('Due', { exact: true }).fill(day(2))
    await line.getByRole('button', { name: 'Save change' }).click()
    await expect.poll(() => line.getByRole('form').count()).toBe(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
        await page.setViewportSize({ width, height })
        await expect.poll(() => sidewaysOverflow(page)).toEqual([])
        await screenshot(page, `brief-agreement-controls-${colorScheme}-${width}`)
      }
    }
    await line.getByRole('button', { name: /^Mark done/ }).click()
    await expect.poll(() => agreements.getByText('Book the negotiation course').count()).toBe(0)
    const history = await callApi<Array<{ field: string; changedBy: string }>>(page, 'agreements.history', { id: (await callApi<Array<{ id: number; text: string }>>(page, 'reps.agreements', { repId: rep.id })).find((entry) => entry.text === 'Book the negotiation course')!.id })
    expect(history.map((change) => [change.field, change.changedBy])).toEqual([['due_date', 'Alex Morgan'], ['status', 'Alex Morgan']])
  })
})
