// The micromanagement guard: each rule at its threshold, archived reps, and dismissing a nudge
// (hidden for 30 days or until something new triggers it).
import { describe, expect, it } from 'vitest'
import {
  applyDismissals,
  evaluateNudges,
  isHidden,
  nextSessionStatus,
  NUDGE_CATALOGUE,
  NUDGE_THRESHOLDS,
  type NudgeInput
} from '../../src/main/core/services/nudges'
import { NUDGE_RULES, type NudgeRule } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'
import { historyBuilder } from './history-builder'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const TODAY = '2026-06-15'

type Session = NudgeInput['recentSessions'][number]
const session = (id: number, date: string, fields: Partial<Session> = {}): Session => ({ id, date, repAgreements: 2, managerAgreements: 1, recognitions: 1, ...fields })

/** A rep with nothing to nudge about: met last Monday, next 1:1 next Monday, recognised then. */
function calm(overrides: Partial<NudgeInput> = {}): NudgeInput {
  return {
    rep: { id: 1, name: 'Dana Whitfield', cadence: 'weekly', nextSessionDate: '2026-06-22', archived: false },
    lastSessionDate: '2026-06-08',
    lastRecognitionDate: '2026-06-08',
    recentSessions: [session(3, '2026-06-08'), session(2, '2026-06-01'), session(1, '2026-05-25')],
    openChallenges: [],
    unmeasurableGoals: [],
    undatedAgreements: [],
    ...overrides
  }
}

const rules = (input: NudgeInput, today = TODAY) => evaluateNudges(input, today).map((item) => item.nudge.rule)
const nudgeOf = (input: NudgeInput, rule: NudgeRule, today = TODAY) => evaluateNudges(input, today).find((item) => item.nudge.rule === rule)

describe('the rules', () => {
  it('have every threshold in one object and a title and a why for every rule', () => {
    expect(Object.keys(NUDGE_CATALOGUE).sort()).toEqual([...NUDGE_RULES].sort())
    for (const rule of NUDGE_RULES) {
      expect(NUDGE_CATALOGUE[rule].title.length).toBeGreaterThan(5)
      expect(NUDGE_CATALOGUE[rule].why.length).toBeGreaterThan(60)
    }
    expect(NUDGE_THRESHOLDS).toMatchObject({
      ownershipSessions: 3,
      ownershipMinAgreements: 4,
      ownershipMaxManagerShare: 0.5,
      maxAgreementsPerSession: 5,
      recognitionSessions: 3,
      recognitionMaxDays: 30,
      recurringChallengeSessions: 3,
      dismissDays: 30
    })
  })

  it('find nothing to say about a rep whose 1:1s are in good shape', () => {
    expect(rules(calm())).toEqual([])
  })

  it('never nudge about an archived rep', () => {
    const everything = calm({
      rep: { id: 1, name: 'Dana', cadence: 'weekly', nextSessionDate: '2026-01-01', archived: true },
      lastRecognitionDate: null,
      undatedAgreements: [{ id: 1, text: 'x', owner: 'rep' }]
    })
    expect(rules(everything)).toEqual([])
    expect(rules({ ...everything, rep: { ...everything.rep, archived: false } }).length).toBeGreaterThan(1)
  })

  describe('overdue cadence', () => {
    it('fires the day after the next 1:1 date, not on the day', () => {
      expect(rules(calm({ rep: { ...calm().rep, nextSessionDate: TODAY } }))).toEqual([])
      const nudge = nudgeOf(calm({ rep: { ...calm().rep, nextSessionDate: '2026-06-14' } }), 'overdue_cadence')
      expect(nudge?.nudge).toMatchObject({ detail: 'The next 1:1 was due yesterday (weekly cadence).', facts: { dueDate: '2026-06-14', daysOverdue: 1 } })
      expect(nudge?.keys).toEqual(['2026-06-14'])
    })

    it('without a next date, fires once the last 1:1 is older than the cadence allows', () => {
      const noDate = (lastSessionDate: string, cadence: 'weekly' | 'biweekly' | 'monthly') =>
        calm({ rep: { ...calm().rep, nextSessionDate: null, cadence }, lastSessionDate, lastRecognitionDate: TODAY })
      expect(rules(noDate('2026-06-08', 'weekly'))).toEqual([]) // due today
      expect(rules(noDate('2026-06-07', 'weekly'))).toEqual(['overdue_cadence'])
      expect(rules(noDate('2026-06-01', 'biweekly'))).toEqual([])
      expect(rules(noDate('2026-05-31', 'biweekly'))).toEqual(['overdue_cadence'])
      expect(rules(noDate('2026-05-15', 'monthly'))).toEqual([])
      expect(nudgeOf(noDate('2026-05-14', 'monthly'), 'overdue_cadence')?.nudge.detail).toBe('No 1:1 is planned and the last one was 32 days ago (monthly cadence).')
    })

    it('says nothing for a rep never met and with no date set', () => {
      expect(nextSessionStatus({ nextSessionDate: null, cadence: 'weekly' }, null, TODAY)).toEqual({ date: null, dueDate: null, state: 'not_scheduled', daysOverdue: 0, daysUntil: null })
      expect(rules(calm({ rep: { ...calm().rep, nextSessionDate: null }, lastSessionDate: null, recentSessions: [], lastRecognitionDate: null }))).toEqual([])
    })
  })

  describe('ownership balance', () => {
    const withCounts = (counts: Array<[rep: number, manager: number]>) =>
      calm({ recentSessions: counts.map(([repAgreements, managerAgreements], index) => session(10 - index, '2026-06-08', { repAgreements, managerAgreements })) })

    it('fires when the manager owns more than half of the agreements of the last 3 completed 1:1s', () => {
      const nudge = nudgeOf(withCounts([[1, 2], [1, 1], [0, 2]]), 'ownership_balance')
      expect(nudge?.nudge).toMatchObject({ facts: { managerOwned: 5, repOwned: 2, total: 7, sessions: 3 }, detail: 'You own 5 of the 7 agreements made in the last 3 1:1s; Dana owns 2.' })
    })

    it('does not fire at exactly half', () => {
      expect(rules(withCounts([[1, 1], [1, 1], [1, 1]]))).toEqual([])
    })

    it('needs at least 4 agreements to judge', () => {
      expect(rules(withCounts([[0, 1], [0, 1], [0, 1]]))).toEqual([])
      expect(rules(withCounts([[0, 1], [0, 1], [0, 2]]))).toEqual(['ownership_balance'])
    })

    it('looks at the last 3 completed 1:1s only', () => {
      const input = withCounts([[2, 0], [2, 0], [2, 0]])
      expect(rules({ ...input, recentSessions: [...input.recentSessions, session(1, '2026-05-01', { repAgreements: 0, managerAgreements: 9 })] })).toEqual([])
    })
  })

  describe('too many agreements in one 1:1', () => {
    it('fires above 5 agreements made in the last completed 1:1, not at 5', () => {
      const last = (repAgreements: number, managerAgreements: number) =>
        calm({ recentSessions: [session(3, '2026-06-08', { repAgreements, managerAgreements }), session(2, '2026-06-01'), session(1, '2026-05-25')] })
      expect(rules(last(4, 1))).toEqual([])
      const nudge = nudgeOf(last(5, 1), 'too_many_agreements')
      expect(nudge?.nudge.facts).toEqual({ sessionId: 3, sessionDate: '2026-06-08', created: 6 })
      expect(nudge?.keys).toEqual(['session:3'])
    })

    it('looks at the last completed 1:1 only', () => {
      expect(rules(calm({ recentSessions: [session(3, '2026-06-08'), session(2, '2026-06-01', { repAgreements: 9 }), session(1, '2026-05-25')] }))).toEqual([])
    })
  })

  describe('recognition drought', () => {
    const withRecognitions = (counts: number[], lastRecognitionDate: string | null) =>
      calm({ recentSessions: counts.map((recognitions, index) => session(10 - index, ['2026-06-08', '2026-06-01', '2026-05-25'][index]!, { recognitions })), lastRecognitionDate })

    it('fires when none of the last 3 completed 1:1s has one', () => {
      const nudge = nudgeOf(withRecognitions([0, 0, 0], '2026-05-20'), 'recognition_drought')
      expect(nudge?.nudge).toMatchObject({ facts: { lastRecognitionDate: '2026-05-20', daysSince: 26, sessionsWithout: 3 }, detail: 'No recognition in the last 3 1:1s; the last one was 26 days ago.' })
      expect(rules(withRecognitions([0, 0, 1], '2026-05-25'))).toEqual([])
    })

    it('needs 3 completed 1:1s before judging by 1:1s', () => {
      expect(rules(withRecognitions([0, 0], '2026-05-20'))).toEqual([])
    })

    it('fires when the last one is more than 30 days ago, whatever the 1:1s', () => {
      expect(rules(withRecognitions([1, 1, 1], '2026-05-16'))).toEqual([]) // 30 days
      expect(nudgeOf(withRecognitions([1, 1, 1], '2026-05-15'), 'recognition_drought')?.nudge.detail).toBe('The last recognition was 31 days ago.')
    })

    it('fires for a rep never recognised once there is a completed 1:1, not before', () => {
      expect(nudgeOf(withRecognitions([0], null), 'recognition_drought')?.nudge.detail).toBe('No recognition recorded yet, in 1 1:1.')
      expect(rules(calm({ recentSessions: [], lastSessionDate: null, lastRecognitionDate: null }))).toEqual([])
    })

    it('counts a recognition given after the last completed 1:1 (in the one under way)', () => {
      expect(rules(withRecognitions([0, 0, 0], TODAY))).toEqual([])
    })
  })

  describe('recurring challenge', () => {
    it('fires for an open challenge that came up in 3 or more 1:1s', () => {
      expect(rules(calm({ openChallenges: [{ id: 1, text: 'Legal is slow', sessionCount: 2 }] }))).toEqual([])
      const nudge = nudgeOf(calm({ openChallenges: [{ id: 1, text: 'Legal is slow', sessionCount: 3 }, { id: 2, text: 'Deals stall after the demo', sessionCount: 5 }] }), 'recurring_challenge')
      expect(nudge?.nudge.detail).toBe('2 open challenges keep coming back; “Deals stall after the demo” has come up in 5 1:1s.')
      expect(nudge?.keys).toEqual(['challenge:2', 'challenge:1'])
    })
  })

  describe('goals not measurable', () => {
    it('fires for an active goal missing a metric, a target or a due date, and names what is missing', () => {
      const nudge = nudgeOf(calm({ unmeasurableGoals: [{ id: 4, title: 'Grow pipeline', missing: ['target', 'due_date'] }] }), 'goals_not_measurable')
      expect(nudge?.nudge.detail).toBe('“Grow pipeline” has no target and no due date.')
    })
  })

  describe('agreements without a due date', () => {
    it('fires for open agreements without a due date, saying whose they are', () => {
      expect(nudgeOf(calm({ undatedAgreements: [{ id: 7, text: 'Book the workshop', owner: 'manager' }] }), 'agreements_without_due_date')?.nudge.detail).toBe(
        '“Book the workshop” (yours) has no due date.'
      )
      expect(nudgeOf(calm({ undatedAgreements: [{ id: 7, text: 'Book the workshop', owner: 'rep' }, { id: 8, text: 'Call Acme', owner: 'rep' }] }), 'agreements_without_due_date')?.nudge.detail).toBe(
        '2 open agreements have no due date, such as “Book the workshop” (Dana’s).'
      )
    })
  })
})

describe('dismissing', () => {
  const evaluated = evaluateNudges(calm({ undatedAgreements: [{ id: 7, text: 'Book the workshop', owner: 'rep' }] }), TODAY)[0]!
  const dismissal = { rule: 'agreements_without_due_date', dismissedAt: 'x', until: '2026-07-15', keys: ['agreement:7'] }

  it('hides a nudge for 30 days while nothing new triggers it', () => {
    expect(isHidden(evaluated, dismissal, TODAY)).toBe(true)
    expect(isHidden(evaluated, dismissal, '2026-07-14')).toBe(true)
    expect(isHidden(evaluated, dismissal, '2026-07-15')).toBe(false)
  })

  it('shows it again at once when something new triggers it', () => {
    const more = evaluateNudges(calm({ undatedAgreements: [{ id: 7, text: 'a', owner: 'rep' }, { id: 9, text: 'b', owner: 'rep' }] }), TODAY)[0]!
    expect(isHidden(more, dismissal, TODAY)).toBe(false)
    const fewer = evaluateNudges(calm({ undatedAgreements: [] }), TODAY)
    expect(fewer).toEqual([])
    expect(applyDismissals([evaluated], [dismissal], TODAY)).toEqual({ nudges: [], dismissed: [{ nudge: evaluated.nudge, dismissedAt: 'x', until: '2026-07-15' }] })
  })
})

describe('nudges through the API', () => {
  function repWithUndatedAgreement() {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const sessionId = history.session(repId, '2026-06-08')
    history.recognition(repId, sessionId, '2026-06-08')
    core.ok('reps.update', { id: repId, changes: { nextSessionDate: '2026-06-22' } })
    history.agreement(repId, { sessionId, dueDate: null, text: 'Book the pricing workshop' })
    return { core, history, repId, sessionId }
  }

  it('lists, dismisses and restores a rule for a rep, and the Team overview follows', () => {
    const { core, history, repId, sessionId } = repWithUndatedAgreement()
    expect(core.ok('nudges.list', { repId }).nudges.map((nudge) => nudge.rule)).toEqual(['agreements_without_due_date'])
    expect(core.ok('team.overview', {}).members[0]).toMatchObject({ dismissedNudges: 0, nudges: [{ rule: 'agreements_without_due_date' }] })

    const dismissed = core.ok('nudges.dismiss', { repId, rule: 'agreements_without_due_date' })
    expect(dismissed.nudges).toEqual([])
    expect(dismissed.dismissed).toMatchObject([{ nudge: { rule: 'agreements_without_due_date' }, until: '2026-07-15', dismissedAt: '2026-06-15T12:00:00.000Z' }])
    expect(core.ok('team.overview', {}).members[0]).toMatchObject({ dismissedNudges: 1, nudges: [] })
    expect(core.ok('reps.brief', { id: repId }).nudges).toEqual([])

    // A new agreement without a date brings it back at once.
    history.agreement(repId, { sessionId, dueDate: null, text: 'Call Acme' })
    expect(core.ok('nudges.list', { repId }).nudges).toHaveLength(1)
    core.ok('nudges.dismiss', { repId, rule: 'agreements_without_due_date' })
    expect(core.ok('nudges.list', { repId }).nudges).toHaveLength(0)

    // 30 days later it shows again even if nothing changed.
    core.setNow('2026-07-15T12:00:00Z')
    core.ok('reps.update', { id: repId, changes: { nextSessionDate: '2026-07-20' } })
    history.recognition(repId, null, '2026-07-14')
    expect(core.ok('nudges.list', { repId }).nudges.map((nudge) => nudge.rule)).toEqual(['agreements_without_due_date'])

    core.setNow('2026-06-16T12:00:00Z')
    core.ok('nudges.dismiss', { repId, rule: 'agreements_without_due_date' })
    expect(core.ok('nudges.restore', { repId, rule: 'agreements_without_due_date' }).nudges).toHaveLength(1)
    expect(core.kept.db.prepare('SELECT count(*) FROM nudge_dismissals').pluck().get()).toBe(0)
  })

  it('may dismiss a rule that does not apply now: it hides only what has no new facts', () => {
    const { core, repId } = repWithUndatedAgreement()
    expect(core.ok('nudges.dismiss', { repId, rule: 'recurring_challenge' })).toMatchObject({ nudges: [{ rule: 'agreements_without_due_date' }], dismissed: [] })
  })

  it('refuses an unknown rule and answers not_found for an unknown rep', () => {
    const { core, repId } = repWithUndatedAgreement()
    const bad = core.fail('nudges.dismiss', { repId, rule: 'be_nicer' })
    expect(bad.code).toBe('invalid_input')
    expect(bad.fieldErrors?.rule).toBe('This is not a nudge Kept knows.')
    expect(core.fail('nudges.list', { repId: 404 }).code).toBe('not_found')
    expect(core.fail('nudges.dismiss', { repId: 404, rule: 'recurring_challenge' }).code).toBe('not_found')
    expect(core.fail('nudges.restore', { repId: 404, rule: 'recurring_challenge' }).code).toBe('not_found')
  })

  it('gives an archived rep no nudges anywhere', () => {
    const { core, repId } = repWithUndatedAgreement()
    core.ok('reps.setArchived', { id: repId, archived: true })
    expect(core.ok('nudges.list', { repId })).toEqual({ repId, nudges: [], dismissed: [] })
    expect(core.ok('team.overview', { includeArchived: true }).members[0]!.nudges).toEqual([])
    expect(core.ok('reps.brief', { id: repId }).nudges).toEqual([])
  })

  it('finds every rule in the database as the pure rules do', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep({ name: 'Tom Becker' })
    const sessions = ['2026-05-18', '2026-05-25', '2026-06-01'].map((date) => history.session(repId, date))
    // Last 1:1: six agreements, five of them the manager's; no recognition in any of the three.
    for (let i = 0; i < 5; i++) history.agreement(repId, { sessionId: sessions[2]!, owner: 'manager', dueDate: '2026-06-20' })
    history.agreement(repId, { sessionId: sessions[2]!, owner: 'rep', dueDate: null, text: 'Update the close plan' })
    history.recognition(repId, null, '2026-05-10') // before the last three 1:1s, outside any of them
    history.challenge(repId, sessions, { text: 'Legal is slow' })
    history.goal(repId, { title: 'Grow pipeline', target: null })
    core.ok('reps.update', { id: repId, changes: { nextSessionDate: '2026-06-08' } })

    const nudges = core.ok('nudges.list', { repId }).nudges
    expect(nudges.map((nudge) => nudge.rule)).toEqual([
      'overdue_cadence',
      'ownership_balance',
      'too_many_agreements',
      'recognition_drought',
      'recurring_challenge',
      'goals_not_measurable',
      'agreements_without_due_date'
    ])
    expect(nudges.map((nudge) => nudge.detail)).toEqual([
      'The next 1:1 was due 7 days ago (weekly cadence).',
      'You own 5 of the 6 agreements made in the last 3 1:1s; Tom owns 1.',
      '6 agreements were made in the last 1:1; more than 5 is hard for anyone to own.',
      'No recognition in the last 3 1:1s; the last one was 36 days ago.',
      '“Legal is slow” has come up in 3 1:1s and is still open.',
      '“Grow pipeline” has no target.',
      '“Update the close plan” (Tom’s) has no due date.'
    ])
    for (const nudge of nudges) expect(nudge.why).toBe(NUDGE_CATALOGUE[nudge.rule].why)
  })
})
