import { describe, expect, it } from 'vitest'
import { attainmentPercent, PACE_SHORTFALL_THRESHOLDS, suggestedStatusFromPace } from '../../src/main/core/services/goal-progress'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

/** A goal from 0 on 1 Jan to 100 on 11 Apr 2026 (100 days): the pace is 1 a day. */
const HUNDRED_DAYS = { baseline: 0, target: 100, dueDate: '2026-04-11' }
const at = (value: number, date: string) => ({ ...HUNDRED_DAYS, latestValue: value, latestValueDate: date })

describe('attainment', () => {
  it('measures the way from baseline to target, for rising and falling targets', () => {
    expect(attainmentPercent({ baseline: 20, target: 120 }, 70)).toBe(50)
    expect(attainmentPercent({ baseline: 20, target: 120 }, 150)).toBe(130)
    expect(attainmentPercent({ baseline: 20, target: 120 }, 10)).toBe(-10)
    // Reduce churn from 8 % to 4 %: at 6 % half the way is done; at 9 % it went backwards.
    expect(attainmentPercent({ baseline: 8, target: 4 }, 6)).toBe(50)
    expect(attainmentPercent({ baseline: 8, target: 4 }, 4)).toBe(100)
    expect(attainmentPercent({ baseline: 8, target: 4 }, 9)).toBe(-25)
    // Without a baseline: the share of the target.
    expect(attainmentPercent({ baseline: null, target: 40 }, 10)).toBe(25)
  })

  it('handles a level to hold (baseline equals target) and missing numbers', () => {
    expect(attainmentPercent({ baseline: 95, target: 95 }, 95)).toBe(100)
    expect(attainmentPercent({ baseline: 95, target: 95 }, 90)).toBeNull()
    expect(attainmentPercent({ baseline: 0, target: null }, 10)).toBeNull()
    expect(attainmentPercent({ baseline: 0, target: 100 }, null)).toBeNull()
  })
})

describe('status suggested from pace', () => {
  it('compares the newest value with the pace line on the day it was recorded', () => {
    // 50 days in, the pace says 50.
    expect(suggestedStatusFromPace(at(50, '2026-02-20'), '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace(at(70, '2026-02-20'), '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace(at(45, '2026-02-20'), '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace(at(44, '2026-02-20'), '2026-01-01')).toBe('at_risk')
    expect(suggestedStatusFromPace(at(35, '2026-02-20'), '2026-01-01')).toBe('at_risk')
    expect(suggestedStatusFromPace(at(34, '2026-02-20'), '2026-01-01')).toBe('off_track')
    expect(PACE_SHORTFALL_THRESHOLDS.atRisk).toBeLessThan(PACE_SHORTFALL_THRESHOLDS.offTrack)
  })

  it('works for falling targets: above the line is behind', () => {
    const churn = { baseline: 8, target: 4, dueDate: '2026-04-11' }
    // Halfway through, the line is at 6.
    expect(suggestedStatusFromPace({ ...churn, latestValue: 6, latestValueDate: '2026-02-20' }, '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace({ ...churn, latestValue: 5, latestValueDate: '2026-02-20' }, '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace({ ...churn, latestValue: 6.5, latestValueDate: '2026-02-20' }, '2026-01-01')).toBe('at_risk')
    expect(suggestedStatusFromPace({ ...churn, latestValue: 8, latestValueDate: '2026-02-20' }, '2026-01-01')).toBe('off_track')
  })

  it('holds the line at the baseline before the start and at the target after the due date', () => {
    expect(suggestedStatusFromPace(at(0, '2025-12-15'), '2026-01-01')).toBe('on_track')
    expect(suggestedStatusFromPace(at(92, '2026-06-01'), '2026-01-01')).toBe('at_risk')
    expect(suggestedStatusFromPace(at(100, '2026-06-01'), '2026-01-01')).toBe('on_track')
  })

  it('cannot tell without a value, a pace line or a way to go', () => {
    expect(suggestedStatusFromPace({ ...HUNDRED_DAYS, latestValue: null, latestValueDate: null }, '2026-01-01')).toBeNull()
    expect(suggestedStatusFromPace({ ...at(10, '2026-02-01'), baseline: null }, '2026-01-01')).toBeNull()
    expect(suggestedStatusFromPace({ ...at(10, '2026-02-01'), dueDate: null }, '2026-01-01')).toBeNull()
    expect(suggestedStatusFromPace({ ...at(10, '2026-02-01'), baseline: 100, target: 100 }, '2026-01-01')).toBeNull()
    // A due date on or before the start: no line to follow.
    expect(suggestedStatusFromPace(at(10, '2026-02-01'), '2026-04-11')).toBeNull()
  })
})

describe('status on a goal: suggested, overridden, back to the suggestion', () => {
  it('follows the pace as values come in, keeps the manager’s choice, and goes back on request', () => {
    const core = openSessionCore({ now: '2026-01-01T12:00:00Z' })
    const repId = core.addRep()
    const created = core.ok('goals.create', {
      repId,
      title: 'Book 100 meetings',
      metric: 'Meetings booked',
      unit: 'count',
      baseline: 0,
      target: 100,
      timeframe: 'custom',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-11'
    })
    const goalId = created.goal.id
    expect(created).toMatchObject({ statusSource: 'pace', suggestedStatus: null, goal: { status: 'on_track' } })

    // Fifty days in, a 1:1 records 30: far behind the pace of 50.
    core.setNow('2026-02-20T12:00:00Z')
    const { session } = core.ok('sessions.start', { repId })
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 30 })
    let details = core.ok('goals.list', { repId }).active[0]!
    expect(details).toMatchObject({ statusSource: 'pace', suggestedStatus: 'off_track', attainmentPercent: 30, goal: { status: 'off_track' } })
    // The Team screen counts it as not on track.
    expect(core.ok('reps.list', {})[0]!.goalsOnTrack).toBe(0)

    // The manager knows a big deal is about to close: on track, set by them.
    details = core.ok('goals.overrideStatus', { id: goalId, status: 'on_track' })
    expect(details).toMatchObject({ statusSource: 'manager', suggestedStatus: 'off_track', goal: { status: 'on_track' } })
    // New values no longer move the status.
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 20 })
    expect(core.ok('goals.progress', { goalId })).toMatchObject({ statusSource: 'manager', suggestedStatus: 'off_track', goal: { status: 'on_track' } })

    // Back to the suggestion.
    details = core.ok('goals.overrideStatus', { id: goalId, status: null })
    expect(details).toMatchObject({ statusSource: 'pace', goal: { status: 'off_track' } })
    // A better value moves it again.
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 48 })
    expect(core.ok('goals.list', { repId }).active[0]).toMatchObject({ suggestedStatus: 'on_track', goal: { status: 'on_track' } })
  })

  it('treats a status chosen in a 1:1 as the manager’s, and clearing it gives the goal back to the suggestion', () => {
    const core = openSessionCore({ now: '2026-01-01T12:00:00Z' })
    const repId = core.addRep()
    const goalId = core.ok('goals.create', {
      repId,
      title: 'Book 100 meetings',
      metric: 'Meetings',
      unit: 'count',
      baseline: 0,
      target: 100,
      timeframe: 'custom',
      periodStart: '2026-01-01',
      periodEnd: '2026-04-11'
    }).goal.id
    core.setNow('2026-02-20T12:00:00Z')
    const { session } = core.ok('sessions.start', { repId })
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 30, status: 'at_risk' })
    expect(core.ok('goals.progress', { goalId })).toMatchObject({ statusSource: 'manager', goal: { status: 'at_risk' } })
    core.ok('goals.clearCheckIn', { sessionId: session.id, goalId })
    expect(core.ok('goals.progress', { goalId })).toMatchObject({ statusSource: 'pace', goal: { status: 'on_track' }, checkIns: [] })
  })

  it('marks imported check-ins apart from those of 1:1s', () => {
    const core = openSessionCore({ now: '2026-01-01T12:00:00Z' })
    const repId = core.addRep()
    const goalId = core.ok('goals.create', { repId, title: 'Pipeline', metric: 'Pipeline', unit: 'currency', currency: 'EUR', baseline: 0, target: 1000, timeframe: 'quarter', quarter: '2026-Q1' }).goal.id
    const importId = Number(
      core.kept.db
        .prepare("INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, imported_at) VALUES ('Salesforce', 'report.csv', 'x', '{}', ?)")
        .run('2026-01-20T08:00:00.000Z').lastInsertRowid
    )
    core.kept.db
      .prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, import_id, created_at) VALUES (?, 150, '2026-01-19', ?, '2026-01-20T08:00:00.000Z')")
      .run(goalId, importId)
    core.setNow('2026-02-02T12:00:00Z')
    const { session } = core.ok('sessions.start', { repId })
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 300 })
    const progress = core.ok('goals.progress', { goalId })
    expect(progress.checkIns.map((point) => [point.date, point.value, point.source])).toEqual([
      ['2026-01-19', 150, 'import'],
      ['2026-02-02', 300, 'session']
    ])
    expect(progress).toMatchObject({ currency: 'EUR', pace: { from: { date: '2026-01-01', value: 0 }, to: { date: '2026-03-31', value: 1000 } } })
  })
})

describe('values written outside the 1:1 flow', () => {
  it('shows the current suggestion for a goal following the pace even before its stored status is refreshed', () => {
    const core = openSessionCore({ now: '2026-01-01T12:00:00Z' })
    const repId = core.addRep()
    const goalId = core.ok('goals.create', { repId, title: 'Meetings', metric: 'Meetings', unit: 'count', baseline: 0, target: 100, timeframe: 'custom', periodStart: '2026-01-01', periodEnd: '2026-04-11' }).goal.id
    // An import written straight into the table, 50 days in, far behind the pace.
    core.kept.db.prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, created_at) VALUES (?, 20, '2026-02-20', '2026-02-20T08:00:00.000Z')").run(goalId)
    expect(core.ok('goals.list', { repId }).active[0]).toMatchObject({ statusSource: 'pace', suggestedStatus: 'off_track', goal: { status: 'off_track' } })
  })
})
