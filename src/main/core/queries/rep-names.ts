// Every rep's id and name (archived ones too), for finding a rep by what a user typed.
import type { Database } from 'better-sqlite3'

export interface RepName {
  id: number
  name: string
}

export function listRepNames(db: Database): RepName[] {
  return db.prepare('SELECT id, name FROM reps ORDER BY name, id').all() as RepName[]
}
