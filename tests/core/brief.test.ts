// The pre-meeting brief and the talking points it suggests.
import { describe, expect, it } from 'vitest'
import { BRIEF_LIMITS, suggestTalkingPoints, type SuggestionInput } from '../../src/main/core/services/brief'
import { cutAt, excerpt, firstLines } from '../../src/main/core/services/plain-text'
import { evaluateNudges } from '../../src/main/core/services/nudges'
import type { BriefAgreement, BriefChallenge, Goal, GoalMovement } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'
import { historyBuilder } from './history-builder'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const agreement = (fields: Partial<BriefAgreement>): BriefAgreement => ({
  id: 1,
  repId: 1,
  text: 'Send the proposal',
  owner: 'rep',
  dueDate: '2026-06-06',
  status: 'open',
  doneOn: null,
  createdInSessionId: 1,
  createdOn: '2026-06-01',
  overdue: true,
  daysOverdue: 9,
  carriedForwardCount: 0,
  ...fields
})
const goal = (fields: Partial<Goal>): Goal => ({
  id: 1,
  repId: 1,
  title: 'Discovery calls',
  metric: 'Calls held',
  unit: 'count',
  currency: null,
  baseline: 0,
  target: 40,
  dueDate: '2026-06-30',
  status: 'on_track',
  archived: false,
  latestValue: 28,
  latestValueDate: '2026-06-12',
  ...fields
})
const movement = (goalFields: Partial<Goal>, then: number | null): GoalMovement => {
  const g = goal(goalFields)
  return { goal: g, measurable: true, missing: [], valueBeforeLastSession: then, valueBeforeLastSessionDate: then === null ? null : '2026-06-08', currentValue: g.latestValue, currentValueDate: g.latestValueDate, delta: then === null || g.latestValue === null ? null : g.latestValue - then }
}
const challenge = (fields: Partial<BriefChallenge>): BriefChallenge => ({
  id: 1,
  repId: 1,
  text: 'Deals stall after the demo',
  supportOffered: '',
  status: 'open',
  raisedOn: '2026-04-01',
  resolvedOn: null,
  raisedInSessionId: 1,
  resolvedInSessionId: null,
  sessionCount: 5,
  recurring: true,
  ...fields
})
const quiet = (fields: Partial<SuggestionInput> = {}): SuggestionInput => ({
  rep: { name: 'Dana Whitfield' },
  agreements: { rep: [], manager: [] },
  goals: [],
  challenges: [],
  daysSinceRecognition: 7,
  pulseTrend: [],
  nudges: [],
  talkingPoints: [],
  ...fields
})
const texts = (input: SuggestionInput) => suggestTalkingPoints(input).map((suggestion) => suggestion.text)

describe('suggested talking points', () => {
  it('suggest nothing when there is nothing to raise', () => {
    expect(suggestTalkingPoints(quiet())).toEqual([])
  })

  it('follow up overdue agreements, the manager’s own first, most overdue first', () => {
    const suggestions = suggestTalkingPoints(
      quiet({
        agreements: {
          rep: [agreement({ id: 1, text: 'Send the proposal', daysOverdue: 12 }), agreement({ id: 2, text: 'Not due yet', overdue: false, daysOverdue: 0 })],
          manager: [agreement({ id: 3, owner: 'manager', text: 'Ask finance about the discount', daysOverdue: 1 })]
        }
      })
    )
    expect(suggestions).toEqual([
      { kind: 'follow_up', text: 'Follow up: “Ask finance about the discount” is 1 day overdue (yours)', ref: { type: 'agreement', id: 3 } },
      { kind: 'follow_up', text: 'Follow up: “Send the proposal” is 12 days overdue (Dana’s)', ref: { type: 'agreement', id: 1 } }
    ])
  })

  it('name at most three overdue agreements and count the rest', () => {
    const rep = [1, 2, 3, 4, 5].map((id) => agreement({ id, text: `Task ${id}`, daysOverdue: id }))
    expect(texts(quiet({ agreements: { rep, manager: [] } }))).toEqual([
      'Follow up: “Task 5” is 5 days overdue (Dana’s)',
      'Follow up: “Task 4” is 4 days overdue (Dana’s)',
      'Follow up: “Task 3” is 3 days overdue (Dana’s)',
      '2 more overdue agreements — see the list'
    ])
  })

  it('notice a pulse that dropped over the last three 1:1s, or a low last pulse', () => {
    const trend = (pulses: Array<number | null>) => pulses.map((pulse, index) => ({ sessionId: index + 1, date: `2026-05-0${index + 1}`, pulse }))
    expect(texts(quiet({ pulseTrend: trend([5, 5, 4, 3, 2]) }))).toEqual(['Pulse dropped from 4 to 2 over the last three 1:1s'])
    expect(texts(quiet({ pulseTrend: trend([4, 4, 3]) }))).toEqual([])
    expect(texts(quiet({ pulseTrend: trend([3, 3, 2]) }))).toEqual(['Pulse was 2 in the last 1:1 — ask how Dana is doing'])
    expect(texts(quiet({ pulseTrend: trend([4, null, 2]) }))).toEqual(['Pulse dropped from 4 to 2 over the last two 1:1s'])
    expect(texts(quiet({ pulseTrend: [] }))).toEqual([])
  })

  it('raise goals off track or at risk, and goals moving away from their target', () => {
    expect(texts(quiet({ goals: [movement({ title: 'Y', status: 'off_track', latestValue: 28, target: 40 }, 31)] }))).toEqual(['Goal “Y” moved from 31 to 28 — off track'])
    expect(texts(quiet({ goals: [movement({ title: 'Y', status: 'at_risk', latestValue: 28, target: 40 }, 28)] }))).toEqual(['Goal “Y” is at risk at 28 of 40'])
    expect(texts(quiet({ goals: [movement({ title: 'Y', status: 'on_track', latestValue: 28, target: 40 }, 30)] }))).toEqual(['Goal “Y” moved from 30 to 28 — away from the target of 40'])
    // Lower is better when the target is below the baseline.
    expect(texts(quiet({ goals: [movement({ title: 'Churn', status: 'on_track', unit: 'percent', baseline: 8, target: 5, latestValue: 6.5 }, 7)] }))).toEqual([])
    expect(texts(quiet({ goals: [movement({ title: 'Churn', status: 'on_track', unit: 'percent', baseline: 8, target: 5, latestValue: 7.5 }, 7)] }))).toEqual(['Goal “Churn” moved from 7% to 7.5% — away from the target of 5%'])
    expect(texts(quiet({ goals: [movement({ title: 'Y', status: 'off_track', latestValue: null }, null)] }))).toEqual(['Goal “Y” is off track — no value recorded yet'])
    expect(texts(quiet({ goals: [movement({ title: 'Y', status: 'on_track', latestValue: 31 }, 28)] }))).toEqual([])
  })

  it('check in on recurring challenges, and on what the rep asked to discuss', () => {
    expect(
      texts(
        quiet({
          challenges: [challenge({ id: 1, sessionCount: 5 }), challenge({ id: 2, text: 'New one', sessionCount: 1, recurring: false })],
          talkingPoints: [
            { id: 9, repId: 1, text: 'Promotion path', raisedBy: 'rep', createdAt: 'x', discussedInSessionId: null, outcome: null, carriedOverCount: 0 },
            { id: 10, repId: 1, text: 'My own note', raisedBy: 'manager', createdAt: 'x', discussedInSessionId: null, outcome: null, carriedOverCount: 0 }
          ]
        })
      )
    ).toEqual(['Check in on “Deals stall after the demo” — came up in 5 1:1s', 'Dana wants to talk about “Promotion path”'])
  })

  it('turn nudges worth raising into talking points', () => {
    const nudges = evaluateNudges(
      {
        rep: { id: 1, name: 'Dana Whitfield', cadence: 'weekly', nextSessionDate: '2026-06-22', archived: false },
        lastSessionDate: '2026-06-08',
        lastRecognitionDate: '2026-05-05',
        recentSessions: [{ id: 3, date: '2026-06-08', repAgreements: 1, managerAgreements: 3, recognitions: 0 }],
        openChallenges: [],
        unmeasurableGoals: [{ id: 4, title: 'Grow pipeline', missing: ['target', 'due_date'] }],
        undatedAgreements: [{ id: 5, text: 'Book the workshop', owner: 'rep' }, { id: 6, text: 'Call Acme', owner: 'rep' }]
      },
      '2026-06-15'
    ).map((item) => item.nudge)
    expect(texts(quiet({ nudges }))).toEqual([
      'Recognise something specific — last recognition 41 days ago',
      'Let Dana own the next steps — you own 3 of the last 4 agreements',
      'Agree a due date for “Book the workshop” and 1 other',
      'Make “Grow pipeline” measurable — it has no target or due date'
    ])
  })

  it('keep to a readable number, most pressing first', () => {
    const rep = [1, 2, 3, 4].map((id) => agreement({ id, daysOverdue: id }))
    const many = quiet({
      agreements: { rep, manager: [] },
      goals: [movement({ id: 1, status: 'off_track' }, 30), movement({ id: 2, status: 'at_risk' }, 30), movement({ id: 3, status: 'off_track' }, 30)],
      challenges: [challenge({ id: 1 }), challenge({ id: 2 }), challenge({ id: 3 })],
      pulseTrend: [1, 2, 3].map((id) => ({ sessionId: id, date: 'x', pulse: 6 - 2 * id })),
      talkingPoints: [7, 8, 9].map((id) => ({ id, repId: 1, text: `Point ${id}`, raisedBy: 'rep' as const, createdAt: 'x', discussedInSessionId: null, outcome: null, carriedOverCount: 0 }))
    })
    const kinds = suggestTalkingPoints(many).map((suggestion) => suggestion.kind)
    expect(kinds).toEqual(['follow_up', 'follow_up', 'follow_up', 'follow_up', 'pulse', 'goal', 'goal', 'challenge', 'challenge', 'talking_point'])
    expect(kinds).toHaveLength(BRIEF_LIMITS.maxSuggestions)
  })
})

describe('plain-text previews', () => {
  it('keep the first lines, cut at a word under the limit, and mark what was left out', () => {
    expect(firstLines('One\n\n  Two  \n\nThree\n\nFour', 3, 300)).toBe('One\nTwo\nThree…')
    expect(firstLines('One\nTwo', 3, 300)).toBe('One\nTwo')
    const long = 'word '.repeat(100).trim()
    expect(firstLines(long, 3, 300).length).toBeLessThanOrEqual(300)
    expect(firstLines(long, 3, 300).endsWith('word…')).toBe(true)
    expect(cutAt('x'.repeat(400), 300)).toHaveLength(300)
    expect(excerpt('  A\n\nshared   note  ', 200)).toBe('A shared note')
    expect(excerpt('', 200)).toBe('')
  })
})

describe('reps.brief', () => {
  it('brings the last 1:1, both owners’ open agreements, goal movement, challenges, recognition, pulse and points together', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep({ name: 'Dana Whitfield', nextSessionDate: '2026-06-15' })
    const dates = ['2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08']
    const pulses = [3, 3, 4, 4, 3, 4, 5, 4, 3, 2]
    const sessions = dates.map((date, index) => history.session(repId, date, { pulse: pulses[index]!, checkInText: `Week ${index + 1}` }))
    const last = sessions.at(-1)!
    history.session(repId, '2026-06-15', { status: 'in_progress', pulse: 1 })
    const longLine = 'Pinecrest moved to proposal and the champion wants a mutual action plan with dates through signature.'
    history.note(last, 'shared', `Deals\n\n${longLine}\n\nQuarry Labs stalled again.\n\nTidewater asked for a pilot.`)
    history.note(last, 'private', 'Private: watch the workload.')

    const overdueRep = history.agreement(repId, { sessionId: sessions[8]!, owner: 'rep', dueDate: '2026-06-06', text: 'Find the economic buyer' })
    history.review(overdueRep, last, 'carried_forward')
    history.agreement(repId, { sessionId: last, owner: 'rep', dueDate: '2026-06-20', text: 'Send the mutual action plan' })
    history.agreement(repId, { sessionId: last, owner: 'manager', dueDate: '2026-06-12', text: 'Join the Pinecrest demo' })
    history.agreement(repId, { sessionId: last, owner: 'manager', status: 'done', doneOn: '2026-06-08', dueDate: '2026-06-08' })

    const calls = history.goal(repId, { title: 'Hold 40 discovery calls', unit: 'count', target: 40, status: 'on_track' })
    history.checkIn(calls, '2026-06-01', 24, { sessionId: sessions[8]! })
    history.checkIn(calls, '2026-06-08', 28, { sessionId: last })
    history.checkIn(calls, '2026-06-12', 31, { importId: history.importRun() })
    const rate = history.goal(repId, { title: 'Lift win rate', unit: 'percent', baseline: 18, target: 25, status: 'off_track' })
    history.checkIn(rate, '2026-06-08', 21, { sessionId: last })
    history.checkIn(rate, '2026-06-13', 19.5)
    history.goal(repId, { title: 'Multi-thread top accounts', metric: '', target: null, status: 'at_risk' })
    history.goal(repId, { title: 'Old goal', status: 'achieved' })

    history.challenge(repId, sessions.slice(5), { text: 'Deals stall after the demo' })
    history.challenge(repId, [last], { text: 'CRM is slow' })
    history.challenge(repId, sessions.slice(0, 4), { text: 'Solved long ago', status: 'resolved' })
    history.recognition(repId, sessions[3]!, '2026-04-27')
    history.talkingPoint(repId, 'Promotion path', 'rep')
    history.talkingPoint(repId, 'Holiday cover', 'manager')

    const brief = core.ok('reps.brief', { id: repId })
    expect(brief.rep.name).toBe('Dana Whitfield')
    expect(brief.lastSession).toMatchObject({ id: last, date: '2026-06-08', daysAgo: 7, pulse: 2, checkInText: 'Week 10', summarySource: 'shared_notes' })
    expect(brief.lastSession!.summary).toBe(`Deals\n${longLine}\nQuarry Labs stalled again.…`)
    expect(brief.lastSession!.summary).not.toContain('Private')
    expect(brief.sessionInProgressId).not.toBeNull()
    expect(brief.nextSession).toMatchObject({ state: 'due_today' })

    expect(brief.agreements.rep.map((item) => [item.text, item.overdue, item.daysOverdue, item.carriedForwardCount])).toEqual([
      ['Find the economic buyer', true, 9, 1],
      ['Send the mutual action plan', false, 0, 0]
    ])
    expect(brief.agreements.manager.map((item) => [item.text, item.daysOverdue])).toEqual([['Join the Pinecrest demo', 3]])

    expect(brief.goals.map((item) => [item.goal.title, item.valueBeforeLastSession, item.currentValue, item.delta, item.goal.status, item.measurable])).toEqual([
      ['Hold 40 discovery calls', 24, 31, 7, 'on_track', true],
      ['Lift win rate', null, 19.5, null, 'off_track', true],
      ['Multi-thread top accounts', null, null, null, 'at_risk', false]
    ])
    expect(brief.goals[2]!.missing).toEqual(['metric', 'target'])

    expect(brief.challenges.map((item) => [item.text, item.sessionCount, item.recurring])).toEqual([
      ['Deals stall after the demo', 5, true],
      ['CRM is slow', 1, false]
    ])
    expect(brief).toMatchObject({ lastRecognitionDate: '2026-04-27', daysSinceRecognition: 49 })
    expect(brief.pulseTrend.map((point) => point.pulse)).toEqual([4, 4, 3, 4, 5, 4, 3, 2])
    expect(brief.pulseTrend[0]!.date).toBe('2026-04-20')
    expect(brief.talkingPoints.map((point) => point.text)).toEqual(['Promotion path', 'Holiday cover'])
    expect(brief.nudges.map((nudge) => nudge.rule)).toEqual(['recognition_drought', 'recurring_challenge', 'goals_not_measurable'])

    expect(brief.suggestions.map((suggestion) => suggestion.text)).toEqual([
      'Follow up: “Join the Pinecrest demo” is 3 days overdue (yours)',
      'Follow up: “Find the economic buyer” is 9 days overdue (Dana’s)',
      'Pulse dropped from 4 to 2 over the last three 1:1s',
      'Goal “Lift win rate” is off track at 19.5% of 25%',
      'Goal “Multi-thread top accounts” is at risk — no value recorded yet',
      'Check in on “Deals stall after the demo” — came up in 5 1:1s',
      'Dana wants to talk about “Promotion path”',
      'Recognise something specific — last recognition 49 days ago',
      'Make “Multi-thread top accounts” measurable — it has no metric or target'
    ])
  })

  it('falls back to the check-in line, and reads well for a rep with no history', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep()
    const empty = core.ok('reps.brief', { id: repId })
    expect(empty).toMatchObject({
      lastSession: null,
      sessionInProgressId: null,
      agreements: { rep: [], manager: [] },
      goals: [],
      challenges: [],
      daysSinceRecognition: null,
      pulseTrend: [],
      nudges: [],
      talkingPoints: [],
      suggestions: []
    })
    history.session(repId, '2026-06-08', { pulse: 4, checkInText: '  Good week.\nBusy with renewals.  ' })
    expect(core.ok('reps.brief', { id: repId }).lastSession).toMatchObject({ summary: 'Good week.\nBusy with renewals.', summarySource: 'check_in' })
    const quietSession = history.session(repId, '2026-06-10')
    expect(core.ok('reps.brief', { id: repId }).lastSession).toMatchObject({ id: quietSession, summary: '', summarySource: 'none' })
  })

  it('shows the same nudges as the rep’s nudge list, from facts it reads once (dismissals and archived reps included)', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const repId = history.rep({ name: 'Dana Whitfield', nextSessionDate: '2026-06-01' })
    const sessions = ['2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08'].map((date) => history.session(repId, date, { pulse: 3 }))
    history.recognition(repId, sessions[0]!, '2026-05-11')
    // The last 1:1 made six agreements, most of them the manager's; older ones do not count.
    for (const owner of ['manager', 'manager', 'manager', 'manager', 'rep', 'rep'] as const) history.agreement(repId, { sessionId: sessions[4]!, owner, dueDate: '2026-06-30' })
    history.agreement(repId, { sessionId: sessions[0]!, owner: 'rep', dueDate: '2026-06-30' })
    // Undated: named oldest first; a trashed one and a done one are not counted.
    history.agreement(repId, { dueDate: null, createdOn: '2026-05-20', text: 'Newer undated' })
    history.agreement(repId, { dueDate: null, createdOn: '2026-05-02', text: 'Oldest undated', owner: 'manager' })
    history.trash('agreements', history.agreement(repId, { dueDate: null, createdOn: '2026-04-01', text: 'Trashed undated' }))
    history.agreement(repId, { dueDate: null, createdOn: '2026-04-02', status: 'done', doneOn: '2026-05-01', text: 'Done undated' })
    // Recurring challenges, raised in an order other than their ids.
    history.challenge(repId, sessions.slice(0, 3), { text: 'Pricing pushback', raisedOn: '2026-05-25' })
    history.challenge(repId, sessions, { text: 'Deals stall after the demo', raisedOn: '2026-05-11' })
    history.challenge(repId, sessions.slice(1, 4), { text: 'Slow legal', raisedOn: '2026-05-18' })
    // Not measurable: SQL's trim() takes off spaces only, so a metric of spaces is missing and a tab is not.
    history.goal(repId, { title: 'Spaces only', metric: '   ', dueDate: null })
    history.goal(repId, { title: 'A tab', metric: '\t', target: null })
    history.goal(repId, { title: 'Measurable', dueDate: '2026-07-31' })

    const nudgesOf = () => core.ok('nudges.list', { repId }).nudges
    const rules = nudgesOf().map((nudge) => nudge.rule)
    expect(rules).toEqual([
      'overdue_cadence',
      'ownership_balance',
      'too_many_agreements',
      'recognition_drought',
      'recurring_challenge',
      'goals_not_measurable',
      'agreements_without_due_date'
    ])
    expect(core.ok('reps.brief', { id: repId }).nudges).toEqual(nudgesOf())
    const byRule = Object.fromEntries(nudgesOf().map((nudge) => [nudge.rule, nudge.facts]))
    expect(byRule.goals_not_measurable).toEqual({
      goals: [
        { id: expect.any(Number), title: 'A tab', missing: ['target'] },
        { id: expect.any(Number), title: 'Spaces only', missing: ['metric', 'due_date'] }
      ]
    })
    expect(byRule.agreements_without_due_date).toMatchObject({ agreements: [{ text: 'Oldest undated', owner: 'manager' }, { text: 'Newer undated' }] })

    core.ok('nudges.dismiss', { repId, rule: 'recurring_challenge' })
    core.ok('nudges.dismiss', { repId, rule: 'agreements_without_due_date' })
    expect(nudgesOf()).toHaveLength(5)
    expect(core.ok('reps.brief', { id: repId }).nudges).toEqual(nudgesOf())

    core.ok('reps.setArchived', { id: repId, archived: true })
    expect(core.ok('reps.brief', { id: repId }).nudges).toEqual([])
    expect(nudgesOf()).toEqual([])
  })

  it('answers not_found for an unknown or trashed rep, and refuses a bad id', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    expect(core.fail('reps.brief', { id: 404 }).code).toBe('not_found')
    const repId = history.rep()
    history.trash('reps', repId)
    expect(core.fail('reps.brief', { id: repId }).code).toBe('not_found')
    expect(core.fail('reps.brief', { id: 'one' }).code).toBe('invalid_input')
    expect(core.fail('reps.brief', {}).code).toBe('invalid_input')
  })
})
