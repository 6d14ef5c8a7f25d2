// Every statement the session flow runs is looked at with EXPLAIN QUERY PLAN: none may read a
// whole table that grows with the history (sessions, agreements, check-ins, notes…).
import { describe, expect, it } from 'vitest'
import { explainRecorded, recordStatements } from '../support/query-plans'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

describe('session flow queries', () => {
  it('use an index for every table that grows with the history', () => {
    const core = openSessionCore()
    const { db } = core.kept
    const repId = core.addRep()
    const other = core.addRep({ name: 'Lee Park' })
    const goalId = core.addGoal(repId)
    const seen = recordStatements(db)

    const point = core.ok('talkingPoints.add', { repId, text: 'Pricing' })
    const first = core.ok('sessions.start', { repId })
    const agreement = core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the proposal' })
    const challenge = core.ok('challenges.create', { sessionId: first.session.id, text: 'Legal is slow' })
    core.ok('sessions.finish', { id: first.session.id })
    core.setNow('2026-06-22T12:00:00Z')
    const second = core.ok('sessions.start', { repId })
    const sessionId = second.session.id
    core.ok('sessions.updateCheckIn', { id: sessionId, pulse: 4 })
    core.ok('talkingPoints.setOutcome', { id: point.id, sessionId, outcome: 'discussed' })
    core.ok('talkingPoints.listOpen', { repId })
    core.ok('goals.recordCheckIn', { sessionId, goalId, value: 10 })
    core.ok('goals.clearCheckIn', { sessionId, goalId })
    core.ok('agreements.review', { id: agreement.id, sessionId, outcome: 'done' })
    core.ok('agreements.update', { id: agreement.id, owner: 'manager' })
    core.ok('challenges.update', { id: challenge.id, sessionId, status: 'resolved' })
    const recognition = core.ok('recognitions.create', { sessionId, what: 'Great demo', goalId })
    core.ok('recognitions.update', { id: recognition.id, what: 'Great demo!' })
    core.ok('notes.save', { sessionId, kind: 'private', doc: { type: 'doc', content: [] }, text: '', baseRevision: 0 })
    core.ok('sessions.plan', { repId: other, scheduledAt: '2026-06-30T10:00' })
    core.ok('sessions.finish', { id: sessionId })
    core.ok('sessions.get', { id: first.session.id })
    core.ok('templates.list', {})

    const { fullScans } = explainRecorded(db, seen)
    expect(seen.size).toBeGreaterThan(30)
    expect(fullScans).toEqual([])
  })
})
