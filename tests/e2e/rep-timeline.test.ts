import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatasetFile } from '../../scripts/generate-dataset'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

// A rep with years of weekly 1:1s: the Timeline must scroll through all of them while keeping
// only the rows near the viewport in the page.
describe('a long Timeline', () => {
  let app: E2eApp
  let repId: number
  let sessionCount: number
  let dataDir: string

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kept-timeline-'))
    const dbPath = join(dataDir, 'long-history.sqlite')
    createDatasetFile(dbPath, { reps: 1, years: 4, seed: 'timeline-e2e', today: '2026-06-15' })
    const db = new Database(dbPath, { readonly: true })
    repId = db.prepare('SELECT id FROM reps ORDER BY id LIMIT 1').pluck().get() as number
    sessionCount = db.prepare('SELECT count(*) FROM sessions WHERE rep_id = ?').pluck().get(repId) as number
    db.close()
    app = await launchApp({ dbPath })
  })
  afterAll(async () => {
    await app?.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('opens on the tab named in the address, and keeps the chosen tab across a reload', async () => {
    const { page } = app
    expect(sessionCount).toBeGreaterThan(150)
    await page.goto(`${app.host.url}#/rep/${repId}/timeline`)
    await expect.poll(() => page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true')
    await page.getByRole('tab', { name: 'Agreements' }).click()
    await page.waitForURL(new RegExp(`#/rep/${repId}/agreements$`))
    await page.reload()
    await expect.poll(() => page.getByRole('tab', { name: 'Agreements' }).getAttribute('aria-selected')).toBe('true')
    await page.goBack()
    await expect.poll(() => page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true')
  })

  it('renders only the rows near the viewport and loads older 1:1s while scrolling to the very first', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${repId}/timeline`)
    const rows = page.locator('ol.timeline > li')
    await rows.first().waitFor()
    await page.getByText(/1:1s loaded, newest first/).waitFor()
    await expect.poll(() => rows.count()).toBeLessThan(40)
    await screenshot(page, 'timeline-long-top', { viewport: true })

    const status = page.getByText(new RegExp(`^${sessionCount} 1:1s, newest first\\.$`))
    for (let attempt = 0; attempt < 60 && !(await status.isVisible()); attempt++) {
      await page.mouse.wheel(0, 6000)
      await page.waitForTimeout(60)
    }
    await status.waitFor()
    await page.evaluate('window.scrollTo(0, document.body.scrollHeight)')
    await expect.poll(() => rows.last().getAttribute('aria-posinset')).toBe(String(sessionCount))
    await expect.poll(() => rows.count()).toBeLessThan(40)
    await expect.poll(() => rows.last().getAttribute('aria-setsize')).toBe(String(sessionCount))

    const oldest = rows.last()
    await oldest.locator('summary').click()
    await oldest.getByRole('link', { name: /^Open the 1:1 of/ }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'timeline-long-bottom-expanded', { viewport: true })
    expect(app.pageErrors).toEqual([])
  })
})
