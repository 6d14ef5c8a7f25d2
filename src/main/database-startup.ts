// Opens the database at startup. When the file cannot be opened (damaged, not Kept's, from a
// newer Kept, unreadable…) the user chooses: another file, a new database, or quit. A chosen
// file that opens is remembered in the preferences.
import { dirname, join } from 'node:path'
import { DatabaseOpenError } from './core/db/errors'
import { openDatabase, type KeptDatabase, type OpenDatabaseOptions } from './core/db/open-database'

export type RecoveryChoice = 'choose-file' | 'create-file' | 'quit'

export interface DatabaseRecoveryDialogs {
  askHowToRecover(error: DatabaseOpenError): Promise<RecoveryChoice>
  chooseExistingFile(near: string): Promise<string | null>
  chooseNewFile(suggestedPath: string): Promise<string | null>
}

export interface OpenAtStartupOptions {
  /** The preferred path, or the default one when the user never chose a file. */
  path: string
  /** The path is one the user chose before: if it is missing (a drive not connected), say so rather than create an empty file there. */
  mustExist?: boolean
  nativeBinding: string | undefined
  dialogs: DatabaseRecoveryDialogs
  rememberPath: (path: string) => void
  open?: (path: string, options: OpenDatabaseOptions) => KeptDatabase
}

/** A name for a new database beside the one that failed, unlikely to exist already. */
export function suggestNewDatabasePath(failedPath: string, today = new Date()): string {
  const stamp = today.toISOString().slice(0, 10)
  return join(dirname(failedPath), `kept-${stamp}.sqlite`)
}

/** The open database, or null when the user chose to quit. Errors other than DatabaseOpenError propagate. */
export async function openDatabaseAtStartup(options: OpenAtStartupOptions): Promise<KeptDatabase | null> {
  const open = options.open ?? openDatabase
  const openOptions: OpenDatabaseOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  let path = options.path
  for (;;) {
    let failure: DatabaseOpenError
    try {
      const database = open(path, path === options.path && options.mustExist ? { ...openOptions, fileMustExist: true } : openOptions)
      if (path !== options.path) options.rememberPath(path)
      return database
    } catch (error) {
      if (!(error instanceof DatabaseOpenError)) throw error
      failure = error
    }

    let next: string | null = null
    while (next === null) {
      const choice = await options.dialogs.askHowToRecover(failure)
      if (choice === 'quit') return null
      next = choice === 'choose-file' ? await options.dialogs.chooseExistingFile(path) : await options.dialogs.chooseNewFile(suggestNewDatabasePath(path))
      // A cancelled file dialog brings the choice back.
    }
    path = next
  }
}
