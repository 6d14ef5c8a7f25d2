// Follow-through, defined once: of the agreements due in the window, the share done (on time or
// late); missed and overdue-open count against; dropped ones are left out and counted apart; an
// agreement due today and still open is not counted yet; one without a due date never counts.
import { describe, expect, it } from 'vitest'
import {
  classifyForFollowThrough,
  computeFollowThrough,
  emptyFollowThrough,
  followThroughWindow,
  FOLLOW_THROUGH_DEFINITION,
  type FollowThroughRow
} from '../../src/main/core/services/follow-through'
import { FOLLOW_THROUGH_DEFINITION as SHARED_DEFINITION, FOLLOW_THROUGH_WINDOW_DAYS } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'
import { historyBuilder } from './history-builder'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const TODAY = '2026-06-15'
const window = followThroughWindow(TODAY)
const row = (fields: Partial<FollowThroughRow>): FollowThroughRow => ({ owner: 'rep', dueDate: '2026-06-01', status: 'done', doneOn: '2026-06-01', ...fields })

describe('the follow-through window', () => {
  it('covers the last 90 days up to today, both ends included', () => {
    expect(FOLLOW_THROUGH_WINDOW_DAYS).toBe(90)
    expect(window).toEqual({ from: '2026-03-17', to: '2026-06-15', days: 90 })
    expect(classifyForFollowThrough(row({ dueDate: '2026-03-17', doneOn: '2026-03-17' }), window)).toBe('done_on_time')
    expect(classifyForFollowThrough(row({ dueDate: '2026-03-16' }), window)).toBe('not_due')
    expect(classifyForFollowThrough(row({ dueDate: '2026-06-16', status: 'open', doneOn: null }), window)).toBe('not_due')
  })

  it('is described once, in plain language, for the tooltip and the docs', () => {
    expect(FOLLOW_THROUGH_DEFINITION).toBe(SHARED_DEFINITION)
    expect(FOLLOW_THROUGH_DEFINITION).toMatch(/due in the last 90 days/)
    expect(FOLLOW_THROUGH_DEFINITION).toMatch(/Dropped agreements are left out/)
  })
})

describe('computeFollowThrough', () => {
  it('has no rate when there are no agreements', () => {
    expect(computeFollowThrough([], window)).toEqual({ rep: emptyFollowThrough(), manager: emptyFollowThrough() })
    expect(computeFollowThrough([], window).rep.rate).toBeNull()
  })

  it('leaves dropped agreements out of the rate and counts them apart', () => {
    const result = computeFollowThrough([row({ status: 'dropped', doneOn: null }), row({ status: 'dropped', doneOn: null })], window)
    expect(result.rep).toMatchObject({ due: 0, dropped: 2, counted: 0, rate: null })
  })

  it('does not count an agreement due today and still open, but counts one due yesterday against', () => {
    const dueToday = computeFollowThrough([row({ dueDate: TODAY, status: 'open', doneOn: null })], window)
    expect(dueToday.rep).toMatchObject({ due: 1, dueTodayOpen: 1, overdueOpen: 0, counted: 0, rate: null })
    const overdue = computeFollowThrough([row({ dueDate: '2026-06-14', status: 'open', doneOn: null })], window)
    expect(overdue.rep).toMatchObject({ due: 1, overdueOpen: 1, counted: 1, rate: 0 })
  })

  it('counts done late as kept, and tells on time from late', () => {
    const result = computeFollowThrough(
      [
        row({ dueDate: '2026-06-01', doneOn: '2026-06-01' }), // on the day
        row({ dueDate: '2026-06-01', doneOn: '2026-05-28' }), // early
        row({ dueDate: '2026-06-01', doneOn: '2026-06-08' }), // late
        row({ dueDate: '2026-06-01', doneOn: null }) // done, date unknown: on time
      ],
      window
    )
    expect(result.rep).toMatchObject({ due: 4, done: 4, doneOnTime: 3, doneLate: 1, counted: 4, rate: 1 })
  })

  it('counts missed and overdue-open against, per owner, side by side', () => {
    const result = computeFollowThrough(
      [
        row({ owner: 'rep' }),
        row({ owner: 'rep' }),
        row({ owner: 'rep', status: 'missed', doneOn: null }),
        row({ owner: 'rep', status: 'open', doneOn: null, dueDate: '2026-06-10' }),
        row({ owner: 'manager' }),
        row({ owner: 'manager', status: 'missed', doneOn: null }),
        row({ owner: 'manager', status: 'dropped', doneOn: null })
      ],
      window
    )
    expect(result.rep).toEqual({ due: 4, done: 2, doneOnTime: 2, doneLate: 0, missed: 1, overdueOpen: 1, dueTodayOpen: 0, dropped: 0, counted: 4, rate: 0.5 })
    expect(result.manager).toEqual({ due: 2, done: 1, doneOnTime: 1, doneLate: 0, missed: 1, overdueOpen: 0, dueTodayOpen: 0, dropped: 1, counted: 2, rate: 0.5 })
  })

  it('never counts agreements without a due date', () => {
    const result = computeFollowThrough([row({ dueDate: null }), row({ dueDate: null, status: 'open', doneOn: null }), row({ dueDate: null, status: 'missed' })], window)
    expect(result.rep).toEqual(emptyFollowThrough())
  })

  it('judges an earlier window from a later day: open and due on its last day is overdue by now', () => {
    const quarter = { from: '2026-01-01', to: '2026-03-31' }
    const open = row({ dueDate: '2026-03-31', status: 'open', doneOn: null })
    expect(classifyForFollowThrough(open, quarter)).toBe('due_today_open')
    expect(classifyForFollowThrough(open, quarter, TODAY)).toBe('overdue_open')
  })
})

describe('follow-through in the Team overview and the brief', () => {
  it('is computed from the database for both owners, also for an archived rep', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const session = history.session(repId, '2026-05-01')
    history.agreement(repId, { sessionId: session, dueDate: '2026-05-08', status: 'done', doneOn: '2026-05-08' })
    history.agreement(repId, { sessionId: session, dueDate: '2026-05-08', status: 'done', doneOn: '2026-05-15' })
    history.agreement(repId, { sessionId: session, dueDate: '2026-05-08', status: 'missed' })
    history.agreement(repId, { sessionId: session, dueDate: '2026-06-12', status: 'open' })
    history.agreement(repId, { sessionId: session, dueDate: TODAY, status: 'open' })
    history.agreement(repId, { sessionId: session, dueDate: null, status: 'open' })
    history.agreement(repId, { sessionId: session, dueDate: '2026-01-05', status: 'missed' }) // before the window
    history.agreement(repId, { sessionId: session, owner: 'manager', dueDate: '2026-05-08', status: 'done', doneOn: '2026-05-08' })
    history.agreement(repId, { sessionId: session, owner: 'manager', dueDate: '2026-05-08', status: 'dropped' })
    const trashed = history.agreement(repId, { sessionId: session, owner: 'manager', dueDate: '2026-05-08', status: 'missed' })
    history.trash('agreements', trashed)

    const expected = {
      rep: { due: 5, done: 2, doneOnTime: 1, doneLate: 1, missed: 1, overdueOpen: 1, dueTodayOpen: 1, dropped: 0, counted: 4, rate: 0.5 },
      manager: { due: 1, done: 1, doneOnTime: 1, doneLate: 0, missed: 0, overdueOpen: 0, dueTodayOpen: 0, dropped: 1, counted: 1, rate: 1 }
    }
    const overview = core.ok('team.overview', {})
    expect(overview.followThroughWindow).toEqual(window)
    expect(overview.members[0]!.followThrough).toEqual(expected)
    expect(core.ok('reps.brief', { id: repId }).followThrough).toEqual(expected)

    core.ok('reps.setArchived', { id: repId, archived: true })
    expect(core.ok('team.overview', {}).members).toEqual([])
    const archived = core.ok('team.overview', { includeArchived: true }).members[0]!
    expect(archived.archived).toBe(true)
    expect(archived.followThrough).toEqual(expected)
  })

  it('gives a rep with no agreements empty figures with no rate', () => {
    const core = openSessionCore()
    core.addRep()
    expect(core.ok('team.overview', {}).members[0]!.followThrough).toEqual({ rep: emptyFollowThrough(), manager: emptyFollowThrough() })
  })
})
