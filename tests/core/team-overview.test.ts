// The Team screen in one read: next 1:1 status, open and overdue agreements per owner,
// follow-through, days since recognition, goals, nudges, a 1:1 under way; overdue reps first.
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { historyBuilder } from './history-builder'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

/** Counts the statements run on `db` while `run` runs. */
function countStatements(db: Database, run: () => void): number {
  let count = 0
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => {
    count += 1
    return prepare(sql)
  }) as Database['prepare']
  try {
    run()
  } finally {
    db.prepare = prepare
  }
  return count
}

describe('team.overview', () => {
  it('shows each rep with what the Team screen needs, overdue reps first', () => {
    const core = openSessionCore()
    const history = historyBuilder(core)
    const late = history.rep({ name: 'Zoe Late', cadence: 'weekly', nextSessionDate: '2026-06-05' })
    history.rep({ name: 'Yann Later', cadence: 'weekly', nextSessionDate: '2026-06-12' })
    const today = history.rep({ name: 'Anna Today', cadence: 'weekly', nextSessionDate: '2026-06-15' })
    history.rep({ name: 'Bob Soon', cadence: 'biweekly', nextSessionDate: '2026-06-18' })
    history.rep({ name: 'Cleo New' })
    const gone = history.rep({ name: 'Aaron Archived', nextSessionDate: '2026-01-01' })
    core.ok('reps.setArchived', { id: gone, archived: true })

    const session = history.session(late, '2026-05-29', { pulse: 4 })
    history.recognition(late, session, '2026-05-29')
    history.agreement(late, { sessionId: session, owner: 'rep', dueDate: '2026-06-05' })
    history.agreement(late, { sessionId: session, owner: 'rep', dueDate: '2026-06-20' })
    history.agreement(late, { sessionId: session, owner: 'manager', dueDate: '2026-06-01' })
    history.agreement(late, { sessionId: session, owner: 'manager', dueDate: null })
    history.agreement(late, { sessionId: session, owner: 'manager', status: 'done', doneOn: '2026-06-01', dueDate: '2026-06-01' })
    history.goal(late, { status: 'on_track' })
    history.goal(late, { status: 'off_track' })
    history.goal(late, { status: 'achieved' })
    history.goal(late, { status: 'on_track', archived: true })
    const inProgress = history.session(today, '2026-06-15', { status: 'in_progress' })

    const overview = core.ok('team.overview', {})
    expect(overview.today).toBe('2026-06-15')
    expect(overview.members.map((member) => member.name)).toEqual(['Zoe Late', 'Yann Later', 'Anna Today', 'Bob Soon', 'Cleo New'])
    const [zoe, yann, anna, bob, cleo] = overview.members
    expect(zoe).toMatchObject({
      id: late,
      lastSessionDate: '2026-05-29',
      nextSession: { date: '2026-06-05', dueDate: '2026-06-05', state: 'overdue', daysOverdue: 10, daysUntil: -10 },
      openAgreements: { rep: 2, manager: 2 },
      overdueAgreements: { rep: 1, manager: 1 },
      activeGoals: 2,
      goalsOnTrack: 1,
      lastRecognitionDate: '2026-05-29',
      daysSinceRecognition: 17,
      sessionInProgressId: null
    })
    expect(zoe!.followThrough.manager).toMatchObject({ done: 1, overdueOpen: 1, rate: 0.5 })
    expect(zoe!.nudges.map((nudge) => nudge.rule)).toEqual(['overdue_cadence', 'ownership_balance', 'agreements_without_due_date'])
    expect(yann!.nextSession).toMatchObject({ state: 'overdue', daysOverdue: 3 })
    expect(anna).toMatchObject({ nextSession: { state: 'due_today', daysOverdue: 0, daysUntil: 0 }, sessionInProgressId: inProgress })
    expect(bob!.nextSession).toMatchObject({ state: 'upcoming', daysUntil: 3 })
    expect(cleo).toMatchObject({ nextSession: { state: 'not_scheduled', dueDate: null }, daysSinceRecognition: null, lastSessionDate: null, nudges: [] })

    const withArchived = core.ok('team.overview', { includeArchived: true }).members
    expect(withArchived.at(-1)).toMatchObject({ name: 'Aaron Archived', archived: true, nudges: [] })
  })

  it('agrees with reps.list on every TeamMember field', () => {
    const core = openSessionCore()
    core.ok('demo.load', { today: '2026-06-15' })
    const history = historyBuilder(core)
    core.ok('reps.setArchived', { id: history.db.prepare('SELECT min(id) FROM reps').pluck().get() as number, archived: true })
    const list = core.ok('reps.list', { includeArchived: true })
    const overview = core.ok('team.overview', { includeArchived: true }).members
    expect(overview).toHaveLength(list.length)
    for (const member of list) {
      const row = overview.find((candidate) => candidate.id === member.id)!
      const subset = Object.fromEntries(Object.keys(member).map((key) => [key, row[key as keyof typeof row]]))
      expect(subset).toEqual(member)
    }
  })

  it('runs the same few statements whatever the size of the team', () => {
    const small = openSessionCore()
    const big = openSessionCore()
    for (const [core, reps] of [[small, 2], [big, 8]] as const) {
      const history = historyBuilder(core)
      for (let i = 0; i < reps; i++) {
        const repId = history.rep({ name: `Rep ${i}` })
        const session = history.session(repId, '2026-06-08')
        history.agreement(repId, { sessionId: session })
        history.recognition(repId, session, '2026-06-08')
        history.challenge(repId, [session])
      }
    }
    const statements = countStatements(small.kept.db, () => small.ok('team.overview', {}))
    expect(statements).toBeLessThanOrEqual(8)
    expect(countStatements(big.kept.db, () => big.ok('team.overview', {}))).toBe(statements)
  })

  it('answers an empty team, and refuses unknown fields', () => {
    const core = openSessionCore()
    expect(core.ok('team.overview', {}).members).toEqual([])
    expect(core.fail('team.overview', { includeArchived: 'yes' }).code).toBe('invalid_input')
    expect(core.fail('team.overview', { sort: 'name' }).code).toBe('invalid_input')
  })

  it('follows the real 1:1 flow: finishing a 1:1 moves the next date and clears the overdue state', () => {
    const core = openSessionCore()
    const repId = core.addRep({ nextSessionDate: '2026-06-10' })
    expect(core.ok('team.overview', {}).members[0]!.nextSession.state).toBe('overdue')
    const started = core.ok('sessions.start', { repId })
    expect(core.ok('team.overview', {}).members[0]!.sessionInProgressId).toBe(started.session.id)
    core.ok('recognitions.create', { sessionId: started.session.id, what: 'Held the price' })
    core.ok('sessions.finish', { id: started.session.id })
    const member = core.ok('team.overview', {}).members[0]!
    expect(member).toMatchObject({ sessionInProgressId: null, lastSessionDate: '2026-06-15', daysSinceRecognition: 0, nextSession: { state: 'upcoming', date: '2026-06-22' } })
    expect(member.nudges).toEqual([])
  })
})
