// A rep's history: the timeline (keyset-paginated), the agreements ledger, the recognition log,
// challenges with how many 1:1s each came up in, and a goal's progress over time.
import { describe, expect, it } from 'vitest'
import { attainmentPercent, paceLine } from '../../src/main/core/services/goal-progress'
import { decodeTimelineCursor, encodeTimelineCursor } from '../../src/main/core/services/rep-history'
import type { TimelineEntry } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'
import { historyBuilder, type HistoryBuilder } from './history-builder'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

/** A rep with `weeks` weekly completed 1:1s from 2025-01-06, two on one day, a planned and a trashed one. */
function repWithHistory(core: SessionCore, history: HistoryBuilder, weeks: number) {
  const repId = history.rep()
  const sessions: number[] = []
  for (let week = 0; week < weeks; week++) {
    const date = new Date(Date.UTC(2025, 0, 6 + 7 * week)).toISOString().slice(0, 10)
    sessions.push(history.session(repId, date, { pulse: (week % 5) + 1 }))
  }
  // Two 1:1s at the same time on the same day: the id orders them.
  const twin = history.session(repId, '2025-01-06', { pulse: 3 })
  const planned = history.session(repId, '2026-06-22', { status: 'planned' })
  const trashed = history.session(repId, '2025-03-03', { time: '15:00' })
  history.trash('sessions', trashed)
  return { repId, sessions, twin, planned, trashed }
}

function allPages(core: SessionCore, repId: number, limit: number): { pages: TimelineEntry[][]; cursors: Array<string | null> } {
  const pages: TimelineEntry[][] = []
  const cursors: Array<string | null> = []
  let before: string | undefined
  for (let guard = 0; guard < 100; guard++) {
    const page = core.ok('reps.timeline', { repId, before, limit })
    pages.push(page.items)
    cursors.push(page.nextCursor)
    if (page.nextCursor === null) break
    before = page.nextCursor
  }
  return { pages, cursors }
}

describe('reps.timeline', () => {
  it('pages through every 1:1 newest first, each once, with a cursor until the end', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const { repId, sessions, twin, planned, trashed } = repWithHistory(core, history, 64)
    const { pages, cursors } = allPages(core, repId, 30)
    expect(pages.map((page) => page.length)).toEqual([30, 30, 6])
    expect(cursors.at(-1)).toBeNull()
    const ids = pages.flat().map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain(trashed)
    expect(ids[0]).toBe(planned)
    // Newest first; on the same day and time, the higher id first.
    expect(ids.slice(1)).toEqual([...sessions.slice(1).reverse(), twin, sessions[0]])
    const keys = pages.flat().map((entry) => `${entry.scheduledAt}~${String(entry.id).padStart(8, '0')}`)
    expect(keys).toEqual([...keys].sort().reverse())
    // A page size that divides the history exactly still ends with a null cursor.
    expect(allPages(core, repId, 33).pages.map((page) => page.length)).toEqual([33, 33])
    expect(core.ok('reps.timeline', { repId }).items).toHaveLength(30)
  })

  it('describes each 1:1: status, pulse, template, counts and the start of the shared notes', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const earlier = history.session(repId, '2026-06-01')
    const sessionId = history.session(repId, '2026-06-08', { pulse: 4 })
    const reviewed = history.agreement(repId, { sessionId: earlier })
    history.review(reviewed, sessionId, 'done')
    history.agreement(repId, { sessionId })
    history.agreement(repId, { sessionId, owner: 'manager' })
    history.trash('agreements', history.agreement(repId, { sessionId }))
    history.recognition(repId, sessionId, '2026-06-08')
    history.challenge(repId, [earlier, sessionId])
    history.note(sessionId, 'shared', `Pricing is with finance.\n\n${'The champion wants a pilot plan and procurement needs the questionnaire. '.repeat(5)}`)
    history.note(sessionId, 'private', 'Watch the workload.')

    const [entry, previous] = core.ok('reps.timeline', { repId }).items
    expect(entry).toMatchObject({
      id: sessionId,
      date: '2026-06-08',
      scheduledAt: '2026-06-08T10:00',
      status: 'completed',
      pulse: 4,
      templateName: 'Accountability 1:1',
      durationSeconds: 1800,
      counts: { agreementsCreated: 2, agreementsReviewed: 1, recognitions: 1, challenges: 1 },
      hasPrivateNotes: true
    })
    expect(entry!.notesExcerpt.startsWith('Pricing is with finance. The champion wants')).toBe(true)
    expect(entry!.notesExcerpt.length).toBeLessThanOrEqual(200)
    expect(entry!.notesExcerpt).not.toContain('\n')
    expect(entry!.notesExcerpt.endsWith('…')).toBe(true)
    expect(previous).toMatchObject({ notesExcerpt: '', hasPrivateNotes: false, counts: { agreementsCreated: 1, agreementsReviewed: 0 } })
  })

  it('refuses a cursor that is not one, and a page size out of range', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    for (const before of ['garbage', '', '2026-06-08~0', '2026-06-08T10:00', '2026-06-08~abc', `2026-06-08~${'9'.repeat(20)}`, "2026-06-08'; DROP TABLE sessions; --~1"]) {
      const error = core.fail('reps.timeline', { repId, before })
      expect(error.code, before).toBe('invalid_input')
      expect(error.fieldErrors?.before).toBe('This is not a place in the timeline. Start again from the newest 1:1.')
    }
    for (const limit of [0, 101, 2.5, '30']) expect(core.fail('reps.timeline', { repId, limit }).fieldErrors).toHaveProperty('limit')
    expect(core.ok('reps.timeline', { repId, limit: 100 }).items).toEqual([])
    expect(core.ok('reps.timeline', { repId, before: '2026-06-08T10:00~5' })).toEqual({ items: [], nextCursor: null })
    expect(() => decodeTimelineCursor('nope')).toThrow(/not a place in the timeline/)
    expect(decodeTimelineCursor(encodeTimelineCursor({ scheduledAt: '2026-06-08T10:00', id: 42 }))).toEqual({ scheduledAt: '2026-06-08T10:00', id: 42 })
  })

  it('answers not_found for an unknown rep', () => {
    const core = openSessionCore()
    expect(core.fail('reps.timeline', { repId: 404 }).code).toBe('not_found')
  })
})

describe('reps.agreements (the ledger)', () => {
  it('lists every agreement newest first with its review, carry-forwards and whether it is overdue; filters by owner and status', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const first = history.session(repId, '2026-05-25')
    const second = history.session(repId, '2026-06-01')
    const third = history.session(repId, '2026-06-08')
    const carried = history.agreement(repId, { sessionId: first, createdOn: '2026-05-25', dueDate: '2026-06-01', text: 'Carried twice, still open' })
    history.review(carried, second, 'carried_forward')
    history.review(carried, third, 'carried_forward')
    const done = history.agreement(repId, { sessionId: first, createdOn: '2026-05-25', owner: 'manager', status: 'done', doneOn: '2026-06-01', dueDate: '2026-06-01', text: 'Done by me' })
    history.review(done, second, 'done')
    history.agreement(repId, { sessionId: third, createdOn: '2026-06-08', status: 'dropped', dueDate: null, text: 'Dropped' })
    history.trash('agreements', history.agreement(repId, { sessionId: third, createdOn: '2026-06-08', text: 'Trashed' }))
    history.agreement(history.rep({ name: 'Someone Else' }), { text: 'Not this rep’s' })

    const ledger = core.ok('reps.agreements', { repId })
    expect(ledger.map((item) => item.text)).toEqual(['Dropped', 'Done by me', 'Carried twice, still open'])
    expect(ledger[2]).toMatchObject({ status: 'open', carriedForwardCount: 2, reviewedInSessionId: third, reviewedOn: '2026-06-08', overdue: true, daysOverdue: 14, createdOn: '2026-05-25' })
    expect(ledger[1]).toMatchObject({ owner: 'manager', status: 'done', doneOn: '2026-06-01', reviewedOn: '2026-06-01', overdue: false, daysOverdue: 0 })
    expect(core.ok('reps.agreements', { repId, owner: 'manager' }).map((item) => item.text)).toEqual(['Done by me'])
    expect(core.ok('reps.agreements', { repId, status: 'open' }).map((item) => item.text)).toEqual(['Carried twice, still open'])
    expect(core.ok('reps.agreements', { repId, owner: 'manager', status: 'open' })).toEqual([])
    expect(core.fail('reps.agreements', { repId, status: 'late' }).code).toBe('invalid_input')
    expect(core.fail('reps.agreements', { repId: 404 }).code).toBe('not_found')
  })
})

describe('reps.recognitions and reps.challenges', () => {
  it('lists recognition newest first, with the goal it relates to', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const sessionId = history.session(repId, '2026-06-08')
    const goalId = history.goal(repId, { title: 'Close $100k' })
    history.recognition(repId, sessionId, '2026-05-01', 'Older')
    const linked = history.recognition(repId, sessionId, '2026-06-08', 'Held the price')
    history.db.prepare('UPDATE recognitions SET goal_id = ? WHERE id = ?').run(goalId, linked)
    history.trash('recognitions', history.recognition(repId, sessionId, '2026-06-09', 'Trashed'))
    expect(core.ok('reps.recognitions', { repId }).map((item) => [item.what, item.recognizedOn, item.goalTitle])).toEqual([
      ['Held the price', '2026-06-08', 'Close $100k'],
      ['Older', '2026-05-01', null]
    ])
    expect(core.fail('reps.recognitions', { repId: 404 }).code).toBe('not_found')
  })

  it('lists challenges open first, with how many 1:1s each came up in and whether it is recurring', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const sessions = ['2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08'].map((date) => history.session(repId, date))
    history.challenge(repId, sessions.slice(0, 3), { text: 'Solved', status: 'resolved', raisedOn: '2026-05-18' })
    history.challenge(repId, sessions, { text: 'Keeps coming back', raisedOn: '2026-05-18' })
    history.challenge(repId, [sessions[3]!], { text: 'New', raisedOn: '2026-06-08' })
    expect(core.ok('reps.challenges', { repId }).map((item) => [item.text, item.status, item.sessionCount, item.recurring, item.lastCameUpOn])).toEqual([
      ['New', 'open', 1, false, '2026-06-08'],
      ['Keeps coming back', 'open', 4, true, '2026-06-08'],
      ['Solved', 'resolved', 3, false, '2026-06-01']
    ])
    expect(core.fail('reps.challenges', { repId: 404 }).code).toBe('not_found')
  })
})

describe('goals.progress', () => {
  it('shows every value over time with its source, the pace needed and the attainment', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const sessionId = history.session(repId, '2026-05-04')
    const goalId = history.goal(repId, { title: 'Hold 40 calls', unit: 'count', baseline: 0, target: 40, dueDate: '2026-06-30', periodStart: '2026-04-01', createdAt: '2026-04-03T09:00:00.000Z' })
    history.checkIn(goalId, '2026-05-04', 12, { sessionId, status: 'on_track' })
    history.checkIn(goalId, '2026-04-30', 10, { importId: history.importRun() })
    history.checkIn(goalId, '2026-06-12', 30)

    const progress = core.ok('goals.progress', { goalId })
    expect(progress).toMatchObject({ startDate: '2026-04-01', createdOn: '2026-04-03', measurable: true, missing: [], attainmentPercent: 75 })
    expect(progress.goal).toMatchObject({ id: goalId, latestValue: 30, latestValueDate: '2026-06-12' })
    expect(progress.checkIns.map((point) => [point.date, point.value, point.source, point.sessionId])).toEqual([
      ['2026-04-30', 10, 'import', null],
      ['2026-05-04', 12, 'session', sessionId],
      ['2026-06-12', 30, 'session', null]
    ])
    // 75 of 90 days gone on 2026-06-15: the pace line expects 33.33 by now.
    expect(progress.pace).toEqual({ from: { date: '2026-04-01', value: 0 }, to: { date: '2026-06-30', value: 40 }, expectedToday: 33.33 })
  })

  it('has no pace line for a goal that is not measurable, and refuses unknown goals', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const vague = history.goal(repId, { title: 'Be more strategic', metric: '', target: null, dueDate: null })
    expect(core.ok('goals.progress', { goalId: vague })).toMatchObject({ measurable: false, missing: ['metric', 'target', 'due_date'], pace: null, attainmentPercent: null, checkIns: [] })
    expect(core.fail('goals.progress', { goalId: 404 }).code).toBe('not_found')
    const trashed = history.goal(repId)
    history.trash('goals', trashed)
    expect(core.fail('goals.progress', { goalId: trashed }).code).toBe('not_found')
  })

  it('computes attainment and pace for targets below the baseline too', () => {
    const churn = { baseline: 8, target: 5, dueDate: '2026-07-01' }
    expect(attainmentPercent(churn, 6.5)).toBe(50)
    expect(attainmentPercent(churn, 9)).toBe(-33.3)
    expect(attainmentPercent({ baseline: null, target: 200 }, 50)).toBe(25)
    // A level to hold: attained while at it, not measurable as a distance otherwise.
    expect(attainmentPercent({ baseline: 5, target: 5 }, 5)).toBe(100)
    expect(attainmentPercent({ baseline: 5, target: 5 }, 4)).toBeNull()
    expect(paceLine(churn, '2026-04-02', '2026-05-17')).toEqual({ from: { date: '2026-04-02', value: 8 }, to: { date: '2026-07-01', value: 5 }, expectedToday: 6.5 })
    expect(paceLine(churn, '2026-04-02', '2027-01-01')?.expectedToday).toBe(5)
    expect(paceLine(churn, '2026-07-01', '2026-07-01')).toBeNull()
  })
})
