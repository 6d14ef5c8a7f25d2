import type { Database } from 'better-sqlite3'
import type { Goal, GoalStatus, GoalUnit } from '../../../shared/domain'

interface GoalRow {
  id: number
  rep_id: number
  title: string
  metric: string
  unit: GoalUnit | null
  baseline: number | null
  target: number | null
  due_date: string | null
  status: GoalStatus
  archived_at: string | null
  latest_value: number | null
  latest_value_date: string | null
}

export function listGoalsForRep(db: Database, repId: number): Goal[] {
  const rows = db
    .prepare(
      `SELECT goals.*, latest.value AS latest_value, latest.recorded_on AS latest_value_date
       FROM goals
       LEFT JOIN goal_checkins AS latest ON latest.id = (
         SELECT id FROM goal_checkins WHERE goal_id = goals.id ORDER BY recorded_on DESC, id DESC LIMIT 1)
       WHERE goals.rep_id = ? AND goals.deleted_at IS NULL
       ORDER BY goals.archived_at IS NOT NULL, goals.status IN ('achieved', 'dropped'), goals.due_date IS NULL, goals.due_date, goals.id`
    )
    .all(repId) as GoalRow[]
  return rows.map((row) => ({
    id: row.id,
    repId: row.rep_id,
    title: row.title,
    metric: row.metric,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    dueDate: row.due_date,
    status: row.status,
    archived: row.archived_at !== null,
    latestValue: row.latest_value,
    latestValueDate: row.latest_value_date
  }))
}
