// Writes a rep's history straight into a real database file, dated exactly as a test needs (the
// session flow itself is tested elsewhere): 1:1s, agreements, recognition, challenges, goals and
// check-ins, talking points and notes.
import type { Database } from 'better-sqlite3'
import type { AgreementStatus, GoalStatus, Owner, SessionStatus } from '../../src/shared/domain'
import type { SessionCore } from './session-helpers'

const at = (date: string) => `${date}T10:00:00.000Z`
const idOf = (result: { lastInsertRowid: number | bigint }) => Number(result.lastInsertRowid)

export interface HistoryBuilder {
  db: Database
  rep(fields?: Record<string, unknown>): number
  session(repId: number, date: string, fields?: { status?: SessionStatus; pulse?: number | null; checkInText?: string; time?: string }): number
  agreement(
    repId: number,
    fields: { sessionId?: number | null; owner?: Owner; dueDate?: string | null; status?: AgreementStatus; doneOn?: string | null; createdOn?: string; text?: string }
  ): number
  review(agreementId: number, sessionId: number, outcome: 'done' | 'missed' | 'carried_forward' | 'dropped'): void
  recognition(repId: number, sessionId: number | null, date: string, what?: string): number
  challenge(repId: number, sessionIds: number[], fields?: { status?: 'open' | 'resolved'; text?: string; raisedOn?: string }): number
  goal(
    repId: number,
    fields?: { title?: string; metric?: string; baseline?: number | null; target?: number | null; dueDate?: string | null; status?: GoalStatus; periodStart?: string | null; createdAt?: string; archived?: boolean; unit?: string | null }
  ): number
  checkIn(goalId: number, date: string, value: number, fields?: { sessionId?: number | null; importId?: number | null; status?: GoalStatus | null }): number
  importRun(): number
  talkingPoint(repId: number, text: string, raisedBy?: Owner): number
  note(sessionId: number, kind: 'shared' | 'private', text: string): void
  trash(table: string, id: number): void
}

export function historyBuilder(core: SessionCore): HistoryBuilder {
  const { db } = core.kept
  return {
    db,
    rep: (fields = {}) => core.addRep(fields),
    session(repId, date, fields = {}) {
      const status = fields.status ?? 'completed'
      return idOf(
        db
          .prepare(
            `INSERT INTO sessions (rep_id, template_id, scheduled_at, status, started_at, completed_at, duration_seconds, pulse, check_in_text, created_at, updated_at)
             VALUES (?, (SELECT id FROM templates WHERE is_default = 1), ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            repId,
            `${date}T${fields.time ?? '10:00'}`,
            status,
            status === 'planned' ? null : at(date),
            status === 'completed' ? at(date) : null,
            status === 'completed' ? 1800 : null,
            fields.pulse ?? null,
            fields.checkInText ?? '',
            at(date),
            at(date)
          )
      )
    },
    agreement(repId, fields) {
      const createdOn = fields.createdOn ?? '2026-06-01'
      return idOf(
        db
          .prepare(
            `INSERT INTO agreements (rep_id, text, owner, due_date, status, done_on, created_in_session_id, created_on, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            repId,
            fields.text ?? 'Send the proposal',
            fields.owner ?? 'rep',
            fields.dueDate === undefined ? '2026-06-10' : fields.dueDate,
            fields.status ?? 'open',
            fields.doneOn ?? null,
            fields.sessionId ?? null,
            createdOn,
            at(createdOn),
            at(createdOn)
          )
      )
    },
    review(agreementId, sessionId, outcome) {
      db.prepare(`INSERT INTO agreement_reviews (agreement_id, session_id, outcome, reviewed_at) VALUES (?, ?, ?, 'x')`).run(agreementId, sessionId, outcome)
      db.prepare('UPDATE agreements SET reviewed_in_session_id = ? WHERE id = ?').run(sessionId, agreementId)
    },
    recognition(repId, sessionId, date, what = 'Great discovery call') {
      return idOf(
        db
          .prepare('INSERT INTO recognitions (rep_id, session_id, what, recognized_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(repId, sessionId, what, date, at(date), at(date))
      )
    },
    challenge(repId, sessionIds, fields = {}) {
      const status = fields.status ?? 'open'
      const raisedOn = fields.raisedOn ?? '2026-05-01'
      const id = idOf(
        db
          .prepare(
            `INSERT INTO challenges (rep_id, text, status, raised_in_session_id, resolved_in_session_id, raised_on, resolved_on, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            repId,
            fields.text ?? 'Deals stall after the demo',
            status,
            sessionIds[0] ?? null,
            status === 'resolved' ? (sessionIds.at(-1) ?? null) : null,
            raisedOn,
            status === 'resolved' ? '2026-06-01' : null,
            at(raisedOn),
            at(raisedOn)
          )
      )
      for (const sessionId of sessionIds) db.prepare('INSERT INTO challenge_sessions (challenge_id, session_id) VALUES (?, ?)').run(id, sessionId)
      return id
    },
    goal(repId, fields = {}) {
      const createdAt = fields.createdAt ?? '2026-04-01T08:00:00.000Z'
      return idOf(
        db
          .prepare(
            `INSERT INTO goals (rep_id, title, metric, unit, baseline, target, due_date, period_start, status, archived_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
          )
          .run(
            repId,
            fields.title ?? 'Close $100k new ARR',
            fields.metric ?? 'Closed-won ARR',
            fields.unit === undefined ? 'currency' : fields.unit,
            fields.baseline === undefined ? 0 : fields.baseline,
            fields.target === undefined ? 100 : fields.target,
            fields.dueDate === undefined ? '2026-06-30' : fields.dueDate,
            fields.periodStart ?? null,
            fields.status ?? 'on_track',
            fields.archived ? createdAt : null,
            createdAt,
            createdAt
          )
      )
    },
    checkIn(goalId, date, value, fields = {}) {
      return idOf(
        db
          .prepare('INSERT INTO goal_checkins (goal_id, value, recorded_on, status, session_id, import_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(goalId, value, date, fields.status ?? null, fields.sessionId ?? null, fields.importId ?? null, at(date))
      )
    },
    importRun() {
      return idOf(
        db
          .prepare(
            `INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, rows_imported, imported_at)
             VALUES ('Salesforce', 'export.csv', 'sig', '{}', 1, '2026-06-01T00:00:00.000Z')`
          )
          .run()
      )
    },
    talkingPoint(repId, text, raisedBy = 'manager') {
      return idOf(db.prepare('INSERT INTO talking_points (rep_id, text, raised_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(repId, text, raisedBy, at('2026-06-12'), at('2026-06-12')))
    },
    note(sessionId, kind, text) {
      const noteId = idOf(db.prepare("INSERT INTO notes (session_id, kind, revision, created_at, updated_at) VALUES (?, ?, 1, 'x', 'x')").run(sessionId, kind))
      const doc = { type: 'doc', content: text.split('\n\n').map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })) }
      db.prepare('INSERT INTO note_bodies (note_id, doc_json, plain_text) VALUES (?, ?, ?)').run(noteId, JSON.stringify(doc), text)
    },
    trash(table, id) {
      // Removed during a 1:1, talking points and recognitions stay marked; anything else leaves its table for the trash.
      if (table === 'talking_points' || table === 'recognitions') db.prepare(`UPDATE "${table}" SET deleted_at = 'x' WHERE id = ?`).run(id)
      else db.prepare(`DELETE FROM "${table}" WHERE id = ?`).run(id)
    }
  }
}
