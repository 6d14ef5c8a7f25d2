// Right after a 1:1, the Brief for the next one is up to date: the goal moved in that 1:1 shows
// the move, and the point added from the Brief before the 1:1 is not suggested again.
import { format, subDays } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import type { GoalDetails } from '../../src/shared/goals'
import { callApi as call, openRep, waitForSaved } from './support/page-helpers'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'

const AGREEMENT = 'Send the Globex proposal'

describe('the Brief after a 1:1', () => {
  let app: E2eApp
  let rep: Rep

  beforeAll(async () => {
    app = await launchApp()
    const { page } = app
    rep = await call<Rep>(page, 'reps.create', { name: 'Dana Whitfield', cadence: 'weekly' })
    const goal = await call<GoalDetails>(page, 'goals.create', { repId: rep.id, title: 'Hold 40 discovery calls', metric: 'Discovery calls', unit: 'count', target: 40 })
    const first = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await call(page, 'goals.recordCheckIn', { sessionId: first.session.id, goalId: goal.goal.id, value: 10 })
    await call(page, 'agreements.create', { sessionId: first.session.id, text: AGREEMENT, owner: 'rep', dueDate: format(subDays(new Date(), 3), 'yyyy-MM-dd') })
    await call(page, 'sessions.finish', { id: first.session.id })
    // That 1:1 was a week ago (the API dates a 1:1 by when it is held).
    const lastWeek = format(subDays(new Date(), 7), 'yyyy-MM-dd')
    const db = app.host.database.db
    db.prepare("UPDATE sessions SET scheduled_at = ? || substr(scheduled_at, 11) WHERE id = ?").run(lastWeek, first.session.id)
    db.prepare('UPDATE goal_checkins SET recorded_on = ? WHERE session_id = ?').run(lastWeek, first.session.id)
    db.prepare('UPDATE agreements SET created_on = ? WHERE created_in_session_id = ?').run(lastWeek, first.session.id)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the goal’s move in the 1:1 and does not suggest again a point already on the agenda', async () => {
    const { page } = app
    await openRep(page, rep)
    const suggestions = page.getByRole('region', { name: 'Suggested talking points' })
    // (Follow-ups on agreements are not among the Brief's points: the agreements are listed beside them.)
    const recognise = suggestions.getByRole('button', { name: 'Add to next 1:1: Recognise something specific — nothing recognised yet' })
    await recognise.click()
    await suggestions.getByText('Added').waitFor()

    await page.getByRole('button', { name: 'Start 1:1', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: /^1:1 with / }).waitFor()
    await page.keyboard.press('Alt+3')
    await page.getByRole('heading', { level: 2, name: 'Goal review' }).waitFor()
    await page.getByLabel('New value').fill('14')
    await page.getByLabel('New value').blur()
    await waitForSaved(page)
    await page.getByRole('button', { name: /^Finish 1:1/ }).click()
    await page.getByRole('dialog', { name: 'Finish this 1:1?' }).getByRole('button', { name: 'Finish 1:1' }).click()
    await page.getByRole('heading', { level: 1, name: /^Summary: / }).waitFor()

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: rep.name }).click()
    const goals = page.getByRole('region', { name: 'Goals since the last 1:1' })
    await expect.poll(() => goals.textContent()).toContain(`+4 from 10 on ${format(subDays(new Date(), 7), 'd MMM yyyy')}`)
    await page.getByRole('region', { name: 'Talking points for the next 1:1' }).getByText('Recognise something specific', { exact: false }).waitFor()
    await expect.poll(() => suggestions.textContent()).not.toContain('Recognise something specific')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'brief-after-one-on-one')
  })
})
