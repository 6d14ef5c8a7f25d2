import type { Database } from 'better-sqlite3'
import type { GoalStatus, GoalUnit } from '@shared/domain'
import type { GoalStatusSource } from '@shared/goals'
import type { StoredTimeframe } from '../services/goal-periods'

/** What the editor stores beyond the `Goal` the rest of the app reads. */
export interface GoalEditorColumns extends StoredTimeframe {
  id: number
  currency: string | null
  statusSource: GoalStatusSource
  createdAt: string
}

export interface GoalWrite extends StoredTimeframe {
  title: string
  metric: string
  unit: GoalUnit | null
  currency: string | null
  baseline: number | null
  target: number | null
}

interface EditorRow {
  id: number
  currency: string | null
  due_date: string | null
  period_kind: StoredTimeframe['periodKind']
  period_start: string | null
  status_source: GoalStatusSource
  created_at: string
}

const EDITOR_SELECT = 'SELECT id, currency, due_date, period_kind, period_start, status_source, created_at FROM goals'

function toColumns(row: EditorRow): GoalEditorColumns {
  return {
    id: row.id,
    currency: row.currency,
    dueDate: row.due_date,
    periodKind: row.period_kind,
    periodStart: row.period_start,
    statusSource: row.status_source,
    createdAt: row.created_at
  }
}

export function findGoalEditorColumns(db: Database, goalId: number): GoalEditorColumns | undefined {
  const row = db.prepare(`${EDITOR_SELECT} WHERE id = ?`).get(goalId) as EditorRow | undefined
  return row ? toColumns(row) : undefined
}

export function listGoalEditorColumns(db: Database, repId: number): Map<number, GoalEditorColumns> {
  const rows = db.prepare(`${EDITOR_SELECT} WHERE rep_id = ?`).all(repId) as EditorRow[]
  return new Map(rows.map((row) => [row.id, toColumns(row)]))
}

/** A new goal whose status follows the pace suggestion until the manager sets one. */
export function insertGoal(db: Database, repId: number, goal: GoalWrite, status: GoalStatus, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO goals (rep_id, title, metric, unit, currency, baseline, target, due_date, period_kind, period_start,
                            status, status_source, created_at, updated_at)
         VALUES (@repId, @title, @metric, @unit, @currency, @baseline, @target, @dueDate, @periodKind, @periodStart,
                 @status, 'pace', @now, @now)`
      )
      .run({ ...goal, repId, status, now }).lastInsertRowid
  )
}

export function updateGoalFields(db: Database, goalId: number, goal: GoalWrite, now: string): void {
  db.prepare(
    `UPDATE goals SET title = @title, metric = @metric, unit = @unit, currency = @currency, baseline = @baseline, target = @target,
                      due_date = @dueDate, period_kind = @periodKind, period_start = @periodStart, updated_at = @now
     WHERE id = @goalId`
  ).run({ ...goal, goalId, now })
}

export function setGoalStatusFrom(db: Database, goalId: number, status: GoalStatus, source: GoalStatusSource, now: string): void {
  db.prepare('UPDATE goals SET status = ?, status_source = ?, updated_at = ? WHERE id = ? AND (status != ? OR status_source != ?)').run(
    status,
    source,
    now,
    goalId,
    status,
    source
  )
}

export function setGoalArchivedAt(db: Database, goalId: number, archivedAt: string | null, now: string): void {
  db.prepare('UPDATE goals SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, goalId)
}
