import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Rep, SessionDetail } from '../../src/shared/domain'
import type { RepGoals } from '../../src/shared/goals'
import { launchApp, screenshot, seriousAxeViolations, type E2eApp } from './support/harness'
import { callApi, openRep } from './support/page-helpers'

const LONG_TITLE = 'Grow the multi-threaded enterprise pipeline across the DACH and Nordics territories before the fiscal year closes'

describe('the goal editor and goal progress on the Rep screen', () => {
  let app: E2eApp
  let rep: Rep
  // A fresh host per test: each test makes the goal it needs.
  beforeEach(async () => {
    app = await launchApp()
    rep = await callApi<Rep>(app.page, 'reps.create', { name: 'Priya Raman', cadence: 'weekly' })
  })
  afterEach(async () => {
    await app?.close()
  })

  const iso = (date: Date) => date.toISOString().slice(0, 10)
  const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000)

  async function openGoals(page: Page) {
    await openRep(page, rep)
    await page.getByRole('tab', { name: 'Goals' }).click()
  }

  /** The goal as the keyboard test leaves it: a long title and nothing else. */
  const createUnmeasurableGoal = (page: Page) => callApi(page, 'goals.create', { repId: rep.id, title: LONG_TITLE, timeframe: 'none' })

  /** An import three weeks ago (90k) and today's 1:1 (120k) for the rep's goal. */
  async function recordImportAndOneToOne(page: Page) {
    const db = new Database(app.dbPath)
    const goalId = (await callApi<RepGoals>(page, 'goals.list', { repId: rep.id })).active[0]!.goal.id
    const importId = db
      .prepare("INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, imported_at) VALUES ('HubSpot', 'deals.csv', 'x', '{}', ?)")
      .run(new Date().toISOString()).lastInsertRowid
    db.prepare('INSERT INTO goal_checkins (goal_id, value, recorded_on, import_id, created_at) VALUES (?, 90000, ?, ?, ?)').run(goalId, iso(daysFromToday(-21)), importId, new Date().toISOString())
    db.close()
    const session = await callApi<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    await callApi(page, 'goals.recordCheckIn', { sessionId: session.session.id, goalId, value: 120000 })
    await callApi(page, 'sessions.finish', { id: session.session.id })
    return session
  }

  /** The goal as the chart test leaves it: 120k of 400k EUR at the halfway point, off track. */
  async function createOffTrackGoal(page: Page) {
    await callApi(page, 'goals.create', {
      repId: rep.id,
      title: LONG_TITLE,
      metric: 'Qualified pipeline',
      unit: 'currency',
      currency: 'EUR',
      baseline: 0,
      target: 400000,
      timeframe: 'custom',
      periodStart: iso(daysFromToday(-60)),
      periodEnd: iso(daysFromToday(60))
    })
    await recordImportAndOneToOne(page)
    await openGoals(page)
    await page.getByRole('region', { name: LONG_TITLE }).getByText('30%').waitFor()
  }

  it('shows an empty state with a New goal button', async () => {
    const { page } = app
    await openGoals(page)
    await page.getByText('No goals yet. A goal names a metric, a target and a due date.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-empty')
  })

  it('creates a goal from the keyboard and marks it not measurable yet', async () => {
    const { page } = app
    await openGoals(page)
    await page.getByRole('button', { name: 'New goal' }).click()
    const dialog = page.getByRole('dialog', { name: 'New goal' })
    await dialog.waitFor()
    // The title has the focus: type, move to "When", choose "No due date yet", submit with Enter.
    await page.keyboard.type(LONG_TITLE)
    await dialog.getByLabel('When').selectOption('none')
    await dialog.getByLabel('Title').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    const card = page.getByRole('region', { name: LONG_TITLE })
    await card.waitFor()
    await card.getByText('Not measurable yet: missing metric, target, due date').waitFor()
    await expect.poll(() => card.locator('.badge').textContent()).toBe('Suggested')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-not-measurable-long-title')
  })

  it('shows errors next to the fields and keeps the dialog open; Escape cancels', async () => {
    const { page } = app
    await createUnmeasurableGoal(page)
    await openGoals(page)
    const card = page.getByRole('region', { name: LONG_TITLE })
    await card.getByRole('button', { name: 'Edit' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit goal' })
    await dialog.waitFor()
    await dialog.getByLabel('Unit').selectOption('percent')
    await dialog.getByLabel('Target').fill('lots')
    await dialog.getByLabel('Baseline').fill('140')
    await dialog.getByLabel('When').selectOption('custom')
    await dialog.getByLabel('Period starts').fill('2026-06-01')
    await dialog.getByLabel('Period ends (due date)').fill('2026-05-01')
    await dialog.getByLabel('Target').press('Enter')
    // Every mistake shows at once, next to its field.
    await dialog.getByText('The target must be a number, like 120 or 12.5.').waitFor()
    await dialog.getByText('A percentage is between 0 and 100.').waitFor()
    await dialog.getByText('The period must end after it starts.').waitFor()
    for (const label of ['Target', 'Baseline', 'Period ends (due date)']) await expect.poll(() => dialog.getByLabel(label).getAttribute('aria-invalid')).toBe('true')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-form-errors')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    // Nothing was saved.
    const goals = await callApi<RepGoals>(page, 'goals.list', { repId: rep.id })
    expect(goals.active.map((item) => [item.goal.target, item.goal.unit])).toEqual([[null, null]])
  })

  it('completes the goal, then draws check-ins from 1:1s and imports against target and pace', async () => {
    const { page } = app
    await createUnmeasurableGoal(page)
    await openGoals(page)
    const card = page.getByRole('region', { name: LONG_TITLE })
    await card.getByRole('button', { name: 'Edit' }).click()
    const dialog = page.getByRole('dialog', { name: 'Edit goal' })
    await dialog.getByLabel('Metric').fill('Qualified pipeline')
    await dialog.getByLabel('Unit').selectOption('currency')
    await dialog.getByLabel('Currency code').fill('eur')
    await dialog.getByLabel('Baseline').fill('0')
    await dialog.getByLabel('Target').fill('400,000')
    await dialog.getByLabel('When').selectOption('custom')
    await dialog.getByLabel('Period starts').fill(iso(daysFromToday(-60)))
    await dialog.getByLabel('Period ends (due date)').fill(iso(daysFromToday(60)))
    await dialog.getByLabel('Period ends (due date)').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await expect.poll(() => card.getByText(/Not measurable yet/).count()).toBe(0)

    // An import three weeks ago, and today's 1:1.
    const session = await recordImportAndOneToOne(page)
    // The 1:1's goal review lists the goal made on the Rep screen.
    expect(session.goalReview.map((row) => row.goal.title)).toEqual([LONG_TITLE])

    await page.reload()
    await page.getByRole('tab', { name: 'Goals' }).click()
    await card.waitFor()
    const chart = card.getByRole('img', { name: /Values of/ })
    await chart.waitFor()
    await expect.poll(() => chart.locator('[data-source="session"]').count()).toBe(1)
    await expect.poll(() => chart.locator('[data-source="import"]').count()).toBe(1)
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/\(imported\).*\(from a 1:1\).*Target/)
    for (const legend of ['From 1:1s', 'Imported', 'Pace needed']) await expect.poll(() => card.getByText(legend, { exact: true }).isVisible()).toBe(true)
    // 120k of 400k at the halfway point (200k expected): off track, suggested; 30 % attained.
    await card.getByText('30%').waitFor()
    await expect.poll(() => card.locator('.goal-card__status .status').textContent()).toBe('Off track')
    await expect.poll(() => card.locator('.goal-card__status .badge').textContent()).toBe('Suggested')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-chart')
  })

  it('lets the manager override the suggested status and go back to it', async () => {
    const { page } = app
    await createOffTrackGoal(page)
    const card = page.getByRole('region', { name: LONG_TITLE })
    await card.getByLabel('Status').selectOption('on_track')
    await expect.poll(() => card.locator('.goal-card__status .badge').textContent()).toBe('Set by you')
    await expect.poll(() => card.locator('.goal-card__status .status').textContent()).toBe('On track')
    await card.getByText('Pace suggests off track.').waitFor()
    await screenshot(page, 'goals-override')
    await card.getByRole('button', { name: 'Use the suggestion' }).click()
    await expect.poll(() => card.locator('.goal-card__status .badge').textContent()).toBe('Suggested')
    await expect.poll(() => card.locator('.goal-card__status .status').textContent()).toBe('Off track')
  })

  it('marks a goal achieved after confirming and shows it under closed goals with its history', async () => {
    const { page } = app
    await createOffTrackGoal(page)
    const card = page.getByRole('region', { name: LONG_TITLE })
    await card.getByRole('button', { name: 'Mark achieved' }).click()
    await card.getByRole('button', { name: 'Keep it' }).click()
    await expect.poll(() => page.getByRole('region', { name: /Closed goals/ }).count()).toBe(0)
    await card.getByRole('button', { name: 'Mark achieved' }).click()
    // The confirm button takes the focus: Enter confirms.
    await page.keyboard.press('Enter')
    const closed = page.getByRole('region', { name: 'Closed goals (1)' })
    await closed.waitFor()
    const closedCard = closed.getByRole('region', { name: LONG_TITLE })
    await expect.poll(() => closedCard.locator('.status').first().textContent()).toBe('Achieved')
    await expect.poll(() => closedCard.getByRole('img', { name: /Values of/ }).locator('[data-source]').count()).toBe(2)
    await page.getByText('No running goals.', { exact: false }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-closed')
    // The next 1:1 no longer reviews it.
    const next = await callApi<SessionDetail>(page, 'sessions.start', { repId: rep.id })
    expect(next.goalReview).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})

describe('goals in dark mode with the demo team', () => {
  let app: E2eApp
  beforeAll(async () => {
    app = await launchApp({ demo: true, colorScheme: 'dark' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('shows running goals with status, attainment and charts, readable and accessible', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/team`)
    const firstRep = page.locator('.team-table tbody th a').first()
    await firstRep.waitFor()
    await firstRep.click()
    await page.getByRole('tab', { name: 'Goals' }).click()
    const cards = page.locator('.goal-card')
    await cards.first().waitFor()
    await page.locator('.goal-chart svg').first().waitFor()
    await expect.poll(() => cards.count()).toBeGreaterThan(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-dark')
  })

  it('shows the form’s errors readable in dark mode, and a month goal saves with its month', async () => {
    const { page } = app
    await page.goto(`${app.host.url}#/team`)
    await page.locator('.team-table tbody th a').first().click()
    await page.getByRole('tab', { name: 'Goals' }).click()
    await page.getByRole('button', { name: 'New goal' }).click()
    const dialog = page.getByRole('dialog', { name: 'New goal' })
    await dialog.getByLabel('Title').press('Enter')
    await dialog.getByText('A goal needs a title, like “Close $120k in Q3”.').waitFor()
    await dialog.getByLabel('Unit').selectOption('currency')
    await dialog.getByLabel('Currency code').fill('')
    await dialog.getByLabel('Title').press('Enter')
    await dialog.getByText('Choose the currency, like USD or EUR.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'goals-form-dark')
    await dialog.getByLabel('Title').fill('Book 12 demos in February')
    await dialog.getByLabel('Metric').fill('Demos booked')
    await dialog.getByLabel('Unit').selectOption('count')
    await dialog.getByLabel('Target').fill('12')
    await dialog.getByLabel('When').selectOption('month')
    await dialog.getByLabel('Month').fill('2028-02')
    await dialog.getByLabel('Month').press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    const card = page.getByRole('region', { name: 'Book 12 demos in February' })
    await card.getByText(/month of Feb 2028/).waitFor()
  })
})
