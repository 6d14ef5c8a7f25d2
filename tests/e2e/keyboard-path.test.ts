// The manager's common path, by keyboard only (issue 16): open Kept → start the next due 1:1 →
// accept a suggested point → review the agreements with J/K and D/C → add a next step → finish →
// copy the summary. Every key press is counted; the count is the "after" figure of the issue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { CountingKeyboard, focusedName } from './support/counting-keyboard'
import { isActiveElement } from './support/page-helpers'

declare const navigator: { clipboard: { readText(): Promise<string> } }

const NEXT_STEP = 'Send Quarry Labs the pricing'

describe('the common path by keyboard only', () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.url })
  })
  afterEach(async () => {
    await app?.close()
  })

  it('walks from Team to a copied summary with the keyboard alone, and counts the presses', async () => {
    const { page } = app
    const keys = new CountingKeyboard(page)
    const firstRow = page.locator('.team-table tbody tr.team-row').first()
    await firstRow.waitFor()
    const repName = (await firstRow.locator('.rep-link').textContent())!

    // Start the next due 1:1 (the most overdue rep's).
    await keys.press('n')
    await page.getByRole('heading', { level: 1, name: `1:1 with ${repName}` }).waitFor()

    // Agenda: the Brief's suggestions are there to accept; J reaches the first, A adds it.
    await keys.press('Alt+2')
    const agenda = page.getByRole('region', { name: 'Agenda' })
    const suggestions = agenda.getByRole('list', { name: 'Suggested talking points' })
    await expect.poll(() => suggestions.getByRole('listitem').count()).toBeGreaterThan(0)
    const suggested = (await suggestions.getByRole('listitem').first().locator('.item__text').textContent())!
    await keys.press('j')
    await expect.poll(() => suggestions.getByRole('listitem').first().evaluate(isActiveElement)).toBe(true)
    await keys.press('a')
    const talkingPoints = agenda.getByRole('list', { name: 'Talking points' })
    await expect.poll(async () => (await talkingPoints.getByRole('textbox').all()).length).toBeGreaterThan(0)
    await expect.poll(() => suggestions.getByText(suggested, { exact: true }).count()).toBe(0)

    // Last agreements: J to the first, D (done) moves on to the second, C carries it forward and moves on.
    await keys.press('Alt+4')
    const review = page.getByRole('list', { name: 'Agreements to review' })
    const items = review.locator(':scope > li')
    await expect.poll(() => items.count()).toBeGreaterThan(1)
    await keys.press('j')
    await expect.poll(() => items.nth(0).evaluate(isActiveElement)).toBe(true)
    await keys.press('d')
    await expect.poll(() => items.nth(0).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => items.nth(1).evaluate(isActiveElement)).toBe(true)
    // K goes back, J forward again.
    await keys.press('k')
    await expect.poll(() => items.nth(0).evaluate(isActiveElement)).toBe(true)
    await keys.press('j')
    await expect.poll(() => items.nth(1).evaluate(isActiveElement)).toBe(true)
    await keys.press('c')
    await expect.poll(() => items.nth(1).getByRole('button', { name: 'Carry forward' }).getAttribute('aria-pressed')).toBe('true')

    // Next steps: to the "New agreement" field, type it, Enter adds it.
    await keys.press('Alt+7')
    await page.getByRole('heading', { level: 2, name: 'Next steps' }).waitFor()
    await keys.tabUntil(() => page.getByRole('textbox', { name: 'New agreement' }).evaluate(isActiveElement))
    await keys.type(NEXT_STEP)
    await keys.press('Enter')
    const nextSteps = page.getByRole('list', { name: 'Next steps agreed in this 1:1' })
    await expect.poll(async () => Promise.all((await nextSteps.getByRole('textbox').all()).map((box) => box.inputValue()))).toContain(NEXT_STEP)

    // Finish (Ctrl+Enter asks; Enter confirms) and copy the summary from its export dialog.
    await keys.press('Control+Enter')
    await page.getByRole('dialog', { name: 'Finish this 1:1?' }).waitFor()
    await keys.press('Enter')
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${repName}` }).waitFor()
    await keys.tabUntil(async () => (await focusedName(page)) === 'Export')
    await keys.press('Enter')
    const exportDialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Copy to clipboard' }) })
    await exportDialog.waitFor()
    await keys.tabUntil(async () => (await focusedName(page)) === 'Copy to clipboard')
    await keys.press('Enter')
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(NEXT_STEP)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'keyboard-path-copied')

    console.log(`Keyboard-only common path: ${keys.presses} key presses, plus ${keys.typed} characters typed`)
    expect(keys.presses).toBeLessThanOrEqual(25)
  })
})
