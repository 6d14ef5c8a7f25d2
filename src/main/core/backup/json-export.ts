// The whole database as one JSON document, and back: every row of every table (discovered
// from sqlite_master, so tables added later are included), without the full-text indexes,
// which are rebuilt from the rows on import. Values keep their SQLite type: integers are JSON
// numbers, reals that look like integers are {"$real": n}, blobs are {"$blob": base64}.
import { existsSync, rmSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations'
import { openDatabase } from '../db/open-database'
import type { BackupInfo } from '@shared/backups'
import { backupNow, databaseStem, defaultBackupFolder } from './backups'
import { validateExportRows } from './json-import-validation'

export const JSON_EXPORT_FORMAT = 'kept-json-export'
export const JSON_EXPORT_FORMAT_VERSION = 1

type JsonCell = string | number | null | { $real: number | string } | { $blob: string } | { $int: string }

export interface JsonExportTable {
  columns: string[]
  rows: JsonCell[][]
}

export interface JsonExport {
  app: 'Kept'
  format: typeof JSON_EXPORT_FORMAT
  formatVersion: number
  schemaVersion: number
  exportedAt: string
  tables: Record<string, JsonExportTable>
}

export class JsonImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonImportError'
  }
}

function virtualTables(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as Array<{ name: string }>).map((row) => row.name)
}

/** Tables holding data: not SQLite's own (except sqlite_sequence), not virtual tables or their shadows. */
export function dataTableNames(db: Database): string[] {
  const virtual = virtualTables(db)
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name NOT LIKE 'sqlite_%' OR name = 'sqlite_sequence') ORDER BY name").all() as Array<{ name: string }>)
    .map((row) => row.name)
    .filter((name) => !virtual.some((table) => name === table || name.startsWith(`${table}_`)))
}

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`
}

function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${quoted(table)})`).all() as Array<{ name: string }>).map((row) => row.name)
}

function encodeCell(value: unknown): JsonCell {
  if (value === null || typeof value === 'string') return value
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : { $int: value.toString() }
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? { $real: Number.isFinite(value) ? value : String(value) } : value
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') }
  throw new Error(`Unexpected value of type ${typeof value} in the database.`)
}

function decodeCell(cell: unknown, where: string): unknown {
  if (cell === null || typeof cell === 'string') return cell
  if (typeof cell === 'number') return Number.isInteger(cell) ? BigInt(cell) : cell
  if (typeof cell === 'object') {
    const record = cell as Record<string, unknown>
    if (typeof record.$blob === 'string') return Buffer.from(record.$blob, 'base64')
    if (typeof record.$int === 'string' && /^-?\d+$/.test(record.$int)) return BigInt(record.$int)
    if (typeof record.$real === 'number') return record.$real
    if (typeof record.$real === 'string') return Number(record.$real)
  }
  throw new JsonImportError(`The export has a value Kept does not understand in ${where}.`)
}

/** Reads every row of every data table in one read transaction (a consistent snapshot). */
export function exportDatabaseJson(db: Database, options: { now?: Date } = {}): JsonExport {
  return db.transaction((): JsonExport => {
    const tables: Record<string, JsonExportTable> = {}
    for (const table of dataTableNames(db)) {
      const columns = columnsOf(db, table)
      const order = columns.map((_, index) => index + 1).join(', ')
      const rows = db.prepare(`SELECT ${columns.map(quoted).join(', ')} FROM ${quoted(table)} ORDER BY ${order}`).raw(true).safeIntegers(true).all() as unknown[][]
      tables[table] = { columns, rows: rows.map((row) => row.map(encodeCell)) }
    }
    return {
      app: 'Kept' as const,
      format: JSON_EXPORT_FORMAT,
      formatVersion: JSON_EXPORT_FORMAT_VERSION,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      exportedAt: (options.now ?? new Date()).toISOString(),
      tables
    }
  })()
}

/** Checks the document's header and shape; returns it typed, or throws JsonImportError. */
export function parseJsonExport(text: string, latestSchemaVersion: number): JsonExport {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new JsonImportError('This file is not valid JSON, so it is not a Kept export.')
  }
  const document = parsed as Partial<JsonExport> | null
  if (typeof document !== 'object' || document === null || document.app !== 'Kept' || document.format !== JSON_EXPORT_FORMAT) {
    throw new JsonImportError('This JSON file is not a Kept export (its header does not say "Kept").')
  }
  if (typeof document.formatVersion !== 'number' || document.formatVersion > JSON_EXPORT_FORMAT_VERSION) {
    throw new JsonImportError('This export was written by a newer version of Kept. Update Kept to import it.')
  }
  if (typeof document.schemaVersion !== 'number' || !Number.isInteger(document.schemaVersion) || document.schemaVersion < 1) {
    throw new JsonImportError('This export does not say which data format it holds.')
  }
  if (document.schemaVersion > latestSchemaVersion) {
    throw new JsonImportError(`This export was written by a newer version of Kept (data format ${document.schemaVersion}; this version reads up to ${latestSchemaVersion}). Update Kept to import it.`)
  }
  if (typeof document.tables !== 'object' || document.tables === null) throw new JsonImportError('This export has no tables.')
  for (const [name, table] of Object.entries(document.tables)) {
    if (!Array.isArray(table?.columns) || !Array.isArray(table.rows) || table.rows.some((row) => !Array.isArray(row) || row.length !== table.columns.length)) {
      throw new JsonImportError(`The table ${name} in this export is malformed.`)
    }
  }
  return document as JsonExport
}

/** A database holds user data when any rep or 1:1 exists (built-in templates do not count). */
export function hasUserData(db: Database): boolean {
  const { reps } = db.prepare('SELECT count(*) AS reps FROM reps').get() as { reps: number }
  const { sessions } = db.prepare('SELECT count(*) AS sessions FROM sessions').get() as { sessions: number }
  return reps > 0 || sessions > 0
}

// When a row was written says nothing about whose data it is: a new file's built-in templates
// carry the time the file was made.
const WRITTEN_AT_COLUMNS = new Set(['created_at', 'updated_at'])

function comparableRows(db: Database, table: string): string[] {
  const columns = columnsOf(db, table).filter((column) => !WRITTEN_AT_COLUMNS.has(column))
  return (db.prepare(`SELECT ${columns.map(quoted).join(', ')} FROM ${quoted(table)}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort()
}

/**
 * The tables in which `db` holds anything a new file at its data format does not: custom or
 * edited templates count, not only reps and 1:1s. Empty for a file nobody has used yet.
 */
export function tablesWithUserData(db: Database): string[] {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number
  const fresh = openDatabase(':memory:', { migrations: MIGRATIONS.filter((migration) => migration.version <= schemaVersion) })
  try {
    return dataTableNames(db)
      .filter((table) => table !== 'sqlite_sequence')
      .filter((table) => {
        const rows = comparableRows(db, table)
        const freshRows = dataTableNames(fresh.db).includes(table) ? comparableRows(fresh.db, table) : []
        return rows.length !== freshRows.length || rows.some((row, index) => row !== freshRows[index])
      })
  } finally {
    fresh.close()
  }
}

function refuse(problems: string[], intro: string): never {
  throw new JsonImportError(`${intro} Nothing was imported.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
}

/** The whole export checked against the database's schema: every table there, every column, every row valid. */
function checkExportAgainst(db: Database, document: JsonExport, tables: string[]): void {
  const unknown = Object.keys(document.tables).filter((name) => !tables.includes(name))
  if (unknown.length > 0) throw new JsonImportError(`This export has tables this version of Kept does not know: ${unknown.join(', ')}. Nothing was imported.`)
  // A table left out of the export is a damaged or edited export, not an empty table.
  const missing = tables.filter((name) => !(name in document.tables) && name !== 'sqlite_sequence')
  if (missing.length > 0) {
    throw new JsonImportError(`This export has no ${missing.join(', ')} table${missing.length === 1 ? '' : 's'} (an export of data format ${document.schemaVersion} has every table, even an empty one), so it is incomplete. Nothing was imported.`)
  }
  const columnProblems: string[] = []
  for (const [table, content] of Object.entries(document.tables)) {
    const known = columnsOf(db, table)
    const extra = content.columns.filter((column) => !known.includes(column))
    const absent = known.filter((column) => !content.columns.includes(column))
    if (extra.length > 0) columnProblems.push(`${table}: columns this database does not have: ${extra.join(', ')}`)
    if (absent.length > 0) columnProblems.push(`${table}: columns missing from the export: ${absent.join(', ')}`)
    if (new Set(content.columns).size !== content.columns.length) columnProblems.push(`${table}: a column is named twice`)
  }
  if (columnProblems.length > 0) refuse(columnProblems, 'The tables of this export do not match data format ' + String(document.schemaVersion) + ':')
  const rowProblems = validateExportRows(db, document.tables)
  if (rowProblems.length > 0) refuse(rowProblems, 'Some rows of this export are not valid:')
}

/**
 * Loads an export into a database at the same data format: in one transaction, every row
 * the database holds is replaced by the export's, references are checked at commit, and the
 * full-text indexes are rebuilt. A database with data of its own is refused unless `replace`
 * (the caller backs it up first). Throws JsonImportError, with nothing changed, when it cannot.
 */
function requireSameFormat(db: Database, document: JsonExport): void {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number
  if (document.schemaVersion !== schemaVersion) {
    throw new JsonImportError(`This export holds data format ${document.schemaVersion} but the database is at ${schemaVersion}. Import into a new file instead. Nothing was changed.`)
  }
}

export function importDatabaseJson(db: Database, document: JsonExport, options: { replace?: boolean } = {}): { tables: number; rows: number } {
  requireSameFormat(db, document)
  if (!options.replace) {
    const withData = tablesWithUserData(db)
    if (withData.length > 0) {
      throw new JsonImportError(
        `This database already holds data of its own (in ${withData.join(', ')}), which the import would replace. Import into a new file, or add --replace to replace it (a backup of it is written first). Nothing was changed.`
      )
    }
  }
  const tables = dataTableNames(db)
  checkExportAgainst(db, document, tables)

  let rows = 0
  db.transaction(() => {
    // References are checked once, at commit, whatever the order tables are filled in.
    db.pragma('defer_foreign_keys = ON')
    for (const table of tables) db.prepare(`DELETE FROM ${quoted(table)}`).run()
    // AUTOINCREMENT counters last: inserting rows above moves them, the export says where they were.
    const entries = Object.entries(document.tables).sort(([a], [b]) => Number(a === 'sqlite_sequence') - Number(b === 'sqlite_sequence'))
    for (const [table, content] of entries) {
      if (table === 'sqlite_sequence') db.prepare('DELETE FROM sqlite_sequence').run()
      if (content.rows.length === 0) continue
      const insert = db.prepare(`INSERT INTO ${quoted(table)} (${content.columns.map(quoted).join(', ')}) VALUES (${content.columns.map(() => '?').join(', ')})`)
      for (const [index, row] of content.rows.entries()) {
        const where = `${table}, row ${index + 1}`
        try {
          insert.run(row.map((cell) => decodeCell(cell, where)))
        } catch (error) {
          if (error instanceof JsonImportError) throw error
          throw new JsonImportError(`${where}: the database refused it (${(error as Error).message}). Nothing was imported.`)
        }
        rows++
      }
    }
    for (const table of virtualTables(db)) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql
      if (/fts5/i.test(sql) && /content\s*=\s*'[^']+'/i.test(sql)) db.prepare(`INSERT INTO ${quoted(table)} (${quoted(table)}) VALUES ('rebuild')`).run()
    }
    const broken = db.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number | null; parent: string }>
    if (broken.length > 0) {
      const examples = broken.slice(0, 5).map((row) => `${row.table} (rowid ${row.rowid ?? '?'}) points at a missing row of ${row.parent}`)
      throw new JsonImportError(`This export has ${broken.length} row(s) pointing at rows it does not contain, so nothing was imported: ${examples.join('; ')}.`)
    }
  })()
  return { tables: Object.keys(document.tables).length, rows }
}

export interface JsonImportResult {
  tables: number
  rows: number
  schemaVersion: number
  /** The copy of the file's own data written before `replace` replaced it. */
  backup: BackupInfo | null
}

/**
 * Imports an export into the file at `path`: a new file is created at the export's data format
 * and then brought up to date like any older file; an existing one must be a Kept database at
 * the same format, with no data of its own unless `replace` (then it is backed up first, to
 * the backups folder beside it).
 */
export function importJsonIntoFile(path: string, text: string, options: { nativeBinding?: string; replace?: boolean; now?: Date } = {}): JsonImportResult {
  const document = parseJsonExport(text, LATEST_SCHEMA_VERSION)
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const isNew = !existsSync(path)
  const target = openDatabase(path, { ...binding, ...(isNew ? { migrations: MIGRATIONS.filter((migration) => migration.version <= document.schemaVersion) } : {}) })
  let imported: { tables: number; rows: number }
  let backup: BackupInfo | null = null
  try {
    if (!isNew && options.replace && tablesWithUserData(target.db).length > 0) {
      requireSameFormat(target.db, document)
      checkExportAgainst(target.db, document, dataTableNames(target.db))
      backup = backupNow(target.db, defaultBackupFolder(path), { stem: databaseStem(path), kind: 'before-import', ...(options.now ? { now: options.now } : {}) })
    }
    imported = importDatabaseJson(target.db, document, { replace: options.replace === true })
  } catch (error) {
    target.close()
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
    throw error
  }
  target.close()
  if (document.schemaVersion === LATEST_SCHEMA_VERSION) return { ...imported, schemaVersion: document.schemaVersion, backup }
  const updated = openDatabase(path, binding)
  updated.close()
  return { ...imported, schemaVersion: updated.schemaVersion, backup }
}

/** The export as text: the header readable, one line per row, so diffs and greps work. */
export function formatJsonExport(document: JsonExport): string {
  const tables = Object.entries(document.tables).map(([name, table]) => {
    const rows = table.rows.map((row) => `        ${JSON.stringify(row)}`).join(',\n')
    return `    ${JSON.stringify(name)}: {\n      "columns": ${JSON.stringify(table.columns)},\n      "rows": [${rows ? `\n${rows}\n      ` : ''}]\n    }`
  })
  const { tables: _tables, ...header } = document
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '')
  return `${head},\n  "tables": {\n${tables.join(',\n')}\n  }\n}\n`
}
