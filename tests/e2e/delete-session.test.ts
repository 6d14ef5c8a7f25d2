// Deleting one 1:1 from its own screen: the manager sees what goes with it, it leaves the rep's
// Timeline and the Team figures, Undo brings it back with its notes, and a 1:1 in progress (with
// text still being saved) is deleted without any write or error afterwards.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LedgerAgreement, RepDetail, SessionDetail, TeamMember } from '../../src/shared/domain'
import type { TrashEntry } from '../../src/shared/trash'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, isActiveElement } from './support/page-helpers'

const NOTE = 'Walked through the Hartwell renewal line by line'

describe('deleting a 1:1', () => {
  let app: E2eApp
  let members: TeamMember[]
  const count = (sql: string, ...params: unknown[]) => app.host.database.db.prepare(sql).pluck().get(...params) as number

  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    members = await callApi<TeamMember[]>(app.page, 'reps.list', {})
  })
  afterEach(async () => {
    await app?.close()
  })

  const timeline = (page: Page) => page.getByRole('list', { name: '1:1s, newest first' })

  async function lastOneToOneCell(page: Page, member: TeamMember): Promise<string> {
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor()
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: member.name, exact: true }) })
    return (await row.getByRole('cell').nth(1).textContent()) ?? ''
  }

  it('deletes a completed 1:1 from its summary; it leaves the Timeline and Team figures; Undo brings it back with its notes', async () => {
    const { page } = app
    const member = members.find((candidate) => candidate.lastSessionDate !== null)!
    const detail = await callApi<RepDetail>(page, 'reps.get', { id: member.id })
    const completed = detail.recentSessions.filter((session) => session.status === 'completed').sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt))
    const [latest, previous] = completed
    expect(latest!.scheduledAt.slice(0, 10)).toBe(member.lastSessionDate)
    const session = await callApi<SessionDetail>(page, 'sessions.get', { id: latest!.id })
    await callApi(page, 'notes.save', {
      sessionId: latest!.id,
      kind: 'shared',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: NOTE }] }] },
      text: NOTE,
      baseRevision: session.notes.shared.revision
    })

    await page.goto(`${app.host.url}#/team`)
    const lastBefore = await lastOneToOneCell(page, member)
    await page.goto(`${app.host.url}#/rep/${member.id}/timeline`)
    await timeline(page).getByText(NOTE).first().waitFor()
    await expect.poll(() => timeline(page).locator(`a[href="#/session/${latest!.id}/summary"]`).count()).toBe(1)

    await page.goto(`${app.host.url}#/session/${latest!.id}/summary`)
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${member.name}` }).waitFor()
    // From the keyboard: the button, then the dialog (which starts on the safe choice).
    await page.getByRole('button', { name: 'Delete this 1:1' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Delete this 1:1?' })
    await dialog.waitFor()
    await dialog.getByText('Its notes: shared notes').waitFor()
    await dialog.getByText(`Stays on ${member.name}’s record`).waitFor()
    const keep = dialog.getByRole('button', { name: 'Keep this 1:1' })
    await expect.poll(() => keep.evaluate(isActiveElement)).toBe(true)
    await screenshot(page, 'delete-session-confirm', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'delete-session-confirm-dark', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })

    // Keeping it changes nothing; then delete for real.
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    expect(count('SELECT count(*) FROM sessions WHERE id = ?', latest!.id)).toBe(1)
    await page.getByRole('button', { name: 'Delete this 1:1' }).click()
    await dialog.getByRole('button', { name: 'Delete 1:1' }).focus()
    await page.keyboard.press('Enter')

    await expect.poll(() => new URL(page.url()).hash).toBe(`#/rep/${member.id}/timeline`)
    const toast = page.getByRole('status').filter({ hasText: `with ${member.name} was moved to the Trash.` })
    await toast.waitFor()
    expect(count('SELECT count(*) FROM sessions WHERE id = ?', latest!.id)).toBe(0)
    expect(count('SELECT count(*) FROM notes WHERE session_id = ?', latest!.id)).toBe(0)
    await timeline(page).getByRole('listitem').first().waitFor()
    await expect.poll(() => timeline(page).locator(`a[href="#/session/${latest!.id}/summary"]`).count()).toBe(0)
    await expect.poll(() => timeline(page).getByText(NOTE).count()).toBe(0)
    await screenshot(page, 'delete-session-toast', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])

    // Back to where it was: it says where the 1:1 went.
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: '1:1 not found' }).waitFor()
    await page.getByRole('link', { name: 'Open Trash' }).first().waitFor()
    await page.goForward()

    // The Team figures no longer count it: the last 1:1 is the one before.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    await expect.poll(() => lastOneToOneCell(page, member)).not.toBe(lastBefore)
    const after = (await callApi<TeamMember[]>(page, 'reps.list', {})).find((candidate) => candidate.id === member.id)!
    expect(after.lastSessionDate).toBe(previous?.scheduledAt.slice(0, 10) ?? null)

    // Undo: back on its summary, with its notes.
    await toast.getByRole('button', { name: 'Undo', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${member.name}` }).waitFor()
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/session/${latest!.id}/summary`)
    await page.getByText(NOTE).waitFor()
    expect(count('SELECT count(*) FROM sessions WHERE id = ?', latest!.id)).toBe(1)
    expect(await callApi<TrashEntry[]>(page, 'trash.list', {})).toEqual([])
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click()
    await expect.poll(() => lastOneToOneCell(page, member)).toBe(lastBefore)
    expect(app.pageErrors).toEqual([])
  }, 120_000)

  it('deletes a 1:1 started by mistake while its notes are still being saved; nothing is written or shown as an error afterwards', async () => {
    const { page } = app
    const member = members.find((candidate) => candidate.name !== members[0]!.name) ?? members[0]!
    const started = await callApi<SessionDetail>(page, 'sessions.start', { repId: member.id })
    const sessionId = started.session.id
    const notesSection = started.sections.findIndex((section) => section.kind === 'notes') + 1
    await page.goto(`${app.host.url}#/session/${sessionId}?section=${notesSection}`)
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.type('Oops, wrong rep')
    await screenshot(page, 'delete-session-in-progress-header', { viewport: true })

    // Straight to Delete, without waiting for "Saved".
    await page.getByRole('button', { name: 'Delete this 1:1' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete this 1:1?' })
    await dialog.getByText('(in progress) goes to the Trash', { exact: false }).waitFor()
    await dialog.getByRole('button', { name: 'Delete 1:1' }).click()
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/rep/${member.id}/timeline`)
    await page.getByRole('status').filter({ hasText: `with ${member.name} was moved to the Trash.` }).waitFor()
    await page.getByRole('button', { name: 'Start 1:1' }).waitFor()

    // Past the autosave delay and the first retry: still no write and no error.
    await page.waitForTimeout(2500)
    expect(count('SELECT count(*) FROM sessions WHERE id = ?', sessionId)).toBe(0)
    expect(count('SELECT count(*) FROM notes WHERE session_id = ?', sessionId)).toBe(0)
    await expect.poll(() => page.getByText(/Not saved/).count()).toBe(0)
    expect(app.pageErrors).toEqual([])

    // The words typed last went to the Trash with it: Undo gives them back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: `1:1 with ${member.name}` }).waitFor()
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/session/${sessionId}?section=${notesSection}`)
    await expect.poll(() => page.getByRole('textbox', { name: 'Shared notes' }).textContent()).toBe('Oops, wrong rep')
    await expect.poll(() => callApi<SessionDetail>(page, 'sessions.get', { id: sessionId }).then((detail) => detail.notes.shared.text)).toBe('Oops, wrong rep')
    expect(count("SELECT count(*) FROM sessions WHERE id = ? AND status = 'in_progress'", sessionId)).toBe(1)
  }, 120_000)

  it('lists a deleted 1:1 in the Trash and restores it from there', async () => {
    const { page } = app
    const member = members.find((candidate) => candidate.name !== members[0]!.name) ?? members[0]!
    const inProgress = (await callApi<SessionDetail>(page, 'sessions.start', { repId: member.id })).session
    await page.goto(`${app.host.url}#/session/${inProgress.id}`)
    await page.getByRole('button', { name: 'Delete this 1:1' }).click()
    await page.getByRole('dialog', { name: 'Delete this 1:1?' }).getByRole('button', { name: 'Delete 1:1' }).click()
    const toast = page.getByRole('status').filter({ hasText: `with ${member.name} was moved to the Trash.` })
    await toast.getByRole('link', { name: 'Open Trash' }).click()
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor()
    const [entry] = await callApi<TrashEntry[]>(page, 'trash.list', {})
    const item = page.getByRole('listitem').filter({ hasText: entry!.label })
    await item.getByText(`1:1 · ${member.name} · deleted`).waitFor()

    await item.getByRole('button', { name: `Restore 1:1 “${entry!.label}”` }).click()
    await page.getByText(`“${entry!.label}” was restored.`).waitFor()
    await page.getByText('The trash is empty.').waitFor()
    await screenshot(page, 'delete-session-trash-restored')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Open the restored 1:1' }).click()
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${member.name}` }).waitFor()
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/session/${inProgress.id}/summary`)
    await page.getByRole('link', { name: 'Back to the 1:1' }).click()
    await page.getByRole('heading', { level: 1, name: `1:1 with ${member.name}` }).waitFor()
    await page.goto(`${app.host.url}#/rep/${member.id}`)
    await page.getByRole('link', { name: 'Resume 1:1' }).waitFor()
    expect(app.pageErrors).toEqual([])
  }, 120_000)

  it('deletes a goal from its card after asking, and Undo brings it back with its values', async () => {
    const { page } = app
    const member = members[0]!
    const goal = (await callApi<RepDetail>(page, 'reps.get', { id: member.id })).goals[0]!
    const values = count('SELECT count(*) FROM goal_checkins WHERE goal_id = ?', goal.id)
    await page.goto(`${app.host.url}#/rep/${member.id}/goals`)
    const card = page.getByRole('region', { name: goal.title, exact: true })
    await card.getByRole('group', { name: `Actions for ${goal.title}` }).getByRole('button', { name: 'Delete', exact: true }).click()
    const confirm = card.getByRole('group', { name: `Delete the goal “${goal.title}” with ${values} recorded value${values === 1 ? '' : 's'}? You can undo this, or restore it from the Trash.` })
    await confirm.waitFor()
    await screenshot(page, 'delete-goal-confirm', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    // The confirm button has the focus: Enter deletes.
    await page.keyboard.press('Enter')
    const toast = page.getByRole('status').filter({ hasText: `The goal “${goal.title}” was moved to the Trash.` })
    await toast.waitFor()
    await card.waitFor({ state: 'detached' })
    expect(count('SELECT count(*) FROM goals WHERE id = ?', goal.id)).toBe(0)

    await toast.getByRole('button', { name: 'Undo', exact: true }).click()
    await page.getByRole('region', { name: goal.title, exact: true }).waitFor()
    expect(count('SELECT count(*) FROM goal_checkins WHERE goal_id = ?', goal.id)).toBe(values)
    expect(app.pageErrors).toEqual([])
  }, 120_000)

  it('deletes an agreement from the ledger after asking, and Undo brings it back', async () => {
    const { page } = app
    const member = members[0]!
    const [agreement] = await callApi<LedgerAgreement[]>(page, 'reps.agreements', { repId: member.id })
    await page.goto(`${app.host.url}#/rep/${member.id}/agreements`)
    const ledger = page.getByRole('region', { name: 'Agreements ledger' })
    await ledger.getByRole('button', { name: `Delete agreement “${agreement!.text}”` }).click()
    const confirm = ledger.getByRole('group', { name: 'Delete this agreement from the ledger? You can undo this, or restore it from the Trash.' })
    await confirm.waitFor()
    await screenshot(page, 'delete-agreement-confirm', { viewport: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    await confirm.getByRole('button', { name: 'Keep it' }).click()
    await confirm.waitFor({ state: 'detached' })
    expect(count('SELECT count(*) FROM agreements WHERE id = ?', agreement!.id)).toBe(1)

    await ledger.getByRole('button', { name: `Delete agreement “${agreement!.text}”` }).click()
    await confirm.getByRole('button', { name: 'Delete agreement' }).click()
    const toast = page.getByRole('status').filter({ hasText: 'was moved to the Trash.' })
    await toast.waitFor()
    await ledger.getByRole('button', { name: `Delete agreement “${agreement!.text}”` }).waitFor({ state: 'detached' })
    expect(count('SELECT count(*) FROM agreements WHERE id = ?', agreement!.id)).toBe(0)

    await toast.getByRole('button', { name: 'Undo', exact: true }).click()
    await page.getByRole('region', { name: 'Agreements ledger' }).getByRole('button', { name: `Delete agreement “${agreement!.text}”` }).waitFor()
    expect(count('SELECT count(*) FROM agreements WHERE id = ?', agreement!.id)).toBe(1)
    expect(app.pageErrors).toEqual([])
  }, 120_000)
})
