import type { Database } from 'better-sqlite3'
import type { GoalStatus } from '../../../shared/domain'

/** A session's check-in on a goal, as stored. */
export interface GoalCheckInRecord {
  id: number
  status: GoalStatus | null
  goalStatusBefore: GoalStatus | null
}

export interface CheckInWrite {
  value: number
  status: GoalStatus | null
  repAssessment: string
  comment: string
}

export function findGoalCheckInOfSession(db: Database, goalId: number, sessionId: number): GoalCheckInRecord | undefined {
  const row = db
    .prepare('SELECT id, status, goal_status_before FROM goal_checkins WHERE goal_id = ? AND session_id = ?')
    .get(goalId, sessionId) as { id: number; status: GoalStatus | null; goal_status_before: GoalStatus | null } | undefined
  return row ? { id: row.id, status: row.status, goalStatusBefore: row.goal_status_before } : undefined
}

export function insertGoalCheckIn(
  db: Database,
  checkIn: CheckInWrite & { goalId: number; sessionId: number; recordedOn: string; goalStatusBefore: GoalStatus },
  now: string
): void {
  db.prepare(
    `INSERT INTO goal_checkins (goal_id, session_id, value, recorded_on, status, rep_assessment, comment, goal_status_before, created_at)
     VALUES (@goalId, @sessionId, @value, @recordedOn, @status, @repAssessment, @comment, @goalStatusBefore, @now)`
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
