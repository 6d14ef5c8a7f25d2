// A full 1:1 run from the keyboard on the demo team: every section filled, finished with the
// shortcut, found again after a reload and in the database.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RepDetail, SessionDetail, TeamMember } from '../../src/shared/domain'
import { callApi as call, isActiveElement, waitForSaved } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

async function currentSection(page: Page): Promise<string> {
  return (await page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="step"]').textContent()) ?? ''
}

async function checkSection(page: Page, name: string, shot: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
  await expect.poll(() => currentSection(page)).toContain(name)
  expect(await seriousAxeViolations(page)).toEqual([])
  await screenshot(page, shot)
}

const TEXT = {
  checkIn: 'Tired after the quarter-end push, but proud of the Northwind renewal.',
  point: 'Wants to talk about the enterprise territory split',
  assessment: 'Pipeline is thin for March',
  comment: 'Two late-stage deals slipped',
  missedReason: 'Customer legal review took three weeks longer',
  challenge: 'Procurement at Brightline keeps adding security questionnaires',
  support: 'I will ask our security team for a standard answers pack',
  recognition: 'Rescued the Acme renewal',
  behaviour: 'Called the champion the same day the risk showed up',
  stepRep: 'Send the mutual action plan to Brightline by Friday',
  stepManager: 'Introduce Maya to the VP of security',
  shared: 'Agreed to focus on three late-stage deals',
  private: 'Watch for burnout: second late night this week'
}

describe('a full 1:1 from the keyboard', () => {
  let app: E2eApp
  let repId = 0
  let repName = ''

  // A fresh host per test: each test starts the 1:1 it needs, at the section it needs.
  beforeEach(async () => {
    app = await launchApp({ demo: true })
    await app.page.locator('.team-table tbody tr').first().waitFor()
    // The demo rep with the most open agreements has something in every section.
    const team = await call<TeamMember[]>(app.page, 'reps.list', {})
    const details = await Promise.all(team.map((member) => call<RepDetail>(app.page, 'reps.get', { id: member.id })))
    const chosen = details
      .filter((detail) => !detail.recentSessions.some((session) => session.status === 'in_progress'))
      .sort((a, b) => b.openAgreements.length - a.openAgreements.length)[0]!
    expect(chosen.openAgreements.length).toBeGreaterThanOrEqual(2)
    repId = chosen.rep.id
    repName = chosen.rep.name
  })
  afterEach(async () => {
    await app?.close()
  })

  /** Starts a 1:1 with the chosen rep through the API and opens it at section `section` (1 = Check-in … 8 = Notes). */
  async function openOneToOne(section: number): Promise<SessionDetail> {
    const detail = await call<SessionDetail>(app.page, 'sessions.start', { repId })
    await app.page.goto(`${app.host.url}#/session/${detail.session.id}?section=${section}`)
    await app.page.getByRole('heading', { level: 1, name: `1:1 with ${repName}` }).waitFor()
    return detail
  }

  const doc = (...paragraphs: string[]) => ({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) })

  /** What the keyboard tests write into a 1:1, written through the API (for the tests about what comes after). */
  async function fillWholeOneToOne(): Promise<SessionDetail> {
    const { page } = app
    await call(page, 'talkingPoints.add', { repId, text: TEXT.point, raisedBy: 'rep' })
    const detail = await call<SessionDetail>(page, 'sessions.start', { repId })
    const id = detail.session.id
    await call(page, 'sessions.updateCheckIn', { id, pulse: 4, checkInText: TEXT.checkIn })
    const point = detail.agenda.find((item) => item.text === TEXT.point)!
    await call(page, 'talkingPoints.setOutcome', { id: point.id, sessionId: id, outcome: 'discussed' })
    await call(page, 'goals.recordCheckIn', { sessionId: id, goalId: detail.goalReview[0]!.goal.id, value: 480000, status: 'at_risk', repAssessment: TEXT.assessment, comment: TEXT.comment })
    await call(page, 'agreements.review', { id: detail.lastAgreements[0]!.id, sessionId: id, outcome: 'done' })
    await call(page, 'agreements.review', { id: detail.lastAgreements[1]!.id, sessionId: id, outcome: 'missed', missedReason: TEXT.missedReason })
    await call(page, 'challenges.create', { sessionId: id, text: TEXT.challenge, supportOffered: TEXT.support })
    await call(page, 'recognitions.create', { sessionId: id, what: TEXT.recognition, behaviour: TEXT.behaviour })
    await call(page, 'agreements.create', { sessionId: id, text: TEXT.stepRep, owner: 'rep', dueDate: detail.suggestedDueDate })
    await call(page, 'agreements.create', { sessionId: id, text: TEXT.stepManager, owner: 'manager', dueDate: detail.suggestedDueDate })
    await call(page, 'notes.save', { sessionId: id, kind: 'shared', doc: doc(TEXT.shared), text: TEXT.shared, baseRevision: detail.notes.shared.revision })
    await call(page, 'notes.save', { sessionId: id, kind: 'private', doc: doc(TEXT.private), text: TEXT.private, baseRevision: detail.notes.private.revision })
    return detail
  }

  it('starts a 1:1 from the rep’s row on the Team screen', async () => {
    const { page } = app
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'team-demo-start-buttons')
    const start = page.getByRole('button', { name: `Start 1:1 with ${repName}` })
    await start.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: `1:1 with ${repName}` }).waitFor()
    const sessionId = Number(/#\/session\/(\d+)/.exec(page.url())?.[1])
    expect(sessionId).toBeGreaterThan(0)
    await expect.poll(() => page.getByRole('navigation', { name: 'Sections' }).getByRole('button').count()).toBe(8)
    await expect.poll(() => page.locator('[role="timer"]').textContent()).toMatch(/^\d\d:\d\d$/)
  })

  it('fills the check-in: pulse with the arrow keys and a line of text', async () => {
    const { page } = app
    await openOneToOne(1)
    await checkSection(page, 'Check-in', 'session-1-check-in-empty')
    await page.getByRole('radio', { name: /^3/ }).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true)
    await page.getByLabel('In one line: how are they doing?').focus()
    await page.keyboard.type(TEXT.checkIn)
    await waitForSaved(page)
    await checkSection(page, 'Check-in', 'session-1-check-in')
  })

  it('adds a talking point raised by the rep and marks the agenda', async () => {
    const { page } = app
    await openOneToOne(1)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Agenda', 'session-2-agenda-before')
    await page.getByLabel('Add a talking point').focus()
    await page.keyboard.type(TEXT.point)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    const item = page.getByRole('listitem').filter({ hasText: TEXT.point })
    await item.waitFor()
    await expect.poll(() => item.textContent()).toContain('Raised by rep')
    const discussed = item.getByRole('button', { name: 'Discussed' })
    await discussed.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => discussed.getAttribute('aria-pressed')).toBe('true')
    await waitForSaved(page)
    await checkSection(page, 'Agenda', 'session-2-agenda')
  })

  it('reviews a goal: refuses text that is not a number, shows the delta, saves the check-in', async () => {
    const { page } = app
    await openOneToOne(2)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Goal review', 'session-3-goal-review-before')
    const goal = page.locator('.goal-review__item').first()
    const value = goal.getByLabel('New value')
    await value.focus()
    await page.keyboard.type('about 40')
    await goal.getByText('The new value must be a number, like 120 or 12.5.').waitFor()
    await page.keyboard.press('Control+a')
    await page.keyboard.type('480,000')
    await goal.getByText('The new value must be a number, like 120 or 12.5.').waitFor({ state: 'detached' })
    await expect.poll(() => goal.locator('.delta').textContent()).toMatch(/^\+\$[\d,]+ since last$/)
    await goal.getByLabel('Status').selectOption('at_risk')
    await goal.getByLabel('Rep’s own assessment').focus()
    await page.keyboard.type(TEXT.assessment)
    await goal.getByLabel('Comment').focus()
    await page.keyboard.type(TEXT.comment)
    await waitForSaved(page)
    await checkSection(page, 'Goal review', 'session-3-goal-review')
  })

  it('reviews last agreements with D and M (missed asks why)', async () => {
    const { page } = app
    await openOneToOne(3)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Last agreements', 'session-4-last-agreements-before')
    const rows = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li')
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2)
    await expect.poll(() => rows.first().textContent()).toContain('Not reviewed yet — stays open')
    await rows.nth(0).focus()
    await page.keyboard.press('d')
    await expect.poll(() => rows.nth(0).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true')
    await rows.nth(1).focus()
    await page.keyboard.press('m')
    const reason = rows.nth(1).getByLabel('Why was it missed?')
    await reason.waitFor()
    await expect.poll(() => reason.evaluate(isActiveElement)).toBe(true)
    await page.keyboard.type(TEXT.missedReason)
    await page.keyboard.press('Tab')
    await waitForSaved(page)
    await checkSection(page, 'Last agreements', 'session-4-last-agreements')
  })

  it('adds a challenge with Enter and the support offered', async () => {
    const { page } = app
    await openOneToOne(4)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Challenges', 'session-5-challenges-before')
    await page.getByLabel('Add a challenge').focus()
    await page.keyboard.type(TEXT.challenge)
    await page.keyboard.press('Enter')
    const item = page.getByRole('list', { name: 'Challenges' }).getByRole('listitem').last()
    await expect.poll(() => item.getByRole('textbox', { name: 'Challenge', exact: true }).inputValue()).toBe(TEXT.challenge)
    await expect.poll(() => item.textContent()).toContain('came up in 1 1:1')
    await item.getByLabel('Support offered').focus()
    await page.keyboard.type(TEXT.support)
    await waitForSaved(page)
    await checkSection(page, 'Challenges', 'session-5-challenges')
  })

  it('recognises a specific win', async () => {
    const { page } = app
    await openOneToOne(5)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Recognition', 'session-6-recognition-empty')
    await page.getByLabel('What', { exact: true }).focus()
    await page.keyboard.type(TEXT.recognition)
    await page.keyboard.press('Tab')
    await page.keyboard.type(TEXT.behaviour)
    await page.keyboard.press('Enter')
    const recognised = page.getByRole('list', { name: 'Recognised in this 1:1' })
    await expect.poll(() => recognised.getByRole('textbox', { name: 'What you recognise' }).first().inputValue()).toBe(TEXT.recognition)
    await waitForSaved(page)
    await checkSection(page, 'Recognition', 'session-6-recognition')
  })

  it('edits a recognition, a challenge and a talking point in place, and never saves one empty', async () => {
    const { page } = app
    await call(page, 'talkingPoints.add', { repId, text: TEXT.point, raisedBy: 'rep' })
    const opened = (await openOneToOne(6)).session
    await call(page, 'challenges.create', { sessionId: opened.id, text: TEXT.challenge, supportOffered: TEXT.support })
    await call(page, 'recognitions.create', { sessionId: opened.id, what: TEXT.recognition, behaviour: TEXT.behaviour })
    await page.reload()
    const what = page.getByRole('list', { name: 'Recognised in this 1:1' }).getByRole('textbox', { name: 'What you recognise' }).first()
    await what.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' (edited)')
    await waitForSaved(page)

    await page.keyboard.press('Alt+ArrowUp')
    const challenge = page.getByRole('list', { name: 'Challenges' }).getByRole('textbox', { name: 'Challenge', exact: true }).last()
    await challenge.fill('')
    await page.getByText('A challenge cannot be empty.', { exact: false }).waitFor()
    await screenshot(page, 'session-5-challenge-emptied')
    await challenge.fill(`${TEXT.challenge} (edited)`)
    await expect.poll(() => page.getByText('A challenge cannot be empty.', { exact: false }).count()).toBe(0)
    await waitForSaved(page)

    await page.keyboard.press('Alt+2')
    const point = page.getByRole('textbox', { name: 'Talking point', exact: true }).first()
    const before = await point.inputValue()
    await point.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' (edited)')
    await waitForSaved(page)

    // Leaving the field saves at once; then the stored 1:1 has every edit.
    await page.keyboard.press('Tab')
    const sessionId = Number(page.url().match(/#\/session\/(\d+)/)![1])
    const stored = () => call<SessionDetail>(page, 'sessions.get', { id: sessionId })
    await expect.poll(async () => (await stored()).agenda.map((item) => item.text)).toContain(`${before} (edited)`)
    const session = await stored()
    expect(session.recognitions.map((item) => item.what)).toContain(`${TEXT.recognition} (edited)`)
    expect(session.challenges.map((item) => item.text)).toContain(`${TEXT.challenge} (edited)`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Alt+6')
  })

  it('agrees two next steps, switching the owner of the second with Alt+O', async () => {
    const { page } = app
    await openOneToOne(6)
    await page.keyboard.press('Alt+ArrowDown')
    await checkSection(page, 'Next steps', 'session-7-next-steps-empty')
    const input = page.getByLabel('New agreement')
    await input.focus()
    await page.keyboard.type(TEXT.stepRep)
    await page.keyboard.press('Enter')
    await page.getByRole('list', { name: 'Next steps agreed in this 1:1' }).locator(':scope > li').first().waitFor()
    await page.keyboard.type(TEXT.stepManager)
    await page.keyboard.press('Alt+o')
    await expect.poll(() => page.getByRole('form', { name: 'Add a next step' }).getByRole('radio', { name: 'You' }).isChecked()).toBe(true)
    await page.keyboard.press('Enter')
    const items = page.getByRole('list', { name: 'Next steps agreed in this 1:1' }).locator(':scope > li')
    await items.nth(1).waitFor()
    await expect.poll(() => items.nth(0).getByRole('radio', { name: repName.split(' ')[0] }).isChecked()).toBe(true)
    await expect.poll(() => items.nth(1).getByRole('radio', { name: 'You' }).isChecked()).toBe(true)
    await expect.poll(() => items.nth(0).getByLabel('Due', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await waitForSaved(page)
    await checkSection(page, 'Next steps', 'session-7-next-steps')
  })

  it('writes shared and private notes in the editors', async () => {
    const { page } = app
    await openOneToOne(1)
    await page.keyboard.press('Alt+8')
    await checkSection(page, 'Notes', 'session-8-notes-empty')
    const shared = page.getByRole('textbox', { name: 'Shared notes' })
    await shared.focus()
    await page.keyboard.type(TEXT.shared)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+Shift+8')
    await page.keyboard.type('Acme')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Brightline')
    const privateNotes = page.getByRole('textbox', { name: 'Private notes' })
    await privateNotes.focus()
    await page.keyboard.type(TEXT.private)
    await waitForSaved(page)
    await expect.poll(() => shared.locator('ul li').count()).toBe(2)
    await checkSection(page, 'Notes', 'session-8-notes')
  })

  it('lists every shortcut with "?"', async () => {
    const { page } = app
    await openOneToOne(8)
    await page.getByRole('heading', { level: 2, name: 'Notes' }).focus()
    await page.keyboard.press('?')
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await overlay.waitFor()
    for (const text of ['Next section', 'Finish the 1:1', 'Mark done', 'Switch the owner', 'Checklist']) await expect.poll(() => overlay.getByText(text).first().isVisible()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-shortcuts')
    await page.keyboard.press('Escape')
    await overlay.waitFor({ state: 'hidden' })
  })

  it('finishes with Ctrl+Enter and shows the summary, private notes only on request', async () => {
    const { page } = app
    const { session } = await fillWholeOneToOne()
    await page.goto(`${app.host.url}#/session/${session.id}?section=8`)
    await page.getByRole('textbox', { name: 'Private notes' }).getByText(TEXT.private).waitFor()
    await page.keyboard.press('Control+Enter')
    const dialog = page.getByRole('dialog', { name: 'Finish this 1:1?' })
    await dialog.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${repName}` }).waitFor()
    const summary = page.locator('.summary')
    for (const text of [TEXT.checkIn, TEXT.point, TEXT.comment, TEXT.missedReason, TEXT.challenge, TEXT.support, TEXT.recognition, TEXT.stepRep, TEXT.stepManager, TEXT.shared]) {
      await expect.poll(() => summary.textContent()).toContain(text)
    }
    await expect.poll(() => page.getByText(/Next 1:1 with .*: /).textContent()).toMatch(/\d{4}/)
    await expect.poll(() => summary.textContent()).not.toContain(TEXT.private)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'session-summary')
    await page.getByLabel('Show private notes').check()
    await summary.getByText(TEXT.private).waitFor()
    await screenshot(page, 'session-summary-private')
  })

  it('finds everything again after a reload, and the completed 1:1 can still be corrected', async () => {
    const { page } = app
    const filled = (await fillWholeOneToOne()).session
    await call(page, 'sessions.finish', { id: filled.id })
    await page.goto(`${app.host.url}#/session/${filled.id}/summary`)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: `Summary: 1:1 with ${repName}` }).waitFor()
    await expect.poll(() => page.locator('.summary').textContent()).toContain(TEXT.stepManager)
    await page.getByRole('link', { name: 'Correct this 1:1' }).click()
    await page.getByText(/^Completed on /).waitFor()
    await expect.poll(() => page.getByRole('radio', { name: /^4/ }).isChecked()).toBe(true)
    await expect.poll(() => page.getByLabel('In one line: how are they doing?').inputValue()).toBe(TEXT.checkIn)
    await page.keyboard.press('Alt+3')
    await expect.poll(() => page.locator('.goal-review__item').first().getByLabel('New value').inputValue()).toBe('480000')
    await page.keyboard.press('Alt+4')
    await expect.poll(() => page.getByLabel('Why was it missed?').inputValue()).toBe(TEXT.missedReason)
    await page.keyboard.press('Alt+8')
    await page.getByRole('textbox', { name: 'Private notes' }).getByText(TEXT.private).waitFor()
    // A correction after completion is saved and shown as "last edited".
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' (corrected)')
    await waitForSaved(page)
    await page.reload()
    await page.getByText(/· last edited /).waitFor()
    await screenshot(page, 'session-completed-banner')
    await expect.poll(() => call<SessionDetail>(page, 'sessions.get', { id: filled.id }).then((detail) => detail.notes.shared.text)).toContain('(corrected)')
    expect(app.pageErrors).toEqual([])
  })

  it('stores private and shared notes as separate rows', async () => {
    const { page } = app
    const sessionId = (await openOneToOne(1)).session.id
    await page.getByRole('radio', { name: /^4/ }).check()
    await page.getByLabel('In one line: how are they doing?').fill(TEXT.checkIn)
    await waitForSaved(page)
    await page.keyboard.press('Alt+8')
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.type(`${TEXT.shared} (corrected)`)
    await page.getByRole('textbox', { name: 'Private notes' }).focus()
    await page.keyboard.type(TEXT.private)
    await waitForSaved(page)
    await call(page, 'sessions.finish', { id: sessionId })
    const rows = app.host.database.db
      .prepare('SELECT notes.kind, note_bodies.plain_text AS text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id WHERE notes.session_id = ? ORDER BY notes.kind')
      .all(sessionId) as Array<{ kind: string; text: string }>
    expect(rows.map((row) => row.kind)).toEqual(['private', 'shared'])
    expect(rows[0]!.text).toContain(TEXT.private)
    expect(rows[0]!.text).not.toContain(TEXT.shared)
    expect(rows[1]!.text).toContain(TEXT.shared)
    expect(rows[1]!.text).toContain('(corrected)')
    expect(rows[1]!.text).not.toContain(TEXT.private)
    const session = app.host.database.db.prepare('SELECT status, pulse, check_in_text FROM sessions WHERE id = ?').get(sessionId) as { status: string; pulse: number; check_in_text: string }
    expect(session).toEqual({ status: 'completed', pulse: 4, check_in_text: TEXT.checkIn })
  })
})
