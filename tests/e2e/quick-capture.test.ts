// Quick capture (Ctrl+Shift+J) puts a point on the right rep's agenda: the rep on screen is
// preselected, and anywhere else the rep must be chosen (Enter without one says so, saves nothing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { callApi as call, isActiveElement, openRep } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

describe('quick capture', () => {
  let app: E2eApp
  let ana: Rep
  let zoe: Rep

  beforeEach(async () => {
    app = await launchApp()
    // Ana sorts first: the rep a careless default would pick.
    ana = await call<Rep>(app.page, 'reps.create', { name: 'Ana Alves' })
    zoe = await call<Rep>(app.page, 'reps.create', { name: 'Zoe Zhang' })
    // The first screen was drawn before these reps existed.
    await app.page.reload()
  })
  afterEach(async () => {
    await app?.close()
  })

  const dialogOf = (app: E2eApp) => app.page.getByRole('dialog', { name: 'Jot a talking point' })
  const openPoints = (repId: number) => call<Array<{ text: string }>>(app.page, 'talkingPoints.listOpen', { repId })

  it('preselects the rep on the Rep screen', async () => {
    const { page } = app
    await openRep(page, zoe)
    await page.keyboard.press('Control+Shift+J')
    const dialog = dialogOf(app)
    await expect.poll(() => dialog.getByLabel('Rep', { exact: true }).inputValue()).toBe(String(zoe.id))
    await expect.poll(() => dialog.getByLabel('Talking point').evaluate(isActiveElement)).toBe(true)
    await page.keyboard.type('Renewal plan for Q3')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => openPoints(zoe.id)).toEqual([expect.objectContaining({ text: 'Renewal plan for Q3' })])
    await expect.poll(() => openPoints(ana.id)).toEqual([])
  })

  it('from Team, preselects no rep: Enter asks for one and saves nothing until it is chosen', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/team`)
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await page.keyboard.press('Control+Shift+J')
    const dialog = dialogOf(app)
    const repSelect = dialog.getByLabel('Rep', { exact: true })
    await expect.poll(() => repSelect.inputValue()).toBe('')
    await expect.poll(() => dialog.getByLabel('Talking point').evaluate(isActiveElement)).toBe(true)
    await page.keyboard.type('Who owns the Lisbon deal?')
    await page.keyboard.press('Enter')
    await dialog.getByText('Choose the rep this talking point is for.').waitFor()
    await expect.poll(() => repSelect.getAttribute('aria-invalid')).toBe('true')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'quick-capture-choose-rep')
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'quick-capture-choose-rep-1024-dark')
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => openPoints(ana.id)).toEqual([])
    await expect.poll(() => openPoints(zoe.id)).toEqual([])

    await repSelect.selectOption(String(zoe.id))
    await dialog.getByLabel('Talking point').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByText('Added to Zoe Zhang’s next 1:1.').waitFor()
    await expect.poll(() => openPoints(zoe.id)).toEqual([expect.objectContaining({ text: 'Who owns the Lisbon deal?' })])
    await expect.poll(() => openPoints(ana.id)).toEqual([])
  })
})
