// Between 1:1s: a talking point jotted on the Rep screen reaches the next agenda, one carried
// over comes back, an agreement left open is reviewed next time and closed once. Also every
// section empty and with long texts, in light and dark.
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import { callApi as call, waitForSaved, waitForTextboxValue } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

async function openSection(page: Page, index: number, name: string): Promise<void> {
  await page.keyboard.press(`Alt+${index}`)
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
}

async function lookAt(page: Page, shot: string): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([])
  await screenshot(page, shot)
}

async function startFromRepScreen(page: Page, repId: number, label: 'Start 1:1' | 'Resume 1:1' = 'Start 1:1'): Promise<number> {
  await page.goto(`${page.url().split('#')[0]}#/rep/${repId}`)
  const start = page.getByRole(label === 'Start 1:1' ? 'button' : 'link', { name: label, exact: true })
  await start.click()
  await page.getByRole('heading', { level: 1, name: /^1:1 with / }).waitFor()
  return Number(/#\/session\/(\d+)/.exec(page.url())?.[1])
}

async function finishWithButton(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Finish 1:1/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Finish this 1:1?' })
  await dialog.getByRole('button', { name: 'Finish 1:1' }).click()
  await page.getByRole('heading', { level: 1, name: /^Summary: / }).waitFor()
}

const LONG_NAME = 'Anneliese Konstantinopoulou-Vandenberghe'
const POINT_DISCUSSED = 'Pricing page feedback from the last three enterprise demos'
const POINT_CARRIED = 'Territory split between inbound and outbound'
const LONG_WORD = 'Supercalifragilisticexpialidocious-procurement-questionnaire-version-seventeen-final-final'
const LONG_AGREEMENT = `Rewrite the discovery question bank for the mid-market segment so that every call covers budget, authority, need and timing, then share it with the team and ask for two rounds of feedback before the quarterly kickoff ${LONG_WORD}`
const PAST_AGREEMENT = 'Send the overdue expense report'
const LONG_CHALLENGE = `Security reviews at regulated customers take six to eight weeks and stall deals that were otherwise ready to sign; ${LONG_WORD}`
const LONG_RECOGNITION = 'Turned a lost renewal into a three-year expansion by bringing the customer’s CFO into the conversation early'

describe('between 1:1s: talking points and agreements carry over', () => {
  let app: E2eApp
  let rep: Rep

  // A fresh host per test: each test makes the 1:1s it needs.
  beforeEach(async () => {
    app = await launchApp()
    rep = await call<Rep>(app.page, 'reps.create', { name: LONG_NAME, role: 'Account Executive', cadence: 'weekly' })
  })
  afterEach(async () => {
    await app?.close()
  })

  /** Starts a 1:1 through the API and opens it. */
  async function openNewOneToOne(): Promise<SessionDetail> {
    const detail = await call<SessionDetail>(app.page, 'sessions.start', { repId: rep.id })
    await app.page.goto(`${app.host.url}#/session/${detail.session.id}`)
    await app.page.getByRole('heading', { level: 1, name: /^1:1 with / }).waitFor()
    return detail
  }

  /** The two next steps the first 1:1 agrees: the long one, and one due in the past. */
  async function agreeTwoNextSteps(detail: SessionDetail): Promise<void> {
    await call(app.page, 'agreements.create', { sessionId: detail.session.id, text: LONG_AGREEMENT, dueDate: detail.suggestedDueDate })
    await call(app.page, 'agreements.create', { sessionId: detail.session.id, text: PAST_AGREEMENT, dueDate: '2020-01-15' })
  }

  /** A finished first 1:1, as the tests above leave it: one point discussed, one carried over, two next steps left open. */
  async function finishedFirstOneToOne(): Promise<number> {
    const { page } = app
    await call(page, 'talkingPoints.add', { repId: rep.id, text: POINT_DISCUSSED })
    await call(page, 'talkingPoints.add', { repId: rep.id, text: POINT_CARRIED, raisedBy: 'rep' })
    const detail = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    for (const point of detail.agenda) {
      await call(page, 'talkingPoints.setOutcome', { id: point.id, sessionId: detail.session.id, outcome: point.text === POINT_CARRIED ? 'carried_over' : 'discussed' })
    }
    await agreeTwoNextSteps(detail)
    await call(page, 'sessions.finish', { id: detail.session.id })
    return detail.session.id
  }

  it('jots talking points on the Rep screen, one raised by the rep', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    const panel = page.getByRole('region', { name: 'Talking points for the next 1:1' })
    await panel.getByText('Nothing yet.', { exact: false }).waitFor()
    const input = panel.getByLabel('Add a talking point')
    await input.fill(POINT_DISCUSSED)
    await input.press('Enter')
    await panel.getByText(POINT_DISCUSSED).waitFor()
    // Empty points are never sent.
    await input.press('Enter')
    await panel.getByText('Write the talking point first.').waitFor()
    await input.fill(POINT_CARRIED)
    await panel.getByLabel('Raised by the rep').check()
    await input.press('Enter')
    await panel.getByText(POINT_CARRIED).waitFor()
    await expect.poll(() => panel.locator('li').count()).toBe(2)
    await lookAt(page, 'rep-talking-points')
  })

  it('plans a 1:1 from the Rep screen', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    const panel = page.getByRole('region', { name: 'Plan 1:1' })
    await panel.getByLabel('Date').fill('2030-05-06')
    await panel.getByLabel('Time').fill('10:30')
    await panel.getByRole('button', { name: 'Plan 1:1' }).click()
    await page.getByRole('link', { name: /6 May 2030, planned/ }).waitFor()
  })

  // Eight axe runs and screenshots: 63 s at load 16, past the 60 s default (as the long-texts test).
  it('shows both points in the first 1:1, and every empty section explains itself', async () => {
    const { page } = app
    await call(page, 'talkingPoints.add', { repId: rep.id, text: POINT_DISCUSSED })
    await call(page, 'talkingPoints.add', { repId: rep.id, text: POINT_CARRIED, raisedBy: 'rep' })
    await startFromRepScreen(page, rep.id)
    await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor()
    await lookAt(page, 'session-empty-1-check-in')
    await openSection(page, 2, 'Agenda')
    const agenda = page.getByRole('list', { name: 'Talking points' })
    await agenda.getByText(POINT_DISCUSSED).waitFor()
    await agenda.getByText(POINT_CARRIED).waitFor()
    await agenda.locator(':scope > li').filter({ hasText: POINT_DISCUSSED }).getByRole('button', { name: 'Discussed' }).click()
    await agenda.locator(':scope > li').filter({ hasText: POINT_CARRIED }).getByRole('button', { name: 'Carry over' }).click()
    await waitForSaved(page)
    await lookAt(page, 'session-empty-2-agenda')
    await openSection(page, 3, 'Goal review')
    await page.getByText('has no active goals').waitFor()
    await lookAt(page, 'session-empty-3-goal-review')
    await openSection(page, 4, 'Last agreements')
    await page.getByText('No open agreements from earlier 1:1s.').waitFor()
    await lookAt(page, 'session-empty-4-last-agreements')
    await openSection(page, 5, 'Challenges')
    await page.getByText('No open challenges.', { exact: false }).waitFor()
    await lookAt(page, 'session-empty-5-challenges')
    await openSection(page, 6, 'Recognition')
    await page.getByText('Nothing recognised in this 1:1 yet.', { exact: false }).waitFor()
    await lookAt(page, 'session-empty-6-recognition')
    await openSection(page, 7, 'Next steps')
    await page.getByText('No next steps yet.', { exact: false }).waitFor()
    await lookAt(page, 'session-empty-7-next-steps')
    await openSection(page, 8, 'Notes')
    await page.getByRole('textbox', { name: 'Shared notes' }).waitFor()
    await lookAt(page, 'session-empty-8-notes')
  }, 120_000)

  it('refuses an empty agreement and asks before a due date in the past', async () => {
    const { page } = app
    await openNewOneToOne()
    await openSection(page, 7, 'Next steps')
    const form = page.getByRole('form', { name: 'Add a next step' })
    await form.getByLabel('New agreement').press('Enter')
    await form.getByText('Write the agreement first.').waitFor()
    await form.getByLabel('New agreement').fill(LONG_AGREEMENT)
    await form.getByLabel('New agreement').press('Enter')
    const items = page.getByRole('list', { name: 'Next steps agreed in this 1:1' }).locator(':scope > li')
    await items.first().waitFor()
    await form.getByLabel('New agreement').fill(PAST_AGREEMENT)
    await form.getByLabel('Due', { exact: true }).fill('2020-01-15')
    await form.getByLabel('New agreement').press('Enter')
    const confirm = form.getByRole('group', { name: 'This date is in the past — keep it?' })
    await confirm.waitFor()
    await expect.poll(() => items.count()).toBe(1)
    await lookAt(page, 'session-next-steps-past-date')
    await confirm.getByRole('button', { name: 'Keep it' }).click()
    await items.nth(1).waitFor()
    await expect.poll(() => items.nth(1).getByLabel('Due', { exact: true }).inputValue()).toBe('2020-01-15')
    await waitForSaved(page)
  })

  it('shows long texts wrapped in every section', async () => {
    const { page } = app
    await agreeTwoNextSteps(await openNewOneToOne())
    await page.reload()
    await openSection(page, 1, 'Check-in')
    await page.getByLabel('In one line: how are they doing?').fill(`Stretched thin across too many late-stage deals, ${LONG_WORD}`)
    await page.getByRole('radio', { name: /^2/ }).check()
    await lookAt(page, 'session-long-1-check-in')
    await openSection(page, 2, 'Agenda')
    await page.getByLabel('Add a talking point').fill(`${LONG_AGREEMENT} (agenda)`)
    await page.getByLabel('Add a talking point').press('Enter')
    await waitForTextboxValue(page.getByRole('list', { name: 'Talking points' }), 'Talking point', `${LONG_AGREEMENT} (agenda)`)
    await lookAt(page, 'session-long-2-agenda')
    await openSection(page, 5, 'Challenges')
    await page.getByLabel('Add a challenge').fill(LONG_CHALLENGE)
    await page.getByLabel('Add a challenge').press('Enter')
    const challenge = page.getByRole('list', { name: 'Challenges' }).locator(':scope > li').first()
    await challenge.waitFor()
    await challenge.getByLabel('Support offered').fill(`Pairing on the first two security reviews and asking legal for a pre-approved DPA. ${LONG_WORD}`)
    await lookAt(page, 'session-long-5-challenges')
    await openSection(page, 6, 'Recognition')
    await page.getByLabel('What', { exact: true }).fill(LONG_RECOGNITION)
    await page.getByLabel('Specific behaviour or result').fill(`Asked for the CFO meeting before the renewal was at risk. ${LONG_WORD}`)
    await page.getByLabel('Specific behaviour or result').press('Enter')
    await waitForTextboxValue(page.getByRole('list', { name: 'Recognised in this 1:1' }), 'What you recognise', LONG_RECOGNITION)
    await lookAt(page, 'session-long-6-recognition')
    await openSection(page, 7, 'Next steps')
    await lookAt(page, 'session-long-7-next-steps')
    await openSection(page, 8, 'Notes')
    // Inserted rather than typed key by key: the same editor input and autosave, without a minute of keystrokes.
    await page.getByRole('textbox', { name: 'Shared notes' }).focus()
    await page.keyboard.insertText(`${LONG_AGREEMENT} `.repeat(3))
    await page.getByRole('textbox', { name: 'Private notes' }).focus()
    await page.keyboard.insertText(LONG_WORD.repeat(3))
    await waitForSaved(page)
    await lookAt(page, 'session-long-8-notes')
    await finishWithButton(page)
    await lookAt(page, 'session-long-summary')
  }, 120_000)

  it('brings the carried-over point and the open agreements into the next 1:1; done closes once', async () => {
    const { page } = app
    const sessions = [await finishedFirstOneToOne()]
    sessions.push(await startFromRepScreen(page, rep.id))
    expect(sessions[1]).not.toBe(sessions[0])
    await openSection(page, 2, 'Agenda')
    const agenda = page.getByRole('list', { name: 'Talking points' })
    const carried = agenda.locator(':scope > li').filter({ hasText: POINT_CARRIED })
    await carried.waitFor()
    await expect.poll(() => carried.textContent()).toContain('Carried over once')
    await expect.poll(() => carried.textContent()).toContain('Raised by rep')
    await expect.poll(() => agenda.getByText(POINT_DISCUSSED).count()).toBe(0)

    await openSection(page, 4, 'Last agreements')
    const rows = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li')
    await rows.first().waitFor()
    await expect.poll(() => rows.count()).toBe(2)
    // Oldest first, both due dates shown; the past-due one is highlighted.
    await expect.poll(() => rows.nth(1).locator('.due--overdue').textContent()).toContain('Overdue since 15 Jan 2020')
    const long = rows.filter({ hasText: LONG_AGREEMENT })
    await long.focus()
    await page.keyboard.press('d')
    await expect.poll(() => long.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true')
    await waitForSaved(page)
    await lookAt(page, 'session-second-last-agreements')
    await finishWithButton(page)

    sessions.push(await startFromRepScreen(page, rep.id))
    await openSection(page, 4, 'Last agreements')
    const third = page.getByRole('list', { name: 'Agreements to review' }).locator(':scope > li')
    await third.first().waitFor()
    await expect.poll(() => third.count()).toBe(1)
    await expect.poll(() => third.first().textContent()).toContain(PAST_AGREEMENT)

    const db = app.host.database.db
    const agreement = db.prepare('SELECT id, status FROM agreements WHERE text = ?').get(LONG_AGREEMENT) as { id: number; status: string }
    expect(agreement.status).toBe('done')
    const reviews = db.prepare('SELECT session_id, outcome FROM agreement_reviews WHERE agreement_id = ?').all(agreement.id)
    expect(reviews).toEqual([{ session_id: sessions[1], outcome: 'done' }])
  })

  it('offers "Resume 1:1" while one is in progress, and lists the 1:1s', async () => {
    const { page } = app
    const sessions: number[] = []
    for (let finished = 0; finished < 2; finished++) {
      const detail = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
      await call(page, 'sessions.finish', { id: detail.session.id })
      sessions.push(detail.session.id)
    }
    sessions.push((await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })).session.id)
    await page.goto(`${app.host.url}#/rep/${rep.id}`)
    await page.getByRole('link', { name: 'Resume 1:1', exact: true }).waitFor()
    await expect.poll(() => page.getByRole('button', { name: 'Start 1:1', exact: true }).count()).toBe(0)
    await expect.poll(() => page.getByRole('region', { name: 'Recent 1:1s' }).getByRole('link').count()).toBeGreaterThanOrEqual(3)
    await lookAt(page, 'rep-resume')
    expect(await startFromRepScreen(page, rep.id, 'Resume 1:1')).toBe(sessions[2])
  })

  it('reads well in the dark theme', async () => {
    const sessions = [await finishedFirstOneToOne()]
    sessions.push((await call<SessionDetail>(app.page, 'sessions.start', { repId: rep.id })).session.id)
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto(app.host.openUrl)
    await page.goto(`${app.host.url}#/session/${sessions[1]}/correct?section=4`)
    await page.getByRole('heading', { level: 2, name: 'Last agreements' }).waitFor()
    await lookAt(page, 'session-dark-last-agreements')
    await page.goto(`${app.host.url}#/session/${sessions[0]}/correct?section=7`)
    await page.getByRole('heading', { level: 2, name: 'Next steps' }).waitFor()
    await lookAt(page, 'session-dark-next-steps')
    await openSection(page, 8, 'Notes')
    await page.getByRole('textbox', { name: 'Private notes' }).waitFor()
    await lookAt(page, 'session-dark-notes')
    await page.goto(`${app.host.url}#/session/${sessions[0]}/summary`)
    await page.getByRole('heading', { level: 1, name: /^Summary: / }).waitFor()
    await page.getByLabel('Show private notes').check()
    await lookAt(page, 'session-dark-summary')
    await context.close()
    expect(app.pageErrors).toEqual([])
  })
})
