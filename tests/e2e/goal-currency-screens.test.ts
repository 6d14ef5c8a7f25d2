// A goal kept in euros shows euros wherever its values are: the Brief's goal movement and the
// summary of a 1:1 (they printed US dollars, as the exports once did).
import { format, subDays } from 'date-fns'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import type { GoalDetails } from '../../src/shared/goals'
import { callApi as call, openRep } from './support/page-helpers'
import { launchApp, screenshot, type E2eApp } from './support/harness'

describe('a goal in euros on screen', () => {
  let app: E2eApp
  let rep: Rep
  let lastSession: number

  beforeAll(async () => {
    app = await launchApp()
    const { page } = app
    rep = await call<Rep>(page, 'reps.create', { name: 'Lena Vogel', cadence: 'weekly' })
    const goal = await call<GoalDetails>(page, 'goals.create', { repId: rep.id, title: 'Pipeline', metric: 'Qualified pipeline', unit: 'currency', currency: 'EUR', baseline: 10000, target: 400000 })
    const first = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await call(page, 'goals.recordCheckIn', { sessionId: first.session.id, goalId: goal.goal.id, value: 40000 })
    await call(page, 'sessions.finish', { id: first.session.id })
    const lastWeek = format(subDays(new Date(), 7), 'yyyy-MM-dd')
    const db = app.host.database.db
    db.prepare('UPDATE sessions SET scheduled_at = ? || substr(scheduled_at, 11) WHERE id = ?').run(lastWeek, first.session.id)
    db.prepare('UPDATE goal_checkins SET recorded_on = ? WHERE session_id = ?').run(lastWeek, first.session.id)
    const second = await call<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await call(page, 'goals.recordCheckIn', { sessionId: second.session.id, goalId: goal.goal.id, value: 55000 })
    await call(page, 'sessions.finish', { id: second.session.id })
    lastSession = second.session.id
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows the Brief’s goal movement in euros', async () => {
    const { page } = app
    await openRep(page, rep)
    const goals = page.getByRole('region', { name: 'Goals since the last 1:1' })
    await expect.poll(() => goals.textContent()).toContain('€55,000 of €400,000')
    await expect.poll(() => goals.textContent()).toContain('+€15,000 from €40,000')
    await expect.poll(() => goals.textContent()).not.toContain('$')
    await screenshot(page, 'brief-goal-in-euros')
  })

  it('shows the 1:1 summary’s goal values in euros', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/session/${lastSession}`)
    await page.getByRole('heading', { level: 1, name: /^Summary: / }).waitFor()
    const row = page.getByRole('row', { name: /Pipeline/ })
    await expect.poll(() => row.textContent()).toContain('€40,000')
    await expect.poll(() => row.textContent()).toContain('€55,000')
    await expect.poll(() => row.textContent()).toContain('+€15,000')
    await expect.poll(() => row.textContent()).not.toContain('$')
  })
})
