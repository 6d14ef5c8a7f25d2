import type { Database } from 'better-sqlite3'
import type { Recognition } from '@shared/domain'

interface RecognitionRow {
  id: number
  rep_id: number
  session_id: number | null
  goal_id: number | null
  what: string
  behaviour: string
  recognized_on: string
}

const RECOGNITION_SELECT = 'SELECT id, rep_id, session_id, goal_id, what, behaviour, recognized_on FROM live_recognitions'

function toRecognition(row: RecognitionRow): Recognition {
  return {
    id: row.id,
    repId: row.rep_id,
    sessionId: row.session_id,
    goalId: row.goal_id,
    what: row.what,
    behaviour: row.behaviour,
    recognizedOn: row.recognized_on
  }
}

export function lastRecognitionDate(db: Database, repId: number): string | null {
  const row = db
    .prepare('SELECT max(recognized_on) AS last FROM live_recognitions WHERE rep_id = ?')
    .get(repId) as { last: string | null }
  return row.last
}

export function findRecognition(db: Database, id: number): Recognition | undefined {
  const row = db.prepare(`${RECOGNITION_SELECT} WHERE id = ?`).get(id) as RecognitionRow | undefined
  return row ? toRecognition(row) : undefined
}

export function listRecognitionsOfSession(db: Database, sessionId: number): Recognition[] {
  const rows = db.prepare(`${RECOGNITION_SELECT} WHERE session_id = ? ORDER BY id`).all(sessionId) as RecognitionRow[]
  return rows.map(toRecognition)
}

export function insertRecognition(
  db: Database,
  recognition: { repId: number; sessionId: number | null; goalId: number | null; what: string; behaviour: string; recognizedOn: string },
  now: string
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO recognitions (rep_id, session_id, goal_id, what, behaviour, recognized_on, created_at, updated_at)
       VALUES (@repId, @sessionId, @goalId, @what, @behaviour, @recognizedOn, @now, @now)`
    )
    .run({ ...recognition, now })
  return Number(lastInsertRowid)
}

export function updateRecognition(db: Database, id: number, changes: { what?: string; behaviour?: string; goalId?: number | null }, now: string): void {
  db.prepare(
    `UPDATE recognitions
     SET what = coalesce(@what, what), behaviour = coalesce(@behaviour, behaviour),
         goal_id = CASE WHEN @setGoal = 1 THEN @goalId ELSE goal_id END, updated_at = @now
     WHERE id = @id`
  ).run({
    id,
    what: changes.what ?? null,
    behaviour: changes.behaviour ?? null,
    setGoal: changes.goalId === undefined ? 0 : 1,
    goalId: changes.goalId ?? null,
    now
  })
}

export function softDeleteRecognition(db: Database, id: number, now: string): void {
  db.prepare('UPDATE recognitions SET deleted_at = @now, updated_at = @now WHERE id = @id').run({ id, now })
}
