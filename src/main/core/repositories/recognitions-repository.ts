import type { Database } from 'better-sqlite3'

export function lastRecognitionDate(db: Database, repId: number): string | null {
  const row = db
    .prepare('SELECT max(recognized_on) AS last FROM recognitions WHERE rep_id = ? AND deleted_at IS NULL')
    .get(repId) as { last: string | null }
  return row.last
}
