import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openRep } from './support/page-helpers'

describe('first launch and managing reps', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp()
  })
  afterEach(async () => {
    await app?.close()
  })

  it('offers "Add rep" and "Explore with a demo team" on an empty database', async () => {
    const { page } = app
    await expect.poll(() => page.getByRole('heading', { name: 'Team', level: 1 }).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Explore with a demo team' }).waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'Add rep' }).isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'first-launch')
  })

  it('offers "Import your team" beside "Add rep", which opens the roster import and adds the reps', async () => {
    const { page } = app
    const importTeam = page.getByRole('link', { name: 'Import your team' })
    await importTeam.waitFor()
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
        await page.setViewportSize({ width, height })
        await expect.poll(() => importTeam.isVisible()).toBe(true)
        await screenshot(page, `first-launch-${colorScheme}-${width}`)
      }
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await importTeam.click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await expect.poll(() => page.getByRole('tab', { name: 'Rep roster' }).getAttribute('aria-selected')).toBe('true')
    await page.getByLabel('Choose a roster CSV').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: readFileSync(join('tests', 'fixtures', 'imports', 'roster.csv')) })
    await page.getByRole('button', { name: 'Add 4 reps' }).click()
    await page.getByText(/^Added 4 reps to your team/).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    await page.locator('.team-table').getByText('Lena Fischer').waitFor()
  })

  it('refuses an empty name with a message next to the field, and keeps the dialog open', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Add rep' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add rep' })
    await dialog.waitFor()
    await dialog.getByLabel('Email').fill('not an email')
    await dialog.getByRole('button', { name: 'Save rep' }).click()
    const name = dialog.getByLabel('Name')
    await dialog.getByText('A name is required.').waitFor()
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    // The message is tied to the field for screen readers.
    const describedBy = (await name.getAttribute('aria-describedby')) ?? ''
    await expect.poll(() => page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('A name is required.')
    await expect.poll(() => dialog.getByText(/Enter an email address/).isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'add-rep-errors')
    // Nothing was saved.
    const status = await page.evaluate(async () => (await (await fetch('/api/app.status', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Kept': '1' }, body: '{}' })).json()) as { value: { repCount: number } })
    expect(status.value.repCount).toBe(0)
  })

  it('adds a rep from the keyboard and opens their page', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Add rep' }).click()
    const dialog = page.getByRole('dialog', { name: 'Add rep' })
    await dialog.getByLabel('Name').fill('Maximilian Alexander Fitzgerald-Oyelaran de la Cruz y Montenegro')
    await dialog.getByLabel('Email').fill('max@example.com')
    await dialog.getByLabel('Role').fill('Senior Account Executive, Strategic Accounts EMEA')
    await dialog.getByLabel('1:1 cadence').selectOption('weekly')
    await dialog.getByLabel('Next 1:1').fill('2026-01-05')
    await dialog.getByLabel('Team and tags').fill('Enterprise, EMEA')
    await dialog.getByLabel('Team and tags').press('Enter')
    // The next 1:1 is in the past on purpose (an overdue 1:1): asked, and kept.
    await dialog.getByRole('group', { name: 'The next 1:1 date is in the past — keep it?' }).getByRole('button', { name: 'Keep it' }).click()
    await page.getByRole('heading', { level: 1, name: /Maximilian Alexander/ }).waitFor()
    await expect.poll(() => page.url()).toMatch(/#\/rep\/\d+$/)
    await expect.poll(() => page.getByText('Senior Account Executive, Strategic Accounts EMEA').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('list', { name: 'Tags' }).textContent()).toBe('EMEAEnterprise')
    await expect.poll(() => page.getByText('No goals yet.').isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'rep-new-empty')
  })

  it('edits the rep, and the Team screen shows the change with an overdue 1:1', async () => {
    const { page } = app
    const rep = await callApi<Rep>(page, 'reps.create', { name: 'Maximilian Alexander Fitzgerald-Oyelaran de la Cruz y Montenegro', cadence: 'weekly', nextSessionDate: '2026-01-05' })
    await openRep(page, rep)
    await page.getByRole('button', { name: 'Edit', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: /^Edit / })
    await dialog.getByLabel('Name').fill('Max Montenegro')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await page.getByRole('heading', { level: 1, name: 'Max Montenegro' }).waitFor()

    await page.getByRole('link', { name: 'Team' }).first().click()
    const link = page.getByRole('link', { name: 'Max Montenegro' })
    await link.waitFor()
    const row = page.getByRole('row', { name: /Max Montenegro/ })
    await expect.poll(() => row.textContent()).toMatch(/Overdue by \d+ days/)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-one-rep')
  })

  it('archives a rep and restores it from "Show archived"', async () => {
    const { page } = app
    await callApi<Rep>(page, 'reps.create', { name: 'Max Montenegro', cadence: 'weekly', nextSessionDate: '2026-01-05' })
    await page.reload()
    await page.getByRole('button', { name: 'Archive Max Montenegro' }).click()
    await page.getByRole('link', { name: 'Max Montenegro' }).waitFor({ state: 'detached' })
    await page.getByLabel('Show archived').check()
    await page.getByRole('button', { name: 'Restore Max Montenegro' }).click()
    await page.getByLabel('Show archived').uncheck()
    await page.getByRole('link', { name: 'Max Montenegro' }).waitFor()
    expect(app.pageErrors).toEqual([])
  })
})
