// Search is a command palette (issue 16, "the common path", item 8): Ctrl+K lists reps first with
// Open and Start 1:1, then actions, then text hits newest first; private-note hits only with
// "Include private notes"; the dialog keeps its size and place while its content changes.
import type { Locator } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SessionDetail, TeamMember } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openSearchWithKeyboard } from './support/page-helpers'
import { sidewaysOverflow } from './support/sideways'

const SECRET = 'zanzibarish'

const box = (dialog: Locator) =>
  dialog.evaluate((element) => {
    const rect = (element as unknown as { getBoundingClientRect(): { top: number; height: number; width: number } }).getBoundingClientRect()
    return { top: Math.round(rect.top), height: Math.round(rect.height), width: Math.round(rect.width) }
  })

function paragraphDoc(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

describe('the command palette', () => {
  let app: E2eApp
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    await app.page.locator('.team-table tbody tr').first().waitFor()
  })
  afterEach(async () => {
    await app?.close()
  })

  it('lists reps first with Open and Start 1:1, then actions, then hits newest first, and keeps its size', async () => {
    const { page } = app
    const dialog = await openSearchWithKeyboard(page)
    const input = dialog.getByRole('searchbox', { name: 'Search' })
    // Nothing typed: reps and actions.
    await dialog.getByRole('region', { name: 'Reps' }).waitFor()
    await dialog.getByRole('button', { name: 'Add rep' }).waitFor()
    await dialog.getByRole('button', { name: 'Import a team or metrics' }).waitFor()
    await dialog.getByRole('button', { name: 'Jot a talking point' }).waitFor()
    const empty = await box(dialog)
    await screenshot(page, 'palette-empty-light', { viewport: true })

    await input.fill('dan')
    await dialog.getByRole('button', { name: 'Open Daniel Reyes' }).waitFor()
    await dialog.getByRole('button', { name: 'Start 1:1 with Daniel Reyes' }).waitFor()
    const headings = dialog.locator('.palette__group h3')
    await expect.poll(async () => (await headings.allTextContents())[0]).toBe('Reps')

    // A word from the notes: the hits, newest first, each naming its rep.
    await input.fill('pricing')
    await expect.poll(() => dialog.locator('.palette__hit').count()).toBeGreaterThan(1)
    const dates = await dialog.locator('.palette__hit').evaluateAll((hits) => hits.map((hit) => (hit as unknown as { dataset: { date: string } }).dataset.date))
    expect([...dates].sort().reverse()).toEqual(dates)
    await expect.poll(() => box(dialog)).toEqual(empty)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'palette-hits-light', { viewport: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'palette-hits-dark', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])

    // Nothing found: still the same box.
    await input.fill('zzqxnomatch')
    await dialog.getByText('Nothing matches “zzqxnomatch”.').waitFor()
    await expect.poll(() => box(dialog)).toEqual(empty)

    await page.setViewportSize({ width: 1024, height: 640 })
    await input.fill('pricing')
    await expect.poll(() => dialog.locator('.palette__hit').count()).toBeGreaterThan(1)
    await expect.poll(() => sidewaysOverflow(page)).toEqual([])
    await screenshot(page, 'palette-hits-1024-dark', { viewport: true })
    await page.emulateMedia({ colorScheme: 'light' })
    await screenshot(page, 'palette-hits-1024-light', { viewport: true })
  })

  it('starts a 1:1 from a rep’s name by keyboard', async () => {
    const { page } = app
    const dialog = await openSearchWithKeyboard(page)
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('priya')
    await dialog.getByRole('button', { name: 'Open Priya Nair' }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => page.evaluate("document.activeElement?.getAttribute('aria-label')")).toBe('Start 1:1 with Priya Nair')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: '1:1 with Priya Nair' }).waitFor()
    await expect.poll(() => dialog.isVisible()).toBe(false)
  })

  it('opens a rep with Enter and runs an action', async () => {
    const { page } = app
    let dialog = await openSearchWithKeyboard(page)
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('kwame')
    await dialog.getByRole('button', { name: 'Open Kwame Mensah' }).waitFor()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Kwame Mensah' }).waitFor()
    dialog = await openSearchWithKeyboard(page)
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('add rep')
    await dialog.getByRole('button', { name: 'Add rep' }).click()
    await page.getByRole('dialog', { name: 'Add rep' }).waitFor()
  })

  it('hides hits in private notes unless "Include private notes" is on', async () => {
    const { page } = app
    const team = await callApi<TeamMember[]>(page, 'reps.list', {})
    const live = await callApi<SessionDetail>(page, 'sessions.start', { repId: team[0]!.id })
    await callApi(page, 'notes.save', { sessionId: live.session.id, kind: 'private', doc: paragraphDoc(`Private: ${SECRET} worry`), text: `Private: ${SECRET} worry`, baseRevision: 0 })
    await callApi(page, 'notes.save', { sessionId: live.session.id, kind: 'shared', doc: paragraphDoc(`Shared: ${SECRET} plan`), text: `Shared: ${SECRET} plan`, baseRevision: 0 })
    const dialog = await openSearchWithKeyboard(page)
    await dialog.getByRole('searchbox', { name: 'Search' }).fill(SECRET)
    const hits = dialog.locator('.palette__hit')
    await expect.poll(() => hits.allTextContents()).toEqual([expect.stringContaining('Shared:')])
    await dialog.getByText('1 in private notes hidden').waitFor()
    await dialog.getByRole('checkbox', { name: 'Include private notes' }).check()
    await expect.poll(() => hits.count()).toBe(2)
    await expect.poll(() => hits.filter({ hasText: 'Private:' }).count()).toBe(1)
    await screenshot(page, 'palette-private-light', { viewport: true })
  })
})

