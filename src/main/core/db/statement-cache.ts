// Compiling a statement costs more than running it: the Team overview's one-row-per-rep query takes
// about a millisecond to prepare and a fraction of that to run for one rep. Repositories call
// `db.prepare(sql)` where they need it (clear to read), so `db.prepare` itself remembers compiled
// statements by their text and hands the same one back, reset to return plain rows.
import type { Database, Statement } from 'better-sqlite3'

/** Distinct statement texts kept; the app has a few hundred, so this only bounds a runaway caller. */
export const STATEMENT_CACHE_SIZE = 1000

export function cacheStatements(db: Database, size = STATEMENT_CACHE_SIZE): void {
  const compile = db.prepare.bind(db)
  const cache = new Map<string, Statement>()
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql)
    if (cached && !cached.busy) {
      // Most recently used last, so the oldest is evicted first.
      cache.delete(sql)
      cache.set(sql, cached)
      // A caller may have switched it to arrays or single values: back to whole rows.
      if (cached.reader) cached.raw(false).pluck(false).expand(false)
      return cached
    }
    const statement = compile(sql)
    if (!cached) {
      cache.set(sql, statement)
      if (cache.size > size) cache.delete(cache.keys().next().value!)
    }
    return statement
  }) as Database['prepare']
}
