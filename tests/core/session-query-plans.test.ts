// Every statement the session flow runs is looked at with EXPLAIN QUERY PLAN: none may read a
// whole table that grows with the history (sessions, agreements, check-ins, notes…).
import type { Database } from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../support/temp-dir'
import { useSessionCore } from './session-helpers'

const openSessionCore = useSessionCore(useTempDir())

const GROWING_TABLES = [
  'sessions',
  'agreements',
  'agreement_reviews',
  'agenda_outcomes',
  'talking_points',
  'goals',
  'goal_checkins',
  'challenges',
  'challenge_sessions',
  'recognitions',
  'notes',
  'note_bodies'
]

/** Records each statement prepared on `db` with the arguments it ran with. */
function recordStatements(db: Database): Map<string, unknown[]> {
  const seen = new Map<string, unknown[]>()
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => {
    const statement = prepare(sql)
    for (const method of ['run', 'get', 'all'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown
      ;(statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (!seen.has(sql)) seen.set(sql, args)
        return original(...args)
      }
    }
    return statement
  }) as Database['prepare']
  return seen
}

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

    const fullScans: string[] = []
    for (const [sql, args] of seen) {
      if (!/^\s*(WITH|SELECT|UPDATE|DELETE|INSERT[\s\S]*SELECT)/i.test(sql)) continue
      const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>
      for (const { detail } of plan) {
        const scanned = /^SCAN (\w+)/.exec(detail)?.[1]
        if (scanned && GROWING_TABLES.includes(scanned)) fullScans.push(`${detail}\n    in: ${sql.replace(/\s+/g, ' ').trim().slice(0, 160)}`)
      }
    }
    expect(seen.size).toBeGreaterThan(30)
    expect(fullScans).toEqual([])
  })
})
