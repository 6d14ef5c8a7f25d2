import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const backgroundOf = (app: E2eApp) => app.page.evaluate('getComputedStyle(document.body).backgroundColor') as Promise<string>

describe('theme and date format from Settings', () => {
  let app: E2eApp
  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true, colorScheme: 'light' })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('switches to the dark theme and back to the system one, and keeps the choice after a reload', async () => {
    const { page } = app
    await page.locator('.team-table tbody tr').first().waitFor()
    const light = await backgroundOf(app)
    await page.getByRole('link', { name: 'Settings' }).click()
    const theme = page.getByLabel('Theme')
    await theme.waitFor()
    await expect.poll(() => theme.inputValue()).toBe('system')
    await theme.selectOption('dark')
    await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark')
    await expect.poll(() => backgroundOf(app)).not.toBe(light)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'settings-dark-theme')

    await page.reload()
    await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark')
    await page.getByLabel('Theme').selectOption('system')
    await expect.poll(() => page.evaluate('document.documentElement.dataset.theme ?? "none"')).toBe('none')
    await expect.poll(() => backgroundOf(app)).toBe(light)
  })

  it('shows every date in the chosen format', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    const dateFormat = page.getByLabel('Date format')
    await expect.poll(() => dateFormat.locator('option').allTextContents()).toEqual(['14 Mar 2026', '2026-03-14', '03/14/2026', '14/03/2026', '14.03.2026'])
    await dateFormat.selectOption({ label: '2026-03-14' })
    await page.getByText('Date format saved.').waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    const lastSession = page.locator('.team-table tbody tr td:nth-child(3)').first()
    await lastSession.waitFor()
    await expect.poll(() => lastSession.textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await page.reload()
    await page.locator('.team-table tbody tr').first().waitFor()
    await expect.poll(() => page.locator('.team-table tbody tr td:nth-child(3)').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(app.pageErrors).toEqual([])
  })
})
