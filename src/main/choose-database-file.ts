// The recovery screen's "Choose a file…" and "Create a new data file…" in the app: native file
// dialogs, asked for over one IPC channel whose sender and payload are checked. The renderer gets
// a token for the chosen path (and the path, to show), and hands the token to `recovery.openFile`,
// `recovery.createFile` or `recovery.restoreFile`; main turns it back into the path (src/main/chosen-files.ts).
import type { IpcMainInvokeEvent } from 'electron'
import type { ChosenFiles } from './chosen-files'

export const CHOOSE_DATABASE_FILE_CHANNEL = 'kept:choose-database-file'

export type DatabaseFilePurpose = 'open' | 'create' | 'backup'

export interface ChooseDatabaseFileDeps {
  /** An existing file to open, or null when cancelled. */
  chooseExisting(): Promise<string | null>
  /** Where to create a new file, or null when cancelled. */
  chooseNew(): Promise<string | null>
  /** A backup file to restore, or null when cancelled. */
  chooseBackup(): Promise<string | null>
}

export function parseDatabaseFilePurpose(payload: unknown): DatabaseFilePurpose | null {
  const purpose = (payload as { purpose?: unknown } | null)?.purpose
  return purpose === 'open' || purpose === 'create' || purpose === 'backup' ? purpose : null
}

interface IpcHandleLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
}

/** What the page learns: the token to hand back, and the path to show; null when cancelled. */
export type ChosenDatabaseFile = { token: string; path: string } | null

export function registerChooseDatabaseFile(ipcMain: IpcHandleLike, isTrustedSender: (event: IpcMainInvokeEvent) => boolean, deps: ChooseDatabaseFileDeps, chosenFiles: ChosenFiles): void {
  ipcMain.handle(CHOOSE_DATABASE_FILE_CHANNEL, async (event, payload): Promise<{ file: ChosenDatabaseFile }> => {
    if (!isTrustedSender(event)) throw new Error('Request refused: it did not come from Kept\'s window.')
    const purpose = parseDatabaseFilePurpose(payload)
    if (!purpose) throw new Error('Kept can only choose a data file to open or to create, or a backup to restore.')
    const path = purpose === 'open' ? await deps.chooseExisting() : purpose === 'create' ? await deps.chooseNew() : await deps.chooseBackup()
    return { file: path === null ? null : { token: chosenFiles.remember(path, purpose), path } }
  })
}
