// The whole database as one JSON document, and back: every row of every table (discovered
// from sqlite_master, so tables added later are included), without the full-text indexes,
// which are rebuilt from the rows on import. Values keep their SQLite type: integers are JSON
// numbers, reals that look like integers are {"$real": n}, blobs are {"$blob": base64}.
import { existsSync, rmSync } from 'node:fs'
import type { Database } from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../db/migrations'
import { openDatabase } from '../db/open-database'

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

/**
 * Loads an export into a database at the same data format version that holds no user data:
 * in one transaction, the rows the new file was created with (built-in templates) are
 * replaced by the export's, references are checked at commit, and the full-text indexes are
 * rebuilt. Throws JsonImportError, with nothing changed, when it cannot.
 */
export function importDatabaseJson(db: Database, document: JsonExport): { tables: number; rows: number } {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number
  if (document.schemaVersion !== schemaVersion) {
    throw new JsonImportError(`This export holds data format ${document.schemaVersion} but the database is at ${schemaVersion}. Import into a new file instead.`)
  }
  if (hasUserData(db)) throw new JsonImportError('This database already holds reps or 1:1s. Import only into a new, empty database, so nothing is mixed or overwritten.')
  const tables = dataTableNames(db)
  const unknown = Object.keys(document.tables).filter((name) => !tables.includes(name))
  if (unknown.length > 0) throw new JsonImportError(`This export has tables this version of Kept does not know: ${unknown.join(', ')}.`)

  let rows = 0
  db.transaction(() => {
    // References are checked once, at commit, whatever the order tables are filled in.
    db.pragma('defer_foreign_keys = ON')
    for (const table of tables) db.prepare(`DELETE FROM ${quoted(table)}`).run()
    // AUTOINCREMENT counters last: inserting rows above moves them, the export says where they were.
    const entries = Object.entries(document.tables).sort(([a], [b]) => Number(a === 'sqlite_sequence') - Number(b === 'sqlite_sequence'))
    for (const [table, content] of entries) {
      if (table === 'sqlite_sequence') db.prepare('DELETE FROM sqlite_sequence').run()
      const known = new Set(columnsOf(db, table))
      const missing = content.columns.filter((column) => !known.has(column))
      if (missing.length > 0) throw new JsonImportError(`The table ${table} in this export has columns this database does not have: ${missing.join(', ')}.`)
      if (content.rows.length === 0) continue
      const insert = db.prepare(`INSERT INTO ${quoted(table)} (${content.columns.map(quoted).join(', ')}) VALUES (${content.columns.map(() => '?').join(', ')})`)
      for (const [index, row] of content.rows.entries()) {
        insert.run(row.map((cell) => decodeCell(cell, `${table}, row ${index + 1}`)))
        rows++
      }
    }
    for (const table of virtualTables(db)) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql
      if (/fts5/i.test(sql) && /content\s*=\s*'[^']+'/i.test(sql)) db.prepare(`INSERT INTO ${quoted(table)} (${quoted(table)}) VALUES ('rebuild')`).run()
    }
    const broken = db.prepare('PRAGMA foreign_key_check').all()
    if (broken.length > 0) throw new JsonImportError(`This export has ${broken.length} row(s) pointing at rows it does not contain, so nothing was imported.`)
  })()
  return { tables: Object.keys(document.tables).length, rows }
}

/**
 * Imports an export into the file at `path`: a new file is created at the export's data format
 * and then brought up to date like any older file; an existing one must be a Kept database at
 * the same format with no user data.
 */
export function importJsonIntoFile(path: string, text: string, options: { nativeBinding?: string } = {}): { tables: number; rows: number; schemaVersion: number } {
  const document = parseJsonExport(text, LATEST_SCHEMA_VERSION)
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const isNew = !existsSync(path)
  const target = openDatabase(path, { ...binding, ...(isNew ? { migrations: MIGRATIONS.filter((migration) => migration.version <= document.schemaVersion) } : {}) })
  let imported: { tables: number; rows: number }
  try {
    imported = importDatabaseJson(target.db, document)
  } catch (error) {
    target.close()
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true })
    throw error
  }
  target.close()
  if (document.schemaVersion === LATEST_SCHEMA_VERSION) return { ...imported, schemaVersion: document.schemaVersion }
  const updated = openDatabase(path, binding)
  updated.close()
  return { ...imported, schemaVersion: updated.schemaVersion }
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
