import { describe, expect, it } from 'vitest'
import type { GoalFieldsInput } from '../../src/shared/goals'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const REVENUE: GoalFieldsInput = {
  title: 'Close $120k new ARR in Q3',
  metric: 'Closed-won new ARR',
  unit: 'currency',
  currency: 'usd',
  baseline: 0,
  target: '120,000',
  timeframe: 'quarter',
  quarter: '2026-Q3'
}

function setUp(): { core: SessionCore; repId: number } {
  const core = openSessionCore()
  return { core, repId: core.addRep() }
}

describe('creating and editing goals', () => {
  it('stores every field, reads typed numbers and codes, and computes the quarter with its bounds', () => {
    const { core, repId } = setUp()
    const created = core.ok('goals.create', { repId, ...REVENUE })
    expect(created).toMatchObject({
      goal: { repId, title: 'Close $120k new ARR in Q3', metric: 'Closed-won new ARR', unit: 'currency', baseline: 0, target: 120000, dueDate: '2026-09-30', status: 'on_track' },
      currency: 'USD',
      timeframe: 'quarter',
      quarter: '2026-Q3',
      periodStart: '2026-07-01',
      closed: false,
      measurable: true,
      missing: [],
      statusSource: 'pace',
      suggestedStatus: null
    })
    expect(core.kept.db.prepare('SELECT period_kind, period_start, due_date FROM goals').get()).toEqual({
      period_kind: 'quarter',
      period_start: '2026-07-01',
      due_date: '2026-09-30'
    })
  })

  it.each([
    [{ timeframe: 'month', month: '2028-02' }, '2028-02-01', '2028-02-29', 'month'],
    [{ timeframe: 'month', month: '2026-02' }, '2026-02-01', '2026-02-28', 'month'],
    [{ timeframe: 'month', month: '2026-12' }, '2026-12-01', '2026-12-31', 'month'],
    [{ timeframe: 'quarter', quarter: '2026-Q1' }, '2026-01-01', '2026-03-31', 'quarter'],
    [{ timeframe: 'quarter', quarter: '2026-Q2' }, '2026-04-01', '2026-06-30', 'quarter'],
    [{ timeframe: 'quarter', quarter: '2026-Q4' }, '2026-10-01', '2026-12-31', 'quarter'],
    [{ timeframe: 'custom', periodStart: '2026-02-15', periodEnd: '2026-05-14' }, '2026-02-15', '2026-05-14', 'custom'],
    [{ timeframe: 'due_date', dueDate: '2026-11-30' }, null, '2026-11-30', null]
  ] as const)('computes the period of %o', (timeframe, start, end, kind) => {
    const { core, repId } = setUp()
    const created = core.ok('goals.create', { repId, title: 'A goal', metric: 'Meetings', unit: 'count', target: 10, ...timeframe })
    expect([created.periodStart, created.goal.dueDate, created.timeframe]).toEqual([start, end, timeframe.timeframe])
    expect(core.kept.db.prepare('SELECT period_kind FROM goals').pluck().get()).toBe(kind)
  })

  it('saves a goal without metric, target or due date and says what it misses', () => {
    const { core, repId } = setUp()
    const created = core.ok('goals.create', { repId, title: 'Multi-thread the top accounts' })
    expect(created).toMatchObject({ measurable: false, missing: ['metric', 'target', 'due_date'], timeframe: 'none' })
    // The nudge about goals that are not measurable picks it up.
    const nudges = core.ok('nudges.list', { repId })
    expect(JSON.stringify(nudges)).toContain('Multi-thread the top accounts')

    const edited = core.ok('goals.update', { id: created.goal.id, title: 'Multi-thread the top accounts', metric: 'Accounts with 3+ contacts', unit: 'count', target: 8 })
    expect(edited).toMatchObject({ measurable: false, missing: ['due_date'], goal: { target: 8, unit: 'count' } })
    const complete = core.ok('goals.update', { id: created.goal.id, title: 'Multi-thread the top accounts', metric: 'Accounts with 3+ contacts', unit: 'count', target: 8, timeframe: 'month', month: '2026-07' })
    expect(complete).toMatchObject({ measurable: true, missing: [], month: '2026-07', goal: { dueDate: '2026-07-31' } })
  })

  it('refuses bad input with plain messages per field and writes nothing', () => {
    const { core, repId } = setUp()
    const before = core.snapshot('goals', 'goal_checkins')
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: '  ' }, 'title', 'A goal needs a title'],
      [{ title: 'X', target: 'lots' }, 'target', 'The target must be a number'],
      [{ title: 'X', baseline: '12abc' }, 'baseline', 'The baseline must be a number'],
      // Read as 125 before: a comma is a thousands separator in the API's US English, and 12,5 is not grouped by thousands.
      [{ title: 'X', target: '12,5' }, 'target', 'The target “12,5” could be 12.5 or 125'],
      [{ title: 'X', unit: 'percent', target: 140 }, 'target', 'A percentage is between 0 and 100.'],
      [{ title: 'X', unit: 'count', baseline: -3 }, 'baseline', 'A count cannot be negative.'],
      [{ title: 'X', unit: 'currency', currency: '' }, 'currency', 'Choose the currency'],
      [{ title: 'X', unit: 'currency', currency: 'dollars' }, 'currency', 'three-letter currency code'],
      [{ title: 'X', timeframe: 'custom', periodStart: '2026-05-01', periodEnd: '2026-05-01' }, 'periodEnd', 'The period must end after it starts.'],
      [{ title: 'X', timeframe: 'custom', periodStart: '2026-05-01', periodEnd: '2026-04-01' }, 'periodEnd', 'The period must end after it starts.'],
      [{ title: 'X', timeframe: 'due_date' }, 'dueDate', 'Choose the due date'],
      [{ title: 'X', timeframe: 'due_date', dueDate: '2026-02-30' }, 'dueDate', 'This date does not exist.'],
      [{ title: 'X', timeframe: 'month', month: '2026-13' }, 'month', 'Choose a month like 2026-03.'],
      [{ title: 'X', timeframe: 'quarter', quarter: '2026-Q5' }, 'quarter', 'Choose a quarter like 2026-Q3.'],
      [{ title: 'X', unit: 'miles' }, 'unit', 'Choose currency, count or percent.']
    ]
    for (const [fields, field, message] of cases) {
      const error = core.fail('goals.create', { repId, ...fields })
      expect(error.code, JSON.stringify(fields)).toBe('invalid_input')
      expect(error.fieldErrors?.[field], JSON.stringify(fields)).toContain(message)
    }
    // Every mistake at once, so the form can show them all.
    const several = core.fail('goals.create', { repId, title: 'X', unit: 'percent', baseline: 140, target: 'lots', timeframe: 'custom', periodStart: '2026-06-01', periodEnd: '2026-05-01' })
    expect(Object.keys(several.fieldErrors ?? {}).sort()).toEqual(['baseline', 'periodEnd', 'target'])
    expect(core.fail('goals.create', null).code).toBe('invalid_input')
    const goal = core.ok('goals.create', { repId, ...REVENUE })
    const withGoal = core.snapshot('goals')
    expect(core.fail('goals.update', { id: goal.goal.id, ...REVENUE, target: 'a lot' }).fieldErrors?.target).toContain('must be a number')
    expect(core.snapshot('goals')).toEqual(withGoal)
    expect(core.fail('goals.create', { repId: 999, ...REVENUE }).code).toBe('not_found')
    core.kept.db.prepare('DELETE FROM goals').run()
    expect(core.snapshot('goals', 'goal_checkins')).toEqual(before)
  })

  it('reads the baseline and target in the locale the form was filled in, with the goal\'s currency sign', () => {
    const { core, repId } = setUp()
    const german = core.ok('goals.create', { repId, ...REVENUE, currency: 'EUR', baseline: '1.200,5 €', target: '12,5', locale: 'de-DE' })
    expect([german.goal.baseline, german.goal.target]).toEqual([1200.5, 12.5])
    const french = core.ok('goals.create', { repId, ...REVENUE, currency: 'EUR', baseline: '1\u202f200,5', target: '', locale: 'fr-FR' })
    expect([french.goal.baseline, french.goal.target]).toEqual([1200.5, null])
    expect(core.fail('goals.create', { repId, ...REVENUE, target: '12.5', locale: 'de-DE' }).fieldErrors?.target).toBe(
      'The target “12.5” could be 12,5 or 125: here, numbers are written like 1.234,5.'
    )
    expect(core.fail('goals.create', { repId, ...REVENUE, currency: 'EUR', target: '$400', locale: 'en-US' }).fieldErrors?.target).toBe(
      'The target must be an amount in EUR, like 120 or 12.5.'
    )
  })

  it('does not set new goals for an archived rep', () => {
    const { core, repId } = setUp()
    core.ok('reps.setArchived', { id: repId, archived: true })
    expect(core.fail('goals.create', { repId, ...REVENUE }).code).toBe('conflict')
    expect(core.rowCounts().goals).toBe(0)
  })
})

describe('closing and reopening goals', () => {
  it('moves achieved, dropped and archived goals to the closed list and keeps their check-ins', () => {
    const { core, repId } = setUp()
    const ids = ['Won', 'Gave up', 'Old', 'Running'].map((title) => core.ok('goals.create', { repId, ...REVENUE, title }).goal.id)
    const { session } = core.ok('sessions.start', { repId })
    for (const id of ids) core.ok('goals.recordCheckIn', { sessionId: session.id, goalId: id, value: 10000 })
    core.ok('sessions.finish', { id: session.id })

    core.ok('goals.setLifecycle', { id: ids[0], action: 'achieved' })
    core.ok('goals.setLifecycle', { id: ids[1], action: 'dropped' })
    core.ok('goals.setLifecycle', { id: ids[2], action: 'archived' })
    const goals = core.ok('goals.list', { repId })
    expect(goals.active.map((item) => item.goal.title)).toEqual(['Running'])
    expect(goals.closed.map((item) => [item.goal.title, item.goal.status, item.goal.archived])).toEqual([
      ['Won', 'achieved', false],
      ['Gave up', 'dropped', false],
      ['Old', 'on_track', true]
    ])
    expect(core.rowCounts().goal_checkins).toBe(4)
    expect(core.ok('goals.progress', { goalId: ids[0] }).checkIns).toHaveLength(1)

    // The next 1:1 reviews only the running goal.
    core.setNow('2026-06-22T12:00:00Z')
    expect(core.ok('sessions.start', { repId }).goalReview.map((row) => row.goal.title)).toEqual(['Running'])
  })

  it('reopens a closed goal with its status back on the suggestion', () => {
    const { core, repId } = setUp()
    const id = core.ok('goals.create', { repId, ...REVENUE }).goal.id
    core.ok('goals.setLifecycle', { id, action: 'achieved' })
    core.ok('goals.setLifecycle', { id, action: 'archived' })
    expect(core.fail('goals.overrideStatus', { id, status: 'at_risk' }).code).toBe('conflict')
    const reopened = core.ok('goals.setLifecycle', { id, action: 'reactivate' })
    expect(reopened).toMatchObject({ closed: false, statusSource: 'pace', goal: { status: 'on_track', archived: false } })
  })
})

describe('the session review picks up goals set on the Rep screen', () => {
  it('lists a goal created before or during an open 1:1, and not in a 1:1 finished before it existed', () => {
    const { core, repId } = setUp()
    const earlier = core.ok('sessions.start', { repId })
    core.ok('sessions.finish', { id: earlier.session.id })
    core.setNow('2026-06-16T09:00:00Z')
    const open = core.ok('sessions.start', { repId })
    expect(open.goalReview).toEqual([])
    core.setNow('2026-06-16T09:05:00Z')
    const goal = core.ok('goals.create', { repId, ...REVENUE })
    expect(core.ok('sessions.get', { id: open.session.id }).goalReview.map((row) => row.goal.id)).toEqual([goal.goal.id])
    expect(core.ok('sessions.get', { id: earlier.session.id }).goalReview).toEqual([])
  })
})
