// Files and folders Kept creates hold private notes: readable by the user only (0600 files,
// 0700 folders) on Linux and macOS, wherever they are. Windows ignores these modes; its
// per-user profile folders already keep other users out.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'

export const PRIVATE_FILE_MODE = 0o600
export const PRIVATE_FOLDER_MODE = 0o700

/**
 * Creates `path` and any missing parents as private folders. A folder that already existed is
 * left as it is, unless `own` says it is one of Kept's own (backups/, exports/): those are
 * made private too.
 */
export function ensurePrivateFolder(path: string, options: { own?: boolean } = {}): void {
  const existed = existsSync(path)
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER_MODE })
  if (!existed || !options.own || process.platform === 'win32') return
  try {
    chmodSync(path, PRIVATE_FOLDER_MODE)
  } catch {
    // Another user's folder: not ours to change; writing into it will say what is wrong.
  }
}

/**
 * Creates an empty private file at `path`, failing when anything is there already (exclusive
 * create), so SQLite then writes into a file nobody else can read, and its -wal and -shm,
 * which SQLite creates with the database file's own mode, are private as well.
 */
export function createPrivateEmptyFile(path: string): void {
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE))
}
