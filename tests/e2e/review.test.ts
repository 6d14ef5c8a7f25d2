// The review roll-up in Chromium through the browser host: reached from the Rep screen, a
// period chosen, the draft edited, saved, found again after a reload, and exported.
import { readFileSync } from 'node:fs'
import type { Download, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PRIVATE_CANARY } from '../support/export-fixture'
import { createExportDatabase } from './support/export-database'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { openRep } from './support/page-helpers'

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void]
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') }
}

async function chooseCustomPeriod(page: Page, from: string, to: string) {
  await page.getByLabel('Period').selectOption('custom')
  await page.getByLabel('From').fill(from)
  await page.getByLabel('To', { exact: true }).fill(to)
}

describe('the review roll-up', () => {
  let app: E2eApp
  let scenario: ReturnType<typeof createExportDatabase>

  // A fresh file and host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    scenario = createExportDatabase()
    app = await launchApp({ dbPath: scenario.dbPath })
  })
  afterEach(async () => {
    await app?.close()
  })

  async function openReview(page: Page) {
    await page.goto(`${app.host.url}#/review?rep=${scenario.repId}`)
    await page.getByRole('heading', { level: 1, name: 'Performance review: Dana Whitfield' }).waitFor()
  }

  it('opens from the Rep screen, which also saves the next 1:1 as .ics', async () => {
    const { page } = app
    await openRep(page, { id: scenario.repId, name: 'Dana Whitfield' })
    const ics = await downloaded(page, () => page.getByRole('button', { name: 'Add next 1:1 to calendar (.ics)' }).click())
    expect(ics.name).toMatch(/^next-1-1-dana-whitfield-.*\.ics$/)
    expect(ics.text).toContain('SUMMARY:1:1 with Dana Whitfield')
    await page.getByRole('link', { name: 'Performance review' }).click()
    await page.getByRole('heading', { level: 1, name: 'Performance review: Dana Whitfield' }).waitFor()
    await expect.poll(() => page.getByLabel('Rep').inputValue()).toBe(String(scenario.repId))
  })

  it('compiles the chosen period into a draft listing the 1:1s it draws on', async () => {
    const { page } = app
    await openReview(page)
    await chooseCustomPeriod(page, '2026-04-01', '2026-06-30')
    const draft = page.getByLabel('Review draft (Markdown)')
    await expect.poll(() => draft.inputValue()).toContain('# Performance review: Dana Whitfield')
    await expect.poll(() => draft.inputValue()).toContain('## Goals and attainment')
    await expect.poll(() => draft.inputValue()).toContain('Closed Globex')
    await expect.poll(() => draft.inputValue()).toContain('- Manager: 0 of 2 kept')
    await expect.poll(() => draft.inputValue()).not.toContain(PRIVATE_CANARY)
    const sources = page.getByRole('complementary', { name: '1:1s drawn on' })
    await expect.poll(() => sources.getByRole('listitem').allTextContents()).toEqual(['8 Jun 2026', '15 Jun 2026'])
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'review-draft')
  })

  it('says plainly when the period is reversed, and compiles nothing', async () => {
    const { page } = app
    await openReview(page)
    await chooseCustomPeriod(page, '2026-04-01', '2026-06-30')
    await page.getByLabel('Review draft (Markdown)').waitFor()
    await page.getByLabel('From').fill('2026-07-01')
    await page.getByRole('alert').filter({ hasText: 'The period starts after it ends.' }).waitFor()
    await expect.poll(() => page.getByLabel('Review draft (Markdown)').count()).toBe(0)
    await page.getByLabel('From').fill('2026-04-01')
    await page.getByLabel('Review draft (Markdown)').waitFor()
  })

  it('saves the edit, keeps it after a reload, and exports it as Markdown and HTML', async () => {
    const { page } = app
    await openReview(page)
    await chooseCustomPeriod(page, '2026-04-01', '2026-06-30')
    const draft = page.getByLabel('Review draft (Markdown)')
    await expect.poll(() => draft.inputValue()).toContain('# Performance review: Dana Whitfield')
    await draft.fill('# Review of Dana\n\nA strong quarter: **Globex** closed.\n\n- Keeps agreements\n- <script>alert(1)</script>\n')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1)

    await page.reload()
    await chooseCustomPeriod(page, '2026-04-01', '2026-06-30')
    await expect.poll(() => page.getByLabel('Review draft (Markdown)').inputValue()).toContain('# Review of Dana')

    const markdown = await downloaded(page, () => page.getByRole('button', { name: 'Download Markdown' }).click())
    expect(markdown.name).toBe('review-dana-whitfield-2026-04-01-to-2026-06-30.md')
    expect(markdown.text).toContain('A strong quarter: **Globex** closed.')
    expect(markdown.text).toContain('- \\<script\\>alert(1)\\</script\\>')
    const html = await downloaded(page, () => page.getByRole('button', { name: 'Download HTML' }).click())
    expect(html.text).toContain('<h1>Review of Dana</h1>')
    expect(html.text).toContain('<strong>Globex</strong>')
    expect(html.text).not.toContain('<script>')

    // The 1:1s themselves, in full, for the same period.
    const history = await downloaded(page, () => page.getByRole('button', { name: '1:1s as Markdown' }).click())
    expect(history.name).toBe('1-1s-dana-whitfield-2026-04-01-to-2026-06-30.md')
    expect(history.text).toContain('## 8 Jun 2026 — Accountability 1:1')
    expect(history.text).toContain('## 15 Jun 2026 — Accountability 1:1')
    expect(history.text).not.toContain(PRIVATE_CANARY)
    expect(app.pageErrors).toEqual([])
  })
})

describe('the review screen in dark mode with an empty period and a long name', () => {
  let app: E2eApp
  let scenario: ReturnType<typeof createExportDatabase>
  const longName = 'Maximiliana Alexandrina Featherstonehaugh-Worthington de la Cruz'

  beforeAll(async () => {
    scenario = createExportDatabase({ name: longName })
    app = await launchApp({ dbPath: scenario.dbPath, colorScheme: 'dark' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lays out a draft with nothing in it', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/review?rep=${scenario.repId}`)
    await page.getByRole('heading', { level: 1, name: `Performance review: ${longName}` }).waitFor()
    await chooseCustomPeriod(page, '2025-01-01', '2025-03-31')
    await expect.poll(() => page.getByLabel('Review draft (Markdown)').inputValue()).toContain('*No 1:1s were completed in this period.*')
    await page.getByText('No 1:1s were completed in this period.', { exact: true }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'review-empty-dark-long-name')
  })
})
