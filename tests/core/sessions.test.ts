import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { MONDAY, useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const ACCOUNTABILITY_KINDS = ['check_in', 'agenda', 'goal_review', 'last_agreements', 'challenges', 'recognition', 'next_steps', 'notes']

describe('sessions.start', () => {
  it('starts a new 1:1 now with the default template, its sections in order and empty notes', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const detail = core.ok('sessions.start', { repId })

    expect(detail.session).toMatchObject({
      repId,
      status: 'in_progress',
      scheduledAt: core.localNow(),
      startedAt: new Date(MONDAY).toISOString(),
      templateName: 'Accountability 1:1',
      completedAt: null,
      editedAfterCompletionAt: null,
      pulse: null,
      checkInText: ''
    })
    expect(detail.rep.id).toBe(repId)
    expect(detail.sections.map((section) => section.kind)).toEqual(ACCOUNTABILITY_KINDS)
    expect(detail.sections.map((section) => section.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(detail.notes.shared).toEqual({ doc: { type: 'doc', content: [] }, text: '', revision: 0, updatedAt: null })
    expect(detail.notes.private).toEqual(detail.notes.shared)
    expect(detail.notes.sections).toEqual({})
    expect(detail).toMatchObject({ agenda: [], goalReview: [], lastAgreements: [], challenges: [], recognitions: [], newAgreements: [] })
    // Weekly from Monday 15 June: Monday 22 June.
    expect(detail.suggestedDueDate).toBe('2026-06-22')
  })

  it('resumes the 1:1 in progress instead of starting another', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const first = core.ok('sessions.start', { repId })
    core.setNow('2026-06-15T12:20:00Z')
    const again = core.ok('sessions.start', { repId })
    expect(again.session.id).toBe(first.session.id)
    expect(again.session.startedAt).toBe(first.session.startedAt)
    expect(core.rowCounts().sessions).toBe(1)
  })

  it('uses the template asked for, and refuses a retired one or one that does not exist', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const templates = core.ok('templates.list', {})
    const pipeline = templates.find((template) => template.name === 'Pipeline review')!
    core.ok('templates.setRetired', { id: pipeline.id, retired: true })
    const before = core.rowCounts()
    expect(core.fail('sessions.start', { repId, templateId: pipeline.id })).toMatchObject({
      code: 'invalid_input',
      fieldErrors: { templateId: 'This template is retired. Choose another one.' }
    })
    expect(core.fail('sessions.start', { repId, templateId: 999 }).code).toBe('not_found')
    expect(core.rowCounts()).toEqual(before)

    const career = templates.find((template) => template.name === 'Career conversation')!
    const detail = core.ok('sessions.start', { repId, templateId: career.id })
    expect(detail.session.templateName).toBe('Career conversation')
    expect(detail.sections.filter((section) => section.kind === 'prompt').map((section) => section.title)).toEqual([
      'Aspirations',
      'Skills to build',
      'Support and opportunities'
    ])
  })

  it('refuses a rep that does not exist or is archived, writing nothing', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    core.ok('reps.setArchived', { id: repId, archived: true })
    const before = core.rowCounts()
    expect(core.fail('sessions.start', { repId: 404 }).code).toBe('not_found')
    expect(core.fail('sessions.start', { repId })).toMatchObject({ code: 'conflict', message: expect.stringContaining('archived') })
    expect(core.fail('sessions.plan', { repId, scheduledAt: '2026-06-20' }).code).toBe('conflict')
    expect(core.rowCounts()).toEqual(before)
  })
})

describe('sessions.plan', () => {
  it('plans a 1:1, shows it as the next one, and refuses a second one on the same day', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const planned = core.ok('sessions.plan', { repId, scheduledAt: '2026-06-18T14:30' })
    expect(planned).toMatchObject({ repId, status: 'planned', scheduledAt: '2026-06-18T14:30', startedAt: null, templateName: 'Accountability 1:1' })
    expect(core.ok('reps.get', { id: repId }).rep.nextSessionDate).toBe('2026-06-18')

    const before = core.rowCounts()
    const clash = core.fail('sessions.plan', { repId, scheduledAt: '2026-06-18' })
    expect(clash.code).toBe('conflict')
    expect(clash.message).toBe('A 1:1 with Dana Whitfield is already planned for 18 Jun 2026. Change that one instead.')
    expect(core.rowCounts()).toEqual(before)

    // Another rep may have a 1:1 that day, and this rep on another day.
    core.ok('sessions.plan', { repId: core.addRep({ name: 'Lee Park' }), scheduledAt: '2026-06-18T14:30' })
    core.ok('sessions.plan', { repId, scheduledAt: '2026-06-25' })
    expect(core.ok('reps.get', { id: repId }).rep.nextSessionDate).toBe('2026-06-18')
  })

  it('refuses a date or time that does not exist', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    expect(core.fail('sessions.plan', { repId, scheduledAt: '2026-02-30' }).fieldErrors).toEqual({ scheduledAt: 'This date does not exist.' })
    expect(core.fail('sessions.plan', { repId, scheduledAt: '2026-06-18T25:00' }).fieldErrors).toEqual({ scheduledAt: 'This time does not exist.' })
  })

  it('is what the next start opens: the earliest planned 1:1, dated today if planned for another day', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const later = core.ok('sessions.plan', { repId, scheduledAt: '2026-06-25T10:00' })
    const today = core.ok('sessions.plan', { repId, scheduledAt: '2026-06-15T16:00' })

    const started = core.ok('sessions.start', { repId })
    expect(started.session).toMatchObject({ id: today.id, status: 'in_progress', scheduledAt: '2026-06-15T16:00' })
    core.ok('sessions.finish', { id: today.id })

    // The 25 June 1:1 happens early, on 17 June: it is dated when it really takes place.
    core.setNow('2026-06-17T09:05:00Z')
    const early = core.ok('sessions.start', { repId })
    expect(early.session).toMatchObject({ id: later.id, scheduledAt: core.localNow() })
    expect(core.rowCounts().sessions).toBe(2)
  })
})

describe('sessions.updateCheckIn', () => {
  it('stores the pulse and the line, each on its own', () => {
    const core = openSessionCore()
    const { session } = core.ok('sessions.start', { repId: core.addRep() })
    expect(core.ok('sessions.updateCheckIn', { id: session.id, pulse: 4 })).toMatchObject({ pulse: 4, checkInText: '' })
    expect(core.ok('sessions.updateCheckIn', { id: session.id, checkInText: 'Tired but upbeat' })).toMatchObject({ pulse: 4, checkInText: 'Tired but upbeat' })
    expect(core.ok('sessions.updateCheckIn', { id: session.id, pulse: null })).toMatchObject({ pulse: null, checkInText: 'Tired but upbeat' })
  })

  it('refuses a pulse outside 1–5 and leaves the session as it was', () => {
    const core = openSessionCore()
    const { session } = core.ok('sessions.start', { repId: core.addRep() })
    core.ok('sessions.updateCheckIn', { id: session.id, pulse: 3 })
    const before = core.snapshot('sessions')
    for (const pulse of [0, 6, 2.5, '4']) {
      expect(core.fail('sessions.updateCheckIn', { id: session.id, pulse, checkInText: 'changed' }).code).toBe('invalid_input')
    }
    expect(core.fail('sessions.updateCheckIn', { id: 404, pulse: 2 }).code).toBe('not_found')
    expect(core.snapshot('sessions')).toEqual(before)
  })
})

describe('sessions.finish', () => {
  it('completes the 1:1, times it from its start and sets the next 1:1 from the cadence', () => {
    const core = openSessionCore()
    const repId = core.addRep({ cadence: 'biweekly' })
    const { session } = core.ok('sessions.start', { repId })
    core.setNow('2026-06-15T12:31:15Z')
    const result = core.ok('sessions.finish', { id: session.id })
    expect(result.nextSessionDate).toBe('2026-06-29')
    expect(result.session).toMatchObject({ status: 'completed', completedAt: '2026-06-15T12:31:15.000Z', durationSeconds: 1875, editedAfterCompletionAt: null })
    expect(core.ok('reps.get', { id: repId }).rep.nextSessionDate).toBe('2026-06-29')
    expect(core.ok('reps.list', {})[0]!.lastSessionDate).toBe('2026-06-15')
  })

  it('keeps a duration given by the timer', () => {
    const core = openSessionCore()
    const { session } = core.ok('sessions.start', { repId: core.addRep() })
    expect(core.ok('sessions.finish', { id: session.id, durationSeconds: 1500 }).session.durationSeconds).toBe(1500)
  })

  it('counts from the session date, not from the day it is finished', () => {
    const core = openSessionCore()
    const repId = core.addRep({ cadence: 'weekly' })
    const { session } = core.ok('sessions.start', { repId })
    core.setNow('2026-06-17T08:00:00Z')
    expect(core.ok('sessions.finish', { id: session.id }).nextSessionDate).toBe('2026-06-22')
  })

  it('uses the week-start preference for monthly 1:1s', () => {
    for (const [weekStartsOn, expected] of [
      [0, '2026-02-17'],
      [1, '2026-02-10']
    ] as const) {
      const core = openSessionCore({ now: '2026-01-13T12:00:00Z', preferences: { weekStartsOn } })
      const { session } = core.ok('sessions.start', { repId: core.addRep({ cadence: 'monthly' }) })
      expect(core.ok('sessions.get', { id: session.id }).suggestedDueDate).toBe(expected)
      expect(core.ok('sessions.finish', { id: session.id }).nextSessionDate).toBe(expected)
    }
  })

  it('keeps a 1:1 already planned after this one as the next one', () => {
    const core = openSessionCore()
    const repId = core.addRep({ cadence: 'weekly' })
    const { session } = core.ok('sessions.start', { repId })
    core.ok('sessions.plan', { repId, scheduledAt: '2026-06-24T10:00' })
    expect(core.ok('sessions.get', { id: session.id }).suggestedDueDate).toBe('2026-06-24')
    expect(core.ok('sessions.finish', { id: session.id }).nextSessionDate).toBe('2026-06-24')
    expect(core.ok('reps.get', { id: repId }).rep.nextSessionDate).toBe('2026-06-24')
  })

  it('refuses to finish twice, or to finish a 1:1 that has not started, writing nothing', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const { session } = core.ok('sessions.start', { repId })
    core.ok('sessions.finish', { id: session.id })
    const planned = core.ok('sessions.plan', { repId, scheduledAt: '2026-06-30' })
    const before = core.snapshot('sessions', 'reps')
    expect(core.fail('sessions.finish', { id: session.id })).toEqual({ code: 'conflict', message: 'This 1:1 is already finished.' })
    expect(core.fail('sessions.finish', { id: planned.id }).code).toBe('conflict')
    expect(core.fail('sessions.finish', { id: 404 }).code).toBe('not_found')
    expect(core.snapshot('sessions', 'reps')).toEqual(before)
  })
})

describe('editing a completed 1:1', () => {
  it('is allowed everywhere and records when it was last edited', () => {
    const core = openSessionCore()
    const repId = core.addRep()
    const goalId = core.addGoal(repId)
    const { session } = core.ok('sessions.start', { repId })
    core.ok('sessions.updateCheckIn', { id: session.id, pulse: 4 })
    core.ok('notes.save', { sessionId: session.id, kind: 'shared', doc: { type: 'doc', content: [] }, text: '', baseRevision: 0 })
    expect(core.ok('sessions.get', { id: session.id }).session.editedAfterCompletionAt).toBeNull()
    core.ok('sessions.finish', { id: session.id })

    const edits: Array<[string, (id: number) => unknown]> = [
      ['sessions.updateCheckIn', (id) => ({ id, checkInText: 'Actually a 3' })],
      ['goals.recordCheckIn', (id) => ({ sessionId: id, goalId, value: 1000 })],
      ['agreements.create', (id) => ({ sessionId: id, text: 'Send the recap' })],
      ['challenges.create', (id) => ({ sessionId: id, text: 'Legal review is slow' })],
      ['recognitions.create', (id) => ({ sessionId: id, what: 'Great demo' })],
      ['notes.save', (id) => ({ sessionId: id, kind: 'private', doc: { type: 'doc', content: [] }, text: 'x', baseRevision: 0 })]
    ]
    edits.forEach(([method, input], index) => {
      const at = `2026-06-16T10:0${index}:00.000Z`
      core.setNow(at)
      core.ok(method as 'sessions.updateCheckIn', input(session.id))
      const after = core.ok('sessions.get', { id: session.id }).session
      expect(after.editedAfterCompletionAt, method).toBe(at)
      expect(after.updatedAt).toBe(at)
      expect(after.status).toBe('completed')
    })
    // Editing does not move the next 1:1 or reopen the session.
    expect(core.ok('reps.get', { id: repId }).rep.nextSessionDate).toBe('2026-06-22')
  })
})

describe('sessions.get', () => {
  it('answers not_found for a session that does not exist or is in the trash', () => {
    const core = openSessionCore()
    const { session } = core.ok('sessions.start', { repId: core.addRep() })
    core.kept.db.prepare("DELETE FROM sessions WHERE id = ?").run(session.id)
    expect(core.fail('sessions.get', { id: session.id }).code).toBe('not_found')
    expect(core.fail('sessions.get', { id: 404 }).code).toBe('not_found')
  })
})
