// `db.prepare` hands back a compiled statement for SQL it has seen (compiling costs more than
// running), always reset to return whole rows, and never one that is still being iterated.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cacheStatements } from '../../src/main/core/db/statement-cache'

function tableOfThree() {
  const db = new Database(':memory:')
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')")
  cacheStatements(db, 2)
  return db
}

describe('the statement cache', () => {
  it('compiles each SQL text once and answers with whole rows whatever the last caller asked for', () => {
    const db = tableOfThree()
    const sql = 'SELECT id, name FROM t ORDER BY id'
    expect(db.prepare(sql).pluck().all()).toEqual([1, 2, 3])
    expect(db.prepare(sql)).toBe(db.prepare(sql))
    expect(db.prepare(sql).all()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
      { id: 3, name: 'c' }
    ])
    expect(db.prepare(sql).raw().get()).toEqual([1, 'a'])
    expect(db.prepare(sql).get()).toEqual({ id: 1, name: 'a' })
    expect(db.prepare("UPDATE t SET name = 'z' WHERE id = 1").run().changes).toBe(1)
    expect(db.prepare("UPDATE t SET name = 'z' WHERE id = 1").run().changes).toBe(1)
  })

  it('gives a fresh statement while the cached one is still iterating', () => {
    const db = tableOfThree()
    const sql = 'SELECT name FROM t ORDER BY id'
    const names: string[] = []
    for (const row of db.prepare(sql).iterate() as Iterable<{ name: string }>) {
      names.push(`${row.name}${(db.prepare(sql).all() as unknown[]).length}`)
    }
    expect(names).toEqual(['a3', 'b3', 'c3'])
  })

  it('keeps only the most recently used texts', () => {
    const db = tableOfThree()
    const first = db.prepare('SELECT 1')
    db.prepare('SELECT 2')
    db.prepare('SELECT 1')
    db.prepare('SELECT 3')
    expect(db.prepare('SELECT 1')).toBe(first)
    const second = db.prepare('SELECT 2')
    expect(db.prepare('SELECT 2')).toBe(second)
  })
})
