// Set-based reads behind the Team overview, the brief and the nudges. Each function answers for
// every rep of a scope (the whole team, or one rep) with one statement, so the Team screen costs
// a fixed number of queries however many reps there are. Every per-rep lookup is an index search.
// `reps CROSS JOIN x` keeps reps as the outer loop (SQLite never reorders a CROSS JOIN): without
// it, and without ANALYZE statistics, the planner may walk all of x's index instead.
import type { Database } from 'better-sqlite3'
import type { RepRow } from './reps-repository'
import type { AgreementStatus, GoalField, Owner } from '@shared/domain'
import { activeGoalStatusSql, missingGoalFieldsSql, unmeasurableGoalSql } from '@shared/goal-rules'
import { GOAL_COUNTS, IN_PROGRESS_ID, LAST_RECOGNITION_DATE, LAST_SESSION_DATE, openAgreementCount, REP_COLUMNS } from '../queries/rep-figures'

/** Which reps to answer for: one rep, or the whole team (archived reps only if asked). */
export type RepScope = { repId: number } | { includeArchived: boolean }

function scopeOf(scope: RepScope): { where: string; params: Record<string, number> } {
  return 'repId' in scope
    ? { where: 'reps.id = @repId', params: { repId: scope.repId } }
    : { where: '(@includeArchived = 1 OR reps.archived_at IS NULL)', params: { includeArchived: scope.includeArchived ? 1 : 0 } }
}

// ---------------------------------------------------------------------------------------------
// One row per rep

export interface RepSnapshotRow extends RepRow {
  last_session_date: string | null
  in_progress_id: number | null
  open_rep: number
  open_manager: number
  overdue_rep: number
  overdue_manager: number
  active_goals: number
  goals_on_track: number
  last_recognition_date: string | null
}

/** Each rep of the scope with the figures the Team screen shows next to them. */
export function listRepSnapshots(db: Database, scope: RepScope, today: string): RepSnapshotRow[] {
  const { where, params } = scopeOf(scope)
  return db
    .prepare(
      `SELECT ${REP_COLUMNS}, ${LAST_SESSION_DATE}, ${IN_PROGRESS_ID},
         ${openAgreementCount('rep')} AS open_rep,
         ${openAgreementCount('manager')} AS open_manager,
         ${openAgreementCount('rep', 'AND due_date < @today')} AS overdue_rep,
         ${openAgreementCount('manager', 'AND due_date < @today')} AS overdue_manager,
         ${GOAL_COUNTS}, ${LAST_RECOGNITION_DATE}
       FROM reps
       WHERE ${where}
       ORDER BY reps.archived_at IS NOT NULL, reps.name COLLATE NOCASE, reps.id`
    )
    .all({ ...params, today }) as RepSnapshotRow[]
}

export interface RepHeaderRow extends RepRow {
  in_progress_id: number | null
  last_recognition_date: string | null
}

/**
 * One live rep (archived or not) with the 1:1 under way and the last recognition: what the brief
 * needs from the Team row, without the counts it reads as lists anyway.
 */
export function findRepHeader(db: Database, repId: number): RepHeaderRow | undefined {
  return db
    .prepare(
      `SELECT ${REP_COLUMNS}, ${IN_PROGRESS_ID}, ${LAST_RECOGNITION_DATE}
       FROM reps
       WHERE reps.id = ?`
    )
    .get(repId) as RepHeaderRow | undefined
}

// ---------------------------------------------------------------------------------------------
// Follow-through

export interface FollowThroughSqlRow {
  repId: number
  owner: Owner
  dueDate: string
  status: AgreementStatus
  doneOn: string | null
}

/** Every live agreement due in [from, to] of the reps in scope (read from a covering index). */
export function listFollowThroughRows(db: Database, scope: RepScope, window: { from: string; to: string }): FollowThroughSqlRow[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT agreements.rep_id, agreements.owner, agreements.due_date, agreements.status, agreements.done_on
       FROM reps
       CROSS JOIN agreements ON agreements.rep_id = reps.id
        AND agreements.due_date >= @from AND agreements.due_date <= @to
       WHERE ${where}`
    )
    .raw()
    .all({ ...params, from: window.from, to: window.to }) as Array<[number, Owner, string, AgreementStatus, string | null]>
  return rows.map(([repId, owner, dueDate, status, doneOn]) => ({ repId, owner, dueDate, status, doneOn }))
}

/**
 * The same rows for one rep, read as one JSON array: for a single rep, SQLite building the array
 * costs less than grouping (a sort) or handing back each row as an object.
 */
export function listFollowThroughRowsOfRep(db: Database, repId: number, window: { from: string; to: string }): Array<Omit<FollowThroughSqlRow, 'repId'>> {
  const json = db
    .prepare(
      `SELECT json_group_array(json_array(owner, due_date, status, done_on)) FROM agreements
       WHERE rep_id = @repId AND due_date >= @from AND due_date <= @to`
    )
    .pluck()
    .get({ repId, from: window.from, to: window.to }) as string
  return (JSON.parse(json) as Array<[Owner, string, AgreementStatus, string | null]>).map(([owner, dueDate, status, doneOn]) => ({ owner, dueDate, status, doneOn }))
}

export interface FollowThroughGroupRow extends FollowThroughSqlRow {
  /** How many agreements share this row's owner, status, overdue-ness and lateness. */
  count: number
}

/**
 * Like listFollowThroughRows, but one row per rep, owner and everything follow-through tells apart
 * (status, due before `today`, done after the due date), with how many agreements it stands for:
 * the Team overview reads tens of rows instead of thousands. Each row is a real agreement of its
 * group (SQLite takes the bare columns from the row with the min(due_date)), so classifying it
 * classifies the whole group.
 */
export function listFollowThroughGroups(db: Database, scope: RepScope, window: { from: string; to: string }, today: string): FollowThroughGroupRow[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT agreements.rep_id, agreements.owner, min(agreements.due_date), agreements.status, agreements.done_on, count(*)
       FROM reps
       CROSS JOIN agreements ON agreements.rep_id = reps.id
        AND agreements.due_date >= @from AND agreements.due_date <= @to
       WHERE ${where}
       GROUP BY agreements.rep_id, agreements.owner, agreements.status, agreements.due_date < @today,
                agreements.done_on IS NOT NULL AND agreements.done_on > agreements.due_date`
    )
    .raw()
    .all({ ...params, from: window.from, to: window.to, today }) as Array<[number, Owner, string, AgreementStatus, string | null, number]>
  return rows.map(([repId, owner, dueDate, status, doneOn, count]) => ({ repId, owner, dueDate, status, doneOn, count }))
}

// ---------------------------------------------------------------------------------------------
// Nudge facts

export interface RecentSessionFacts {
  repId: number
  id: number
  date: string
  repAgreements: number
  managerAgreements: number
  recognitions: number
}

/** The last `count` completed 1:1s of each rep in scope, newest first, with what each created. */
export function listRecentCompletedSessions(db: Database, scope: RepScope, count: number): RecentSessionFacts[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT sessions.rep_id, sessions.id, substr(sessions.scheduled_at, 1, 10),
         (SELECT count(*) FROM agreements
           WHERE created_in_session_id = sessions.id AND owner = 'rep'),
         (SELECT count(*) FROM agreements
           WHERE created_in_session_id = sessions.id AND owner = 'manager'),
         (SELECT count(*) FROM live_recognitions WHERE session_id = sessions.id)
       FROM reps
       CROSS JOIN sessions ON sessions.id IN (
         SELECT recent.id FROM sessions AS recent
         WHERE recent.rep_id = reps.id AND recent.status = 'completed'
         ORDER BY recent.scheduled_at DESC, recent.id DESC LIMIT @count)
       WHERE ${where}
       ORDER BY sessions.rep_id, sessions.scheduled_at DESC, sessions.id DESC`
    )
    .raw()
    .all({ ...params, count }) as Array<[number, number, string, number, number, number]>
  return rows.map(([repId, id, date, repAgreements, managerAgreements, recognitions]) => ({ repId, id, date, repAgreements, managerAgreements, recognitions }))
}

export interface OpenChallengeFacts {
  repId: number
  id: number
  text: string
  sessionCount: number
}

/** Open challenges of the reps in scope, with how many 1:1s each came up in. */
export function listOpenChallengeCounts(db: Database, scope: RepScope): OpenChallengeFacts[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT challenges.rep_id, challenges.id, challenges.text,
         (SELECT count(*) FROM challenge_sessions WHERE challenge_id = challenges.id)
       FROM reps
       CROSS JOIN challenges ON challenges.rep_id = reps.id AND challenges.status = 'open'
       WHERE ${where}
       ORDER BY challenges.rep_id, challenges.raised_on, challenges.id`
    )
    .raw()
    .all(params) as Array<[number, number, string, number]>
  return rows.map(([repId, id, text, sessionCount]) => ({ repId, id, text, sessionCount }))
}

export interface UnmeasurableGoalFacts {
  repId: number
  id: number
  title: string
  missing: GoalField[]
}

const MISSING_SQL = missingGoalFieldsSql('goals')

/** Active goals missing a metric, a target or a due date ("not measurable yet"). */
export function listUnmeasurableGoals(db: Database, scope: RepScope): UnmeasurableGoalFacts[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT goals.rep_id, goals.id, goals.title, ${MISSING_SQL.metric}, ${MISSING_SQL.target}, ${MISSING_SQL.due_date}
       FROM reps
       CROSS JOIN goals ON goals.rep_id = reps.id AND ${activeGoalStatusSql('goals.status')}
        AND goals.archived_at IS NULL
       WHERE ${where} AND ${unmeasurableGoalSql('goals')}
       ORDER BY goals.rep_id, goals.due_date IS NULL, goals.due_date, goals.id`
    )
    .raw()
    .all(params) as Array<[number, number, string, number, number, number]>
  return rows.map(([repId, id, title, noMetric, noTarget, noDueDate]) => ({
    repId,
    id,
    title,
    missing: [noMetric ? 'metric' : null, noTarget ? 'target' : null, noDueDate ? 'due_date' : null].filter((field): field is GoalField => field !== null)
  }))
}

export interface UndatedAgreementFacts {
  repId: number
  id: number
  text: string
  owner: Owner
}

/** Open agreements without a due date. */
export function listUndatedOpenAgreements(db: Database, scope: RepScope): UndatedAgreementFacts[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT agreements.rep_id, agreements.id, agreements.text, agreements.owner
       FROM reps
       CROSS JOIN agreements ON agreements.rep_id = reps.id AND agreements.status = 'open' AND agreements.due_date IS NULL
       WHERE ${where}
       ORDER BY agreements.rep_id, agreements.created_on, agreements.id`
    )
    .raw()
    .all(params) as Array<[number, number, string, Owner]>
  return rows.map(([repId, id, text, owner]) => ({ repId, id, text, owner }))
}

// ---------------------------------------------------------------------------------------------
// Dismissed nudges

export interface NudgeDismissalRow {
  repId: number
  rule: string
  dismissedAt: string
  until: string
  keys: string[]
}

function parseKeys(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : []
  } catch {
    return []
  }
}

export function listNudgeDismissals(db: Database, scope: RepScope): NudgeDismissalRow[] {
  const { where, params } = scopeOf(scope)
  const rows = db
    .prepare(
      `SELECT nudge_dismissals.rep_id, nudge_dismissals.rule, nudge_dismissals.dismissed_at, nudge_dismissals.until, nudge_dismissals.fingerprint
       FROM reps CROSS JOIN nudge_dismissals ON nudge_dismissals.rep_id = reps.id
       WHERE ${where}`
    )
    .raw()
    .all(params) as Array<[number, string, string, string, string]>
  return rows.map(([repId, rule, dismissedAt, until, fingerprint]) => ({ repId, rule, dismissedAt, until, keys: parseKeys(fingerprint) }))
}

export function upsertNudgeDismissal(db: Database, dismissal: { repId: number; rule: string; dismissedAt: string; until: string; keys: string[] }): void {
  db.prepare(
    `INSERT INTO nudge_dismissals (rep_id, rule, dismissed_at, until, fingerprint)
     VALUES (@repId, @rule, @dismissedAt, @until, @fingerprint)
     ON CONFLICT (rep_id, rule) DO UPDATE
       SET dismissed_at = excluded.dismissed_at, until = excluded.until, fingerprint = excluded.fingerprint`
  ).run({ repId: dismissal.repId, rule: dismissal.rule, dismissedAt: dismissal.dismissedAt, until: dismissal.until, fingerprint: JSON.stringify(dismissal.keys) })
}

export function deleteNudgeDismissal(db: Database, repId: number, rule: string): void {
  db.prepare('DELETE FROM nudge_dismissals WHERE rep_id = ? AND rule = ?').run(repId, rule)
}
