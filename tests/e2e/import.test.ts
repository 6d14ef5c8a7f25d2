// The Import screen in Chromium through the browser host: a bad file shows its problems and
// cannot be imported; a Salesforce export previews, commits, shows on the rep's goal chart and
// is undone; a roster adds reps.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const FIXTURES = join(__dirname, '../fixtures/imports')
const fixture = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(FIXTURES, name)) })

const BAD_FILE = [
  'Rep,Date,Closed-won new ARR',
  'Maya Okafor,03/04/2026,"$10,000"',
  'Jane Doe,03/05/2026,5',
  'Maya Okafor,03/04/2026,"$12,000"',
  'Tom Becker,03/06/2026'
].join('\n')

describe('import screen', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('shows every problem of a bad file, with the line, and offers no import', async () => {
    const { page } = app
    await page.locator('.team-table').waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByText('No metrics imported yet.').waitFor()

    const fileInput = page.getByLabel('Choose a CSV export from your CRM')
    await fileInput.setInputFiles({ name: 'report.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 8, 0]) })
    await page.getByRole('alert').getByText('This file is not a CSV text file (it contains binary data).').waitFor()

    await fileInput.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_FILE) })
    const problems = page.getByRole('region', { name: /problems to fix first/ })
    await problems.waitFor()
    await expect.poll(() => problems.locator('tbody tr').allInnerTexts()).toEqual([
      '3\t“Jane Doe” is not a rep on your team. Add the rep, or correct the name or email in the file.',
      '4\tThis line repeats Maya Okafor’s “Closed-won new ARR” for 2026-03-04, already given on line 2. Keep one of the two lines.',
      '5\tThis line has 2 fields but the header has 3. Check for a missing or extra comma or an unclosed quote.'
    ])
    await page.getByRole('region', { name: 'Not on your team' }).getByText('“Jane Doe” (line 3)').waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'Import 1 check-in' }).isDisabled()).toBe(true)

    // Every date reads both ways: the order is a guess the user can switch.
    const dayFirst = page.getByRole('radio', { name: 'Day first (3 April)' })
    await expect.poll(() => page.getByRole('radio', { name: 'Month first (March 4)' }).isChecked()).toBe(true)
    await page.getByText(/Every date reads both ways \(like 03\/04\/2026\)/).waitFor()
    await dayFirst.check()
    await expect.poll(() => problems.locator('tbody tr').nth(1).innerText()).toContain('for 2026-04-03, already given on line 2')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-errors')
  })

  it('previews a Salesforce report with its mapping, imports it, and shows it on the goal chart until undone', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByLabel('Choose a CSV export from your CRM').setInputFiles(fixture('salesforce-closed-won-by-rep.csv'))
    const preview = page.getByRole('region', { name: 'The check-ins, as they will be stored' })
    await preview.waitFor()
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(6)
    await expect.poll(() => preview.locator('tbody tr').first().innerText()).toBe('6\tMaya Okafor\tClose $450k new ARR this half\t31 Oct 2026\t298,500\t$298,500.00')
    await expect.poll(() => page.getByLabel('Rep column (email or name)').inputValue()).toBe('Opportunity Owner')
    await expect.poll(() => page.getByLabel('Date column').inputValue()).toBe('Close Date')
    await expect.poll(() => page.getByLabel('“Closed Won ARR” feeds').inputValue()).toBe('Closed-won new ARR')
    await page.getByText('Skipped 3 totals or footer lines (line 10, 13, 14).').waitFor()

    // Changing the mapping changes the preview.
    await page.getByLabel('“Open Pipeline” feeds').selectOption('')
    await page.getByRole('button', { name: 'Import 4 check-ins' }).waitFor()
    await page.getByLabel('“Open Pipeline” feeds').selectOption('Open qualified pipeline')
    const importButton = page.getByRole('button', { name: 'Import 6 check-ins' })
    await importButton.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-preview')

    await importButton.click()
    const done = page.getByRole('status').filter({ hasText: 'Imported 6 check-ins for 2 reps from salesforce-closed-won-by-rep.csv.' })
    await done.waitFor()
    const history = page.getByRole('region', { name: 'Past imports' })
    await history.getByText('salesforce-closed-won-by-rep.csv').waitFor()
    await screenshot(page, 'import-done')

    await done.getByRole('link', { name: 'Maya Okafor' }).click()
    await page.getByRole('heading', { level: 1, name: 'Maya Okafor' }).waitFor()
    const repUrl = page.url()
    await page.getByRole('tab', { name: 'Goals' }).click()
    const chart = page.getByRole('img', { name: /^Values of Close \$450k new ARR this half/ })
    await chart.waitFor()
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/31 Oct 2026 \$298,500 \(imported\).*15 Nov 2026 \$352,000 \(imported\)/)
    await screenshot(page, 'import-goal-chart')

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await page.getByRole('button', { name: 'Undo import of salesforce-closed-won-by-rep.csv' }).click()
    await page.getByRole('button', { name: 'Undo import', exact: true }).click()
    await page.getByText('Undone: 6 check-ins from salesforce-closed-won-by-rep.csv were removed.').waitFor()
    await page.getByRole('region', { name: 'Past imports' }).getByText(/undone/).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.goto(repUrl)
    await page.getByRole('heading', { level: 1, name: 'Maya Okafor' }).waitFor()
    await page.getByRole('tab', { name: 'Goals' }).click()
    const chartAfter = page.getByRole('img', { name: /^Values of Close \$450k new ARR this half/ })
    await chartAfter.waitFor()
    await expect.poll(() => chartAfter.getAttribute('aria-label')).not.toContain('31 Oct 2026 $298,500')
  })

  it('takes a file dropped on the screen', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    const text = readFileSync(join(FIXTURES, 'pipedrive-deals-semicolon.csv'), 'utf8')
    // The tests compile without the DOM types; this runs in the page.
    type PageGlobals = { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string, options: { type: string }) => unknown }
    const dataTransfer = await page.evaluateHandle((content) => {
      const { DataTransfer, File } = globalThis as unknown as PageGlobals
      const transfer = new DataTransfer()
      transfer.items.add(new File([content], 'pipedrive.csv', { type: 'text/csv' }))
      return transfer
    }, text)
    await page.dispatchEvent('.import-screen', 'drop', { dataTransfer })
    await page.getByText(/pipedrive\.csv · Pipedrive · semicolon-separated · 4 rows → 6 check-ins · 0 problems/).waitFor()
    await page.getByText(/Dates are read day first/).waitFor()
    // Only columns of numbers are offered as metrics: the (empty) Email column is not.
    await expect.poll(() => page.getByLabel('“Won ARR” feeds').count()).toBe(1)
    await expect.poll(() => page.getByLabel('“Email” feeds').count()).toBe(0)
  })

  it('adds reps from a roster with the same preview', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click()
    await page.getByRole('heading', { level: 1, name: 'Import' }).waitFor()
    await page.getByRole('tab', { name: 'Rep roster' }).click()
    await page.getByLabel('Choose a roster CSV').setInputFiles(fixture('roster.csv'))
    const reps = page.getByRole('region', { name: 'Reps to add' })
    await reps.waitFor()
    await expect.poll(() => reps.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(['Lena Fischer', 'Okonkwo, Ade', 'Ravi Shah'])
    await page.getByText('1 rep is already on your team and will be left unchanged: Maya Okafor.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'import-roster')
    await page.getByRole('button', { name: 'Add 3 reps' }).click()
    await page.getByText('Added 3 reps to your team: Lena Fischer, Okonkwo, Ade, Ravi Shah.').waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    await page.locator('.team-table').getByText('Lena Fischer').waitFor()
    expect(app.pageErrors).toEqual([])
  })
})
