import type { Database } from 'better-sqlite3'
import type { GoalStatus } from '@shared/domain'
import type { GoalStatusSource } from '@shared/goals'

/** A session's check-in on a goal, as stored. */
export interface GoalCheckInRecord {
  id: number
  status: GoalStatus | null
  goalStatusBefore: GoalStatus | null
  /** Who had decided the goal's status before this check-in set it; null from before schema 5. */
  goalStatusSourceBefore: GoalStatusSource | null
}

export interface CheckInWrite {
  value: number
  status: GoalStatus | null
  repAssessment: string
  comment: string
}

export function findGoalCheckInOfSession(db: Database, goalId: number, sessionId: number): GoalCheckInRecord | undefined {
  const row = db
    .prepare('SELECT id, status, goal_status_before, goal_status_source_before FROM goal_checkins WHERE goal_id = ? AND session_id = ?')
    .get(goalId, sessionId) as
    | { id: number; status: GoalStatus | null; goal_status_before: GoalStatus | null; goal_status_source_before: GoalStatusSource | null }
    | undefined
  return row
    ? { id: row.id, status: row.status, goalStatusBefore: row.goal_status_before, goalStatusSourceBefore: row.goal_status_source_before }
    : undefined
}

export function insertGoalCheckIn(
  db: Database,
  checkIn: CheckInWrite & { goalId: number; sessionId: number; recordedOn: string; goalStatusBefore: GoalStatus; goalStatusSourceBefore: GoalStatusSource },
  now: string
): void {
  db.prepare(
    `INSERT INTO goal_checkins (goal_id, session_id, value, recorded_on, status, rep_assessment, comment, goal_status_before,
                                goal_status_source_before, created_at)
     VALUES (@goalId, @sessionId, @value, @recordedOn, @status, @repAssessment, @comment, @goalStatusBefore, @goalStatusSourceBefore, @now)`
  ).run({ ...checkIn, now })
}

export function updateGoalCheckIn(db: Database, id: number, checkIn: CheckInWrite & { recordedOn: string }): void {
  db.prepare(
    `UPDATE goal_checkins SET value = @value, recorded_on = @recordedOn, status = @status, rep_assessment = @repAssessment, comment = @comment
     WHERE id = @id`
  ).run({ ...checkIn, id })
}

export function deleteGoalCheckIn(db: Database, id: number): void {
  db.prepare('DELETE FROM goal_checkins WHERE id = ?').run(id)
}
