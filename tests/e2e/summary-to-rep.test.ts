// The summary screen and its exports are written to the rep: what we agreed first, what I owe you
// in my name, what carries over; my own read of the check-in goes out only when ticked.
import { readFileSync } from 'node:fs'
import { addDays, format } from 'date-fns'
import type { Download, Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd')
const MY_READ = 'Stretched thin, but upbeat about Globex'

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void]
  return readFileSync(await download.path(), 'utf8')
}

describe('the summary written to the rep', () => {
  let app: E2eApp
  let sessionId = 0
  beforeEach(async () => {
    app = await launchApp()
    const { page } = app
    await callApi(page, 'preferences.update', { yourName: 'Alex Morgan' })
    const rep = await callApi<Rep>(page, 'reps.create', { name: 'Dana Whitfield', email: 'dana@example.com', cadence: 'weekly' })
    const detail = await callApi<{ session: { id: number } }>(page, 'sessions.start', { repId: rep.id })
    sessionId = detail.session.id
    await callApi(page, 'sessions.updateCheckIn', { id: sessionId, pulse: 4, checkInText: MY_READ })
    await callApi(page, 'agreements.create', { sessionId, text: 'Book two discovery calls with Initech', owner: 'rep', dueDate: day(6) })
    await callApi(page, 'agreements.create', { sessionId, text: 'Get you a seat in the negotiation course', owner: 'manager', dueDate: day(4) })
    await callApi(page, 'sessions.finish', { id: sessionId })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('shows what we agreed, what I owe you in my name and what carries over first, and exports my read only when ticked', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${sessionId}/summary`)
    await page.getByRole('heading', { level: 1, name: 'Summary: 1:1 with Dana Whitfield' }).waitFor()
    const headings = page.locator('.summary h2')
    await expect.poll(() => headings.allTextContents().then((all) => all.slice(0, 4))).toEqual([
      'What we agreed — who, by when',
      'What I owe you — Alex Morgan',
      'What carries over',
      'How you’re doing'
    ])
    const agreed = page.getByRole('region', { name: 'What we agreed — who, by when' })
    await expect.poll(() => agreed.textContent()).toMatch(/Book two discovery calls with InitechYouby \d+ \w+ \d{4}/)
    await expect.poll(() => page.getByRole('region', { name: 'What I owe you — Alex Morgan' }).textContent()).toContain('Get you a seat in the negotiation course')
    await expect.poll(() => page.getByRole('region', { name: 'How you’re doing' }).textContent()).toContain('Your pulse: 4/5')
    // My read is on my screen, marked as not sent.
    await expect.poll(() => page.getByRole('region', { name: 'How you’re doing' }).textContent()).toContain(`My read · not sent unless you include it ${MY_READ}`)
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
        await page.setViewportSize({ width, height })
        await expect.poll(() => sidewaysOverflow(page)).toEqual([])
        await screenshot(page, `summary-to-rep-${colorScheme}-${width}`, { viewport: true })
      }
    }

    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export this 1:1' })
    const myRead = dialog.getByRole('checkbox', { name: 'Include my read of the check-in' })
    await expect.poll(() => myRead.isChecked()).toBe(false)
    const without = await downloaded(page, () => dialog.getByRole('button', { name: 'Download' }).click())
    expect(without).toMatch(/^# 1:1 with Dana Whitfield[^\n]*\n[\s\S]*?\n## What we agreed — who, by when\n\n- Book two discovery calls with Initech — You · by /)
    expect(without).toContain('## What I owe you — Alex Morgan\n\n- Get you a seat in the negotiation course — Me · by ')
    expect(without).not.toContain(MY_READ)
    await expect.poll(() => dialog.getByRole('link', { name: 'Email draft' }).getAttribute('href')).not.toContain(encodeURIComponent(MY_READ))

    await myRead.check()
    await dialog.getByText('Your one-line read of how they are doing goes in as “My read”.').waitFor()
    const withRead = await downloaded(page, () => dialog.getByRole('button', { name: 'Download' }).click())
    expect(withRead).toContain(`My read: ${MY_READ}`)
    await expect.poll(() => dialog.getByRole('link', { name: 'Email draft' }).getAttribute('href')).toContain(encodeURIComponent(`My read: ${MY_READ}`))
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'export-dialog-my-read')
    expect(app.pageErrors).toEqual([])
  })
})
