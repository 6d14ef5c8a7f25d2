// Agreements live between 1:1s: marked done, moved or handed over from the ledger or the Brief,
// with every change kept (who, what, when) and the next 1:1 seeing the result.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

describe('agreements between 1:1s', () => {
  it('marks an agreement done between 1:1s, keeps who did it and when, and the next 1:1 does not bring it up again', () => {
    const core = openSessionCore({ preferences: { yourName: 'Alex Morgan' } })
    const repId = core.addRep()
    const first = core.ok('sessions.start', { repId })
    const call = core.ok('agreements.create', { sessionId: first.session.id, text: 'Call Initech legal', owner: 'manager', dueDate: '2026-06-19' })
    const deck = core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the deck', owner: 'rep', dueDate: '2026-06-18' })
    core.ok('sessions.finish', { id: first.session.id })

    core.setNow('2026-06-17T09:30:00Z')
    expect(core.ok('agreements.change', { id: call.id, status: 'done' })).toMatchObject({ status: 'done', doneOn: '2026-06-17', overdue: false })
    expect(core.ok('agreements.history', { id: call.id })).toEqual([
      expect.objectContaining({ field: 'status', oldValue: 'open', newValue: 'done', changedBy: 'Alex Morgan', changedAt: '2026-06-17T09:30:00.000Z' })
    ])

    core.setNow('2026-06-22T12:00:00Z')
    const second = core.ok('sessions.start', { repId })
    expect(second.lastAgreements.map((agreement: { text: string }) => agreement.text)).toEqual(['Send the deck'])
    const brief = core.ok('reps.brief', { id: repId })
    expect(brief.agreements.manager).toEqual([])
    expect(brief.agreements.rep.map((agreement: { text: string }) => agreement.text)).toEqual([deck.text])
  })

  it('moves the due date and hands an agreement to the other side, one history line per change, in order', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = core.ok('sessions.start', { repId })
    const call = core.ok('agreements.create', { sessionId: first.session.id, text: 'Call Initech legal', owner: 'rep', dueDate: '2026-06-19' })
    core.ok('sessions.finish', { id: first.session.id })

    core.setNow('2026-06-23T08:00:00Z')
    expect(core.ok('reps.agreements', { repId })[0]).toMatchObject({ overdue: true, daysOverdue: 4 })
    expect(core.ok('agreements.change', { id: call.id, dueDate: '2026-06-26', owner: 'manager' })).toMatchObject({ dueDate: '2026-06-26', owner: 'manager', overdue: false, status: 'open' })
    core.setNow('2026-06-24T08:00:00Z')
    core.ok('agreements.change', { id: call.id, dueDate: null })
    // A change to the same value records nothing.
    core.ok('agreements.change', { id: call.id, owner: 'manager' })
    expect(core.ok('agreements.history', { id: call.id }).map((change: { field: string; oldValue: string | null; newValue: string | null; changedBy: string }) => [change.field, change.oldValue, change.newValue, change.changedBy])).toEqual([
      ['due_date', '2026-06-19', '2026-06-26', 'You (manager)'],
      ['owner', 'rep', 'manager', 'You (manager)'],
      ['due_date', '2026-06-26', null, 'You (manager)']
    ])
  })

  it('reopens an agreement marked done by mistake, but leaves one a 1:1 closed to that 1:1, and refuses an empty change', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = core.ok('sessions.start', { repId })
    const call = core.ok('agreements.create', { sessionId: first.session.id, text: 'Call Initech legal', owner: 'rep', dueDate: '2026-06-19' })
    const deck = core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the deck', owner: 'rep', dueDate: '2026-06-18' })
    core.ok('sessions.finish', { id: first.session.id })
    core.setNow('2026-06-22T12:00:00Z')
    const second = core.ok('sessions.start', { repId })
    core.ok('agreements.review', { id: deck.id, sessionId: second.session.id, outcome: 'missed', missedReason: 'Deck not approved' })
    core.ok('sessions.finish', { id: second.session.id })

    core.ok('agreements.change', { id: call.id, status: 'done' })
    expect(core.ok('agreements.change', { id: call.id, status: 'open' })).toMatchObject({ status: 'open', doneOn: null })

    const before = core.snapshot('agreements', 'agreement_changes')
    expect(core.fail('agreements.change', { id: deck.id, status: 'open' })).toMatchObject({ code: 'conflict', message: expect.stringContaining('A 1:1 closed this agreement') })
    expect(core.fail('agreements.change', { id: deck.id, dueDate: '2026-07-01' })).toMatchObject({ code: 'conflict' })
    expect(core.fail('agreements.change', { id: call.id }).code).toBe('invalid_input')
    expect(core.fail('agreements.change', { id: call.id, dueDate: '2026-13-01' }).code).toBe('invalid_input')
    expect(core.fail('agreements.history', { id: 999 }).code).toBe('not_found')
    expect(core.snapshot('agreements', 'agreement_changes')).toEqual(before)
  })
})
