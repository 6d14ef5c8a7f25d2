// A snapshot of one row and of everything that goes with it: every row that an ON DELETE CASCADE
// would remove (found by walking `PRAGMA foreign_key_list` over all tables, so tables added later
// are covered), and every reference an ON DELETE SET NULL would clear. Restoring re-inserts the
// rows with their own ids and puts the cleared references back.
import type { Database } from 'better-sqlite3'

type Row = Record<string, unknown>

interface ForeignKey {
  table: string
  from: string
  parent: string
  to: string
  onDelete: string
}

export interface NullifiedReference {
  table: string
  column: string
  value: unknown
  /** The referencing row's primary key (column → value), or its rowid. */
  key: Row
}

export interface CascadeSnapshot {
  /** Parent first; restore inserts in this order (with foreign keys checked at commit). */
  tables: Array<{ table: string; rows: Row[] }>
  nullified: NullifiedReference[]
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function liveTables(db: Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'trash' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
      .pluck()
      .all() as string[]
  ).sort()
}

function primaryKeyColumns(db: Database, table: string): string[] {
  const columns = db.pragma(`table_info(${quote(table)})`) as Array<{ name: string; pk: number }>
  return columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name)
}

function foreignKeys(db: Database): ForeignKey[] {
  const keys: ForeignKey[] = []
  for (const table of liveTables(db)) {
    const rows = db.pragma(`foreign_key_list(${quote(table)})`) as Array<{ id: number; seq: number; table: string; from: string; to: string | null; on_delete: string }>
    for (const row of rows) {
      // Kept's keys are single-column; a composite key's later columns are covered by its first.
      if (row.seq !== 0) continue
      keys.push({ table, from: row.from, parent: row.table, to: row.to ?? primaryKeyColumns(db, row.table)[0] ?? 'rowid', onDelete: row.on_delete.toUpperCase() })
    }
  }
  return keys
}

function rowsWhere(db: Database, table: string, column: string, values: unknown[], withRowid = false): Row[] {
  const rows: Row[] = []
  for (let start = 0; start < values.length; start += 500) {
    const chunk = values.slice(start, start + 500)
    const select = withRowid ? 'rowid AS "__rowid", *' : '*'
    rows.push(...(db.prepare(`SELECT ${select} FROM ${quote(table)} WHERE ${quote(column)} IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as Row[]))
  }
  return rows
}

/** Everything that deleting `table` row `id` would remove or change, parent first. */
export function snapshotCascade(db: Database, table: string, id: number): CascadeSnapshot {
  const root = db.prepare(`SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as Row | undefined
  if (!root) return { tables: [], nullified: [] }
  const keys = foreignKeys(db)
  const buckets = new Map<string, { rows: Row[]; seen: Set<string> }>()
  const add = (name: string, rows: Row[]): Row[] => {
    const bucket = buckets.get(name) ?? { rows: [], seen: new Set<string>() }
    buckets.set(name, bucket)
    const fresh = rows.filter((row) => {
      const identity = JSON.stringify(row)
      if (bucket.seen.has(identity)) return false
      bucket.seen.add(identity)
      return true
    })
    bucket.rows.push(...fresh)
    return fresh
  }
  const nullified: NullifiedReference[] = []
  const queue: Array<{ table: string; rows: Row[] }> = [{ table, rows: add(table, [root]) }]
  while (queue.length > 0) {
    const { table: parent, rows } = queue.shift()!
    for (const key of keys.filter((candidate) => candidate.parent === parent)) {
      const values = [...new Set(rows.map((row) => row[key.to]).filter((value) => value !== null && value !== undefined))]
      if (values.length === 0) continue
      if (key.onDelete === 'CASCADE') {
        const fresh = add(key.table, rowsWhere(db, key.table, key.from, values))
        if (fresh.length > 0) queue.push({ table: key.table, rows: fresh })
      } else if (key.onDelete === 'SET NULL') {
        const pk = primaryKeyColumns(db, key.table)
        for (const row of rowsWhere(db, key.table, key.from, values, pk.length === 0)) {
          const identity: Row = pk.length === 0 ? { rowid: row.__rowid } : Object.fromEntries(pk.map((column) => [column, row[column]]))
          nullified.push({ table: key.table, column: key.from, value: row[key.from], key: identity })
        }
      }
    }
  }
  return { tables: [...buckets].map(([name, bucket]) => ({ table: name, rows: bucket.rows })), nullified }
}

export function snapshotRowCount(snapshot: CascadeSnapshot): number {
  return snapshot.tables.reduce((sum, entry) => sum + entry.rows.length, 0)
}

/** Re-inserts the snapshot's rows and references. Runs in the caller's transaction. */
export function restoreCascade(db: Database, snapshot: CascadeSnapshot): void {
  // Rows reference each other across tables (an agreement: its rep and its 1:1), so the
  // foreign keys are checked once, at commit, instead of row by row.
  db.pragma('defer_foreign_keys = ON')
  for (const { table, rows } of snapshot.tables) {
    for (const row of rows) {
      const columns = Object.keys(row)
      db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => row[column] as never))
    }
  }
  for (const reference of snapshot.nullified) {
    const keyColumns = Object.keys(reference.key)
    // Only a reference that is still empty is put back; one the user set again since is kept.
    db.prepare(`UPDATE ${quote(reference.table)} SET ${quote(reference.column)} = ? WHERE ${keyColumns.map((column) => `${quote(column)} = ?`).join(' AND ')} AND ${quote(reference.column)} IS NULL`).run(
      reference.value as never,
      ...keyColumns.map((column) => reference.key[column] as never)
    )
  }
}

/**
 * Why the snapshot cannot go back, checked before anything is written: a row whose id is taken
 * again, or a row that refers to something neither in the file nor in the snapshot.
 */
export function restoreObstacle(db: Database, snapshot: CascadeSnapshot): 'taken' | 'parent_gone' | null {
  const inSnapshot = new Map<string, Row[]>(snapshot.tables.map(({ table, rows }) => [table, rows]))
  for (const { table, rows } of snapshot.tables) {
    const pk = primaryKeyColumns(db, table)
    if (pk.length > 0) {
      const taken = db.prepare(`SELECT 1 FROM ${quote(table)} WHERE ${pk.map((column) => `${quote(column)} = ?`).join(' AND ')}`)
      if (rows.some((row) => taken.get(...pk.map((column) => row[column] as never)) !== undefined)) return 'taken'
    }
    const keys = db.pragma(`foreign_key_list(${quote(table)})`) as Array<{ seq: number; table: string; from: string; to: string | null }>
    for (const key of keys.filter((candidate) => candidate.seq === 0)) {
      const to = key.to ?? primaryKeyColumns(db, key.table)[0] ?? 'rowid'
      const exists = db.prepare(`SELECT 1 FROM ${quote(key.table)} WHERE ${quote(to)} = ?`)
      const parents = inSnapshot.get(key.table) ?? []
      for (const row of rows) {
        const value = row[key.from]
        if (value === null || value === undefined) continue
        if (parents.some((parent) => parent[to] === value)) continue
        if (exists.get(value as never) === undefined) return 'parent_gone'
      }
    }
  }
  return null
}
