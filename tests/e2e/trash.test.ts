// Deleting a rep goes to the Trash with Undo; the Trash restores and, only when asked, empties.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TeamMember } from '../../src/shared/domain'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openRep } from './support/page-helpers'

async function lookAt(page: Page, shot: string): Promise<void> {
  await screenshot(page, shot)
  expect(await seriousAxeViolations(page)).toEqual([])
}

describe('trash and undo', () => {
  let app: E2eApp
  let rep: TeamMember
  const repCount = () => (app.host.database.db.prepare('SELECT count(*) AS n FROM reps WHERE id = ?').get(rep.id) as { n: number }).n

  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    rep = (await callApi<TeamMember[]>(app.page, 'reps.list', {}))[0]!
  })
  afterEach(async () => {
    await app?.close()
  })

  async function deleteRep(page: Page) {
    await openRep(page, rep)
    await page.getByRole('button', { name: 'Delete rep' }).click()
    const confirm = page.getByRole('group', { name: new RegExp(`^Delete ${rep.name} with all their 1:1s`) })
    await confirm.waitFor()
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByText(`${rep.name} and everything recorded with them were moved to the Trash.`).waitFor()
  }

  it('deletes a rep after asking, and Undo brings them back', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    await page.getByRole('button', { name: 'Delete rep' }).click()
    await page.getByRole('button', { name: 'Keep', exact: true }).click()
    expect(repCount()).toBe(1)

    await deleteRep(page)
    await expect.poll(() => new URL(page.url()).hash).toBe('#/team')
    expect(repCount()).toBe(0)
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    await expect.poll(() => page.getByRole('link', { name: rep.name, exact: true }).count()).toBe(0)
    await lookAt(page, 'trash-undo-toast')

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: rep.name }).waitFor()
    expect(repCount()).toBe(1)
  }, 120_000)

  it('restores a deleted rep from the Trash', async () => {
    const { page } = app
    await deleteRep(page)
    await page.getByRole('button', { name: 'Dismiss this message' }).click()
    await page.goto(`${app.host.url}#/settings`)
    await page.getByRole('link', { name: 'Open Trash' }).click()
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor()
    const item = page.getByRole('listitem').filter({ hasText: rep.name })
    await item.getByText(/Rep · deleted .* with \d+ related records/).waitFor()
    await lookAt(page, 'trash-screen')

    await item.getByRole('button', { name: `Restore rep “${rep.name}”` }).click()
    await page.getByText(`“${rep.name}” was restored.`).waitFor()
    await page.getByText('The trash is empty.').waitFor()
    expect(repCount()).toBe(1)
  }, 120_000)

  it('empties the trash only after asking, for good', async () => {
    const { page } = app
    await deleteRep(page)
    await page.getByRole('link', { name: 'Open Trash' }).click()
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor()
    await page.getByRole('button', { name: 'Empty trash' }).click()
    const confirm = page.getByRole('group', { name: 'Delete this item for good? This cannot be undone.' })
    await confirm.waitFor()
    await lookAt(page, 'trash-empty-confirm')
    await confirm.getByRole('button', { name: 'Empty trash' }).click()
    await page.getByText('The trash was emptied: 1 item was deleted for good.').waitFor()
    await page.getByText('The trash is empty.').waitFor()
    expect(repCount()).toBe(0)
    expect(await callApi<unknown[]>(page, 'trash.list', {})).toEqual([])
    expect(app.pageErrors).toEqual([])
  }, 120_000)
})
