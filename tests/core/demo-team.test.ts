import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { format, parseISO, subDays } from 'date-fns'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../src/main/core/api/dispatch'
import { createApiHandlers } from '../../src/main/core/api/handlers'
import { fixedClock } from '../../src/main/core/clock'
import { openDatabase, type KeptDatabase } from '../../src/main/core/db/open-database'
import { loadDemoTeam, removeDemoTeam } from '../../src/main/core/demo/demo-team'
import { insertRep } from '../../src/main/core/repositories/reps-repository'
import type { TeamMember } from '../../src/shared/domain'

// A Wednesday; every expectation below about "today" is relative to it.
const TODAY = '2026-03-18'
const NOW = '2026-03-18T08:00:00.000Z'

let folder: string
const opened: KeptDatabase[] = []

function freshDatabase(name = 'kept.sqlite'): Database {
  const kept = openDatabase(join(folder, name))
  opened.push(kept)
  return kept.db
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kept-demo-'))
  // Migration 2 stamps the built-in templates with the wall clock; fixing it makes two fresh
  // files comparable row for row. The demo itself never reads the clock.
  vi.setSystemTime(new Date(NOW))
})

afterEach(() => {
  vi.useRealTimers()
  while (opened.length > 0) opened.pop()!.close()
  rmSync(folder, { recursive: true, force: true })
})

interface TableInfo {
  name: string
  type: 'table' | 'shadow' | 'virtual' | 'view'
  wr: number
}

function tablesOf(db: Database): TableInfo[] {
  return db
    .prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' AND type != 'view' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as TableInfo[]
}

function rowsOf(db: Database, table: TableInfo): unknown[] {
  let order = 'rowid'
  if (table.wr === 1) {
    const keys = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table.name) as Array<{ name: string }>
    order = keys.map((key) => `"${key.name}"`).join(', ')
  }
  return db.prepare(`SELECT * FROM "${table.name}" ORDER BY ${order}`).all()
}

/** Every row of every table, FTS indexes and their shadow tables included. */
function snapshot(db: Database, filter: (table: TableInfo) => boolean = () => true): Record<string, unknown[]> {
  return Object.fromEntries(tablesOf(db).filter(filter).map((table) => [table.name, rowsOf(db, table)]))
}

const count = (db: Database, sql: string, ...params: unknown[]): number => (db.prepare(sql).pluck().get(...params) as number) ?? 0
const FTS_TABLES = ['note_bodies_fts', 'agreements_fts', 'challenges_fts', 'recognitions_fts', 'goals_fts']

function expectFtsInStep(db: Database): void {
  for (const table of FTS_TABLES) {
    // With rank 1, FTS5 also checks the index against its external content table.
    expect(() => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow()
  }
}

/** A rep of the user's own, with something in every table that hangs off a rep. */
function addOwnRep(db: Database): number {
  const repId = insertRep(
    db,
    {
      name: 'Alex Morgan',
      role: 'Account Executive',
      email: 'alex.morgan@example.com',
      startDate: '2025-01-06',
      cadence: 'weekly',
      tags: ['Mid-market'],
      nextSessionDate: '2026-03-20'
    },
    { now: NOW }
  )
  const templateId = count(db, 'SELECT id FROM templates WHERE is_default = 1')
  const sessionId = Number(
    db
      .prepare(
        `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, pulse, check_in_text, created_at, updated_at)
         VALUES (?, ?, '2026-03-13T10:00', 'completed', '2026-03-13T10:00:00.000Z', '2026-03-13T10:30:00.000Z', 4, 'Fine', ?, ?)`
      )
      .run(repId, templateId, NOW, NOW).lastInsertRowid
  )
  db.prepare(
    `INSERT INTO agreements (rep_id, text, owner, due_date, status, created_in_session_id, created_on, created_at, updated_at)
     VALUES (?, 'Send the Globex pricing proposal', 'rep', '2026-03-20', 'open', ?, '2026-03-13', ?, ?)`
  ).run(repId, sessionId, NOW, NOW)
  const goalId = Number(
    db
      .prepare(
        `INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, created_at, updated_at)
         VALUES (?, 'Close $100k', 'Closed-won ARR', 'currency', 0, 100000, '2026-06-30', ?, ?)`
      )
      .run(repId, NOW, NOW).lastInsertRowid
  )
  db.prepare(`INSERT INTO goal_checkins (goal_id, value, recorded_on, session_id, created_at) VALUES (?, 20000, '2026-03-13', ?, ?)`).run(
    goalId,
    sessionId,
    NOW
  )
  const challengeId = Number(
    db
      .prepare(`INSERT INTO challenges (rep_id, text, raised_in_session_id, raised_on, created_at, updated_at) VALUES (?, 'Globex legal is slow', ?, '2026-03-13', ?, ?)`)
      .run(repId, sessionId, NOW, NOW).lastInsertRowid
  )
  db.prepare('INSERT INTO challenge_sessions (challenge_id, session_id) VALUES (?, ?)').run(challengeId, sessionId)
  db.prepare(`INSERT INTO recognitions (rep_id, session_id, what, recognized_on, created_at, updated_at) VALUES (?, ?, 'Globex demo', '2026-03-13', ?, ?)`).run(
    repId,
    sessionId,
    NOW,
    NOW
  )
  db.prepare(`INSERT INTO talking_points (rep_id, text, created_at, updated_at) VALUES (?, 'Globex next steps', ?, ?)`).run(repId, NOW, NOW)
  const noteId = Number(db.prepare(`INSERT INTO notes (session_id, kind, created_at, updated_at) VALUES (?, 'shared', ?, ?)`).run(sessionId, NOW, NOW).lastInsertRowid)
  db.prepare('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (?, ?, ?)').run(
    noteId,
    JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Globex pricing is agreed.' }] }] }),
    'Globex pricing is agreed.'
  )
  return repId
}

describe('loadDemoTeam', () => {
  it('creates six demo reps, each with a role, email, tags and a cadence', () => {
    const db = freshDatabase()
    expect(loadDemoTeam(db, { today: TODAY, now: NOW })).toEqual({ repsCreated: 6 })

    const reps = db.prepare('SELECT * FROM reps ORDER BY id').all() as Array<Record<string, unknown>>
    expect(reps).toHaveLength(6)
    expect(reps.every((rep) => rep.is_demo === 1)).toBe(true)
    expect(new Set(reps.map((rep) => rep.name)).size).toBe(6)
    expect(new Set(reps.map((rep) => rep.role)).size).toBeGreaterThanOrEqual(4)
    expect(new Set(reps.map((rep) => rep.cadence))).toEqual(new Set(['weekly', 'biweekly', 'monthly']))
    expect(reps.every((rep) => /^[a-z.]+@example\.com$/.test(String(rep.email)))).toBe(true)
    expect(count(db, 'SELECT count(DISTINCT rep_id) FROM rep_tags')).toBe(6)
    expect(count(db, "SELECT count(*) FROM rep_tags WHERE tag IN ('Enterprise', 'Mid-market')")).toBeGreaterThanOrEqual(3)
  })

  it('writes identical rows in every table for the same date, in two fresh files', () => {
    const first = freshDatabase('first.sqlite')
    const second = freshDatabase('second.sqlite')
    loadDemoTeam(first, { today: TODAY, now: NOW })
    loadDemoTeam(second, { today: TODAY, now: NOW })

    const a = snapshot(first)
    const b = snapshot(second)
    expect(Object.keys(a)).toContain('note_bodies_fts_data')
    expect(Object.keys(a)).toContain('challenge_sessions')
    expect(a).toEqual(b)
  })

  it('dates everything relative to today: overdue, due-today and upcoming 1:1s, all history in the past', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })

    const next = db.prepare('SELECT name, next_session_date FROM reps').all() as Array<{ name: string; next_session_date: string }>
    const overdue = next.filter((rep) => rep.next_session_date < TODAY)
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(new Set(overdue.map((rep) => rep.next_session_date)).size).toBe(overdue.length)
    expect(next.filter((rep) => rep.next_session_date === TODAY)).toHaveLength(1)
    expect(next.filter((rep) => rep.next_session_date > TODAY).length).toBeGreaterThanOrEqual(2)

    expect(count(db, "SELECT count(*) FROM sessions WHERE status = 'completed' AND scheduled_at >= ?", TODAY)).toBe(0)
    expect(count(db, "SELECT count(*) FROM sessions WHERE scheduled_at < date(?, '-6 months')", TODAY)).toBe(0)
    const planned = db.prepare("SELECT sessions.*, reps.next_session_date FROM sessions JOIN reps ON reps.id = rep_id WHERE status = 'planned'").all() as Array<{
      scheduled_at: string
      next_session_date: string
      pulse: number | null
    }>
    expect(planned).toHaveLength(1)
    expect(planned[0]!.scheduled_at.slice(0, 10)).toBe(planned[0]!.next_session_date)
    expect(planned[0]!.scheduled_at > TODAY).toBe(true)
    expect(planned[0]!.pulse).toBeNull()

    // Completed sessions use the default template and carry a pulse and a check-in line.
    const defaultTemplate = count(db, 'SELECT id FROM templates WHERE is_default = 1')
    expect(count(db, 'SELECT count(*) FROM sessions WHERE template_id IS NOT ?', defaultTemplate)).toBe(0)
    expect(count(db, "SELECT count(*) FROM sessions WHERE status = 'completed' AND (pulse IS NULL OR check_in_text = '' OR completed_at IS NULL)")).toBe(0)
    // Each rep's cadence shows in the gaps between their 1:1s.
    const weeklyGaps = db
      .prepare(
        `SELECT DISTINCT CAST(julianday(substr(s.scheduled_at, 1, 10)) - julianday(substr(p.scheduled_at, 1, 10)) AS INTEGER) AS gap
         FROM sessions s JOIN sessions p ON p.rep_id = s.rep_id AND p.id = s.id - 1 JOIN reps ON reps.id = s.rep_id
         WHERE reps.cadence = 'weekly' AND s.status = 'completed'`
      )
      .pluck()
      .all()
    expect(weeklyGaps).toEqual([7])
  })

  it('keeps agreements of both owners: open, overdue, done, missed with a reason, dropped', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })

    for (const owner of ['rep', 'manager']) {
      expect(count(db, "SELECT count(*) FROM agreements WHERE owner = ? AND status = 'open'", owner)).toBeGreaterThanOrEqual(3)
      expect(count(db, "SELECT count(*) FROM agreements WHERE owner = ? AND status = 'open' AND due_date < ?", owner, TODAY)).toBeGreaterThanOrEqual(1)
    }
    const byStatus = Object.fromEntries(
      (db.prepare('SELECT status, count(*) AS n FROM agreements GROUP BY status').all() as Array<{ status: string; n: number }>).map((row) => [row.status, row.n])
    )
    expect(byStatus.done).toBeGreaterThan((byStatus.missed ?? 0) + (byStatus.dropped ?? 0) + (byStatus.open ?? 0))
    expect(byStatus.missed).toBeGreaterThan(0)
    expect(byStatus.dropped).toBeGreaterThan(0)
    expect(count(db, "SELECT count(*) FROM agreements WHERE status = 'missed' AND missed_reason = ''")).toBe(0)
    expect(count(db, "SELECT count(*) FROM agreements WHERE status = 'done' AND (done_on IS NULL OR done_on < created_on OR done_on >= ?)", TODAY)).toBe(0)
    expect(count(db, "SELECT count(*) FROM agreements WHERE status IN ('missed', 'dropped') AND reviewed_in_session_id IS NULL")).toBe(0)
    expect(count(db, 'SELECT count(*) FROM agreements WHERE due_date IS NULL OR created_in_session_id IS NULL')).toBe(0)
    expect(count(db, "SELECT count(*) FROM agreements WHERE text = 'Get pricing approval from finance for the Acme deal by Friday'")).toBe(1)
  })

  it('records each agreement review: carried forward while open, then closed once with its outcome', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })
    // A closed agreement reviewed in a 1:1 has exactly one closing review, in that session, with its status.
    expect(count(db, `SELECT count(*) FROM agreements a WHERE a.status <> 'open' AND a.reviewed_in_session_id IS NOT NULL AND (
        SELECT count(*) FROM agreement_reviews r WHERE r.agreement_id = a.id AND r.outcome <> 'carried_forward') <> 1`)).toBe(0)
    expect(count(db, `SELECT count(*) FROM agreements a JOIN agreement_reviews r ON r.agreement_id = a.id
        WHERE r.outcome <> 'carried_forward' AND (r.outcome <> a.status OR r.session_id <> a.reviewed_in_session_id)`)).toBe(0)
    expect(count(db, `SELECT count(*) FROM agreements a JOIN agreement_reviews r ON r.agreement_id = a.id
        WHERE a.status = 'open' AND r.outcome <> 'carried_forward'`)).toBe(0)
    expect(count(db, "SELECT count(*) FROM agreement_reviews WHERE outcome = 'carried_forward'")).toBeGreaterThan(0)
    // Never reviewed in the session that created it.
    expect(count(db, 'SELECT count(*) FROM agreements a JOIN agreement_reviews r ON r.agreement_id = a.id WHERE r.session_id = a.created_in_session_id')).toBe(0)
    // Discussed talking points carry the outcome of the session that discussed them.
    expect(count(db, `SELECT count(*) FROM talking_points t WHERE t.discussed_in_session_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM agenda_outcomes o WHERE o.talking_point_id = t.id AND o.session_id = t.discussed_in_session_id AND o.outcome = 'discussed')`)).toBe(0)
  })

  it('records goals with check-ins from sessions, and exactly one goal that is not measurable yet', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })

    const goalsPerRep = db.prepare('SELECT count(*) FROM goals GROUP BY rep_id').pluck().all() as number[]
    expect(goalsPerRep).toHaveLength(6)
    expect(goalsPerRep.every((n) => n >= 2 && n <= 3)).toBe(true)
    expect(count(db, "SELECT count(*) FROM goals WHERE metric = '' OR target IS NULL OR due_date IS NULL")).toBe(1)
    expect(count(db, 'SELECT count(*) FROM goals WHERE unit IS NULL')).toBe(0)
    expect(new Set(db.prepare('SELECT status FROM goals').pluck().all())).toEqual(new Set(['on_track', 'at_risk', 'off_track', 'achieved']))

    expect(count(db, 'SELECT count(*) FROM goal_checkins')).toBeGreaterThan(50)
    expect(count(db, 'SELECT count(*) FROM goals WHERE NOT EXISTS (SELECT 1 FROM goal_checkins WHERE goal_id = goals.id)')).toBe(0)
    // Check-ins made in a 1:1 point at a session of the same rep, on that session's date.
    expect(
      count(
        db,
        `SELECT count(*) FROM goal_checkins gc JOIN goals g ON g.id = gc.goal_id JOIN sessions s ON s.id = gc.session_id
         WHERE s.rep_id != g.rep_id OR substr(s.scheduled_at, 1, 10) != gc.recorded_on`
      )
    ).toBe(0)
    expect(count(db, 'SELECT count(*) FROM goal_checkins WHERE session_id IS NULL')).toBe(0)
  })

  it('tells challenges, recognition and talking points the way the nudges need them', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })

    // At least one open challenge that came up in three or more 1:1s; some resolved.
    const recurring = count(
      db,
      `SELECT count(*) FROM challenges WHERE status = 'open'
         AND (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id) >= 3`
    )
    expect(recurring).toBeGreaterThanOrEqual(1)
    expect(count(db, "SELECT count(*) FROM challenges WHERE status = 'resolved' AND (resolved_on IS NULL OR resolved_in_session_id IS NULL)")).toBe(0)
    expect(count(db, "SELECT count(*) FROM challenges WHERE status = 'resolved'")).toBeGreaterThanOrEqual(3)
    expect(count(db, "SELECT count(*) FROM challenges WHERE support_offered = ''")).toBe(0)

    // Exactly one rep has gone 30+ days and 3+ sessions without recognition: a drought.
    const drought = db
      .prepare(
        `SELECT reps.name FROM reps
         WHERE coalesce((SELECT max(recognized_on) FROM recognitions WHERE rep_id = reps.id), '') < date(?, '-30 days')
           AND NOT EXISTS (SELECT 1 FROM recognitions WHERE rep_id = reps.id AND session_id IN
             (SELECT id FROM sessions WHERE rep_id = reps.id AND status = 'completed' ORDER BY scheduled_at DESC LIMIT 3))`
      )
      .pluck()
      .all(TODAY)
    expect(drought).toEqual(['Tom Becker'])
    expect(count(db, "SELECT count(*) FROM recognitions WHERE behaviour = ''")).toBe(0)

    expect(count(db, 'SELECT count(*) FROM talking_points WHERE discussed_in_session_id IS NULL')).toBeGreaterThanOrEqual(2)
    expect(count(db, "SELECT count(*) FROM talking_points WHERE discussed_in_session_id IS NULL AND raised_by = 'rep'")).toBeGreaterThanOrEqual(1)
    expect(count(db, 'SELECT count(*) FROM talking_points WHERE discussed_in_session_id IS NOT NULL')).toBeGreaterThanOrEqual(6)

    // Everything linked to a session links to one of the same rep.
    for (const sql of [
      'SELECT count(*) FROM agreements t JOIN sessions s ON s.id IN (t.created_in_session_id, t.reviewed_in_session_id) WHERE s.rep_id != t.rep_id',
      'SELECT count(*) FROM challenges t JOIN sessions s ON s.id IN (t.raised_in_session_id, t.resolved_in_session_id) WHERE s.rep_id != t.rep_id',
      'SELECT count(*) FROM challenge_sessions cs JOIN challenges t ON t.id = cs.challenge_id JOIN sessions s ON s.id = cs.session_id WHERE s.rep_id != t.rep_id',
      'SELECT count(*) FROM recognitions t JOIN sessions s ON s.id = t.session_id WHERE s.rep_id != t.rep_id',
      'SELECT count(*) FROM recognitions t JOIN goals g ON g.id = t.goal_id WHERE g.rep_id != t.rep_id',
      'SELECT count(*) FROM talking_points t JOIN sessions s ON s.id = t.discussed_in_session_id WHERE s.rep_id != t.rep_id'
    ]) {
      expect(count(db, sql), sql).toBe(0)
    }
  })

  it('writes shared and private notes as tiptap JSON with the same text as plain text, found by search', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })

    expect(count(db, "SELECT count(*) FROM sessions WHERE status = 'completed' AND NOT EXISTS (SELECT 1 FROM notes WHERE session_id = sessions.id AND kind = 'shared')")).toBe(0)
    expect(count(db, "SELECT count(*) FROM notes WHERE kind = 'private'")).toBeGreaterThan(5)
    const bodies = db.prepare('SELECT doc_json, plain_text FROM note_bodies').all() as Array<{ doc_json: string; plain_text: string }>
    const blockTypes = new Set<string>()
    for (const body of bodies) {
      const document = JSON.parse(body.doc_json) as { type: string; content: Array<{ type: string }> }
      expect(document.type).toBe('doc')
      for (const block of document.content) blockTypes.add(block.type)
      const texts = [...body.doc_json.matchAll(/"text":"((?:[^"\\]|\\.)*)"/g)].map((match) => JSON.parse(`"${match[1]}"`) as string)
      expect(texts.length).toBeGreaterThan(0)
      for (const text of texts) expect(body.plain_text).toContain(text)
    }
    expect(blockTypes).toEqual(new Set(['paragraph', 'heading', 'bulletList']))

    const hits = db.prepare("SELECT rowid FROM note_bodies_fts WHERE note_bodies_fts MATCH 'pricing'").pluck().all()
    expect(hits.length).toBeGreaterThan(0)
    expect(db.prepare("SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH 'acme'").all().length).toBeGreaterThan(0)
    expect(db.prepare("SELECT rowid FROM challenges_fts WHERE challenges_fts MATCH 'demo'").all().length).toBeGreaterThan(0)
    expect(db.prepare("SELECT rowid FROM recognitions_fts WHERE recognitions_fts MATCH 'meddicc'").all().length).toBeGreaterThan(0)
    expect(db.prepare("SELECT rowid FROM goals_fts WHERE goals_fts MATCH 'arr'").all().length).toBeGreaterThan(0)
    expectFtsInStep(db)
  })

  it('leaves no broken reference and stamps nothing after today, whatever the date', () => {
    for (const today of [TODAY, '2026-03-21', '2025-12-31', '2028-02-29', '2027-01-04']) {
      const kept = openDatabase(':memory:')
      opened.push(kept)
      const startOfToday = parseISO(today).toISOString()
      const now = new Date(parseISO(today).getTime() + 9 * 3600_000).toISOString()
      expect(loadDemoTeam(kept.db, { today, now })).toEqual({ repsCreated: 6 })
      expect(kept.db.pragma('foreign_key_check')).toEqual([])
      expect(count(kept.db, 'SELECT count(*) FROM reps WHERE next_session_date < ?', today)).toBeGreaterThanOrEqual(2)
      expect(count(kept.db, "SELECT count(*) FROM sessions WHERE status = 'completed' AND scheduled_at >= ?", today)).toBe(0)
      for (const table of ['sessions', 'goals', 'agreements', 'challenges', 'recognitions', 'talking_points', 'notes', 'goal_checkins']) {
        expect(count(kept.db, `SELECT count(*) FROM ${table} WHERE created_at >= ?`, startOfToday), `${table} on ${today}`).toBe(0)
      }
      expect(count(kept.db, 'SELECT count(*) FROM reps WHERE created_at >= ? OR updated_at != ?', startOfToday, now)).toBe(0)
      expect(count(kept.db, 'SELECT count(*) FROM reps WHERE start_date >= (SELECT min(scheduled_at) FROM sessions WHERE rep_id = reps.id)')).toBe(0)
    }
  })

  it('passes the foreign key check and does not duplicate the team when loaded twice', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })
    expect(db.pragma('foreign_key_check')).toEqual([])
    const before = snapshot(db)

    expect(loadDemoTeam(db, { today: TODAY, now: NOW })).toEqual({ repsCreated: 0 })
    expect(loadDemoTeam(db, { today: '2026-06-01', now: '2026-06-01T08:00:00.000Z' })).toEqual({ repsCreated: 0 })
    expect(snapshot(db)).toEqual(before)
  })

  it('replaces demo reps that only remain in the trash instead of doubling them', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })
    // Deleting moves a rep out of the reps table into the trash (a snapshot), as moveToTrash does.
    db.prepare('DELETE FROM reps WHERE is_demo = 1').run()

    expect(loadDemoTeam(db, { today: TODAY, now: NOW })).toEqual({ repsCreated: 6 })
    expect(count(db, 'SELECT count(*) FROM reps WHERE is_demo = 1')).toBe(6)
    expect(count(db, 'SELECT count(*) FROM reps')).toBe(6)
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})

describe('removeDemoTeam', () => {
  it('removes every demo row and leaves the user’s own rep and data untouched', () => {
    const db = freshDatabase()
    const ownRepId = addOwnRep(db)
    const isRealTable = (table: TableInfo) => table.type === 'table'
    const beforeDemo = snapshot(db, isRealTable)

    loadDemoTeam(db, { today: TODAY, now: NOW })
    expect(count(db, 'SELECT count(*) FROM reps')).toBe(7)
    expect(removeDemoTeam(db)).toEqual({ repsRemoved: 6 })

    // Every ordinary table is exactly as it was before the demo: no demo row anywhere.
    expect(snapshot(db, isRealTable)).toEqual(beforeDemo)
    expect(count(db, 'SELECT count(*) FROM reps WHERE is_demo = 1')).toBe(0)
    expect(count(db, 'SELECT count(*) FROM sessions WHERE rep_id = ?', ownRepId)).toBe(1)
    expect(count(db, "SELECT count(*) FROM agreements WHERE rep_id = ? AND status = 'open'", ownRepId)).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])

    // The search indexes forgot the demo too, and still match their tables.
    expectFtsInStep(db)
    const noteHits = db.prepare("SELECT plain_text FROM note_bodies_fts WHERE note_bodies_fts MATCH 'pricing'").pluck().all()
    expect(noteHits).toEqual(['Globex pricing is agreed.'])
    expect(db.prepare("SELECT rowid FROM agreements_fts WHERE agreements_fts MATCH 'acme'").all()).toEqual([])
    expect(db.prepare("SELECT rowid FROM recognitions_fts WHERE recognitions_fts MATCH 'meddicc'").all()).toEqual([])

    expect(removeDemoTeam(db)).toEqual({ repsRemoved: 0 })
  })

  it('can load the demo again after removing it', () => {
    const db = freshDatabase()
    loadDemoTeam(db, { today: TODAY, now: NOW })
    removeDemoTeam(db)
    expect(loadDemoTeam(db, { today: TODAY, now: NOW })).toEqual({ repsCreated: 6 })
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})

describe('the demo through the API', () => {
  it('loads, lists six team members with sensible figures, and removes', () => {
    const kept = openDatabase(join(folder, 'api.sqlite'))
    opened.push(kept)
    const clock = fixedClock(NOW)
    const today = format(clock.now(), 'yyyy-MM-dd')
    const handlers = createApiHandlers({ db: kept.db, clock, databasePath: kept.path, schemaVersion: kept.schemaVersion, host: 'browser' })

    expect(dispatch(handlers, 'demo.load', {})).toEqual({ ok: true, value: { repsCreated: 6 } })
    const status = dispatch(handlers, 'app.status', {})
    expect(status.ok && status.value).toMatchObject({ repCount: 6, hasDemoData: true })

    const listed = dispatch(handlers, 'reps.list', {})
    expect(listed.ok).toBe(true)
    const team = (listed.ok ? listed.value : []) as TeamMember[]
    expect(team).toHaveLength(6)
    for (const member of team) {
      expect(member.isDemo).toBe(true)
      expect(member.tags.length).toBeGreaterThan(0)
      expect(member.openAgreements.rep).toBeGreaterThanOrEqual(1)
      expect(member.openAgreements.rep + member.openAgreements.manager).toBeLessThanOrEqual(6)
      expect(member.lastSessionDate! < today).toBe(true)
      expect(member.activeGoals).toBeGreaterThanOrEqual(2)
      expect(member.lastRecognitionDate).not.toBeNull()
    }
    expect(team.reduce((sum, member) => sum + member.openAgreements.manager, 0)).toBeGreaterThanOrEqual(6)
    expect(team.filter((member) => member.nextSessionDate! < today).length).toBeGreaterThanOrEqual(2)
    const longestWithoutRecognition = team.filter((member) => member.lastRecognitionDate! < format(subDays(parseISO(today), 30), 'yyyy-MM-dd'))
    expect(longestWithoutRecognition.map((member) => member.name)).toEqual(['Tom Becker'])

    expect(dispatch(handlers, 'demo.remove', {})).toEqual({ ok: true, value: { repsRemoved: 6 } })
    expect(dispatch(handlers, 'reps.list', {})).toEqual({ ok: true, value: [] })
  })
})
