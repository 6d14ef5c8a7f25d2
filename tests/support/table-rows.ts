import type { Database } from 'better-sqlite3'

/** The data tables of a Kept file (not SQLite's own, not the full-text indexes and their shadow tables). */
export function dataTables(db: Database): string[] {
  const virtual = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as Array<{ name: string }>).map((row) => row.name)
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>)
    .map((row) => row.name)
    .filter((name) => !virtual.some((table) => name === table || name.startsWith(`${table}_`)))
}

/** Every row of every data table, sorted by all its columns, integers as bigint so 3 and 3.0 differ. */
export function allRows(db: Database): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {}
  for (const table of dataTables(db)) {
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((_, index) => index + 1)
    result[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).safeIntegers(true).all()
  }
  return result
}
