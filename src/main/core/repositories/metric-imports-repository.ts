import type { Database } from 'better-sqlite3'
import type { GoalStatus } from '@shared/domain'
import type { MetricColumnMapping, MetricImportSummary, PlannedCheckIn } from '@shared/imports'
import { blankTextSql } from '@shared/goal-rules'

export interface ImportableGoal {
  id: number
  repId: number
  title: string
  metric: string
  status: GoalStatus
}

export interface RepForImport {
  id: number
  name: string
  email: string
}

/** Reps on the team (not archived, not in the trash): the ones imported numbers can belong to. */
export function listRepsForImport(db: Database): RepForImport[] {
  return db
    .prepare('SELECT id, name, email FROM reps WHERE archived_at IS NULL ORDER BY name, id')
    .all() as RepForImport[]
}

/** Every rep's name and email, archived ones included: a roster import must not add them twice. */
export function listAllRepIdentities(db: Database): RepForImport[] {
  return db.prepare('SELECT id, name, email FROM reps').all() as RepForImport[]
}

/** Goals a metric can be imported into: they name a metric, and neither they nor their rep are archived. */
export function listImportableGoals(db: Database): ImportableGoal[] {
  return db
    .prepare(
      `SELECT goals.id, goals.rep_id AS repId, goals.title, goals.metric, goals.status
       FROM goals JOIN reps ON reps.id = goals.rep_id
       WHERE goals.archived_at IS NULL AND NOT ${blankTextSql('goals.metric')} AND reps.archived_at IS NULL
       ORDER BY goals.status IN ('achieved', 'dropped'), goals.due_date IS NULL, goals.due_date DESC, goals.id`
    )
    .all() as ImportableGoal[]
}

export function findRememberedMapping(db: Database, signature: string): MetricColumnMapping | null {
  const row = db.prepare('SELECT column_mapping FROM import_mappings WHERE header_signature = ?').get(signature) as { column_mapping: string } | undefined
  if (!row) return null
  try {
    return JSON.parse(row.column_mapping) as MetricColumnMapping
  } catch {
    return null
  }
}

export function rememberMapping(db: Database, signature: string, sourceName: string, mapping: MetricColumnMapping, now: string): void {
  db.prepare(
    `INSERT INTO import_mappings (header_signature, source_name, column_mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (header_signature) DO UPDATE SET source_name = excluded.source_name, column_mapping = excluded.column_mapping, updated_at = excluded.updated_at`
  ).run(signature, sourceName, JSON.stringify(mapping), now)
}

export function insertMetricImport(
  db: Database,
  record: { sourceName: string; fileName: string; signature: string; mapping: MetricColumnMapping; checkIns: readonly PlannedCheckIn[] },
  now: string
): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO metric_imports (source_name, file_name, header_signature, column_mapping, rows_imported, imported_at)
       VALUES (?, ?, ?, ?, ?, ?)`
    )
    .run(record.sourceName, record.fileName, record.signature, JSON.stringify(record.mapping), record.checkIns.length, now)
  const importId = Number(lastInsertRowid)
  const insert = db.prepare(
    `INSERT INTO goal_checkins (goal_id, value, recorded_on, comment, import_id, created_at) VALUES (?, ?, ?, ?, ?, ?)`
  )
  for (const checkIn of record.checkIns) insert.run(checkIn.goalId, checkIn.value, checkIn.date, '', importId, now)
  return importId
}

interface ImportRow {
  id: number
  source_name: string
  file_name: string
  rows_imported: number
  imported_at: string
  undone_at: string | null
}

function toSummary(row: ImportRow): MetricImportSummary {
  return { id: row.id, sourceName: row.source_name, fileName: row.file_name, rowsImported: row.rows_imported, importedAt: row.imported_at, undoneAt: row.undone_at }
}

export function findMetricImport(db: Database, id: number): MetricImportSummary | undefined {
  const row = db.prepare('SELECT id, source_name, file_name, rows_imported, imported_at, undone_at FROM metric_imports WHERE id = ?').get(id) as ImportRow | undefined
  return row ? toSummary(row) : undefined
}

export function listMetricImports(db: Database, limit: number): MetricImportSummary[] {
  const rows = db
    .prepare('SELECT id, source_name, file_name, rows_imported, imported_at, undone_at FROM metric_imports ORDER BY imported_at DESC, id DESC LIMIT ?')
    .all(limit) as ImportRow[]
  return rows.map(toSummary)
}

/** Removes every check-in the import wrote and marks it undone; returns how many check-ins went. */
export function undoMetricImport(db: Database, id: number, now: string): number {
  const { changes } = db.prepare('DELETE FROM goal_checkins WHERE import_id = ?').run(id)
  db.prepare('UPDATE metric_imports SET undone_at = ? WHERE id = ?').run(now, id)
  return changes
}

export interface ImportedValue {
  value: number
  fileName: string
}

/** Values earlier imports (not undone) stored, by goal and date: `${goalId}\u0001${date}`. */
export function listImportedValues(db: Database): Map<string, ImportedValue> {
  const rows = db
    .prepare(
      `SELECT goal_checkins.goal_id AS goalId, goal_checkins.recorded_on AS date, goal_checkins.value, metric_imports.file_name AS fileName
       FROM goal_checkins JOIN metric_imports ON metric_imports.id = goal_checkins.import_id
       WHERE metric_imports.undone_at IS NULL`
    )
    .all() as Array<{ goalId: number; date: string; value: number; fileName: string }>
  return new Map(rows.map((row) => [`${row.goalId}\u0001${row.date}`, { value: row.value, fileName: row.fileName }]))
}
