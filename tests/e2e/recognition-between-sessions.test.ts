// Recognition is given when the win happens: from the Rep screen and from Team, not only in a 1:1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import type { Rep } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

/** Team's Recognised column (the rep is the row header; then next 1:1, last 1:1, agreements, follow-through, goals). */
const recognisedCell = (row: Locator) => row.locator('td').nth(5)

describe('recognition between 1:1s', () => {
  let app: E2eApp
  let rep: Rep
  beforeEach(async () => {
    app = await launchApp()
    rep = await callApi<Rep>(app.page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    await callApi(app.page, 'reps.create', { name: 'Sam Quiet', cadence: 'weekly' })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('recognises a rep from the Rep screen: the dialog asks for something specific and the log and facts show it', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    await page.getByRole('heading', { level: 1, name: 'Dana Whitfield' }).waitFor()
    await page.getByRole('button', { name: 'Recognise', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Recognise Dana Whitfield' })
    await dialog.getByRole('button', { name: 'Save recognition' }).click()
    await dialog.getByRole('alert').waitFor()
    await dialog.getByLabel('What you recognise').fill('Saved the Globex renewal')
    await dialog.getByLabel('The behaviour behind it (optional)').fill('Called the champion the same day the risk showed up')
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await screenshot(page, `recognize-dialog-${colorScheme}-1280`, { viewport: true })
    }
    await dialog.getByRole('button', { name: 'Save recognition' }).click()
    await page.getByRole('status').filter({ hasText: 'Recognised Dana Whitfield: “Saved the Globex renewal”.' }).waitFor()
    await expect.poll(() => page.locator('.facts').textContent()).toMatch(/Last recognised\s*Today/)
    await page.getByRole('tab', { name: 'Recognition' }).click()
    await page.getByRole('tabpanel').getByText('Saved the Globex renewal').waitFor()
    expect(app.pageErrors).toEqual([])
  })

  it('recognises a rep from Team, on the right row, and the Recognised column says Today', async () => {
    const { page } = app
    // The first screen loaded before the reps were added: load Team afresh.
    await page.goto(`${app.host.url}#/team`)
    await page.reload()
    const row = page.locator('.team-table tbody tr', { hasText: 'Dana Whitfield' })
    await row.waitFor()
    await expect.poll(() => recognisedCell(row).textContent()).toBe('Never')
    await row.getByRole('button', { name: 'Recognise Dana Whitfield' }).click()
    const dialog = page.getByRole('dialog', { name: 'Recognise Dana Whitfield' })
    await dialog.getByLabel('What you recognise').fill('First multi-threaded deal')
    await dialog.getByRole('button', { name: 'Save recognition' }).click()
    await page.getByRole('status').filter({ hasText: 'Recognised Dana Whitfield' }).waitFor()
    await expect.poll(() => recognisedCell(row).textContent()).toBe('Today')
    const other = page.locator('.team-table tbody tr', { hasText: 'Sam Quiet' })
    await expect.poll(() => recognisedCell(other).textContent()).toBe('Never')
  })

  it('fits Team with its Recognise buttons at 1280 and 1024 px, light and dark', async () => {
    const { page } = app
    await callApi(page, 'recognitions.give', { repId: rep.id, what: 'First multi-threaded deal' })
    // The first screen loaded before the reps were added: load Team afresh.
    await page.goto(`${app.host.url}#/team`)
    await page.reload()
    const row = page.locator('.team-table tbody tr', { hasText: 'Dana Whitfield' })
    await row.waitFor()
    await expect.poll(() => recognisedCell(row).textContent()).toBe('Today')
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
        await page.setViewportSize({ width, height })
        await expect.poll(() => sidewaysOverflow(page)).toEqual([])
        await screenshot(page, `team-recognise-${colorScheme}-${width}`, { viewport: true })
      }
    }
  })
})
