// Carrying an agreement forward gives it a due date it can still meet, so it is not left overdue
// and does not count against its owner's follow-through.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

function startAt(core: SessionCore, iso: string, repId: number) {
  core.setNow(iso)
  return core.ok('sessions.start', { repId })
}

/** An agreement due 17 June made in a 1:1 on 15 June, and the next 1:1 opened on 22 June (weekly cadence). */
function overdueAtSecondOneOnOne(core: SessionCore) {
  const repId = core.addRep({ cadence: 'weekly' })
  const first = startAt(core, '2026-06-15T12:00:00Z', repId)
  const agreement = core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the Globex proposal', dueDate: '2026-06-17' })
  core.ok('sessions.finish', { id: first.session.id })
  const second = startAt(core, '2026-06-22T12:00:00Z', repId)
  return { repId, agreement, second }
}

describe('carrying an overdue agreement forward', () => {
  it('moves its due date to the next 1:1, so it is not overdue on the brief nor in follow-through', () => {
    const core = openSessionCore()
    const { repId, agreement, second } = overdueAtSecondOneOnOne(core)
    expect(core.ok('reps.brief', { id: repId }).agreements.rep.map((item) => item.overdue)).toEqual([true])

    const carried = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: 'carried_forward' })
    expect(carried).toMatchObject({ status: 'open', outcome: 'carried_forward', dueDate: '2026-06-29' })

    const brief = core.ok('reps.brief', { id: repId })
    expect(brief.agreements.rep.map((item) => [item.text, item.overdue, item.dueDate])).toEqual([['Send the Globex proposal', false, '2026-06-29']])
    expect(brief.followThrough.rep).toMatchObject({ overdueOpen: 0, counted: 0, rate: null })
  })

  it('takes the due date the manager chose instead of the proposal', () => {
    const core = openSessionCore()
    const { agreement, second } = overdueAtSecondOneOnOne(core)
    const carried = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: 'carried_forward', dueDate: '2026-07-03' })
    expect(carried.dueDate).toBe('2026-07-03')
    // Undone with the date it had before, as the screen does when the choice is taken back.
    const undone = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: null, dueDate: '2026-06-17' })
    expect(undone).toMatchObject({ outcome: null, dueDate: '2026-06-17' })
  })

  it('keeps a due date still ahead of the 1:1, and leaves the date of a done agreement alone', () => {
    const core = openSessionCore()
    const repId = core.addRep({ cadence: 'weekly' })
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const later = core.ok('agreements.create', { sessionId: first.session.id, text: 'Quarterly plan', dueDate: '2026-07-31' })
    const due = core.ok('agreements.create', { sessionId: first.session.id, text: 'Call Initech', dueDate: '2026-06-17' })
    core.ok('sessions.finish', { id: first.session.id })
    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    expect(core.ok('agreements.review', { id: later.id, sessionId: second.session.id, outcome: 'carried_forward' }).dueDate).toBe('2026-07-31')
    expect(core.ok('agreements.review', { id: due.id, sessionId: second.session.id, outcome: 'done' })).toMatchObject({ dueDate: '2026-06-17', doneOn: '2026-06-22' })
  })
})
