import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore, type SessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

function startAt(core: SessionCore, iso: string, repId: number) {
  core.setNow(iso)
  return core.ok('sessions.start', { repId })
}

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })

describe('goal check-ins', () => {
  it('dates each check-in by its 1:1 and shows the value before it, from a 1:1 or an import', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId)
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    expect(first.goalReview).toHaveLength(1)
    expect(first.goalReview[0]).toMatchObject({ previousValue: null, previousValueDate: null, checkIn: null, goal: { id: goalId, latestValue: null } })

    const row = core.ok('goals.recordCheckIn', { sessionId: first.session.id, goalId, value: 20000, repAssessment: 'Slow start', comment: 'Two deals slipped' })
    expect(row.checkIn).toMatchObject({ value: 20000, status: null, repAssessment: 'Slow start', comment: 'Two deals slipped' })
    // Writing again in the same 1:1 replaces its check-in.
    core.ok('goals.recordCheckIn', { sessionId: first.session.id, goalId, value: 25000 })
    expect(core.kept.db.prepare('SELECT value, recorded_on, session_id FROM goal_checkins').all()).toEqual([
      { value: 25000, recorded_on: '2026-06-15', session_id: first.session.id }
    ])
    core.ok('sessions.finish', { id: first.session.id })

    // A CRM import between the 1:1s.
    core.kept.db
      .prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, created_at) VALUES (?, 31000, '2026-06-18', '2026-06-18T08:00:00.000Z')")
      .run(goalId)
    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    expect(second.goalReview[0]).toMatchObject({ previousValue: 31000, previousValueDate: '2026-06-18', checkIn: null, goal: { latestValue: 31000 } })
    const recorded = core.ok('goals.recordCheckIn', { sessionId: second.session.id, goalId, value: 40000, status: 'at_risk' })
    expect(recorded.previousValue).toBe(31000)
    expect(recorded.checkIn!.value - recorded.previousValue!).toBe(9000)
    expect(recorded.goal).toMatchObject({ status: 'at_risk', latestValue: 40000, latestValueDate: '2026-06-22' })

    // The first 1:1 still sees the value before it (none) and its own check-in.
    expect(core.ok('sessions.get', { id: first.session.id }).goalReview[0]).toMatchObject({ previousValue: null, checkIn: { value: 25000 } })
  })

  it('sets the goal status from the 1:1 and restores it when the check-in is cleared', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId, { status: 'on_track' })
    const { session } = startAt(core, '2026-06-15T12:00:00Z', repId)
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 100000, status: 'achieved' })
    // Achieved in this 1:1: it stays in this 1:1's review.
    expect(core.ok('sessions.get', { id: session.id }).goalReview.map((row) => [row.goal.status, row.checkIn?.status])).toEqual([['achieved', 'achieved']])
    expect(core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 90000, status: null }).goal.status).toBe('on_track')
    core.ok('goals.recordCheckIn', { sessionId: session.id, goalId, value: 90000, status: 'off_track' })
    const cleared = core.ok('goals.clearCheckIn', { sessionId: session.id, goalId })
    expect(cleared).toMatchObject({ checkIn: null, goal: { status: 'on_track', latestValue: null } })
    expect(core.rowCounts().goal_checkins).toBe(0)
    // Clearing again is harmless.
    expect(core.ok('goals.clearCheckIn', { sessionId: session.id, goalId }).checkIn).toBeNull()
  })

  it('reviews active goals only: not archived, achieved or dropped ones, nor goals added after a finished 1:1', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    core.addGoal(repId, { title: 'Active' })
    core.addGoal(repId, { title: 'At risk', status: 'at_risk' })
    core.addGoal(repId, { title: 'Archived', archived: true })
    core.addGoal(repId, { title: 'Dropped', status: 'dropped' })
    core.addGoal(repId, { title: 'Achieved', status: 'achieved' })
    const { session } = startAt(core, '2026-06-15T12:00:00Z', repId)
    expect(core.ok('sessions.get', { id: session.id }).goalReview.map((row) => row.goal.title)).toEqual(['Active', 'At risk'])
    core.ok('sessions.finish', { id: session.id })
    core.addGoal(repId, { title: 'Added later', createdAt: '2026-06-16T08:00:00.000Z' })
    expect(core.ok('sessions.get', { id: session.id }).goalReview.map((row) => row.goal.title)).toEqual(['Active', 'At risk'])
  })

  it("refuses another rep's goal and a value that is not a number, writing nothing", () => {
    const core = openSessionCore()
    const dana = core.addRep()
    const leeGoal = core.addGoal(core.addRep({ name: 'Lee Park' }))
    const danaGoal = core.addGoal(dana)
    const { session } = startAt(core, '2026-06-15T12:00:00Z', dana)
    const before = core.snapshot('goal_checkins', 'goals', 'sessions')
    expect(core.fail('goals.recordCheckIn', { sessionId: session.id, goalId: leeGoal, value: 1 })).toMatchObject({
      code: 'invalid_input',
      fieldErrors: { goalId: 'This goal belongs to another rep.' }
    })
    for (const value of ['12k', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(core.fail('goals.recordCheckIn', { sessionId: session.id, goalId: danaGoal, value }).fieldErrors).toEqual({ value: 'Enter a number.' })
    }
    expect(core.fail('goals.recordCheckIn', { sessionId: session.id, goalId: 404, value: 1 }).code).toBe('not_found')
    expect(core.fail('goals.clearCheckIn', { sessionId: 404, goalId: danaGoal }).code).toBe('not_found')
    expect(core.snapshot('goal_checkins', 'goals', 'sessions')).toEqual(before)
  })
})

describe('challenges', () => {
  it('links a challenge to every 1:1 it comes up in, and shows open ones until resolved', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = startAt(core, '2026-06-15T12:00:00Z', repId)
    const challenge = core.ok('challenges.create', { sessionId: first.session.id, text: 'Legal review takes three weeks', supportOffered: 'I will talk to legal' })
    expect(challenge).toMatchObject({ status: 'open', raisedOn: '2026-06-15', raisedInSessionId: first.session.id, sessionCount: 1 })
    core.ok('sessions.finish', { id: first.session.id })

    const second = startAt(core, '2026-06-22T12:00:00Z', repId)
    expect(second.challenges.map((item) => [item.text, item.sessionCount])).toEqual([['Legal review takes three weeks', 1]])
    const discussed = core.ok('challenges.update', { id: challenge.id, sessionId: second.session.id, supportOffered: 'Escalated to the GC' })
    expect(discussed).toMatchObject({ sessionCount: 2, supportOffered: 'Escalated to the GC', text: 'Legal review takes three weeks' })
    core.ok('sessions.finish', { id: second.session.id })

    const third = startAt(core, '2026-06-29T12:00:00Z', repId)
    core.ok('challenges.update', { id: challenge.id, sessionId: third.session.id })
    const resolved = core.ok('challenges.update', { id: challenge.id, sessionId: third.session.id, status: 'resolved' })
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-06-29', resolvedInSessionId: third.session.id, sessionCount: 3 })
    core.ok('sessions.finish', { id: third.session.id })

    const fourth = startAt(core, '2026-07-06T12:00:00Z', repId)
    expect(fourth.challenges).toEqual([])
    // The 1:1s it came up in still show it.
    expect(core.ok('sessions.get', { id: second.session.id }).challenges.map((item) => item.id)).toEqual([challenge.id])
    expect(core.ok('sessions.get', { id: third.session.id }).challenges[0]).toMatchObject({ status: 'resolved' })

    const reopened = core.ok('challenges.update', { id: challenge.id, sessionId: fourth.session.id, status: 'open' })
    expect(reopened).toMatchObject({ status: 'open', resolvedOn: null, resolvedInSessionId: null, sessionCount: 4 })
  })

  it("refuses another rep's challenge and empty text, writing nothing", () => {
    const core = openSessionCore()
    const dana = core.addRep()
    const danaSession = startAt(core, '2026-06-15T12:00:00Z', dana)
    const challenge = core.ok('challenges.create', { sessionId: danaSession.session.id, text: 'Too many internal meetings' })
    const leeSession = startAt(core, '2026-06-15T12:30:00Z', core.addRep({ name: 'Lee Park' }))
    const before = core.snapshot('challenges', 'challenge_sessions', 'sessions')
    expect(core.fail('challenges.update', { id: challenge.id, sessionId: leeSession.session.id, status: 'resolved' }).fieldErrors).toEqual({
      id: 'This challenge belongs to another rep.'
    })
    expect(core.fail('challenges.create', { sessionId: leeSession.session.id, text: '  ' }).fieldErrors).toEqual({ text: 'A challenge cannot be empty.' })
    expect(core.fail('challenges.update', { id: 404, sessionId: leeSession.session.id }).code).toBe('not_found')
    expect(core.snapshot('challenges', 'challenge_sessions', 'sessions')).toEqual(before)
  })
})

describe('recognitions', () => {
  it('records recognition dated by the 1:1, optionally tied to one of the rep’s own goals', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId)
    const { session } = startAt(core, '2026-06-15T12:00:00Z', repId)
    const recognition = core.ok('recognitions.create', { sessionId: session.id, what: 'Closed Globex', behaviour: 'Multi-threaded early', goalId })
    expect(recognition).toMatchObject({ repId, sessionId: session.id, goalId, recognizedOn: '2026-06-15' })
    expect(core.ok('recognitions.update', { id: recognition.id, goalId: null, what: 'Closed Globex, $80k' })).toMatchObject({
      goalId: null,
      what: 'Closed Globex, $80k',
      behaviour: 'Multi-threaded early'
    })
    expect(core.ok('sessions.get', { id: session.id }).recognitions.map((item) => item.what)).toEqual(['Closed Globex, $80k'])
    expect(core.ok('reps.get', { id: repId }).lastRecognitionDate).toBe('2026-06-15')
    expect(core.ok('recognitions.remove', { id: recognition.id })).toEqual({ id: recognition.id })
    expect(core.ok('sessions.get', { id: session.id }).recognitions).toEqual([])
    expect(core.ok('reps.get', { id: repId }).lastRecognitionDate).toBeNull()
  })

  it("refuses a goal of another rep or one that does not exist, writing nothing", () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const otherGoal = core.addGoal(core.addRep({ name: 'Lee Park' }))
    const { session } = startAt(core, '2026-06-15T12:00:00Z', repId)
    const recognition = core.ok('recognitions.create', { sessionId: session.id, what: 'Great discovery call' })
    const before = core.rowCounts()
    const snapshot = core.snapshot('recognitions', 'sessions')
    for (const goalId of [otherGoal, 404]) {
      expect(core.fail('recognitions.create', { sessionId: session.id, what: 'Won Initech', goalId })).toMatchObject({
        code: 'invalid_input',
        fieldErrors: { goalId: "Choose one of this rep's goals, or none." }
      })
      expect(core.fail('recognitions.update', { id: recognition.id, goalId }).code).toBe('invalid_input')
    }
    expect(core.fail('recognitions.create', { sessionId: session.id, what: '' }).fieldErrors).toEqual({ what: 'What you recognise cannot be empty.' })
    expect(core.rowCounts()).toEqual(before)
    expect(core.snapshot('recognitions', 'sessions')).toEqual(snapshot)
  })
})

describe('notes', () => {
  it('keeps private notes in their own row, apart from shared notes', () => {
    const core = openSessionCore()
    const { session } = startAt(core, '2026-06-15T12:00:00Z', core.addRep())
    core.ok('notes.save', { sessionId: session.id, kind: 'shared', doc: paragraph('Agreed on the Q3 plan.'), text: 'Agreed on the Q3 plan.', baseRevision: 0 })
    const secret = 'Considering a transfer to the Berlin office'
    core.ok('notes.save', { sessionId: session.id, kind: 'private', doc: paragraph(secret), text: secret, baseRevision: 0 })

    const rows = core.kept.db
      .prepare('SELECT notes.kind, note_bodies.doc_json, note_bodies.plain_text FROM notes JOIN note_bodies ON note_bodies.note_id = notes.id ORDER BY notes.kind')
      .all() as Array<{ kind: string; doc_json: string; plain_text: string }>
    expect(rows.map((row) => row.kind)).toEqual(['private', 'shared'])
    expect(rows[0]!.plain_text).toBe(secret)
    expect(rows[0]!.doc_json).toContain('Berlin')
    expect(rows[1]!.plain_text).not.toContain('Berlin')
    expect(rows[1]!.doc_json).not.toContain('Berlin')

    const detail = core.ok('sessions.get', { id: session.id })
    expect(detail.notes.shared).toMatchObject({ text: 'Agreed on the Q3 plan.', revision: 1, doc: paragraph('Agreed on the Q3 plan.') })
    expect(detail.notes.private).toMatchObject({ text: secret, revision: 1 })
    const hit = core.ok('search.query', { query: 'berlin' }).groups[0]!.hits[0]!
    expect(hit).toMatchObject({ kind: 'note', isPrivate: true, sessionId: session.id })
  })

  it('counts revisions, and refuses an edit based on an older one without writing anything', () => {
    const core = openSessionCore()
    const { session } = startAt(core, '2026-06-15T12:00:00Z', core.addRep())
    const save = (text: string, baseRevision: number) => ({ sessionId: session.id, kind: 'shared', doc: paragraph(text), text, baseRevision })
    expect(core.ok('notes.save', save('First', 0)).revision).toBe(1)
    // Two windows both at revision 1: the first save wins, the second is refused.
    expect(core.ok('notes.save', save('From window A', 1))).toMatchObject({ revision: 2, text: 'From window A', updatedAt: '2026-06-15T12:00:00.000Z' })
    const before = core.snapshot('notes', 'note_bodies', 'sessions')
    const refused = core.fail('notes.save', save('From window B', 1))
    expect(refused.code).toBe('conflict')
    expect(refused.message).toMatch(/changed in another window.*newer text is kept/)
    expect(core.snapshot('notes', 'note_bodies', 'sessions')).toEqual(before)
    expect(core.ok('sessions.get', { id: session.id }).notes.shared.text).toBe('From window A')
    // The same save arriving twice (a retry) is not a conflict.
    expect(core.ok('notes.save', save('From window A', 1)).revision).toBe(2)
    expect(core.ok('notes.save', save('Then window B, reloaded', 2)).revision).toBe(3)
  })

  it('stores free-text sections by template section, and refuses a section of another template', () => {
    const core = openSessionCore()
    const templates = core.ok('templates.list', {})
    const pipeline = templates.find((template) => template.name === 'Pipeline review')!
    const career = templates.find((template) => template.name === 'Career conversation')!
    const repId = core.addRep()
    core.setNow('2026-06-15T12:00:00Z')
    const { session } = core.ok('sessions.start', { repId, templateId: pipeline.id })
    const topDeals = pipeline.sections.find((section) => section.title === 'Top deals')!
    const saved = core.ok('notes.save', {
      sessionId: session.id,
      kind: 'section',
      templateSectionId: topDeals.id,
      doc: paragraph('Globex, Initech, Acme'),
      text: 'Globex, Initech, Acme',
      baseRevision: 0
    })
    expect(saved.revision).toBe(1)
    expect(core.ok('sessions.get', { id: session.id }).notes.sections).toEqual({ [topDeals.id]: saved })

    const before = core.rowCounts()
    const foreign = career.sections[1]!
    expect(
      core.fail('notes.save', { sessionId: session.id, kind: 'section', templateSectionId: foreign.id, doc: paragraph('x'), text: 'x', baseRevision: 0 }).fieldErrors
    ).toEqual({ templateSectionId: "This section is not part of this 1:1's template." })
    expect(core.fail('notes.save', { sessionId: session.id, kind: 'section', doc: paragraph('x'), text: 'x', baseRevision: 0 }).code).toBe('invalid_input')
    expect(core.fail('notes.save', { sessionId: session.id, kind: 'shared', doc: { type: 'paragraph' }, text: 'x', baseRevision: 0 }).code).toBe('invalid_input')
    expect(core.fail('notes.save', { sessionId: 404, kind: 'shared', doc: paragraph('x'), text: 'x', baseRevision: 0 }).code).toBe('not_found')
    expect(core.rowCounts()).toEqual(before)
  })
})
