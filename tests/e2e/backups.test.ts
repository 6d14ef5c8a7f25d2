import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/core/db/open-database'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi } from './support/page-helpers'

describe('backups in Settings', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
  })
  afterEach(async () => {
    await app?.close()
  })

  const repName = () => (app.host.database.db.prepare('SELECT name FROM reps WHERE id = (SELECT min(id) FROM reps)').get() as { name: string }).name

  it('backs up now and lists the backup with its date and size', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    const panel = page.getByRole('region', { name: 'Backups' })
    await panel.waitFor()
    await panel.getByText('No backups yet.').waitFor()
    await panel.getByRole('button', { name: 'Back up now' }).click()
    const message = panel.getByRole('status').filter({ hasText: 'Backed up to' })
    await message.waitFor()
    await expect.poll(() => message.textContent()).toMatch(/Backed up to .*backups.*kept-.*\.sqlite \(\d+ KB\)\./)
    const rows = panel.locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(1)
    await expect.poll(() => rows.first().textContent()).toMatch(/Backed up by you\d+ KB/)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings-backups')
  })

  it('restores the backup after a change, after confirming, and the old data is back', async () => {
    const { page } = app
    await callApi(page, 'backups.create', {})
    const original = repName()
    app.host.database.db.prepare("UPDATE reps SET name = 'Renamed after the backup' WHERE id = (SELECT min(id) FROM reps)").run()
    await page.goto(`${app.host.url}#/`)
    // Team was drawn before the change behind its back.
    await page.reload()
    await page.getByRole('link', { name: 'Renamed after the backup' }).waitFor()

    await page.goto(`${app.host.url}#/settings`)
    const panel = page.getByRole('region', { name: 'Backups' })
    await panel.locator('tbody tr').first().waitFor()
    await panel.getByRole('button', { name: /^Restore the backup of / }).first().click()
    const confirm = panel.getByRole('group', { name: /Replace your data with the backup of .*Your current data file is backed up first/ })
    await confirm.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings-backups-confirm')
    await confirm.getByRole('button', { name: 'Restore this backup' }).click()

    const message = panel.getByRole('status').filter({ hasText: 'Restored the backup of' })
    await message.waitFor()
    await expect.poll(() => message.textContent()).toMatch(/Your data as it was just before is kept as kept-.*-before-restore\.sqlite\./)
    // The safety copy joins the list.
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(2)
    await panel.getByRole('cell', { name: 'Before a restore' }).waitFor()
    expect(repName()).toBe(original)

    await page.goto(`${app.host.url}#/`)
    await page.getByRole('link', { name: original }).waitFor()
    await expect.poll(() => page.getByRole('link', { name: 'Renamed after the backup' }).count()).toBe(0)
    expect(app.pageErrors).toEqual([])
  })

  it('keeps automatic backups for the number of days entered, and refuses a bad number', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    const field = page.getByRole('spinbutton', { name: 'Keep automatic backups for (days)' })
    await field.waitFor()
    await expect.poll(() => field.inputValue()).toBe('14')
    await field.fill('0')
    await field.press('Enter')
    await page.getByText('Enter a whole number of days, from 1 to 365.').waitFor()
    await field.fill('30')
    await field.press('Enter')
    await page.getByText('Automatic backups are now kept for 30 days.').waitFor()
    await page.reload()
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Keep automatic backups for (days)' }).inputValue()).toBe('30')
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('exports all data as one JSON file beside the data file', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    await page.getByRole('button', { name: 'Export all data as JSON' }).click()
    const message = page.getByRole('status').filter({ hasText: 'Exported' })
    await message.waitFor()
    const path = /to (\/.+\.json) \(/.exec((await message.textContent())!)?.[1]
    expect(path).toMatch(/exports\/kept-export-.*\.json$/)
    const exported = JSON.parse(readFileSync(path!, 'utf8')) as { app: string; tables: { reps: { rows: unknown[] } } }
    expect(exported.app).toBe('Kept')
    expect(exported.tables.reps.rows).toHaveLength(6)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings-backups-export')
  })
})

describe('backups of another data file in the same folder', () => {
  let app: E2eApp | undefined
  afterEach(async () => {
    await app?.close()
  })

  it('are not listed in Settings: only this file’s own backups are', async () => {
    app = await launchApp({ demo: true })
    const { page } = app
    const folder = join(dirname(app.dbPath), 'backups')
    mkdirSync(folder, { recursive: true })
    // kept-work.sqlite's backup: its name starts with "kept-", but it is not kept.sqlite's.
    const other = openDatabase(join(folder, 'kept-work-2026-06-14T08-00-00Z.sqlite'))
    other.close()

    await page.goto(`${app.host.url}#/settings`)
    const panel = page.getByRole('region', { name: 'Backups' })
    await panel.getByText('No backups yet.').waitFor()
    await panel.getByRole('button', { name: 'Back up now' }).click()
    await panel.getByRole('status').filter({ hasText: 'Backed up to' }).waitFor()
    await expect.poll(() => panel.locator('tbody tr').count()).toBe(1)
    await expect.poll(() => panel.locator('tbody th').first().getAttribute('title')).toMatch(/^kept-\d{4}-\d{2}-\d{2}T/)
    expect(app.pageErrors).toEqual([])
  })
})
