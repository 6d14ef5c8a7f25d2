// Recognition can be given between 1:1s (from the Rep screen or Team): it is dated today, belongs to
// no 1:1, and closes the recognition gap the Brief and Team show.
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

describe('recognition between 1:1s', () => {
  it('is dated today, in no 1:1, in the recognition log, and ends "never recognised" on the Brief and Team', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId)
    expect(core.ok('reps.brief', { id: repId }).daysSinceRecognition).toBeNull()
    core.setNow('2026-06-17T09:00:00Z')
    const given = core.ok('recognitions.give', { repId, what: 'Saved the Globex renewal', behaviour: 'Called the champion the same day', goalId })
    expect(given).toMatchObject({ repId, sessionId: null, goalId, recognizedOn: '2026-06-17', what: 'Saved the Globex renewal' })
    expect(core.ok('reps.recognitions', { repId })).toEqual([expect.objectContaining({ what: 'Saved the Globex renewal', sessionId: null, goalTitle: expect.any(String) })])
    expect(core.ok('reps.brief', { id: repId })).toMatchObject({ daysSinceRecognition: 0, lastRecognitionDate: '2026-06-17' })
    const row = core.ok('team.overview', {}).members.find((entry: { id: number }) => entry.id === repId)
    expect(row).toMatchObject({ lastRecognitionDate: '2026-06-17', daysSinceRecognition: 0 })
  })

  it('refuses an empty recognition, another rep\'s goal and an unknown rep, writing nothing', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const other = core.addRep({ name: 'Sam Quiet' })
    const othersGoal = core.addGoal(other)
    const before = core.snapshot('recognitions')
    expect(core.fail('recognitions.give', { repId, what: '   ' }).code).toBe('invalid_input')
    expect(core.fail('recognitions.give', { repId, what: 'Great demo', goalId: othersGoal })).toMatchObject({ code: 'invalid_input', fieldErrors: { goalId: expect.stringContaining("this rep's goals") } })
    expect(core.fail('recognitions.give', { repId: 999, what: 'Great demo' }).code).toBe('not_found')
    expect(core.snapshot('recognitions')).toEqual(before)
  })
})
