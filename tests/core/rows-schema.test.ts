// src/main/core/db/rows.ts describes every table as the migrations leave it.
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/main/core/db/open-database'
import { TABLE_COLUMNS } from '../../src/main/core/db/rows'

describe('row types', () => {
  it('name every table, every column, its type and its nullability as a freshly migrated file has them', () => {
    const kept = openDatabase(':memory:')
    const { db } = kept
    const virtual = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[]
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
      (name) => !virtual.some((table) => name === table || name.startsWith(`${table}_`))
    )
    const schema = Object.fromEntries(
      tables.map((table) => {
        const columns = db.pragma(`table_info("${table}")`) as Array<{ name: string; type: string; notnull: number; pk: number }>
        // An INTEGER PRIMARY KEY is the rowid: never NULL, though table_info says notnull = 0.
        return [table, Object.fromEntries(columns.map((column) => [column.name, [column.type.toUpperCase(), column.notnull || column.pk ? 'not null' : 'null']]))]
      })
    )
    expect(TABLE_COLUMNS).toEqual(schema)
    expect(Object.keys(TABLE_COLUMNS).sort()).toEqual(tables)
    kept.close()
  })
})
