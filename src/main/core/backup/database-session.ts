// The open database of a running Kept (Electron or the browser host), held so that a restore
// can close the connection, replace the file and reopen it while the app keeps running.
import type { KeptDatabase } from '../db/open-database'
import { defaultBackupFolder } from './backups'

export interface DatabaseSession {
  /** The connection currently open (a new object after each reopen). */
  readonly database: KeptDatabase
  readonly backupFolder: string
  /** The SQLite engine to open other files with (Electron passes its own). */
  readonly nativeBinding: string | undefined
  /**
   * Closes the connection, runs `work` on the closed file, then reopens it — also when `work`
   * throws — and tells the listeners about the new connection.
   */
  replaceFile<T>(work: (path: string) => T): T
  onReopen(listener: (database: KeptDatabase) => void): void
  close(): void
}

export function createDatabaseSession(opened: KeptDatabase, reopen: (path: string) => KeptDatabase, options: { backupFolder?: string; nativeBinding?: string } = {}): DatabaseSession {
  let database = opened
  let closed = false
  const listeners: Array<(database: KeptDatabase) => void> = []
  return {
    get database() {
      return database
    },
    backupFolder: options.backupFolder ?? defaultBackupFolder(opened.path),
    nativeBinding: options.nativeBinding,
    replaceFile<T>(work: (path: string) => T): T {
      if (closed) throw new Error('The database session is closed.')
      const path = database.path
      database.close()
      try {
        return work(path)
      } finally {
        database = reopen(path)
        for (const listener of listeners) listener(database)
      }
    },
    onReopen(listener) {
      listeners.push(listener)
    },
    close() {
      if (closed) return
      closed = true
      database.close()
    }
  }
}
