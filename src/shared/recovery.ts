// What the recovery screen shows when Kept's data file cannot be opened, and what restoring gives.

/** Why the file could not be opened (mirrors DatabaseOpenError's kinds in main). */
export type DatabaseProblem = 'newer_version' | 'not_a_database' | 'not_kept' | 'damaged' | 'missing' | 'read_only' | 'unreadable' | 'migration_failed'

export interface BackupFile {
  path: string
  fileName: string
  sizeBytes: number
  /** When the backup was written (the file's modification time), ISO 8601. */
  modifiedAt: string
}

export type RecoveryStatus =
  /** `checking`: the page-by-page check of the open file is still reading it (ask again). */
  | { needed: false; checking?: true }
  | { needed: true; problem: DatabaseProblem; message: string; databasePath: string; backups: BackupFile[] }

export interface RecoveryResult {
  /** The file Kept now uses. */
  databasePath: string
  /** Where the file that could not be opened was moved, when it was replaced (never deleted). */
  keptAside: string | null
}
