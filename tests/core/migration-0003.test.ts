import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { dispatch } from '../../src/main/core/api/dispatch'
import { fixedClock } from '../../src/main/core/clock'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations'
import { openDatabase } from '../../src/main/core/db/open-database'
import type { SessionDetail } from '../../src/shared/domain'
import { useTempDir } from '../support/temp-dir'

const tempDir = useTempDir()
const T = '2026-05-01T10:00:00.000Z'

/** A file at schema version 2 with a rep, two finished 1:1s and what they recorded the old way. */
function version2File() {
  const path = join(tempDir(), 'kept.sqlite')
  openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) }).close()
  const db = new Database(path)
  db.pragma('foreign_keys = ON')
  const insert = (sql: string, ...params: unknown[]) => Number(db.prepare(sql).run(...params).lastInsertRowid)
  const rep = insert(`INSERT INTO reps (name, cadence, created_at, updated_at) VALUES ('Dana Whitfield', 'weekly', ?, ?)`, T, T)
  const template = db.prepare('SELECT id FROM templates WHERE is_default = 1').pluck().get() as number
  const session = (day: string) =>
    insert(
      `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, created_at, updated_at)
       VALUES (?, ?, ?, 'completed', ?, ?, ?, ?)`,
      rep,
      template,
      `${day}T10:00`,
      T,
      T,
      T,
      T
    )
  const first = session('2026-04-20')
  const second = session('2026-04-27')
  const agreement = (text: string, status: string, reviewedIn: number | null, missedReason = '') =>
    insert(
      `INSERT INTO agreements (rep_id, text, status, missed_reason, created_in_session_id, reviewed_in_session_id, created_on, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, '2026-04-20', ?, '2026-04-27T10:30:00.000Z')`,
      rep,
      text,
      status,
      missedReason,
      first,
      reviewedIn,
      T
    )
  const done = agreement('Send the proposal', 'done', second)
  const carried = agreement('Clean up the forecast', 'open', second)
  const missed = agreement('Daily CRM notes', 'missed', second, 'Two escalations')
  const untouched = agreement('Intro to the VP', 'open', null)
  const discussed = insert(
    `INSERT INTO talking_points (rep_id, text, discussed_in_session_id, created_at, updated_at) VALUES (?, 'Territory split', ?, ?, '2026-04-20T10:10:00.000Z')`,
    rep,
    first,
    T
  )
  const waiting = insert(`INSERT INTO talking_points (rep_id, text, created_at, updated_at) VALUES (?, 'Holiday cover', ?, ?)`, rep, T, T)
  const goal = insert(`INSERT INTO goals (rep_id, title, created_at, updated_at) VALUES (?, 'Close $100k', ?, ?)`, rep, T, T)
  const olderCheckIn = insert(`INSERT INTO goal_checkins (goal_id, value, recorded_on, session_id, created_at) VALUES (?, 10, '2026-04-20', ?, ?)`, goal, first, T)
  const newerCheckIn = insert(`INSERT INTO goal_checkins (goal_id, value, recorded_on, session_id, created_at) VALUES (?, 12, '2026-04-20', ?, ?)`, goal, first, T)
  const challenge = insert(
    `INSERT INTO challenges (rep_id, text, status, raised_in_session_id, resolved_in_session_id, raised_on, resolved_on, created_at, updated_at)
     VALUES (?, 'Legal is slow', 'resolved', ?, ?, '2026-04-20', '2026-04-27', ?, ?)`,
    rep,
    first,
    second,
    T,
    T
  )
  db.close()
  return { path, ids: { rep, first, second, done, carried, missed, untouched, discussed, waiting, goal, olderCheckIn, newerCheckIn, challenge } }
}

describe('migration 3: session flow', () => {
  it('turns the old single review columns into per-session rows', () => {
    const { path, ids } = version2File()
    const kept = openDatabase(path)
    expect(kept.migratedFrom).toBe(2)
    expect(kept.schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    const { db } = kept

    expect(db.prepare('SELECT agreement_id, session_id, outcome, missed_reason, reviewed_at FROM agreement_reviews ORDER BY agreement_id').all()).toEqual([
      { agreement_id: ids.done, session_id: ids.second, outcome: 'done', missed_reason: '', reviewed_at: '2026-04-27T10:30:00.000Z' },
      { agreement_id: ids.carried, session_id: ids.second, outcome: 'carried_forward', missed_reason: '', reviewed_at: '2026-04-27T10:30:00.000Z' },
      { agreement_id: ids.missed, session_id: ids.second, outcome: 'missed', missed_reason: 'Two escalations', reviewed_at: '2026-04-27T10:30:00.000Z' }
    ])
    expect(db.prepare('SELECT session_id, talking_point_id, outcome, decided_at FROM agenda_outcomes').all()).toEqual([
      { session_id: ids.first, talking_point_id: ids.discussed, outcome: 'discussed', decided_at: '2026-04-20T10:10:00.000Z' }
    ])
    expect(db.prepare('SELECT session_id FROM challenge_sessions WHERE challenge_id = ? ORDER BY session_id').pluck().all(ids.challenge)).toEqual([ids.first, ids.second])
    // Of two check-ins for one goal in one 1:1, the newer stays that 1:1's; the older keeps its value.
    expect(db.prepare('SELECT id, value, session_id FROM goal_checkins ORDER BY id').all()).toEqual([
      { id: ids.olderCheckIn, value: 10, session_id: null },
      { id: ids.newerCheckIn, value: 12, session_id: ids.first }
    ])
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    kept.close()
  })

  it('shows the migrated history through the API', () => {
    const { path, ids } = version2File()
    const kept = openDatabase(path)
    const handlers = createApiHandlers({ db: kept.db, clock: fixedClock('2026-05-04T12:00:00Z'), databasePath: path, schemaVersion: 3, host: 'browser' })
    const get = (id: number) => {
      const answer = dispatch(handlers, 'sessions.get', { id })
      if (!answer.ok) throw new Error(answer.error.message)
      return answer.value as SessionDetail
    }
    const second = get(ids.second)
    expect(second.lastAgreements.map((agreement) => [agreement.text, agreement.outcome, agreement.missedReason])).toEqual([
      ['Send the proposal', 'done', ''],
      ['Clean up the forecast', 'carried_forward', ''],
      ['Daily CRM notes', 'missed', 'Two escalations'],
      ['Intro to the VP', null, '']
    ])
    expect(get(ids.first).agenda.map((point) => [point.text, point.outcome])).toEqual([['Territory split', 'discussed']])
    expect(second.challenges.map((challenge) => [challenge.text, challenge.sessionCount])).toEqual([['Legal is slow', 2]])

    const started = dispatch(handlers, 'sessions.start', { repId: ids.rep })
    if (!started.ok) throw new Error(started.error.message)
    const next = started.value as SessionDetail
    expect(next.lastAgreements.map((agreement) => [agreement.text, agreement.carriedForwardCount])).toEqual([
      ['Clean up the forecast', 1],
      ['Intro to the VP', 0]
    ])
    expect(next.agenda.map((point) => point.text)).toEqual(['Holiday cover'])
    kept.close()
  })

  it('adds the indexes the session flow queries use, and enforces its rules', () => {
    const { path, ids } = version2File()
    const kept = openDatabase(path)
    const { db } = kept
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all()
    for (const name of [
      'agenda_outcomes_by_point',
      'agreement_reviews_by_session',
      'goal_checkins_one_per_session',
      'templates_one_default',
      'sessions_by_template',
      'notes_by_template_section'
    ]) {
      expect(indexes).toContain(name)
    }
    expect(() =>
      db.prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, session_id, created_at) VALUES (?, 1, '2026-04-20', ?, 'x')").run(ids.goal, ids.first)
    ).toThrow(/UNIQUE/)
    // Check-ins from imports have no session and are not limited.
    db.prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, created_at) VALUES (?, 1, '2026-04-21', 'x')").run(ids.goal)
    db.prepare("INSERT INTO goal_checkins (goal_id, value, recorded_on, created_at) VALUES (?, 2, '2026-04-22', 'x')").run(ids.goal)
    expect(() => db.prepare("UPDATE templates SET is_default = 1 WHERE name = 'Pipeline review'").run()).toThrow(/UNIQUE/)
    expect(() => db.prepare("INSERT INTO agreement_reviews (agreement_id, session_id, outcome, reviewed_at) VALUES (?, ?, 'maybe', 'x')").run(ids.untouched, ids.first)).toThrow(
      /CHECK/
    )
    expect(() => db.prepare("INSERT INTO agenda_outcomes (session_id, talking_point_id, outcome, decided_at) VALUES (999, ?, 'discussed', 'x')").run(ids.waiting)).toThrow(
      /FOREIGN KEY/
    )

    // Deleting a session for good takes its review and agenda rows with it.
    db.prepare('DELETE FROM sessions WHERE id = ?').run(ids.second)
    expect(db.prepare('SELECT count(*) FROM agreement_reviews').pluck().get()).toBe(0)
    db.prepare('DELETE FROM talking_points WHERE id = ?').run(ids.discussed)
    expect(db.prepare('SELECT count(*) FROM agenda_outcomes').pluck().get()).toBe(0)
    kept.close()
  })
})
