// Backups of the database file, as the Settings screen and the `kept` command line see them.

/** How a backup came to be: which ones Kept may prune depends on it. */
export const BACKUP_KINDS = ['manual', 'daily', 'before-restore', 'before-import', 'before-migration', 'other'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export interface BackupInfo {
  /** The file's name inside the backup folder (the renderer refers to a backup by this name). */
  fileName: string
  path: string
  kind: BackupKind
  /** When it was written (ISO timestamp): from the file name, else the file's modification time. */
  createdAt: string
  sizeBytes: number
}

export interface BackupList {
  folder: string
  /** Newest first. */
  backups: BackupInfo[]
}

export interface RestoreResult {
  /** The backup that is now the data file. */
  restored: BackupInfo
  /** The copy of the data file as it was just before the restore (null when there was no file). */
  safetyCopy: BackupInfo | null
}

/** A full JSON export written by the app (import is done with `kept import-json`). */
export interface JsonExportFile {
  path: string
  sizeBytes: number
  rows: number
}
