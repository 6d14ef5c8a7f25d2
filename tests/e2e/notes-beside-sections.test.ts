// The shared notes stay open beside every section of a 1:1: a side pane at 1280 px, a toggle at
// 1024 px. What is typed in the pane is saved as it is typed and is the same note as the Notes section's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, isActiveElement, waitForSaved } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

describe('notes beside every section', () => {
  let app: E2eApp
  let sessionId = 0
  beforeEach(async () => {
    app = await launchApp()
    const rep = await callApi<Rep>(app.page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    sessionId = (await callApi<SessionDetail>(app.page, 'sessions.start', { repId: rep.id })).session.id
  })
  afterEach(async () => {
    await app?.close()
  })

  it('keeps the shared notes beside each section at 1280 px, saved as typed, and the Notes section holds the same note', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${sessionId}`)
    await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor()
    const pane = page.getByRole('complementary', { name: 'Shared notes beside this section' })
    await pane.getByRole('textbox', { name: 'Shared notes' }).click()
    await page.keyboard.type('Wants to own the Globex renewal end to end')
    await waitForSaved(page)
    await expect.poll(async () => (await callApi<SessionDetail>(page, 'sessions.get', { id: sessionId })).notes.shared.text).toBe('Wants to own the Globex renewal end to end')

    await page.keyboard.press('Alt+2')
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor()
    await pane.getByRole('textbox', { name: 'Shared notes' }).getByText('Wants to own the Globex renewal end to end').waitFor()
    // Section and pane side by side: the pane is to the right of the section, on the same screen.
    const sectionBox = await page.locator('.session-section').boundingBox()
    const paneBox = await pane.boundingBox()
    expect(paneBox!.x).toBeGreaterThanOrEqual(sectionBox!.x + sectionBox!.width)
    expect(paneBox!.x + paneBox!.width).toBeLessThanOrEqual(1280)
    expect(await seriousAxeViolations(page)).toEqual([])

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const [number, name] of [[1, 'Check-in'], [3, 'Goal review'], [7, 'Next steps']] as const) {
        await page.keyboard.press(`Alt+${number}`)
        await page.getByRole('heading', { level: 2, name }).waitFor()
        await pane.waitFor()
        await expect.poll(() => sidewaysOverflow(page)).toEqual([])
        await screenshot(page, `notes-beside-${name.toLowerCase().replace(/\W+/g, '-')}-${colorScheme}-1280`, { viewport: true })
      }
    }

    // The Notes section shows the same note; the pane steps aside there.
    await page.keyboard.press('Alt+8')
    await page.getByRole('heading', { level: 2, name: 'Notes' }).waitFor()
    await expect.poll(() => pane.count()).toBe(0)
    await page.getByRole('textbox', { name: 'Shared notes' }).getByText('Wants to own the Globex renewal end to end').waitFor()

    // Hidden on request, and it stays hidden from section to section.
    await page.keyboard.press('Alt+1')
    await page.getByRole('button', { name: 'Hide shared notes' }).click()
    await expect.poll(() => pane.count()).toBe(0)
    await page.keyboard.press('Alt+2')
    await page.getByRole('button', { name: 'Show shared notes' }).waitFor()
    expect(app.pageErrors).toEqual([])
  })

  it('puts the notes behind a toggle at 1024 px, slides them in over the section, and Escape puts them away', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.goto(`${app.host.url}#/session/${sessionId}?section=2`)
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor()
    const pane = page.getByRole('complementary', { name: 'Shared notes beside this section' })
    await expect.poll(() => pane.count()).toBe(0)
    const toggle = page.getByRole('button', { name: 'Show shared notes' })
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    await pane.waitFor()
    await expect.poll(() => pane.evaluate(isActiveElement)).toBe(true)
    await pane.getByRole('textbox', { name: 'Shared notes' }).click()
    await page.keyboard.type('Pricing questions for Initech')
    await waitForSaved(page)
    expect(await seriousAxeViolations(page)).toEqual([])
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await expect.poll(() => sidewaysOverflow(page)).toEqual([])
      await screenshot(page, `notes-beside-open-${colorScheme}-1024`, { viewport: true })
    }
    await page.keyboard.press('Escape')
    await expect.poll(() => pane.count()).toBe(0)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await expect.poll(() => sidewaysOverflow(page)).toEqual([])
      await screenshot(page, `notes-beside-closed-${colorScheme}-1024`, { viewport: true })
    }
    await expect.poll(async () => (await callApi<SessionDetail>(page, 'sessions.get', { id: sessionId })).notes.shared.text).toBe('Pricing questions for Initech')
  })
})
