// What the user deleted for good must be gone from the file's bytes. `secure_delete` (set at
// open) zeroes freed pages, but two copies outlive a DELETE: the full-text indexes keep a
// deleted row's words in their older segments until those are merged, and the write-ahead log
// keeps earlier versions of every page it has seen until it is reset.
import type { Database } from 'better-sqlite3'

function fullTextTables(db: Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").pluck().all() as string[]
}

/** Merges every full-text index (dropping deleted words) and empties the write-ahead log into the file. */
export function eraseDeletedContent(db: Database): void {
  for (const table of fullTextTables(db)) {
    const name = `"${table.replace(/"/g, '""')}"`
    db.prepare(`INSERT INTO ${name} (${name}) VALUES ('optimize')`).run()
  }
  // TRUNCATE resets the log to zero bytes; should a reader hold it, it is reset by a later checkpoint.
  db.pragma('wal_checkpoint(TRUNCATE)')
}
