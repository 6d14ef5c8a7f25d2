// Around the 1:1: templates and preferences in Settings, jotting talking points from anywhere,
// prompt sections, and the safety of autosave (retries, two windows on the same notes).
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call, isActiveElement, openRep } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

async function lookAt(page: Page, shot: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([])
  await screenshot(page, shot)
}

const saveStatus = (page: Page) => page.locator('[data-save-status]')

describe('templates, preferences, quick capture and safe autosave', () => {
  let app: E2eApp
  let maya: Rep
  let omar: Rep

  // A fresh host per test: no test depends on what an earlier one left.
  beforeEach(async () => {
    app = await launchApp()
    maya = await call<Rep>(app.page, 'reps.create', { name: 'Maya Lindqvist', cadence: 'weekly' })
    omar = await call<Rep>(app.page, 'reps.create', { name: 'Omar Haddad', cadence: 'biweekly' })
    // The first screen was drawn before these reps existed.
    await app.page.reload()
  })
  afterEach(async () => {
    await app?.close()
  })

  it('sets the 1:1 defaults in Settings', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    const panel = page.getByRole('region', { name: 'Preferences' })
    const minutes = panel.getByLabel('Target length of a 1:1 (minutes)')
    await minutes.fill('2')
    await minutes.press('Enter')
    await panel.getByText('At least 5 minutes.').waitFor()
    await minutes.fill('45')
    await minutes.press('Enter')
    await panel.getByText('Session length saved.').waitFor()
    await panel.getByLabel('Week starts on').selectOption('0')
    await panel.getByText('Week start saved.').waitFor()
    await panel.getByLabel(/Remind me on the morning a 1:1 is due/).uncheck()
    await panel.getByText('Reminders off saved.').waitFor()
    const preferences = await call<{ defaultSessionMinutes: number; weekStartsOn: number; remindersEnabled: boolean }>(page, 'preferences.get')
    expect(preferences.defaultSessionMinutes).toBe(45)
    expect(preferences.weekStartsOn).toBe(0)
    expect(preferences.remindersEnabled).toBe(false)
    await lookAt(page, 'settings-preferences')
  })

  it('creates, reorders, retires and restores a template, with errors next to the fields', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/settings`)
    await page.getByRole('link', { name: 'Manage templates' }).click()
    await page.getByRole('heading', { level: 1, name: 'Templates' }).waitFor()
    await expect.poll(() => page.locator('.template-card').count()).toBe(4)
    await lookAt(page, 'templates-list')

    await page.getByRole('button', { name: 'New template' }).click()
    const dialog = page.getByRole('dialog', { name: 'New template' })
    await dialog.getByRole('button', { name: 'Create template' }).click()
    await dialog.getByText('A template needs a name.').waitFor()
    await dialog.getByLabel('Name').fill('Pipeline review')
    await dialog.getByLabel('Structured section').selectOption('check_in')
    await dialog.getByRole('button', { name: 'Add section' }).click()
    await dialog.getByRole('button', { name: 'Add prompt section' }).click()
    await page.keyboard.type('Deals at risk')
    await dialog.getByLabel('Prompt', { exact: true }).fill('Which deals could slip this month, and why?')
    await dialog.getByLabel('Structured section').selectOption('notes')
    await dialog.getByRole('button', { name: 'Add section' }).click()
    // The name is taken by a built-in template: the message sits next to the name.
    await dialog.getByRole('button', { name: 'Create template' }).click()
    await dialog.getByText('A template with this name already exists.').waitFor()
    await dialog.getByLabel('Name').fill('Forecast call')
    // Move the prompt section to the top.
    await dialog.getByRole('button', { name: 'Move Deals at risk up' }).click()
    await expect.poll(() => dialog.locator('[data-control="title"]').evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value))).toEqual([
      'Deals at risk',
      'Check-in',
      'Notes'
    ])
    await lookAt(page, 'templates-editor')
    await dialog.getByRole('button', { name: 'Create template' }).click()
    await page.getByText('Forecast call is saved.').waitFor()
    const card = page.locator('.template-card').filter({ has: page.getByRole('heading', { name: 'Forecast call' }) })
    await expect.poll(() => card.getByRole('list').textContent()).toBe('Deals at riskCheck-inNotes')

    await page.getByRole('button', { name: 'Retire Forecast call' }).click()
    await card.waitFor({ state: 'detached' })
    await page.getByLabel(/Show retired/).check()
    await page.getByRole('button', { name: 'Restore Forecast call' }).click()
    await page.getByText('Forecast call is available again.').waitFor()
  })

  it('jots a talking point from anywhere with Ctrl+Shift+J, for the rep on screen', async () => {
    const { page } = app
    await openRep(page, omar)
    await page.keyboard.press('Control+Shift+J')
    const dialog = page.getByRole('dialog', { name: 'Jot a talking point' })
    await dialog.waitFor()
    await expect.poll(() => dialog.getByLabel('Rep', { exact: true }).inputValue()).toBe(String(omar.id))
    await expect.poll(() => dialog.getByLabel('Talking point').evaluate(isActiveElement)).toBe(true)
    await page.keyboard.type('Ask about the Lisbon conference')
    await lookAt(page, 'quick-capture')
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('region', { name: 'Talking points for the next 1:1' }).getByText('Ask about the Lisbon conference').waitFor()
  })

  it('adds a talking point from the Team row, in a small dialog', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/team`)
    await page.getByRole('button', { name: 'Add talking point for Maya Lindqvist' }).click()
    const dialog = page.getByRole('dialog', { name: 'Talking point for Maya Lindqvist' })
    await dialog.getByLabel('Talking point').fill('Her promotion case')
    await dialog.getByLabel('Raised by the rep').check()
    await dialog.getByLabel('Talking point').press('Enter')
    await page.getByText('Added to Maya Lindqvist’s next 1:1.').waitFor()
    await lookAt(page, 'team-with-start-buttons')
    const points = await call<Array<{ text: string; raisedBy: string }>>(page, 'talkingPoints.listOpen', { repId: maya.id })
    expect(points.map((point) => [point.text, point.raisedBy])).toEqual([['Her promotion case', 'rep']])
  })

  it('runs a 1:1 with another template; prompt sections store rich text', async () => {
    const { page } = app
    await call(page, 'preferences.update', { defaultSessionMinutes: 45 })
    await call(page, 'templates.save', {
      name: 'Forecast call',
      sections: [
        { kind: 'prompt', title: 'Deals at risk', prompt: 'Which deals could slip this month, and why?' },
        { kind: 'check_in', title: 'Check-in' },
        { kind: 'notes', title: 'Notes' }
      ]
    })
    await page.goto(`${app.host.url}#/rep/${omar.id}`)
    await page.getByLabel('Template for the 1:1').selectOption({ label: 'Forecast call' })
    await page.getByRole('button', { name: 'Start 1:1', exact: true }).click()
    await page.getByRole('heading', { level: 2, name: 'Deals at risk' }).waitFor()
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).getByRole('button').allTextContents()).toEqual(['1Deals at risk', '2Check-in', '3Notes'])
    await page.locator('.session-timer').filter({ hasText: '/ 45 min' }).waitFor()
    const editor = page.getByRole('textbox', { name: 'Notes: Deals at risk' })
    await editor.focus()
    await page.keyboard.type('Harbor & Finch: legal review')
    await page.locator('[data-save-status="saved"]').waitFor()
    await lookAt(page, 'session-prompt-section')
    const sessionId = Number(/#\/session\/(\d+)/.exec(page.url())?.[1])
    const row = app.host.database.db
      .prepare("SELECT notes.template_section_id AS sectionId, note_bodies.plain_text AS text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id WHERE notes.session_id = ? AND notes.kind = 'section'")
      .get(sessionId) as { sectionId: number; text: string }
    expect(row.text).toBe('Harbor & Finch: legal review')
    expect(row.sectionId).toBeGreaterThan(0)
  })

  it('keeps the text on screen and retries while a write fails', async () => {
    const { page } = app
    const started = await call<SessionDetail>(page, 'sessions.start', { repId: omar.id })
    await page.goto(`${app.host.url}#/session/${started.session.id}?section=1`)
    await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor()
    await page.route('**/api/sessions.updateCheckIn', (route) => route.abort())
    await page.getByLabel('In one line: how are they doing?').fill('Calm and focused')
    await saveStatus(page).filter({ hasText: 'Not saved — Kept will retry. Your text is still here.' }).waitFor()
    await lookAt(page, 'session-save-failed')
    await expect.poll(() => page.getByLabel('In one line: how are they doing?').inputValue()).toBe('Calm and focused')
    await page.unroute('**/api/sessions.updateCheckIn')
    await page.locator('[data-save-status="saved"]').waitFor({ timeout: 15_000 })
    const sessionId = Number(/#\/session\/(\d+)/.exec(page.url())?.[1])
    expect((app.host.database.db.prepare('SELECT check_in_text FROM sessions WHERE id = ?').get(sessionId) as { check_in_text: string }).check_in_text).toBe('Calm and focused')
  })

  it('asks why an agreement was missed before saving the miss', async () => {
    const { page } = app
    // An earlier 1:1 with Maya left an agreement open.
    const first = await call<SessionDetail>(page, 'sessions.start', { repId: maya.id })
    await call(page, 'agreements.create', { sessionId: first.session.id, text: 'Book the customer reference call', owner: 'rep', dueDate: null })
    await call(page, 'sessions.finish', { id: first.session.id })
    const second = await call<SessionDetail>(page, 'sessions.start', { repId: maya.id })
    await page.goto(`${app.host.url}#/session/${second.session.id}?section=4`)
    const row = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li').first()
    await row.getByRole('button', { name: 'Missed' }).click()
    const reason = row.getByLabel('Why was it missed?')
    await reason.waitFor()
    await page.keyboard.press('Tab')
    await row.getByText('Say why it was missed — it is saved once you do.').waitFor()
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true')
    await lookAt(page, 'session-missed-needs-reason')
    const agreementId = (await call<SessionDetail>(page, 'sessions.get', { id: second.session.id })).lastAgreements[0]!.id
    const stored = () => app.host.database.db.prepare('SELECT status, missed_reason FROM agreements WHERE id = ?').get(agreementId)
    expect(stored()).toEqual({ status: 'open', missed_reason: '' })
    await reason.fill('The customer went on holiday')
    await page.locator('[data-save-status="saved"]').waitFor()
    expect(stored()).toEqual({ status: 'missed', missed_reason: 'The customer went on holiday' })
  })

  it('never overwrites newer notes from another window: the user chooses', async () => {
    const { page } = app
    const sessionId = (await call<SessionDetail>(page, 'sessions.start', { repId: omar.id })).session.id
    const other = await app.context.newPage()
    await other.goto(`${app.host.url}#/session/${sessionId}?section=8`)
    await page.goto(`${app.host.url}#/session/${sessionId}?section=8`)
    await other.getByRole('textbox', { name: 'Shared notes' }).waitFor()
    await page.getByRole('textbox', { name: 'Shared notes' }).waitFor()

    await other.getByRole('textbox', { name: 'Shared notes' }).focus()
    await other.keyboard.type('Written in the other window')
    await other.locator('[data-save-status="saved"]').waitFor()

    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.type('Written here')
    const notice = page.getByRole('alert').filter({ hasText: 'This note was changed in another window' })
    await notice.waitFor()
    await expect.poll(() => saveStatus(page).textContent()).toContain('Not saved')
    await expect.poll(() => page.getByRole('textbox', { name: 'Shared notes' }).textContent()).toBe('Written here')
    const stored = () =>
      (app.host.database.db.prepare("SELECT plain_text FROM note_bodies JOIN notes ON notes.id = note_bodies.note_id WHERE notes.session_id = ? AND notes.kind = 'shared'").get(sessionId) as { plain_text: string }).plain_text
    expect(stored()).toBe('Written in the other window')
    await lookAt(page, 'session-notes-conflict')

    await notice.getByRole('button', { name: 'Load the newer version' }).click()
    await page.getByRole('textbox', { name: 'Shared notes' }).getByText('Written in the other window').waitFor()
    await expect.poll(() => page.getByLabel('Your earlier text (not saved)').inputValue()).toBe('Written here')
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' and here')
    await page.locator('[data-save-status="saved"]').waitFor()
    expect(stored()).toBe('Written in the other window and here')
    await other.close()
    expect(app.pageErrors.filter((message) => !message.includes('net::ERR_FAILED'))).toEqual([])
  })
})
