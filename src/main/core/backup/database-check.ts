// A read-only health check of a database file: is it SQLite, is it Kept's, can this version
// read it, is every page intact and does every reference point at a row? Used by `kept check`,
// before a restore (on the chosen backup) and by the recovery screen.
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import Database from 'better-sqlite3'
import type { Database as SqliteDatabase } from 'better-sqlite3'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'

/** Tables every Kept data file has had since its first version. */
export const KEPT_CORE_TABLES = ['reps', 'templates', 'goals', 'sessions', 'agreements', 'challenges', 'recognitions', 'notes'] as const

export type DatabaseCheckProblem = 'missing' | 'not_a_database' | 'not_kept' | 'newer_version' | 'damaged' | 'broken_references' | 'unreadable'

export interface DatabaseCheck {
  ok: boolean
  path: string
  /** The file's data format version, when it could be read. */
  schemaVersion: number | null
  problem: DatabaseCheckProblem | null
  /** What is wrong, in plain sentences (empty when ok). */
  findings: string[]
}

const MAX_FINDINGS = 10

function failed(path: string, problem: DatabaseCheckProblem, findings: string[], schemaVersion: number | null = null): DatabaseCheck {
  return { ok: false, path, schemaVersion, problem, findings }
}

function sqliteCode(error: unknown): string {
  return (error as { code?: string } | undefined)?.code ?? ''
}

function describeOpenFailure(path: string, error: unknown): DatabaseCheck {
  const code = sqliteCode(error)
  if (code === 'SQLITE_NOTADB') return failed(path, 'not_a_database', [`${basename(path)} is not an SQLite database file.`])
  if (code.startsWith('SQLITE_CORRUPT')) return failed(path, 'damaged', [`${basename(path)} is damaged: ${(error as Error).message}.`])
  return failed(path, 'unreadable', [`${basename(path)} could not be read: ${(error as Error).message}.`])
}

function checkOpenDatabase(db: SqliteDatabase, path: string, latest: number, integrity: boolean): DatabaseCheck {
  const version = db.pragma('user_version', { simple: true }) as number
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name))
  if (version === 0 || KEPT_CORE_TABLES.some((table) => !tables.has(table))) {
    const missing = KEPT_CORE_TABLES.filter((table) => !tables.has(table))
    const detail = tables.size === 0 ? 'it is empty' : `it has no ${missing.length > 0 ? missing.join(', ') : 'data format version'} table${missing.length === 1 ? '' : 's'}`
    return failed(path, 'not_kept', [`${basename(path)} is an SQLite database, but not one of Kept's (${detail}).`], version)
  }
  if (version > latest) {
    return failed(path, 'newer_version', [`${basename(path)} was written by a newer version of Kept (data format ${version}; this version reads up to ${latest}).`], version)
  }
  if (!integrity) return { ok: true, path, schemaVersion: version, problem: null, findings: [] }
  const pages = (db.prepare('PRAGMA integrity_check').all() as Array<{ integrity_check: string }>).map((row) => row.integrity_check)
  if (pages.length !== 1 || pages[0] !== 'ok') {
    return failed(path, 'damaged', [`${basename(path)} is damaged:`, ...pages.slice(0, MAX_FINDINGS)], version)
  }
  const orphans = db.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number | null; parent: string }>
  if (orphans.length > 0) {
    const lines = orphans.slice(0, MAX_FINDINGS).map((row) => `a row of ${row.table} (rowid ${row.rowid ?? '?'}) points at a missing row of ${row.parent}`)
    return failed(path, 'broken_references', [`${basename(path)} has ${orphans.length} broken reference${orphans.length === 1 ? '' : 's'}:`, ...lines], version)
  }
  return { ok: true, path, schemaVersion: version, problem: null, findings: [] }
}

/**
 * Checks a database file without changing it (it is opened read-only and never migrated).
 * `integrity: false` only asks whether it is a Kept file this version can read (fast).
 */
export function checkDatabaseFile(path: string, options: { nativeBinding?: string; latestSchemaVersion?: number; integrity?: boolean } = {}): DatabaseCheck {
  if (!existsSync(path)) return failed(path, 'missing', [`There is no file at ${path}.`])
  let db: SqliteDatabase
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
  } catch (error) {
    return describeOpenFailure(path, error)
  }
  try {
    return checkOpenDatabase(db, path, options.latestSchemaVersion ?? LATEST_SCHEMA_VERSION, options.integrity ?? true)
  } catch (error) {
    return describeOpenFailure(path, error)
  } finally {
    db.close()
  }
}
