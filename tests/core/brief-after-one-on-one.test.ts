// Right after a 1:1 the brief for the next one is up to date: a goal that moved in that 1:1 shows
// the move, and a suggestion already on the next agenda is not suggested again.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

function startAt(core: SessionCore, iso: string, repId: number) {
  core.setNow(iso)
  return core.ok('sessions.start', { repId })
}

describe('the brief after a 1:1', () => {
  it('shows what a goal moved in the last 1:1, from the value that 1:1 started with', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId)
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    core.ok('goals.recordCheckIn', { sessionId: first.session.id, goalId, value: 10 })
    core.ok('sessions.finish', { id: first.session.id })
    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    core.ok('goals.recordCheckIn', { sessionId: second.session.id, goalId, value: 14 })
    core.ok('sessions.finish', { id: second.session.id })

    const [movement] = core.ok('reps.brief', { id: repId }).goals
    expect(movement).toMatchObject({ valueBeforeLastSession: 10, valueBeforeLastSessionDate: '2026-06-15', currentValue: 14, delta: 4 })
  })

  it('does not suggest a talking point that is already on the next agenda', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the Globex proposal', dueDate: '2026-06-17' })
    core.ok('sessions.finish', { id: first.session.id })
    core.setNow('2026-06-22T12:00:00Z')

    const followUp = 'Follow up: “Send the Globex proposal” is 5 days overdue (Dana’s)'
    expect(core.ok('reps.brief', { id: repId }).suggestions.map((suggestion) => suggestion.text)).toContain(followUp)
    core.ok('talkingPoints.add', { repId, text: followUp })

    const brief = core.ok('reps.brief', { id: repId })
    expect(brief.talkingPoints.map((point) => point.text)).toEqual([followUp])
    expect(brief.suggestions.map((suggestion) => suggestion.text)).not.toContain(followUp)
  })
})
