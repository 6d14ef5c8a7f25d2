// A second-line manager's Team of 200 reps: the table renders only the rows near the screen (so
// 200 rows paint as fast as 20), scrolls through all of them, and Tab walks on past the rows first
// rendered. A team of up to 40 renders every row.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openCore } from '../support/core-fixture'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

let app: E2eApp | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

/** A data file holding `count` reps named "Rep 001"…, each with a next 1:1 in the future. */
function teamFile(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kept-team-large-'))
  const core = openCore(dir, '2026-06-15T09:00:00Z')
  for (let i = 1; i <= count; i++) core.ok('reps.create', { name: `Rep ${String(i).padStart(3, '0')}`, cadence: 'weekly', nextSessionDate: '2026-07-01' })
  core.kept.close()
  return core.kept.path
}

const rowsInDom = (app: E2eApp) => app.page.locator('table.team-table tbody tr:not(.virtual-spacer)').count()

describe('Team with 200 reps', () => {
  it('renders only the rows near the screen, scrolls to the last rep, and keeps the page from scrolling sideways', async () => {
    app = await launchApp({ dbPath: teamFile(200) })
    const { page } = app
    const table = page.getByRole('table', { name: 'Your reps, overdue 1:1s first' })
    await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('201')
    await page.getByRole('link', { name: 'Rep 001', exact: true }).waitFor()
    await expect.poll(() => rowsInDom(app!)).toBeGreaterThan(5)
    await expect.poll(() => rowsInDom(app!)).toBeLessThan(40)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-200-top', { viewport: true })

    // The page is as tall as every row: scrolling to the end shows the last rep.
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
    await page.getByRole('link', { name: 'Rep 200', exact: true }).waitFor()
    await expect.poll(() => page.getByRole('row', { name: /Rep 200/ }).getAttribute('aria-rowindex')).toBe('201')
    await expect.poll(() => rowsInDom(app!)).toBeLessThan(40)
    await expect.poll(() => page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true)
    await screenshot(page, 'team-200-end', { viewport: true })
  })

  it('Tab walks on through reps that were not rendered when the screen opened', async () => {
    app = await launchApp({ dbPath: teamFile(200) })
    const { page } = app
    await page.getByRole('link', { name: 'Rep 001', exact: true }).focus()
    const focusedRep = () => page.evaluate("document.activeElement?.closest('tr')?.querySelector('.rep-link')?.textContent ?? ''") as Promise<string>
    await expect.poll(focusedRep).toBe('Rep 001')
    // Each row has its link and a few buttons: press Tab until the focus is well past the first screen.
    for (let i = 0; i < 400 && (await focusedRep()) < 'Rep 060'; i++) await page.keyboard.press('Tab')
    await expect.poll(focusedRep).toBe('Rep 060')
    await expect.poll(() => page.evaluate('document.activeElement?.getBoundingClientRect().bottom ?? 0')).toBeLessThanOrEqual(800)
  })

  it('renders every row of a team of 40', async () => {
    app = await launchApp({ dbPath: teamFile(40) })
    await expect.poll(() => rowsInDom(app!)).toBe(40)
    await expect.poll(() => app!.page.locator('tr.virtual-spacer').count()).toBe(0)
  })
})
