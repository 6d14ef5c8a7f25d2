// Destructive confirmations: the harmless first click is a plain button, the button that really
// deletes is the red one, and Escape closes the question without deleting anything.
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep } from '../../src/shared/domain'
import { callApi as call, isActiveElement, openRep } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

/** The page's danger red, as the browser computes it in the current colour scheme. */
async function dangerRed(page: Page): Promise<string> {
  // A string: the tests compile without the DOM types.
  return page.evaluate(`(() => {
    const probe = document.createElement('div')
    probe.style.background = 'var(--danger)'
    document.body.append(probe)
    const colour = getComputedStyle(probe).backgroundColor
    probe.remove()
    return colour
  })()`) as Promise<string>
}

// The tests compile without the DOM types: the page's getComputedStyle, typed as far as used here.
type InPage = { getComputedStyle(element: unknown): { backgroundColor: string } }
const background = (button: Locator) => button.evaluate((element) => (globalThis as unknown as InPage).getComputedStyle(element).backgroundColor)

async function lookAt(page: Page, name: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([])
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    for (const [width, height] of [[1280, 800], [1024, 640]] as const) {
      await page.setViewportSize({ width, height })
      await screenshot(page, `${name}-${colorScheme}-${width}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1280, height: 800 })
}

describe('destructive confirmations', () => {
  let app: E2eApp
  let rep: Rep

  beforeAll(async () => {
    app = await launchApp()
    rep = await call<Rep>(app.page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    const leaving = await call<Rep>(app.page, 'reps.create', { name: 'Sam Ortiz', cadence: 'weekly' })
    await call(app.page, 'reps.delete', { id: leaving.id })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('"Delete rep": only the confirming Delete is red, and Escape keeps the rep', async () => {
    const { page } = app
    await openRep(page, rep)
    const red = await dangerRed(page)
    const deleteRep = page.getByRole('button', { name: 'Delete rep' })
    expect(await background(deleteRep)).not.toBe(red)
    await deleteRep.click()
    const question = page.getByRole('group', { name: /^Delete Dana Whitfield with all their 1:1s/ })
    const confirm = question.getByRole('button', { name: 'Delete', exact: true })
    await expect.poll(() => background(confirm)).toBe(red)
    await lookAt(page, 'confirm-delete-rep')

    await page.keyboard.press('Escape')
    await expect.poll(() => question.count()).toBe(0)
    await expect.poll(() => deleteRep.evaluate(isActiveElement)).toBe(true)
    expect((await call<Rep[]>(page, 'reps.list', {})).map((each) => each.name)).toEqual(['Dana Whitfield'])
  })

  it('"Empty trash": the first click is not red, the one that deletes for good is, and Escape keeps the trash', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/trash`)
    const red = await dangerRed(page)
    const empty = page.getByRole('button', { name: 'Empty trash' })
    await empty.waitFor()
    expect(await background(empty)).not.toBe(red)
    await empty.click()
    const question = page.getByRole('group', { name: 'Delete this item for good? This cannot be undone.' })
    await expect.poll(() => background(question.getByRole('button', { name: 'Empty trash' }))).toBe(red)
    await lookAt(page, 'confirm-empty-trash')

    await page.keyboard.press('Escape')
    await expect.poll(() => question.count()).toBe(0)
    await expect.poll(() => empty.evaluate(isActiveElement)).toBe(true)
    await page.getByText('Sam Ortiz').first().waitFor()
  })
})
