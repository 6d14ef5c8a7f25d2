import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

/** Moves the clock to `iso` and opens the rep's 1:1 there. */
function startAt(core: SessionCore, iso: string, repId: number) {
  core.setNow(iso)
  return core.ok('sessions.start', { repId })
}

const texts = (items: Array<{ text: string }>) => items.map((item) => item.text)

describe('the agenda across 1:1s', () => {
  it('brings points jotted between 1:1s into the next one, and carried-over ones into the one after', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    core.ok('sessions.finish', { id: first.session.id })

    core.setNow('2026-06-16T08:00:00Z')
    const pricing = core.ok('talkingPoints.add', { repId, text: 'Pricing for the Globex renewal' })
    core.setNow('2026-06-17T08:00:00Z')
    const training = core.ok('talkingPoints.add', { repId, text: 'Wants negotiation training', raisedBy: 'rep' })
    expect(pricing).toMatchObject({ raisedBy: 'manager', outcome: null, carriedOverCount: 0, discussedInSessionId: null })
    expect(training.raisedBy).toBe('rep')
    expect(texts(core.ok('talkingPoints.listOpen', { repId }))).toEqual(['Pricing for the Globex renewal', 'Wants negotiation training'])
    // The finished 1:1 does not pick up points jotted after it.
    expect(core.ok('sessions.get', { id: first.session.id }).agenda).toEqual([])

    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    expect(second.agenda.map((point) => [point.text, point.outcome, point.carriedOverCount])).toEqual([
      ['Pricing for the Globex renewal', null, 0],
      ['Wants negotiation training', null, 0]
    ])
    expect(core.ok('talkingPoints.setOutcome', { id: pricing.id, sessionId: second.session.id, outcome: 'discussed' })).toMatchObject({
      outcome: 'discussed',
      discussedInSessionId: second.session.id
    })
    core.ok('talkingPoints.setOutcome', { id: training.id, sessionId: second.session.id, outcome: 'carried_over' })
    // A point jotted during the 1:1 joins its agenda.
    const late = core.ok('talkingPoints.add', { repId, text: 'Holiday cover in August' })
    expect(texts(core.ok('sessions.get', { id: second.session.id }).agenda)).toContain('Holiday cover in August')
    core.ok('talkingPoints.setOutcome', { id: late.id, sessionId: second.session.id, outcome: 'discussed' })
    core.ok('sessions.finish', { id: second.session.id })

    expect(texts(core.ok('talkingPoints.listOpen', { repId }))).toEqual(['Wants negotiation training'])
    const third = startAt(core, '2026-06-29T12:00:00Z', repId)
    expect(third.agenda.map((point) => [point.text, point.outcome, point.carriedOverCount])).toEqual([['Wants negotiation training', null, 1]])

    // The finished 1:1 keeps its own record of what it decided.
    expect(core.ok('sessions.get', { id: second.session.id }).agenda.map((point) => [point.text, point.outcome, point.carriedOverCount])).toEqual([
      ['Pricing for the Globex renewal', 'discussed', 0],
      ['Wants negotiation training', 'carried_over', 0],
      ['Holiday cover in August', 'discussed', 0]
    ])
    expect(core.kept.db.prepare('SELECT count(*) FROM agenda_outcomes').pluck().get()).toBe(3)
  })

  it('undoes an outcome, and refuses to re-decide a point another 1:1 discussed', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const point = core.ok('talkingPoints.add', { repId, text: 'Territory split' })
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    core.ok('talkingPoints.setOutcome', { id: point.id, sessionId: first.session.id, outcome: 'discussed' })
    const undone = core.ok('talkingPoints.setOutcome', { id: point.id, sessionId: first.session.id, outcome: null })
    expect(undone).toMatchObject({ outcome: null, discussedInSessionId: null })
    expect(core.rowCounts().agenda_outcomes).toBe(0)
    // Discussed, then changed to carried over: it is open again.
    core.ok('talkingPoints.setOutcome', { id: point.id, sessionId: first.session.id, outcome: 'discussed' })
    expect(core.ok('talkingPoints.setOutcome', { id: point.id, sessionId: first.session.id, outcome: 'carried_over' }).discussedInSessionId).toBeNull()
    core.ok('talkingPoints.setOutcome', { id: point.id, sessionId: first.session.id, outcome: 'discussed' })
    core.ok('sessions.finish', { id: first.session.id })

    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    const before = core.snapshot('talking_points', 'agenda_outcomes')
    expect(core.fail('talkingPoints.setOutcome', { id: point.id, sessionId: second.session.id, outcome: 'carried_over' }).code).toBe('conflict')
    expect(core.snapshot('talking_points', 'agenda_outcomes')).toEqual(before)
  })

  it("refuses a point in another rep's 1:1, and unknown ids, writing nothing", () => {
    const core = openSessionCore()
    const dana = core.addRep()
    const lee = core.addRep({ name: 'Lee Park' })
    const point = core.ok('talkingPoints.add', { repId: dana, text: 'Quota relief' })
    const leeSession = startAt(core, '2026-06-15T12:00:00Z', lee)
    const before = core.snapshot('talking_points', 'agenda_outcomes', 'sessions')
    expect(core.fail('talkingPoints.setOutcome', { id: point.id, sessionId: leeSession.session.id, outcome: 'discussed' })).toMatchObject({
      code: 'invalid_input',
      fieldErrors: { id: 'This talking point belongs to another rep.' }
    })
    expect(core.fail('talkingPoints.setOutcome', { id: 404, sessionId: leeSession.session.id, outcome: 'discussed' }).code).toBe('not_found')
    expect(core.fail('talkingPoints.add', { repId: 404, text: 'x' }).code).toBe('not_found')
    expect(core.fail('talkingPoints.add', { repId: dana, text: '   ' }).fieldErrors).toEqual({ text: 'A talking point cannot be empty.' })
    expect(core.snapshot('talking_points', 'agenda_outcomes', 'sessions')).toEqual(before)
  })

  it('edits and removes points; a removed point leaves the agenda', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const point = core.ok('talkingPoints.add', { repId, text: 'Comp plan' })
    expect(core.ok('talkingPoints.update', { id: point.id, text: 'Comp plan questions', raisedBy: 'rep' })).toMatchObject({
      text: 'Comp plan questions',
      raisedBy: 'rep'
    })
    expect(core.ok('talkingPoints.remove', { id: point.id })).toEqual({ id: point.id })
    expect(core.ok('talkingPoints.listOpen', { repId })).toEqual([])
    expect(startAt(core, '2026-06-15T12:00:00Z', repId).agenda).toEqual([])
    expect(core.fail('talkingPoints.update', { id: point.id, text: 'again' }).code).toBe('not_found')
    expect(core.kept.db.prepare('SELECT deleted_at FROM talking_points WHERE id = ?').pluck().get(point.id)).not.toBeNull()
  })
})

describe('last agreements across 1:1s', () => {
  it('brings open agreements of both owners into the next 1:1, and closes one marked done exactly once', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const proposal = core.ok('agreements.create', { sessionId: first.session.id, text: 'Send the Globex proposal', dueDate: '2026-06-19' })
    core.ok('agreements.create', { sessionId: first.session.id, text: 'Intro to the VP of Sales', owner: 'manager' })
    expect(proposal).toMatchObject({ owner: 'rep', status: 'open', createdOn: '2026-06-15', createdInSessionId: first.session.id, dueDate: '2026-06-19' })
    const firstDetail = core.ok('sessions.get', { id: first.session.id })
    expect(texts(firstDetail.newAgreements)).toEqual(['Send the Globex proposal', 'Intro to the VP of Sales'])
    expect(firstDetail.lastAgreements).toEqual([])
    // Made in this 1:1, reviewed in the next one.
    expect(core.fail('agreements.review', { id: proposal.id, sessionId: first.session.id, outcome: 'done' }).code).toBe('conflict')
    core.ok('sessions.finish', { id: first.session.id })

    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    expect(second.lastAgreements.map((agreement) => [agreement.text, agreement.owner, agreement.outcome])).toEqual([
      ['Send the Globex proposal', 'rep', null],
      ['Intro to the VP of Sales', 'manager', null]
    ])
    const done = core.ok('agreements.review', { id: proposal.id, sessionId: second.session.id, outcome: 'done' })
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-06-22', outcome: 'done', carriedForwardCount: 0 })
    const followUp = core.ok('agreements.create', { sessionId: second.session.id, text: 'Book the pricing workshop' })
    core.ok('sessions.finish', { id: second.session.id })

    const third = startAt(core, '2026-06-29T12:00:00Z', repId)
    // Done once: not in the following 1:1. The manager's one, not reviewed, carried over by itself.
    expect(texts(third.lastAgreements)).toEqual(['Intro to the VP of Sales', 'Book the pricing workshop'])
    expect(core.fail('agreements.review', { id: proposal.id, sessionId: third.session.id, outcome: 'done' })).toMatchObject({
      code: 'conflict',
      message: 'This agreement was already closed in another 1:1. Change it there.'
    })
    expect(core.fail('agreements.review', { id: proposal.id, sessionId: third.session.id, outcome: null }).code).toBe('conflict')

    // The 1:1 that closed it still shows it, with its outcome.
    const secondAgain = core.ok('sessions.get', { id: second.session.id })
    expect(secondAgain.lastAgreements.map((agreement) => [agreement.text, agreement.outcome])).toEqual([
      ['Send the Globex proposal', 'done'],
      ['Intro to the VP of Sales', null]
    ])
    expect(texts(secondAgain.newAgreements)).toEqual(['Book the pricing workshop'])
    expect(core.kept.db.prepare('SELECT count(*) FROM agreement_reviews WHERE agreement_id = ?').pluck().get(proposal.id)).toBe(1)
    expect(followUp.createdOn).toBe('2026-06-22')
  })

  it('asks why an agreement was missed, and writes nothing without a reason', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const agreement = core.ok('agreements.create', { sessionId: first.session.id, text: 'Update the CRM notes daily' })
    core.ok('sessions.finish', { id: first.session.id })
    const second = startAt(core, '2026-06-22T12:00:00Z', repId)

    const before = core.snapshot('agreements', 'agreement_reviews', 'sessions')
    for (const missedReason of [undefined, '', '   ']) {
      const error = core.fail('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: 'missed', missedReason })
      expect(error).toEqual({
        code: 'invalid_input',
        message: 'Please correct missedReason: Say briefly why it was missed.',
        fieldErrors: { missedReason: 'Say briefly why it was missed.' }
      })
    }
    expect(core.snapshot('agreements', 'agreement_reviews', 'sessions')).toEqual(before)

    const missed = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: 'missed', missedReason: ' Two customer escalations ' })
    expect(missed).toMatchObject({ status: 'missed', outcome: 'missed', missedReason: 'Two customer escalations', doneOn: null })
    expect(core.kept.db.prepare('SELECT missed_reason, reviewed_in_session_id FROM agreements WHERE id = ?').get(agreement.id)).toEqual({
      missed_reason: 'Two customer escalations',
      reviewed_in_session_id: second.session.id
    })
  })

  it('undoes a review: the agreement is open again and its review row is gone', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const agreement = core.ok('agreements.create', { sessionId: first.session.id, text: 'Shadow two discovery calls' })
    core.ok('sessions.finish', { id: first.session.id })
    const second = startAt(core, '2026-06-22T12:00:00Z', repId)

    for (const outcome of ['done', 'dropped', 'missed', 'carried_forward'] as const) {
      const reviewed = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome, missedReason: 'Out sick' })
      expect(reviewed.outcome).toBe(outcome)
      expect(reviewed.status).toBe(outcome === 'carried_forward' ? 'open' : outcome)
      const undone = core.ok('agreements.review', { id: agreement.id, sessionId: second.session.id, outcome: null })
      expect(undone).toMatchObject({ status: 'open', outcome: null, doneOn: null, missedReason: '' })
      expect(core.rowCounts().agreement_reviews).toBe(0)
      expect(core.kept.db.prepare('SELECT reviewed_in_session_id, missed_reason FROM agreements WHERE id = ?').get(agreement.id)).toEqual({
        reviewed_in_session_id: null,
        missed_reason: ''
      })
    }
  })

  it('counts explicit carry-forwards, and drops nothing open when a 1:1 ends without a review', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const forecast = core.ok('agreements.create', { sessionId: first.session.id, text: 'Clean up the forecast' })
    const coaching = core.ok('agreements.create', { sessionId: first.session.id, text: 'Weekly call coaching', owner: 'manager' })
    core.ok('sessions.finish', { id: first.session.id })

    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    core.ok('agreements.review', { id: forecast.id, sessionId: second.session.id, outcome: 'carried_forward' })
    core.ok('sessions.finish', { id: second.session.id })

    const third = startAt(core, '2026-06-29T12:00:00Z', repId)
    expect(third.lastAgreements.map((agreement) => [agreement.text, agreement.carriedForwardCount, agreement.outcome])).toEqual([
      ['Clean up the forecast', 1, null],
      ['Weekly call coaching', 0, null]
    ])
    core.ok('sessions.finish', { id: third.session.id })
    expect(core.kept.db.prepare("SELECT count(*) FROM agreements WHERE status = 'open'").pluck().get()).toBe(2)
    expect(texts(core.ok('reps.get', { id: repId }).openAgreements)).toEqual(['Clean up the forecast', 'Weekly call coaching'])
    expect(core.ok('reps.list', {})[0]!.openAgreements).toEqual({ rep: 1, manager: 1 })

    // Closing it in the third 1:1 (after it ended) closes it there; the second keeps its carry-forward.
    core.ok('agreements.review', { id: coaching.id, sessionId: third.session.id, outcome: 'dropped' })
    expect(core.fail('agreements.review', { id: coaching.id, sessionId: second.session.id, outcome: 'done' }).code).toBe('conflict')
    // Once a later 1:1 carried it forward too, an earlier one can no longer close it.
    core.ok('agreements.review', { id: forecast.id, sessionId: third.session.id, outcome: 'carried_forward' })
    expect(core.fail('agreements.review', { id: forecast.id, sessionId: second.session.id, outcome: 'done' }).message).toBe(
      'This agreement came up again in a later 1:1. Close it there.'
    )
    expect(core.ok('agreements.review', { id: forecast.id, sessionId: third.session.id, outcome: 'done' })).toMatchObject({
      status: 'done',
      doneOn: '2026-06-29',
      carriedForwardCount: 1
    })
  })

  it("refuses another rep's agreement and unknown ids, writing nothing", () => {
    const core = openSessionCore()
    const dana = core.addRep()
    const lee = core.addRep({ name: 'Lee Park' })
    const danaSession = startAt(core, '2026-06-15T12:00:00Z', dana)
    const agreement = core.ok('agreements.create', { sessionId: danaSession.session.id, text: 'Prep the QBR deck' })
    core.ok('sessions.finish', { id: danaSession.session.id })
    const leeSession = startAt(core, '2026-06-22T12:00:00Z', lee)

    const before = core.rowCounts()
    const snapshot = core.snapshot('agreements', 'agreement_reviews')
    expect(core.fail('agreements.review', { id: agreement.id, sessionId: leeSession.session.id, outcome: 'done' }).fieldErrors).toEqual({
      id: 'This agreement belongs to another rep.'
    })
    expect(core.fail('agreements.review', { id: 404, sessionId: leeSession.session.id, outcome: 'done' }).code).toBe('not_found')
    expect(core.fail('agreements.create', { sessionId: 404, text: 'x' }).code).toBe('not_found')
    expect(core.fail('agreements.create', { sessionId: leeSession.session.id, text: '' }).fieldErrors).toEqual({ text: 'An agreement cannot be empty.' })
    expect(core.fail('agreements.create', { sessionId: leeSession.session.id, text: 'x', dueDate: '2026-13-01' }).code).toBe('invalid_input')
    expect(core.fail('agreements.update', { id: agreement.id, text: ' ' }).code).toBe('invalid_input')
    expect(core.rowCounts()).toEqual(before)
    expect(core.snapshot('agreements', 'agreement_reviews')).toEqual(snapshot)
  })

  it('edits and removes an agreement; a removed one is reviewed nowhere', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const agreement = core.ok('agreements.create', { sessionId: first.session.id, text: 'Call Initech', dueDate: '2026-06-19' })
    expect(core.ok('agreements.update', { id: agreement.id, owner: 'manager' })).toMatchObject({ owner: 'manager', text: 'Call Initech', dueDate: '2026-06-19' })
    expect(core.ok('agreements.update', { id: agreement.id, dueDate: null, text: 'Call Initech legal' })).toMatchObject({ dueDate: null, text: 'Call Initech legal' })
    expect(core.ok('agreements.remove', { id: agreement.id })).toEqual({ id: agreement.id })
    expect(core.ok('sessions.get', { id: first.session.id }).newAgreements).toEqual([])
    core.ok('sessions.finish', { id: first.session.id })
    expect(startAt(core, '2026-06-22T12:00:00Z', repId).lastAgreements).toEqual([])
    expect(core.fail('agreements.remove', { id: agreement.id }).code).toBe('not_found')
  })
})
