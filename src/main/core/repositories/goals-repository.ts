import type { Database } from 'better-sqlite3'
import type { Goal, GoalReviewRow, GoalStatus, GoalUnit } from '@shared/domain'
import type { SessionRef } from './sessions-repository'
import { activeGoalStatusSql } from '@shared/goal-rules'

interface GoalRow {
  id: number
  rep_id: number
  title: string
  metric: string
  unit: GoalUnit | null
  currency: string | null
  baseline: number | null
  target: number | null
  due_date: string | null
  status: GoalStatus
  archived_at: string | null
  latest_value: number | null
  latest_value_date: string | null
}

interface GoalReviewSqlRow extends GoalRow {
  previous_value: number | null
  previous_value_date: string | null
  check_in_id: number | null
  check_in_value: number | null
  check_in_status: GoalStatus | null
  check_in_rep_assessment: string | null
  check_in_comment: string | null
}

const GOAL_COLUMNS = `goals.id, goals.rep_id, goals.title, goals.metric, goals.unit, goals.currency, goals.baseline, goals.target, goals.due_date,
  goals.status, goals.archived_at, latest.value AS latest_value, latest.recorded_on AS latest_value_date`

const LATEST_VALUE_JOIN = `
  LEFT JOIN goal_checkins AS latest ON latest.id = (
    SELECT id FROM goal_checkins WHERE goal_id = goals.id ORDER BY recorded_on DESC, id DESC LIMIT 1)`

const GOAL_WITH_LATEST_VALUE = `SELECT ${GOAL_COLUMNS} FROM goals ${LATEST_VALUE_JOIN}`

function toGoal(row: GoalRow): Goal {
  return {
    id: row.id,
    repId: row.rep_id,
    title: row.title,
    metric: row.metric,
    unit: row.unit,
    currency: row.unit === 'currency' ? row.currency : null,
    baseline: row.baseline,
    target: row.target,
    dueDate: row.due_date,
    status: row.status,
    archived: row.archived_at !== null,
    latestValue: row.latest_value,
    latestValueDate: row.latest_value_date
  }
}

export function listGoalsForRep(db: Database, repId: number): Goal[] {
  const rows = db
    .prepare(
      `${GOAL_WITH_LATEST_VALUE}
       WHERE goals.rep_id = ?
       ORDER BY goals.archived_at IS NOT NULL, goals.status IN ('achieved', 'dropped'), goals.due_date IS NULL, goals.due_date, goals.id`
    )
    .all(repId) as GoalRow[]
  return rows.map(toGoal)
}

export interface GoalWithValueOn {
  goal: Goal
  /** The newest value recorded on or before the date asked for, if any. */
  valueOn: { value: number; date: string } | null
}

/**
 * The rep's active goals (not archived, not achieved or dropped), due soonest first, each with the
 * newest value recorded on or before `date` (none when `date` is null): what the brief reviews.
 */
export function listActiveGoalsForRep(db: Database, repId: number, date: string | null): GoalWithValueOn[] {
  const rows = db
    .prepare(
      `SELECT ${GOAL_COLUMNS}, on_date.value AS value_on, on_date.recorded_on AS value_on_date
       FROM goals ${LATEST_VALUE_JOIN}
       LEFT JOIN goal_checkins AS on_date ON on_date.id = (
         SELECT id FROM goal_checkins WHERE goal_id = goals.id AND recorded_on < @date ORDER BY recorded_on DESC, id DESC LIMIT 1)
       WHERE goals.rep_id = @repId AND ${activeGoalStatusSql('goals.status')} AND goals.archived_at IS NULL
       ORDER BY goals.due_date IS NULL, goals.due_date, goals.id`
    )
    .all({ repId, date }) as Array<GoalRow & { value_on: number | null; value_on_date: string | null }>
  return rows.map((row) => ({
    goal: toGoal(row),
    valueOn: row.value_on === null || row.value_on_date === null ? null : { value: row.value_on, date: row.value_on_date }
  }))
}

export function findGoal(db: Database, id: number): Goal | undefined {
  const row = db.prepare(`${GOAL_WITH_LATEST_VALUE} WHERE goals.id = ?`).get(id) as GoalRow | undefined
  return row ? toGoal(row) : undefined
}

// The goal, the newest value recorded on a day before the session (from another session or an
// import), and the session's own check-in.
const GOAL_REVIEW_SELECT = `
  SELECT ${GOAL_COLUMNS}, previous.value AS previous_value, previous.recorded_on AS previous_value_date,
         here.id AS check_in_id, here.value AS check_in_value, here.status AS check_in_status,
         here.rep_assessment AS check_in_rep_assessment, here.comment AS check_in_comment
  FROM goals
  ${LATEST_VALUE_JOIN}
  LEFT JOIN goal_checkins AS here ON here.goal_id = goals.id AND here.session_id = @sessionId
  LEFT JOIN goal_checkins AS previous ON previous.id = (
    SELECT id FROM goal_checkins
    WHERE goal_id = goals.id AND recorded_on < @date AND session_id IS NOT @sessionId
    ORDER BY recorded_on DESC, id DESC LIMIT 1)`

function toGoalReviewRow(row: GoalReviewSqlRow): GoalReviewRow {
  return {
    goal: toGoal(row),
    previousValue: row.previous_value,
    previousValueDate: row.previous_value_date,
    checkIn:
      row.check_in_id === null
        ? null
        : {
            id: row.check_in_id,
            value: row.check_in_value ?? 0,
            status: row.check_in_status,
            repAssessment: row.check_in_rep_assessment ?? '',
            comment: row.check_in_comment ?? ''
          }
  }
}

export function findGoalReviewRow(db: Database, goalId: number, session: SessionRef & { date: string }): GoalReviewRow | undefined {
  const row = db
    .prepare(`${GOAL_REVIEW_SELECT} WHERE goals.id = @goalId`)
    .get({ goalId, sessionId: session.id, date: session.date }) as GoalReviewSqlRow | undefined
  return row ? toGoalReviewRow(row) : undefined
}

/**
 * A session's goal review: the rep's active goals that existed by `createdBy`, plus any goal the
 * session has a check-in for; goals due soonest first.
 */
export function listGoalReview(db: Database, repId: number, session: SessionRef & { date: string; createdBy: string }): GoalReviewRow[] {
  const rows = db
    .prepare(
      `${GOAL_REVIEW_SELECT}
       WHERE goals.rep_id = @repId
         AND (here.id IS NOT NULL
              OR (goals.archived_at IS NULL AND ${activeGoalStatusSql('goals.status')} AND goals.created_at <= @createdBy))
       ORDER BY goals.due_date IS NULL, goals.due_date, goals.id`
    )
    .all({ repId, sessionId: session.id, date: session.date, createdBy: session.createdBy }) as GoalReviewSqlRow[]
  return rows.map(toGoalReviewRow)
}
