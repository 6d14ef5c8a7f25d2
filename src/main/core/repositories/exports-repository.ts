// The reads exports and the review roll-up need beyond the session screen's own.
import type { Database } from 'better-sqlite3'

/** Ids and dates of a rep's held 1:1s (in progress or completed) between two dates, both included, oldest first. */
export function listHeldSessionsBetween(db: Database, repId: number, from: string, to: string, options: { completedOnly?: boolean } = {}): Array<{ id: number; scheduledAt: string }> {
  // scheduled_at is 'YYYY-MM-DD' optionally followed by 'THH:MM'; 'U' sorts after 'T', so the
  // range covers the last day whole and stays a range on the (rep_id, scheduled_at) index.
  return db
    .prepare(
      `SELECT id, scheduled_at AS scheduledAt FROM sessions
       WHERE rep_id = ? AND scheduled_at >= ? AND scheduled_at < ? || 'U'
         AND ${options.completedOnly ? "status = 'completed'" : "status != 'planned'"}
       ORDER BY scheduled_at, id`
    )
    .all(repId, from, to) as Array<{ id: number; scheduledAt: string }>
}

/** The time of day ('HH:MM') of the rep's latest held 1:1 that had one, if any. */
export function usualMeetingTime(db: Database, repId: number): string | null {
  const row = db
    .prepare(
      `SELECT substr(scheduled_at, 12, 5) AS time FROM sessions
       WHERE rep_id = ? AND length(scheduled_at) > 10 AND status != 'planned'
       ORDER BY scheduled_at DESC LIMIT 1`
    )
    .get(repId) as { time: string } | undefined
  return row?.time ?? null
}

/** A goal's first and last recorded values within a period (from a 1:1 or an import). */
export function goalValuesInPeriod(db: Database, goalId: number, from: string, to: string): { start: { value: number; date: string } | null; end: { value: number; date: string } | null } {
  const pick = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { value: number; date: string } | undefined) ?? null
  return {
    // The value going into the period: the last one before it, else the first one in it.
    start:
      pick(`SELECT value, recorded_on AS date FROM goal_checkins WHERE goal_id = ? AND recorded_on < ? ORDER BY recorded_on DESC, id DESC LIMIT 1`, goalId, from) ??
      pick(`SELECT value, recorded_on AS date FROM goal_checkins WHERE goal_id = ? AND recorded_on >= ? AND recorded_on <= ? ORDER BY recorded_on, id LIMIT 1`, goalId, from, to),
    end: pick(`SELECT value, recorded_on AS date FROM goal_checkins WHERE goal_id = ? AND recorded_on <= ? ORDER BY recorded_on DESC, id DESC LIMIT 1`, goalId, to)
  }
}

export function listRecognitionsBetween(db: Database, repId: number, from: string, to: string): Array<{ what: string; behaviour: string; date: string }> {
  return db
    .prepare(
      `SELECT what, behaviour, recognized_on AS date FROM live_recognitions
       WHERE rep_id = ? AND recognized_on >= ? AND recognized_on <= ?
       ORDER BY recognized_on, id`
    )
    .all(repId, from, to) as Array<{ what: string; behaviour: string; date: string }>
}

/** Challenges alive during the period: raised by its end and not resolved before its start. */
export function listChallengesDuring(
  db: Database,
  repId: number,
  from: string,
  to: string
): Array<{ text: string; supportOffered: string; raisedOn: string; resolvedOn: string | null }> {
  return db
    .prepare(
      `SELECT text, support_offered AS supportOffered, raised_on AS raisedOn, resolved_on AS resolvedOn FROM challenges
       WHERE rep_id = ? AND raised_on <= ? AND (resolved_on IS NULL OR resolved_on >= ?)
       ORDER BY raised_on, id`
    )
    .all(repId, to, from) as Array<{ text: string; supportOffered: string; raisedOn: string; resolvedOn: string | null }>
}

export function listPulsesBetween(db: Database, repId: number, from: string, to: string): Array<{ date: string; pulse: number | null }> {
  return db
    .prepare(
      `SELECT substr(scheduled_at, 1, 10) AS date, pulse FROM sessions
       WHERE rep_id = ? AND scheduled_at >= ? AND scheduled_at < ? || 'U' AND status = 'completed'
       ORDER BY scheduled_at, id`
    )
    .all(repId, from, to) as Array<{ date: string; pulse: number | null }>
}

export function findReviewDraft(db: Database, repId: number, from: string, to: string): { text: string; updatedAt: string } | undefined {
  return db.prepare('SELECT text, updated_at AS updatedAt FROM review_drafts WHERE rep_id = ? AND period_from = ? AND period_to = ?').get(repId, from, to) as
    | { text: string; updatedAt: string }
    | undefined
}

export function writeReviewDraft(db: Database, draft: { repId: number; from: string; to: string; text: string; updatedAt: string }): void {
  db.prepare(
    `INSERT INTO review_drafts (rep_id, period_from, period_to, text, updated_at) VALUES (@repId, @from, @to, @text, @updatedAt)
     ON CONFLICT (rep_id, period_from, period_to) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`
  ).run(draft)
}

/** The id of the rep's latest held 1:1 (in progress or completed), if any: the next 1:1 is the one after it. */
export function lastHeldSessionId(db: Database, repId: number): number | null {
  const row = db
    .prepare(
      `SELECT id FROM sessions
       WHERE rep_id = ? AND status != 'planned'
       ORDER BY scheduled_at DESC, id DESC LIMIT 1`
    )
    .get(repId) as { id: number } | undefined
  return row?.id ?? null
}
