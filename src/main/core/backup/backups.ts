// Backups of the open database: written as a consistent copy to a temporary file in the
// backup folder, checked, flushed to disk, and only then given their final name, so a backup
// folder never holds a half-written file under a backup's name. Never imports electron.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { differenceInCalendarDays, format } from 'date-fns'
import type { Database as SqliteDatabase } from 'better-sqlite3'
import type { BackupInfo, BackupKind, BackupList } from '@shared/backups'
import { fsyncDirectory, fsyncFile } from './durable-files'
import { createPrivateEmptyFile, ensurePrivateFolder } from './private-files'

export interface BackupOptions {
  /** The database file's name without extension starts every backup's name (default "kept"). */
  stem?: string
  kind?: Extract<BackupKind, 'manual' | 'daily' | 'before-restore' | 'before-import'>
  now?: Date
}

/** The `backups` folder beside a database file, where Kept keeps all its backups. */
export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups')
}

export function databaseStem(databasePath: string): string {
  return basename(databasePath).replace(/\.[^.]+$/, '') || 'kept'
}

const KIND_SUFFIX: Record<'manual' | 'daily' | 'before-restore' | 'before-import', string> = { manual: '', daily: '-daily', 'before-restore': '-before-restore', 'before-import': '-before-import' }

// kept-2026-11-27T08-00-14Z.sqlite, kept-2026-11-27T08-00-14Z-2-daily.sqlite …
const BACKUP_NAME = /^(.+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-\d+)?(-daily|-before-restore|-before-import)?\.sqlite$/
// open-database.ts: kept-v3-before-migration-2026-11-27T08-00-14-123Z.sqlite
const MIGRATION_BACKUP_NAME = /^(.+)-v\d+-before-migration-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/
const TEMPORARY_PREFIX = '.kept-backup-'

function fileStamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-')
}

/** What a backup file's name says about it: the data file it is of (its stem), its kind and when it was written. */
export function parseBackupName(fileName: string): { stem: string; kind: BackupKind; createdAt: string } | null {
  const migration = MIGRATION_BACKUP_NAME.exec(fileName)
  if (migration) {
    const [, stem, day, hours, minutes, seconds, millis] = migration
    return { stem: stem!, kind: 'before-migration', createdAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z` }
  }
  const match = BACKUP_NAME.exec(fileName)
  if (!match) return null
  const [, stem, day, hours, minutes, seconds, suffix] = match
  const kind: BackupKind = suffix === '-daily' ? 'daily' : suffix === '-before-restore' ? 'before-restore' : suffix === '-before-import' ? 'before-import' : 'manual'
  return { stem: stem!, kind, createdAt: `${day}T${hours}:${minutes}:${seconds}.000Z` }
}

/** Whether `fileName` is a backup Kept wrote of the data file named `stem` (exactly: kept-work's are not kept's). */
export function isBackupOf(fileName: string, stem: string): boolean {
  return parseBackupName(fileName)?.stem === stem
}

/** The counter of a second backup within the same second (kept-…Z-2.sqlite), 1 for the first. */
function sequenceOf(fileName: string): number {
  return Number(/Z-(\d+)(?:-[a-z-]+)?\.sqlite$/.exec(fileName)?.[1] ?? 1)
}

function describeBackup(path: string): BackupInfo {
  const stats = statSync(path)
  const fileName = basename(path)
  const parsed = parseBackupName(fileName)
  return {
    fileName,
    path,
    kind: parsed?.kind ?? 'other',
    createdAt: parsed?.createdAt ?? stats.mtime.toISOString(),
    sizeBytes: stats.size
  }
}

/**
 * The backups (`*.sqlite`) in the folder, newest first; an absent folder has none. With `stem`,
 * only those Kept wrote of that one data file (the folder may be shared by several files).
 */
export function listBackups(folder: string, options: { stem?: string } = {}): BackupList {
  if (!existsSync(folder)) return { folder, backups: [] }
  const backups = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.sqlite') && !entry.name.startsWith('.'))
    .filter((entry) => options.stem === undefined || isBackupOf(entry.name, options.stem))
    .map((entry) => describeBackup(join(folder, entry.name)))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequenceOf(b.fileName) - sequenceOf(a.fileName) || (a.fileName < b.fileName ? 1 : -1))
  return { folder, backups }
}

/** A name for a new backup in `folder` that no file has yet. */
export function unusedBackupPath(folder: string, stem: string, kind: NonNullable<BackupOptions['kind']>, now: Date): string {
  const base = `${stem}-${fileStamp(now)}Z`
  for (let attempt = 1; ; attempt++) {
    const candidate = join(folder, `${base}${attempt === 1 ? '' : `-${attempt}`}${KIND_SUFFIX[kind]}.sqlite`)
    if (!existsSync(candidate)) return candidate
  }
}

/**
 * Proves the copy opens and is intact, and makes it a single self-contained file (no -wal
 * beside it); throws otherwise. Attached to the open connection, so it needs no second
 * SQLite engine (Electron's main process has only its own).
 */
function verifyCopy(db: SqliteDatabase, path: string): void {
  db.prepare('ATTACH DATABASE ? AS kept_backup_check').run(path)
  try {
    db.pragma('kept_backup_check.journal_mode = DELETE')
    const result = db.pragma('kept_backup_check.integrity_check', { simple: true })
    if (result !== 'ok') throw new Error(`The backup copy failed its integrity check (${String(result)}).`)
  } finally {
    db.exec('DETACH DATABASE kept_backup_check')
  }
}

/**
 * Writes a backup of the open database into `folder` and returns it. The copy is a consistent
 * snapshot even while other connections write (VACUUM INTO reads it in one read transaction,
 * which WAL lets writers continue beside); it is verified and fsync'd under a temporary name,
 * then renamed. On any failure no file is left behind.
 */
export function backupNow(db: SqliteDatabase, folder: string, options: BackupOptions = {}): BackupInfo {
  const now = options.now ?? new Date()
  ensurePrivateFolder(folder, { own: true })
  return writeBackupFile(db, unusedBackupPath(folder, options.stem ?? 'kept', options.kind ?? 'manual', now))
}

/** Writes a backup to exactly `target` (which must not exist yet), the same careful way. */
export function writeBackupFile(db: SqliteDatabase, target: string): BackupInfo {
  const folder = dirname(target)
  const temporary = join(folder, `${TEMPORARY_PREFIX}${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`)
  try {
    // VACUUM INTO fills an existing empty file, which keeps the private mode it was created with.
    createPrivateEmptyFile(temporary)
    db.prepare('VACUUM INTO ?').run(temporary)
    verifyCopy(db, temporary)
    fsyncFile(temporary)
    renameSync(temporary, target)
    fsyncDirectory(folder)
  } catch (error) {
    for (const leftover of [temporary, `${temporary}-journal`, `${temporary}-wal`, `${temporary}-shm`]) rmSync(leftover, { force: true })
    throw error
  }
  return describeBackup(target)
}

export interface DailyBackupOptions {
  db: SqliteDatabase
  databasePath: string
  folder?: string
  now: Date
  /** Automatic backups older than this many days are removed (the newest one never is). */
  retentionDays: number
}

export interface DailyBackupResult {
  created: BackupInfo | null
  pruned: BackupInfo[]
}

function localDay(iso: string): string {
  return format(new Date(iso), 'yyyy-MM-dd')
}

/**
 * Removes the automatic (daily) backups of the data file named `stem` written more than
 * `retentionDays` calendar days before `now`. Manual backups, safety copies made before a
 * restore, an import or a migration, other files' backups, files Kept did not name, and the
 * newest daily backup are always kept.
 */
export function pruneDailyBackups(folder: string, options: { now: Date; retentionDays: number; stem: string }): BackupInfo[] {
  const daily = listBackups(folder, { stem: options.stem }).backups.filter((backup) => backup.kind === 'daily')
  const expired = daily.slice(1).filter((backup) => differenceInCalendarDays(options.now, new Date(backup.createdAt)) > options.retentionDays)
  for (const backup of expired) rmSync(backup.path, { force: true })
  if (expired.length > 0) fsyncDirectory(folder)
  return expired
}

/** Writes today's automatic backup unless one exists for this local day, then prunes old ones. */
export function runDailyBackupIfDue(options: DailyBackupOptions): DailyBackupResult {
  const folder = options.folder ?? defaultBackupFolder(options.databasePath)
  const stem = databaseStem(options.databasePath)
  const today = format(options.now, 'yyyy-MM-dd')
  const hasToday = listBackups(folder, { stem }).backups.some((backup) => backup.kind === 'daily' && localDay(backup.createdAt) === today)
  const created = hasToday
    ? null
    : backupNow(options.db, folder, { stem, kind: 'daily', now: options.now })
  const pruned = pruneDailyBackups(folder, { now: options.now, retentionDays: options.retentionDays, stem })
  return { created, pruned }
}
